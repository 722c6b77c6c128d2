import type { ArticleMetadata } from './article.ts';

/** Article metadata with its unknown fields left out rather than set to undefined (exactOptionalPropertyTypes). */
export function articleMetadata(fields: {
	[Field in keyof ArticleMetadata]-?: ArticleMetadata[Field] | undefined;
}): ArticleMetadata {
	const known = Object.entries(fields).filter(([, value]) => value !== undefined);
	return Object.fromEntries(known) as unknown as ArticleMetadata;
}
