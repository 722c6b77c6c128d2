/** The permanent URL paths of the site's record pages. Changing one breaks every link to it: don't. */
export const PAGE_PATHS = {
	claims: (id: string) => `/claims/${id}/`,
	claimants: (id: string) => `/claimants/${id}/`,
	sources: (id: string) => `/sources/${id}/`,
	places: (id: string) => `/places/${id}/`,
	measures: (id: string) => `/figures/${id}/`,
} as const;

export type PageCollection = keyof typeof PAGE_PATHS;

// Each collection's path as a pattern, read off its path function so the two cannot disagree.
const PATTERNS = (Object.keys(PAGE_PATHS) as PageCollection[]).map((collection) => {
	const [before, after] = PAGE_PATHS[collection]('\0').split('\0') as [string, string];
	return { collection, pattern: new RegExp(`^${escape(before)}([^/]+)${escape(after)}$`) };
});

/** Which collection and id a record page path names: `/figures/x/` → measures, x. Undefined for any other path. */
export function parsePagePath(
	path: string
): { collection: PageCollection; id: string } | undefined {
	for (const { collection, pattern } of PATTERNS) {
		const match = pattern.exec(path);
		if (match) return { collection, id: match[1]! };
	}
	return undefined;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
