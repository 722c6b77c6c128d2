import { IngestError, type ArticleMetadata } from '../article.ts';
import { everyTime, type TimeReading } from '../time/time-reading.ts';
import { articleMetadata } from '../article-metadata.ts';
import { frontmatterTimestamp, PUBLICATION_KEYS } from './frontmatter-timestamp.ts';
import { readByline } from '../byline/read-byline.ts';

/**
 * The metadata a Markdown file's frontmatter gives. Each field has a few usual names; the first present wins
 * (headline/title, standfirst/description/subtitle, authors/author, published/date/date_published, updated/modified, url/source,
 * outlet/publisher/site/site_name). Other keys are ignored.
 */
export function frontmatterMetadata(
	fields: Readonly<Record<string, unknown>>,
	keyLines: ReadonlyMap<string, number>,
	readTimes: TimeReading = everyTime
): ArticleMetadata {
	const field = (...keys: string[]): Field => firstPresent(fields, keyLines, keys);
	return articleMetadata({
		headline: text(field('headline', 'title')),
		standfirst: text(field('standfirst', 'description', 'subtitle')),
		authors: authors(field('authors', 'author')),
		published: readTimes(() => timestamp(field(...PUBLICATION_KEYS)), undefined),
		updated: readTimes(() => timestamp(field('updated', 'modified')), undefined),
		// `site` and `site_name` are how clippers and static-site generators name the website.
		outlet: text(field('outlet', 'publisher', 'site', 'site_name')),
		originalOutlet: text(field('originalOutlet', 'wire')),
		// Web clippers (Obsidian's among them) store the page's address as `source`.
		url: address(field('url', 'source')),
	});
}

interface Field {
	key: string;
	value: unknown;
	line: number | undefined;
}

function firstPresent(
	fields: Readonly<Record<string, unknown>>,
	keyLines: ReadonlyMap<string, number>,
	keys: readonly string[]
): Field {
	const key =
		keys.find((name) => fields[name] !== undefined && fields[name] !== null) ?? keys[0] ?? '';
	return { key, value: fields[key], line: keyLines.get(key) };
}

function text({ key, value, line }: Field): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string' && typeof value !== 'number')
		throw new IngestError(`${key} must be a single line of text — write it as ${key}: "…"`, line);
	const trimmed = String(value).trim();
	return trimmed === '' ? undefined : trimmed;
}

// "Jane Doe and John Roe" as one string, or a YAML list with one name an item.
function authors(field: Field): string[] {
	if (!Array.isArray(field.value)) {
		const byline = text(field);
		return byline === undefined ? [] : readByline(byline).authors;
	}
	return field.value.map((name) => authorName(name, field)).filter((name) => name !== undefined);
}

function authorName(name: unknown, { key, line }: Field): string | undefined {
	// A web clipper writes names as wiki links: "[[Jane Doe]]".
	if (typeof name === 'string')
		return name.replace(/^\s*\[\[(.*)\]\]\s*$/, '$1').trim() || undefined;
	throw new IngestError(
		`${key} must list names, one an item — write "  - Jane Doe" under ${key}:`,
		line
	);
}

function timestamp({ key, value, line }: Field): string | undefined {
	return frontmatterTimestamp(value, key, line);
}

function address(field: Field): string | undefined {
	const url = text(field);
	if (url === undefined || (URL.canParse(url) && /^https?:\/\//.test(url))) return url;
	throw new IngestError(
		`url: ${url} is not a web address — give the article's full address starting https://, or leave url out`,
		field.line
	);
}
