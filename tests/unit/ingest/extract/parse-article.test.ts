import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src/tools/ingest/extract/parse-article.ts';
import { isTimestampWithOffset } from '../../../../src/core/dates/format-timestamp.ts';
import { thrownIngestError } from '../support/thrown-ingest-error.ts';

const ARTICLES = new URL('../../../fixtures/articles/', import.meta.url);
const SEED = 'guardian-2024-10-18-north-korean-troops-russia.txt';
const CLEANED_SEED = new URL(
	'../../../../content/sources/guardian-2024-10-18-north-korean-troops-russia.md',
	import.meta.url
);

function fixture(fileName: string): string {
	return readFileSync(new URL(fileName, ARTICLES), 'utf8');
}

function parseFixture(fileName: string) {
	return parseArticle(fixture(fileName), fileName);
}

/** The hand-cleaned source file: its frontmatter fields and its body's paragraphs. */
function cleanedSeed(): { fields: Record<string, unknown>; paragraphs: string[] } {
	const [, frontmatter = '', body = ''] =
		/^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(CLEANED_SEED, 'utf8')) ?? [];
	return {
		fields: parseYaml(frontmatter) as Record<string, unknown>,
		paragraphs: body.trim().split(/\n\s*\n/),
	};
}

describe('parseArticle on the scraped Guardian seed', () => {
	const article = parseFixture(SEED);
	const cleaned = cleanedSeed();

	it('gives exactly the paragraphs of the hand-cleaned source', () => {
		expect(article.paragraphs).toEqual(cleaned.paragraphs);
	});

	it('gives the metadata of the hand-cleaned frontmatter', () => {
		const { headline, standfirst, authors, published, updated } = cleaned.fields;
		expect(article.metadata).toEqual({ headline, standfirst, authors, published, updated });
	});

	it('does not guess the outlet or the address, which the scraped text does not show', () => {
		expect(article.metadata.outlet).toBeUndefined();
		expect(article.metadata.url).toBeUndefined();
	});
});

describe('parseArticle on the other article shapes', () => {
	it('reads a wire story: byline with two authors, date line, agency from the dateline', () => {
		const article = parseFixture('wire-2024-10-25-kyiv.txt');
		expect(article.metadata).toEqual({
			headline:
				"North Korean troops seen near Kursk front line, Ukraine's military intelligence says",
			authors: ['Marta Kovalenko', 'Daniel Reyes'],
			published: '2024-10-25T08:14:00+01:00',
			outlet: 'Reuters',
		});
		expect(article.paragraphs[0]).toMatch(/^KYIV, Oct 25 \(Reuters\) - The first North Korean/);
		expect(article.paragraphs).toHaveLength(7);
		expect(article.paragraphs).not.toContain('Advertisement');
		expect(article.paragraphs.at(-1)).toMatch(/^US officials said on Thursday/);
		expect(article.paragraphs[1]).toMatch(/"within days"\.$/);
		expect(article.paragraphs[2]).toBe(
			'It did not publish evidence for the claim, and Reuters could not independently verify it.'
		);
		expect(article.paragraphs[3]).toContain('uniforms and papers.');
	});

	it('reads a live-blog entry: standfirst, timestamp line, "Updated at" time; the entry heading is no sentence to draft from', () => {
		const article = parseFixture('liveblog-2024-10-28-nato.txt');
		expect(article.metadata).toEqual({
			headline:
				'Russia-Ukraine war live: Nato says North Korean troops have been sent to Kursk region',
			standfirst:
				'Alliance chief calls the deployment a serious escalation; Zelenskyy urges allies to respond with more than words',
			authors: [],
			published: '2024-10-28T14:05:00+00:00',
			updated: '2024-10-28T14:20:00+00:00',
			outlet: 'The Guardian',
		});
		expect(article.paragraphs).toHaveLength(3);
		expect(article.paragraphs).not.toContain(
			'Nato confirms North Korean units deployed to Russia’s Kursk region'
		);
		expect(article.paragraphs.join('\n')).not.toMatch(/Photograph:|^Share$|Updated at|©/m);
	});

	it('reads Markdown with frontmatter, keeping the unquoted date’s offset and each block’s markup', () => {
		const article = parseFixture('markdown-2024-11-04-pentagon.md');
		expect(article.metadata).toEqual({
			headline: 'Pentagon says about 10,000 North Korean troops are now in Russia’s Kursk region',
			standfirst:
				'US officials say some of the soldiers have moved towards the front line, and that Washington will not limit how Ukraine uses US weapons against them',
			authors: ['Sam Whitaker', 'Leah Osei'],
			published: '2024-11-04T16:42:00-05:00',
			updated: '2024-11-04T18:10:00-05:00',
			outlet: 'The Meridian Post',
			url: 'https://www.example.com/world/2024/nov/04/pentagon-north-korean-troops-kursk',
		});
		expect(article.paragraphs).toHaveLength(6);
		expect(article.paragraphs[0]).toContain('Russia’s *Kursk* region');
		expect(article.paragraphs[2]).toBe('## What Washington says it will do');
		expect(article.paragraphs[3]).toContain(
			'[legitimate military targets](https://www.example.com/world/2024/oct/31/us-north-korea-troops-targets)'
		);
		expect(article.paragraphs[4]).toBe('> If they cross into Ukraine, they are fair game.');
	});

	it('reads Markdown without frontmatter: the # heading is the headline', () => {
		const article = parseFixture('markdown-2024-11-05-seoul.md');
		expect(article.metadata).toEqual({
			headline: 'South Korea weighs sending military observers to Ukraine',
			authors: [],
		});
		expect(article.paragraphs).toHaveLength(3);
		expect(article.paragraphs[0]).toMatch(/^South Korea is considering/);
	});

	it.each([
		SEED,
		'wire-2024-10-25-kyiv.txt',
		'liveblog-2024-10-28-nato.txt',
		'markdown-2024-11-04-pentagon.md',
	])('gives timestamps with offsets for %s', (fileName) => {
		const { published, updated } = parseFixture(fileName).metadata;
		for (const timestamp of [published, updated].filter((value) => value !== undefined))
			expect(isTimestampWithOffset(timestamp)).toBe(true);
	});
});

describe('parseArticle format detection', () => {
	const markdown = '---\ntitle: Headline\n---\n\nSome *emphasis*.\n';

	it('reads a .md or .markdown file as Markdown', () => {
		expect(parseArticle('# Headline\n\nText.', 'article.md').metadata.headline).toBe('Headline');
		expect(parseArticle('# Headline\n\nText.', 'ARTICLE.MARKDOWN').metadata.headline).toBe(
			'Headline'
		);
	});

	it('reads any other file starting with a frontmatter block as Markdown', () => {
		expect(parseArticle(markdown, 'article.txt')).toEqual({
			metadata: { headline: 'Headline', authors: [] },
			paragraphs: ['Some *emphasis*.'],
		});
	});

	it('reads any other file without frontmatter as scraped text, # and all', () => {
		expect(parseArticle('# Headline\n\nText.', 'article.txt').metadata.headline).toBe('# Headline');
	});
});

describe('parseArticle input checks', () => {
	it.each(['', '   \n\t\n', '\uFEFF\r\n'])('rejects the empty file %j', (raw) => {
		expect(thrownIngestError(() => parseArticle(raw, 'article.txt')).message).toMatch(
			/^the file is empty — /
		);
	});

	it('rejects a file holding only a headline', () => {
		expect(
			thrownIngestError(() => parseArticle('North Korean troops arrive in Russia\n', 'a.txt'))
				.message
		).toMatch(/^no article text found after the metadata — check the file is the article itself/);
	});

	it('accepts CRLF line endings and a byte-order mark', () => {
		const seed = fixture(SEED);
		const windows = `\uFEFF${seed.replace(/\n/g, '\r\n')}`;
		expect(parseArticle(windows, SEED)).toEqual(parseArticle(seed, SEED));
		expect(
			parseArticle(`\uFEFF---\r\ntitle: A\r\n---\r\n\r\nText.\r\n`, 'a.md').paragraphs
		).toEqual(['Text.']);
	});

	it('rejects a date line with an unknown zone, pointing at its line', () => {
		const raw =
			'Headline\nBy Jane Doe and John Roe\nFri 25 Oct 2024 08.14 XYZ\nKYIV, Oct 25 (Reuters) - Text.';
		const error = thrownIngestError(() => parseArticle(raw, 'wire.txt'));
		expect(error.line).toBe(3);
		expect(error.message).toBe(
			'unknown time zone "XYZ" in "Fri 25 Oct 2024 08.14 XYZ" — give the publication time with --published 2024-10-25T08:14:00±HH:MM, putting XYZ\'s UTC offset in place of ±HH:MM'
		);
	});

	it('rejects an unknown zone in the seed’s byline run, pointing at the seed’s line 4', () => {
		const raw = fixture(SEED).replaceAll(' EDT', ' XYZ');
		const error = thrownIngestError(() => parseArticle(raw, SEED));
		expect(error.line).toBe(4);
		expect(error.message).toContain('unknown time zone "XYZ" in "Fri 18 Oct 2024 12.35 XYZ"');
	});

	it('keeps only the day of a time in an ambiguous zone (IST: India, Ireland or Israel), never a guessed offset', () => {
		const raw = 'Headline\n\n28 Oct 2024 14.05 IST\nText.';
		expect(parseArticle(raw, 'live.txt').metadata.published).toBe('2024-10-28');
	});

	it('has no publication time for a wire story with only a yearless dateline', () => {
		const raw = 'Headline\nBy Jane Doe and John Roe\nKYIV, Oct 25 (Reuters) - Text.';
		expect(parseArticle(raw, 'wire.txt').metadata).toEqual({
			headline: 'Headline',
			authors: ['Jane Doe', 'John Roe'],
			outlet: 'Reuters',
		});
	});

	it('reads a Markdown date without a time as the day, and rejects a date that does not exist, pointing at its line', () => {
		const raw = (date: string) =>
			`---\ntitle: Headline\ndate: ${date}\n---\n\nNorth Korea has sent about 3,000 troops to Russia, the spy agency said on Monday.`;
		expect(parseArticle(raw('2024-11-04'), 'a.md').metadata.published).toBe('2024-11-04');
		const error = thrownIngestError(() => parseArticle(raw('2024-02-30'), 'a.md'));
		expect(error.line).toBe(3);
		expect(error.message).toContain('--published');
	});

	it('names the outlet of a clipped article from the address a web clipper stored as its source', () => {
		const raw =
			'---\ntitle: "Moura massacre: UN says 500 killed"\nsource: "https://www.theguardian.com/world/2023/may/12/moura"\npublished: 2023-05-12T15:21:00+01:00\n---\n\nMalian troops and foreign fighters killed at least 500 people in Moura, the UN human rights office said on Friday.';
		const { metadata } = parseArticle(raw, 'clip.md');
		expect(metadata.outlet).toBe('The Guardian');
		expect(metadata.url).toBe('https://www.theguardian.com/world/2023/may/12/moura');
	});
});
