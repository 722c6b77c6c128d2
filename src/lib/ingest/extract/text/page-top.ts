import { knownOutlet } from '../outlet/known-outlets.ts';
import type { NumberedLine } from './numbered-line.ts';
import { isFurniture } from '../furniture.ts';

const SHORTEST_MENU = 3;

/**
 * Skips what a copied page prints above its headline — masthead, menus, section names, breadcrumbs, a breaking-news
 * label — and names the outlet when the masthead is a known one. The headline is the first line that reads as one.
 */
export function skipPageTop(lines: readonly NumberedLine[]): {
	masthead: string | undefined;
	rest: NumberedLine[];
} {
	let masthead: string | undefined;
	let index = 0;
	let shortOnly = 0;
	for (; index < lines.length; index++) {
		const text = lines[index]!.text;
		const outlet = mastheadOutlet(text);
		const kind = outlet === undefined ? pageTopKind(text) : 'clear';
		if (kind === undefined) break;
		if (outlet !== undefined) masthead ??= outlet;
		if (kind === 'short') shortOnly += 1;
	}
	// A line or two of a few words, with nothing clearly page-like, are more likely a terse headline and standfirst.
	if (index === shortOnly && shortOnly < SHORTEST_MENU) return { masthead, rest: [...lines] };
	return { masthead, rest: lines.slice(index) };
}

/** The outlet a masthead line names: "CNN", "The Japan News by The Yomiuri Shimbun". */
function mastheadOutlet(text: string): string | undefined {
	return knownOutlet(text) ?? knownOutlet(text.replace(/\s+by\s+.*$/i, ''));
}

// Furniture, breadcrumbs (with separators) and labels are clearly page; a word or three without sentence
// punctuation is a menu item or section name when others stand with it.
function pageTopKind(text: string): 'clear' | 'short' | undefined {
	if (
		isFurniture(text) ||
		/\s[>|»›/]\s/.test(text) ||
		/^☰/.test(text) ||
		/^(?:breaking(?: news)?|live|developing|exclusive|opinion|analysis)$/i.test(text)
	)
		return 'clear';
	const words = text.split(/\s+/).filter(Boolean);
	return words.length <= 3 && !/[.!?”"]$/.test(text) ? 'short' : undefined;
}
