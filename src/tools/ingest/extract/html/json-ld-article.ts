/** The schema.org types a news page describes its article with. */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
	'NewsArticle',
	'ReportageNewsArticle',
	'AnalysisNewsArticle',
	'Article',
	'BlogPosting',
	'LiveBlogPosting',
	'WebPage',
]);

/**
 * The article object among a page's JSON-LD blocks — top-level, in an array or in an `@graph` — preferring a news
 * article to a generic web page. Blocks that are not valid JSON are skipped: pages ship broken ones.
 */
export function jsonLdArticle(blocks: readonly string[]): Record<string, unknown> | undefined {
	const candidates = blocks.flatMap(parseBlock).flatMap(flatten).filter(isArticle);
	return candidates.find((node) => !types(node).includes('WebPage')) ?? candidates[0];
}

function parseBlock(text: string): unknown[] {
	try {
		return [JSON.parse(text)];
	} catch {
		return [];
	}
}

function flatten(value: unknown): Array<Record<string, unknown>> {
	if (Array.isArray(value)) return value.flatMap(flatten);
	if (typeof value !== 'object' || value === null) return [];
	const node = value as Record<string, unknown>;
	return [node, ...flatten(node['@graph'])];
}

function types(node: Record<string, unknown>): string[] {
	const type = node['@type'];
	return (Array.isArray(type) ? type : [type]).filter((each) => typeof each === 'string');
}

function isArticle(node: Record<string, unknown>): boolean {
	return types(node).some((type) => ARTICLE_TYPES.has(type));
}

/** A JSON-LD value as text: a string, or the `name` of an object such as a Person or Organization. */
export function jsonLdText(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim() || undefined;
	if (typeof value === 'object' && value !== null && !Array.isArray(value))
		return jsonLdText((value as Record<string, unknown>)['name']);
	if (Array.isArray(value)) return jsonLdText(value[0]);
	return undefined;
}

/** The names a JSON-LD value lists: one string or Person, or an array of them. */
export function jsonLdNames(value: unknown): string[] {
	const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
	return items.map(jsonLdText).filter((name) => name !== undefined);
}

/** Whether a JSON-LD value names an Organization rather than people (wire copy: "author": {"@type": "Organization"}). */
export function isOrganization(value: unknown): boolean {
	const items = Array.isArray(value) ? value : [value];
	return items.some(
		(item) =>
			typeof item === 'object' &&
			item !== null &&
			(item as Record<string, unknown>)['@type'] === 'Organization'
	);
}
