/** The permanent URL paths of the site's record pages. Changing one breaks every link to it: don't. */
export const PAGE_PATHS = {
	claims: (id: string) => `/claims/${id}/`,
	claimants: (id: string) => `/claimants/${id}/`,
	sources: (id: string) => `/sources/${id}/`,
	places: (id: string) => `/places/${id}/`,
} as const;

/** Which collection and id a record page path names: `/claims/x/` → claims, x. Undefined for any other path. */
export function parsePagePath(
	path: string
): { collection: keyof typeof PAGE_PATHS; id: string } | undefined {
	const match = new RegExp(`^/(${Object.keys(PAGE_PATHS).join('|')})/([^/]+)/$`).exec(path);
	return match ? { collection: match[1] as keyof typeof PAGE_PATHS, id: match[2]! } : undefined;
}
