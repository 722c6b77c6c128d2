import { knownOutlet } from '../outlet/known-outlets.ts';
import type { NumberedLine } from './numbered-line.ts';
import { isFurniture } from '../furniture.ts';
import { isHeadlineLike } from '../headline-like.ts';
import { readDateLine, type DateLine } from './date-line.ts';

const SHORTEST_MENU = 3;
const PAGE_LABEL = /^(?:full |show )?transcript$/i;

/**
 * Skips what a copied page prints above its headline — masthead, menus, section names, breadcrumbs, a breaking-news
 * label, the site header's date — and names the outlet when the masthead is a known one. The headline is the first
 * line that reads as one, never a section label or a date.
 */
export function skipPageTop(lines: readonly NumberedLine[]): {
	masthead: string | undefined;
	/** A date printed above the headline: the site's "today" as often as the article's date, so only a fallback. */
	headerDate: DateLine | undefined;
	rest: NumberedLine[];
} {
	// The site's name above its menu, known or not ("U.S. News & World Report", then "News", "Education", …).
	// A menu button ("☰") may stand above the site's name.
	const buttons = lines.findIndex((line) => pageTopKind(line.text) !== 'clear');
	const siteName = buttons < 0 ? undefined : nameAboveMenu(lines.slice(buttons));
	let masthead: string | undefined = siteName;
	let headerDate: DateLine | undefined;
	let index = siteName === undefined ? 0 : buttons + 1;
	let shortOnly = 0;
	for (; index < lines.length; index++) {
		const text = lines[index]!.text;
		const folio = readFolio(text);
		const outlet = folio?.outlet ?? mastheadOutlet(text);
		const date = folio?.date ?? (outlet === undefined ? readDateLine(text) : undefined);
		// A date under nothing but a few short words is the date under a terse headline.
		if (date !== undefined && index > 0 && index === shortOnly) break;
		const kind = outlet !== undefined || date !== undefined ? 'clear' : pageTopKind(text);
		if (kind === undefined) break;
		if (outlet !== undefined) masthead ??= outlet;
		if (date?.published !== undefined) headerDate ??= date;
		if (kind === 'short') shortOnly += 1;
	}
	// A line or two of a few words, with nothing clearly page-like, are a terse headline and standfirst — unless they
	// are capitalised names with a headline under them: the section label printed above it ("Middle East").
	// A programme's or section's name may stand over the date, and the date over the headline ("NEWSHOUR", "Friday 8
	// August 2025", then the headline; "NHK WORLD-JAPAN", "NEWSLINE | Thursday, February 27, 2025", "Transcript").
	// Only a name in capitals: "Gaza Ceasefire Collapses" over its date is a terse headline.
	let headline = index;
	const inCapitals = lines.slice(0, index).every((line) => line.text === line.text.toUpperCase());
	// "Transcript" under the date labels the page, as the date does.
	while (
		inCapitals &&
		headline < lines.length &&
		(readDateLine(lines[headline]!.text) !== undefined || PAGE_LABEL.test(lines[headline]!.text))
	)
		headline++;
	const sectionLabel =
		headline < lines.length &&
		lines.slice(0, index).every((line) => isCapitalisedName(line.text)) &&
		readsAsHeadline(lines[headline]!.text);
	if (index === shortOnly && shortOnly < SHORTEST_MENU && !sectionLabel)
		return { masthead, headerDate, rest: [...lines] };
	if (sectionLabel)
		for (const line of lines.slice(index, headline)) headerDate ??= readDateLine(line.text);
	return { masthead, headerDate, rest: lines.slice(sectionLabel ? headline : index) };
}

/** The first line when it is a name of a few capitalised words and a menu of short lines follows it. */
function nameAboveMenu(lines: readonly NumberedLine[]): string | undefined {
	const [first, ...rest] = lines;
	if (first === undefined || mastheadOutlet(first.text) !== undefined) return undefined;
	const words = first.text.split(/\s+/);
	const menu = rest.slice(0, SHORTEST_MENU);
	// One word alone ("Menu", "Search") is as likely a button as a name.
	const isName =
		words.length >= 2 &&
		words.length <= MASTHEAD_WORDS &&
		!isFurniture(first.text) &&
		/^\p{Lu}/u.test(first.text) &&
		words.every((word) => /^(?:\p{Lu}|&$|in$|of$|the$|de$)/u.test(word)) &&
		!/[.!?:]$/.test(first.text);
	// A menu of short lines, or a menu button right under the name ("THE TIMES OF ISRAEL", then "Menu").
	const menuFollows =
		(menu.length === SHORTEST_MENU && menu.every((line) => pageTopKind(line.text) !== undefined)) ||
		(menu[0] !== undefined && MENU_BUTTON.test(menu[0].text));
	return isName && menuFollows ? mastheadName(first.text.trim()) : undefined;
}

const MENU_BUTTON = /^(?:menu|☰|sections|navigation|open menu)$/i;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'in', 'de', 'for', 'on']);

/** A masthead printed in capitals, as its name is written: "THE TIMES OF ISRAEL" → "The Times of Israel". */
function mastheadName(text: string): string {
	if (text !== text.toUpperCase() || !/\p{Lu}{2}/u.test(text)) return text;
	return text
		.toLowerCase()
		.split(/\s+/)
		.map((word, index) =>
			index > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)
		)
		.join(' ');
}

const MASTHEAD_WORDS = 6;

/** "World", "Middle East", "UK & Europe": every word capitalised, as section names are. */
function isCapitalisedName(text: string): boolean {
	return text.split(/\s+/).every((word) => /^(?:\p{Lu}|&$)/u.test(word));
}

/** A line of five words or more that does not end as a sentence does, as a standfirst would; no byline or date. */
function readsAsHeadline(text: string): boolean {
	return (
		text.split(/\s+/).length >= SHORTEST_HEADLINE_WORDS &&
		isHeadlineLike(text) &&
		!/^by\s/i.test(text) &&
		readDateLine(text) === undefined
	);
}

const SHORTEST_HEADLINE_WORDS = 5;

/** The outlet a masthead line names: "CNN", "The Japan News by The Yomiuri Shimbun". */
function mastheadOutlet(text: string): string | undefined {
	// "The Guardian - Back to home": the logo link's words for screen readers.
	const name = text.replace(/\s*[-–—|]\s*(?:back to )?home(?: ?page)?$/i, '');
	return knownOutlet(name) ?? knownOutlet(name.replace(/\s+by\s+.*$/i, ''));
}

// Furniture, breadcrumbs (with separators) and labels are clearly page; a word or three without sentence
// punctuation is a menu item or section name when others stand with it.
function pageTopKind(text: string): 'clear' | 'short' | undefined {
	if (
		isFurniture(text) ||
		/\s[>|»›/]\s/.test(text) ||
		/^☰/.test(text) ||
		/^(?:breaking(?: news)?|live|developing|exclusive|opinion|analysis|transcript)$/i.test(text) ||
		// A broadcast transcript's fields: "Programme: The World", "Broadcast: 10 September 2024, 19:00 BST".
		/^(?:programme|program|show|broadcast|aired|channel)\s*:/i.test(text) ||
		isMenuRow(text)
	)
		return 'clear';
	const words = text.split(/\s+/).filter(Boolean);
	return words.length <= 3 && !/[.!?”"]$/.test(text) ? 'short' : undefined;
}

/**
 * A menu copied as one row, its items set apart by runs of spaces: "News  Columns  Interviews  Articles". Each item a
 * word or three, capitalised, with no sentence punctuation; a headline is spaced singly.
 */
function isMenuRow(text: string): boolean {
	const items = text.split(/\s{2,}|\t+/);
	return (
		items.length >= SHORTEST_MENU &&
		items.every(
			(item) => /^\p{Lu}/u.test(item) && item.split(' ').length <= 3 && !/[.!?,:;]$/.test(item)
		)
	);
}

/**
 * A printed page's folio, copied as text: its number, the paper's name and the day, set apart by runs of spaces —
 * "14  THE NATIONAL  Monday, September 18, 2023", or the other way round.
 */
function readFolio(text: string): { outlet: string; date: DateLine } | undefined {
	const parts = text.split(/\s{2,}|\t+/);
	if (parts.length !== 3) return undefined;
	const [first, name, last] = parts as [string, string, string];
	const dateText = /^\d{1,4}$/.test(first) ? last : /^\d{1,4}$/.test(last) ? first : undefined;
	const date = dateText === undefined ? undefined : readDateLine(dateText);
	const words = name.split(' ');
	if (date?.published === undefined || words.length > MASTHEAD_WORDS || !/^\p{Lu}/u.test(name))
		return undefined;
	if (/[.!?,:;]/.test(name)) return undefined;
	return { outlet: knownOutlet(mastheadName(name)) ?? mastheadName(name), date };
}
