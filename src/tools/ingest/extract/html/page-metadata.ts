import { isTimestampWithOffset } from '../../../../core/dates/format-timestamp.ts';
import type { ArticleMetadata } from '../article.ts';
import { articleMetadata } from '../article-metadata.ts';
import { isPublishingPlatform, readByline } from '../byline/read-byline.ts';
import { looksLikeByline } from '../byline/byline-shape.ts';
import { isOrganization, jsonLdArticle, jsonLdNames, jsonLdText } from './json-ld-article.ts';
import { machineTime } from './machine-time.ts';
import { knownOutlet, outletOfAddress } from '../outlet/known-outlets.ts';
import { readDateLine } from '../text/date-line.ts';
import { copyrightHolder } from '../text/labelled-lines.ts';

/** The parts of a parsed HTML page that metadata is read from (a DOM Document fits). */
export interface PageDocument {
	querySelector(selector: string): PageElement | null;
	querySelectorAll(selector: string): Iterable<PageElement>;
}

interface PageElement {
	textContent: string | null;
	getAttribute(name: string): string | null;
	parentElement: PageElement | null;
	children: { length: number };
	querySelector(selector: string): PageElement | null;
	querySelectorAll(selector: string): Iterable<PageElement>;
}

/**
 * What a saved page says about its article, from the most to the least deliberate source: JSON-LD
 * (`NewsArticle`), then OpenGraph and `<meta>` tags, then `<time datetime>`, `<h1>` and `<title>`.
 */
export function pageMetadata(page: PageDocument): ArticleMetadata {
	const article = jsonLdArticle(
		Array.from(page.querySelectorAll('script[type="application/ld+json"]'), (script) =>
			String(script.textContent ?? '')
		)
	);
	const meta = (...names: string[]) => metaContent(page, names);
	const authorValue = article?.['author'];
	const organisationAuthor = isOrganization(authorValue) ? jsonLdText(authorValue) : undefined;
	const people = organisationAuthor
		? []
		: jsonLdNames(authorValue).filter((name) => !isPublishingPlatform(name));
	const metaAuthors = readByline(meta('author', 'article:author', 'byl') ?? '').authors.filter(
		(name) => !/^https?:/.test(name)
	);
	const outlet =
		jsonLdText(article?.['publisher']) ??
		siteName(meta('og:site_name', 'application-name')) ??
		titleSuffix(text(page.querySelector('title')), text(page.querySelector('h1'))) ??
		homeLinkOutlet(page);
	return articleMetadata({
		headline:
			jsonLdText(article?.['headline']) ??
			meta('og:title', 'twitter:title') ??
			text(page.querySelector('h1')) ??
			text(page.querySelector('title')),
		standfirst: jsonLdText(article?.['description']) ?? meta('og:description', 'description'),
		authors:
			people.length > 0 ? people : metaAuthors.length > 0 ? metaAuthors : printedByline(page),
		published:
			machineTime(jsonLdText(article?.['datePublished'])) ??
			machineTime(meta('article:published_time', 'pubdate', 'datePublished', 'date')) ??
			machineTime(page.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined) ??
			printedDate(page),
		updated: timestampOnly(
			machineTime(jsonLdText(article?.['dateModified'])) ??
				machineTime(meta('article:modified_time', 'dateModified'))
		),
		outlet,
		url: httpUrl(
			jsonLdText(article?.['url']) ??
				meta('og:url') ??
				page.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
				undefined
		),
		// Wire copy names the agency as its author: the page's outlet republished it.
		originalOutlet: organisationAuthor !== outlet ? organisationAuthor : undefined,
	});
}

/** A site's name as its page gives it; one given as its address ("www.euractiv.com") is the outlet there. */
function siteName(name: string | undefined): string | undefined {
	const host = name && /^(?:www\.)?([a-z0-9-]+)\.[a-z.]{2,}$/i.exec(name);
	if (!host) return name;
	return outletOfAddress(`https://${name}`) ?? host[1]!.charAt(0).toUpperCase() + host[1]!.slice(1);
}

const MASTHEAD_WORDS = 5;
const GENERIC_LINK_TEXT = /^(?:home|homepage|home page|logo|menu|back to home|go to homepage)$/i;

/**
 * The outlet named by the page's masthead: its logo link ("ERR News"), or its link to its own front page when that is
 * a known outlet ("Lloyd's List") or a name the page's copyright line confirms ("L'Orient Today" above "© 2024
 * L'Orient Today").
 */
function homeLinkOutlet(page: PageDocument): string | undefined {
	// A link the page's classes call its logo or brand is its masthead, wherever it points; so is the front-page
	// link in a masthead, by its words or its logo image's.
	for (const logo of page.querySelectorAll(
		'a[class*="logo"], a[class*="brand"], [id*="masthead"] a[href="/"], [class*="masthead"] a[href="/"]'
	)) {
		const words = text(logo);
		// "Home" or "Logo" for screen readers says where the link goes, not whose page it is.
		const name =
			words !== undefined && !GENERIC_LINK_TEXT.test(words)
				? words
				: logo.querySelector('img[alt]')?.getAttribute('alt')?.trim();
		if (name !== undefined && name.split(/\s+/).length <= MASTHEAD_WORDS)
			return knownOutlet(name) ?? name;
	}
	const copyright = /©[^.]*/.exec(text(page.querySelector('body')) ?? '')?.[0] ?? '';
	for (const link of page.querySelectorAll('a[href="/"]')) {
		const name = text(link) ?? '';
		const outlet =
			knownOutlet(name) ?? (name !== '' && copyrightHolder(copyright) === name ? name : undefined);
		if (outlet !== undefined) return outlet;
	}
	return undefined;
}

/**
 * A date printed beside the headline, in an element its classes call a date or in an element of its own ("2025-07-10
 * | 14:05"), read as a printed date line. Only beside the headline: the site header prints today's date, and lists of
 * other articles print theirs.
 */
function printedDate(page: PageDocument): string | undefined {
	const headlineBlock = page.querySelector('h1')?.parentElement;
	if (!headlineBlock) return undefined;
	const dated = afterHeadline(
		page,
		headlineBlock.querySelectorAll('[class*="date"], [class*="Date"]')
	).map(text);
	for (const line of [...dated, ...headlineBlockLines(page)]) {
		const published = readDateLine(line ?? '')?.published;
		if (published !== undefined) return published;
	}
	return undefined;
}

/**
 * The elements that come after the headline, in page order: where the headline stands in the page's body itself,
 * the site header's "today" above it is no date of the article's.
 */
function afterHeadline(page: PageDocument, elements: Iterable<PageElement>): PageElement[] {
	const headline = page.querySelector('h1');
	const all = [...(headline?.parentElement?.querySelectorAll('*') ?? [])];
	const start = headline ? all.indexOf(headline) : -1;
	return [...elements].filter((element) => all.indexOf(element) > start);
}

/** A byline printed beside the headline in an element of its own: "By Nour Haddad". */
function printedByline(page: PageDocument): string[] {
	const byline = headlineBlockLines(page).find(
		(line) => /^By\s/.test(line) && looksLikeByline(line)
	);
	return byline === undefined ? [] : readByline(byline).authors;
}

/** The texts of the elements without child elements that stand beside the headline (its block's leaves). */
function headlineBlockLines(page: PageDocument): string[] {
	const headline = page.querySelector('h1');
	const block = headline?.parentElement;
	if (!headline || !block) return [];
	return afterHeadline(page, block.querySelectorAll('span, div, p, time'))
		.filter((element) => element.children.length === 0)
		.map(text)
		.filter((line) => line !== undefined);
}

// A source's update is a moment: a day alone says too little to record.
function timestampOnly(value: string | undefined): string | undefined {
	return value !== undefined && isTimestampWithOffset(value) ? value : undefined;
}

/** The site's name a page title adds to the headline: "Headline | Korea Pulse", "Headline - BBC News". */
function titleSuffix(title: string | undefined, headline: string | undefined): string | undefined {
	if (title === undefined || headline === undefined) return undefined;
	const match = /^(.+?)\s+[|–—-]\s+([^|–—]{2,60})$/.exec(title);
	return match && match[1] === headline ? match[2]!.trim() : undefined;
}

function metaContent(page: PageDocument, names: readonly string[]): string | undefined {
	for (const name of names) {
		const element =
			page.querySelector(`meta[property="${name}"]`) ??
			page.querySelector(`meta[name="${name}"]`) ??
			page.querySelector(`meta[itemprop="${name}"]`);
		const content = element?.getAttribute('content')?.trim();
		if (content) return content;
	}
	return undefined;
}

function text(element: PageElement | null): string | undefined {
	const content = element?.textContent?.replace(/\s+/g, ' ').trim();
	return content || undefined;
}

function httpUrl(value: string | undefined): string | undefined {
	// Some dailies print their canonical link without a scheme ("//www…"): the page was served over https.
	const address = value?.trim().replace(/^\/\//, 'https://');
	return address && /^https?:\/\//.test(address) && URL.canParse(address) ? address : undefined;
}
