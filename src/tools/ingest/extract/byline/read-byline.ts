import { knownOutlet } from '../outlet/known-outlets.ts';
import { isStaffCredit, unsignedByline } from './byline-shape.ts';

/** The authors a byline names ("By Jane Doe and John Roe in Kyiv", "Marc Bennetts, Moscow"), and the outlet when it ends with a known one ("for The Guardian"). */
export function readByline(byline: string): { authors: string[]; outlet: string | undefined } {
	// A byline copied from a page may run on into the reporter's title and the date, a line each.
	const items = unsignedByline(byline.trim().split(/\s*\n\s*/)[0] ?? '')
		.split(AUTHOR_SEPARATOR)
		.map((item) => item.trim())
		.filter((item) => item !== '');
	const read = items.map(readItem);
	// "Marc Bennetts, Moscow": one word after a name is where the reporter is, not a second author; so is whatever
	// follows a staff credit ("Staff Correspondent, Cox's Bazar").
	const authors = read
		.map((item) => capitalisedName(item.name))
		.filter(
			(name, index) =>
				name !== '' && (index === 0 || (/\s/.test(name) && !isStaffCredit(items[index - 1] ?? '')))
		);
	const outlet = read.find((item) => item.outlet !== undefined)?.outlet;
	return { authors, outlet };
}

/**
 * Where a byline should be, pages print the software or shop that published them ("By Substack", an author tag of
 * "WordPress" or "admin"): no one wrote the article by that name. Kept here: no npm package lists them.
 */
const PUBLISHING_PLATFORMS: ReadonlySet<string> = new Set([
	'admin',
	'administrator',
	'apple news',
	'blogger',
	'feedly',
	'flipboard',
	'ghost',
	'google news',
	'medium',
	'msn',
	'newsbreak',
	'newspack',
	'omnivore',
	'pocket',
	'readwise',
	'readwise reader',
	'instapaper',
	'shopify',
	'smartnews',
	'squarespace',
	'substack',
	'tumblr',
	'wix',
	'wordpress',
	'wordpress.com',
	'yahoo news',
]);

/** Whether a name where an author should be is the publishing software or platform ("via Substack"). */
export function isPublishingPlatform(name: string): boolean {
	return PUBLISHING_PLATFORMS.has(
		name
			.trim()
			.toLowerCase()
			.replace(/^(?:(?:published|posted) )?via\s+/, '')
	);
}

const AUTHOR_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/;
// Guardian bylines place the reporter: "Justin McCurry in Tokyo". The place is not part of the name.
const PLACE_SUFFIX = /\s+in\s+\p{Lu}.*$/u;

function readItem(item: string): { name: string; outlet: string | undefined } {
	const whole = knownOutlet(item);
	if (whole !== undefined) return { name: '', outlet: whole };
	if (isPublishingPlatform(item) || isStaffCredit(item)) return { name: '', outlet: undefined };
	const suffix = outletSuffix(item);
	const name = suffix
		? item
				.slice(0, suffix.start)
				.trimEnd()
				.replace(/\s+for$/, '')
		: item;
	return { name: name.replace(PLACE_SUFFIX, ''), outlet: suffix?.outlet };
}

// "Pjotr Sauer for The Guardian", "Pjotr SauerThe Guardian": a known outlet after "for", after a name, or one whose
// name starts "The".
function outletSuffix(item: string): { start: number; outlet: string } | undefined {
	for (const match of item.matchAll(/(?<=^|\s|\p{Ll})\p{Lu}/gu)) {
		const start = match.index;
		const outlet = knownOutlet(item.slice(start));
		// After a name of two words or more, a known outlet can only be the reporter's: "AMADOU KEITA Associated Press".
		const named =
			/\bfor\s+$/.test(item.slice(0, start)) ||
			item.startsWith('The ', start) ||
			/^\p{Lu}\S*(?:\s+\p{Lu}\S*)+\s+$/u.test(item.slice(0, start));
		if (start > 0 && outlet !== undefined && named) return { start, outlet };
	}
	return undefined;
}

/** "AMADOU KEITA" → "Amadou Keita": wire bylines print names in capitals; a name keeps its own case otherwise. */
export function capitalisedName(name: string): string {
	if (!/\p{Lu}{2}/u.test(name) || /\p{Ll}/u.test(name)) return name;
	return name
		.toLowerCase()
		.replace(
			/(^|[\s'’-])(\p{Ll})/gu,
			(_, before: string, letter: string) => `${before}${letter.toUpperCase()}`
		);
}

/**
 * The authors a wire credit under the article names: "Reporting by Min-ji Seo and Daniel Harker; Editing by Lincoln
 * Ames" → the reporters and writers, not the editors. Undefined when the paragraph is no such credit.
 */
export function readCreditLine(paragraph: string): string[] | undefined {
	const credit = /^\(?(?:reporting|writing|reporting and writing) by\s+(.+?)\)?\.?$/i.exec(
		paragraph.trim()
	);
	if (!credit) return undefined;
	const parts = credit[1]!.split(/\s*;\s*/);
	const written = parts.filter(
		(part, index) => index === 0 || /^(?:writing|reporting) by\s/i.test(part)
	);
	return written.flatMap(
		(part) => readByline(part.replace(/^(?:writing|reporting) by\s+/i, '')).authors
	);
}
