import { isTimestampWithOffset } from '../../../../core/dates/format-timestamp.ts';
import type { ArticleMetadata } from '../article.ts';
import { articleMetadata } from '../article-metadata.ts';
import { isPublishingPlatform, readByline } from '../byline/read-byline.ts';
import { isSignedByline, looksLikeByline } from '../byline/byline-shape.ts';
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
	tagName: string;
	textContent: string | null;
	previousElementSibling: PageElement | null;
	getAttribute(name: string): string | null;
	parentElement: PageElement | null;
	children: { length: number };
	querySelector(selector: string): PageElement | null;
	querySelectorAll(selector: string): Iterable<PageElement>;
}

/**
 * What a saved page says about its article, from the most to the least deliberate source: JSON-LD
 * (`NewsArticle`), then OpenGraph, Dublin Core and other `<meta>` tags, microdata, then what the page prints: `<time
 * datetime>`, the `<h1>` (over the data's headline where it revises it), the byline and date beside it, the masthead
 * and `<title>`; last, the site's address.
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
	const url = httpUrl(
		jsonLdText(article?.['url']) ??
			meta('og:url') ??
			page.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
			undefined
	);
	const siteName = meta('og:site_name', 'application-name');
	const siteAddress = addressOf(siteName);
	const named =
		jsonLdText(article?.['publisher']) ??
		(siteAddress === undefined ? (siteName ?? meta('dc.publisher')) : undefined) ??
		titleSuffix(text(page.querySelector('title')), text(page.querySelector('h1'))) ??
		homeLinkOutlet(page);
	const outlet =
		(named && nameOfDomain(named)) ??
		outletOfAddress(siteAddress ?? url) ??
		nameSpellingAddress(page, siteAddress ?? url) ??
		(siteAddress === undefined ? undefined : nameOfDomain(siteName!));
	return articleMetadata({
		headline:
			printedHeadline(
				jsonLdText(article?.['headline']) ?? meta('og:title', 'twitter:title'),
				text(page.querySelector('h1'))
			) ?? text(page.querySelector('title')),
		standfirst: jsonLdText(article?.['description']) ?? meta('og:description', 'description'),
		authors:
			people.length > 0 ? people : metaAuthors.length > 0 ? metaAuthors : printedByline(page),
		published:
			machineTime(jsonLdText(article?.['datePublished'])) ??
			machineTime(meta('article:published_time', 'pubdate', 'datePublished')) ??
			machineTime(microdata(page, 'datePublished')) ??
			machineTime(meta('date', 'dc.date')) ??
			machineTime(page.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined) ??
			printedDate(page),
		updated: timestampOnly(
			machineTime(jsonLdText(article?.['dateModified'])) ??
				machineTime(meta('article:modified_time', 'dateModified'))
		),
		outlet,
		url,
		// Wire copy names the agency as its author: the page's outlet republished it.
		originalOutlet: organisationAuthor !== outlet ? organisationAuthor : undefined,
	});
}

/** A site name given as the site's address ("www.euractiv.com", "https://www.bangkokpost.com/") as a URL. */
function addressOf(name: string | undefined): string | undefined {
	const address = name && /^(?:https?:\/\/)?((?:www\.)?[a-z0-9-]+\.[a-z.]{2,})\/?$/i.exec(name);
	return address ? `https://${address[1]}` : undefined;
}

/**
 * A site named by its domain ("eKathimerini.com", "ANSA.it") is the name without it; one written in lower case
 * ("www.euractiv.com") takes a capital: the last resort for a site that names itself only by its address.
 */
function nameOfDomain(name: string): string {
	const domain = /^(?:https?:\/\/)?(?:www\.)?([\p{L}\p{N}-]+)\.[a-z.]{2,}\/?$/iu.exec(name);
	if (!domain) return name;
	const word = domain[1]!;
	return /\p{Lu}/u.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1);
}

/** A value marked up as schema.org microdata: `<span itemprop="datePublished" content="…">`, `<time … datetime>`. */
function microdata(page: PageDocument, property: string): string | undefined {
	const element = page.querySelector(`[itemprop="${property}"]`);
	return (
		element?.getAttribute('content') ??
		element?.getAttribute('datetime') ??
		undefined
	)?.trim();
}

/** The main word of a site's host: "https://www.bangkokpost.com/…" → "bangkokpost". */
function hostWord(address: string): string | undefined {
	if (!URL.canParse(address)) return undefined;
	return new URL(address).hostname
		.toLowerCase()
		.replace(/^(?:www|amp|m|edition|en)\./, '')
		.split('.')[0];
}

const SPELLING_NAMES = 'a img[alt], header img[alt], [class*="logo"] img[alt], a, [class*="logo"]';

/**
 * The name the page prints that spells its own address — a logo's alt text or a link reading "Bangkok Post" on
 * bangkokpost.com: a site's name, written as the site writes it.
 */
function nameSpellingAddress(page: PageDocument, address: string | undefined): string | undefined {
	const word = address && hostWord(address);
	if (!word) return undefined;
	const letters = (name: string) =>
		name
			.toLowerCase()
			.replace(/^the\s+/, '')
			.replace(/[^a-z0-9]/g, '');
	for (const element of page.querySelectorAll(SPELLING_NAMES)) {
		const name = (element.getAttribute('alt') ?? text(element) ?? '').trim();
		if (name.split(/\s+/).length <= MASTHEAD_WORDS && letters(name) === word) return name;
	}
	return undefined;
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
		const name = text(link) ?? link.querySelector('img[alt]')?.getAttribute('alt')?.trim() ?? '';
		const outlet =
			knownOutlet(name) ?? (name !== '' && copyrightHolder(copyright) === name ? name : undefined);
		if (outlet !== undefined) return outlet;
	}
	return undefined;
}

const DATED = '[class*="date"], [class*="Date"], time';

/**
 * A date printed beside the headline, in an element its classes call a date or in an element of its own ("2025-07-10
 * | 14:05"), or in the kicker right above it, read as a printed date line. Only there: the site header prints today's
 * date, and lists of other articles print theirs.
 */

function printedDate(page: PageDocument): string | undefined {
	const headlineBlock = page.querySelector('h1')?.parentElement;
	if (!headlineBlock) return undefined;
	// The block right above the headline ("War | 14.04.2025 10:27") is the article's kicker, not the site header.
	const kicker = page.querySelector('h1')?.previousElementSibling;
	const dated = [
		...afterHeadline(page, headlineBlock.querySelectorAll(DATED)),
		...(kicker ? [kicker, ...kicker.querySelectorAll(DATED)] : []),
	]
		.filter((element) => element.children.length === 0)
		.map(text);
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

/**
 * A byline printed under the headline in an element of its own: "By Nour Haddad", "WRITER: Nour Haddad and Jon Roe"
 * (names may be links). The first signed one after the headline, in its block or the article-info block below it:
 * bylines of other articles come later on the page.
 */
function printedByline(page: PageDocument): string[] {
	const headline = page.querySelector('h1');
	if (!headline) return [];
	const all = [...page.querySelectorAll('*')];
	const start = all.indexOf(headline);
	const byline = all
		.slice(start + 1)
		.filter((element) => BYLINE_ELEMENTS.has(element.tagName.toLowerCase()))
		.map(text)
		.find((line) => line !== undefined && isSignedByline(line) && looksLikeByline(line));
	return byline === undefined ? [] : readByline(byline).authors;
}

const BYLINE_ELEMENTS: ReadonlySet<string> = new Set(['p', 'span', 'div', 'li', 'address', 'a']);

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

/**
 * The headline: the one the page's data declares, unless the page prints a revision of it ("…toll rises to 137" where
 * the data still says "…reaches 133"). A printed `<h1>` sharing few words with it is a masthead or section, not a
 * revision.
 */
function printedHeadline(
	declared: string | undefined,
	printed: string | undefined
): string | undefined {
	if (declared === undefined || printed === undefined) return declared ?? printed;
	const words = (headline: string) => new Set(headline.toLowerCase().match(/[\p{L}\p{N}]+/gu));
	const printedWords = words(printed);
	const declaredWords = words(declared);
	const shared = [...printedWords].filter((word) => declaredWords.has(word)).length;
	return shared * 2 >= Math.max(printedWords.size, declaredWords.size) ? printed : declared;
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
