/**
 * What opens a signed byline: "By ", or a label ("WRITER:", "Authors:", "Written by"). "By" only capitalised: in lower
 * case it is prose ("by the ministry").
 */
const BYLINE_OPENER =
	/^(?:By\s+|(?:[Ww]ritten by|(?:WRITERS?|[Ww]riters?|AUTHORS?|[Aa]uthors?|REPORTERS?|[Rr]eporters?)\s*:)\s*)/u;

/** Whether a line opens as a signed byline: "By Jane Doe", "WRITER: Jane Doe". */
export function isSignedByline(text: string): boolean {
	return BYLINE_OPENER.test(text);
}

/**
 * A byline without what opens it and the shifts a live blog marks: "WRITER: Jane Doe and John Roe" → "Jane Doe and
 * John Roe", "Harriet Lowe (now) and Samir Qadri (earlier)" → "Harriet Lowe and Samir Qadri".
 */
export function unsignedByline(text: string): string {
	return text.replace(BYLINE_OPENER, '').replace(/\s*\((?:now|earlier|later|before)\)/giu, '');
}

/** Whether a line reads as a byline: "By " and names, or names alone ("Pjotr Sauer", "Justin McCurry in Tokyo and Pjotr Sauer"). */
export function looksLikeByline(text: string): boolean {
	const signed = isSignedByline(text);
	const words = unsignedByline(text)
		.split(/[\s,]+/)
		.filter((word) => word !== '');
	// One capitalised word alone ("At", "Ukraine") is more often prose than a name, unless "By" introduces it.
	if (words.length < (signed ? 1 : 2) || words.length > LONGEST_BYLINE_WORDS) return false;
	if (CONNECTORS.has(words[0] ?? '')) return false;
	return words.every(
		(word) => CONNECTORS.has(word) || NAME_WORD.test(word) || STAFF_WORDS.has(word)
	);
}

/**
 * Words of a credit that names no one: "MEE staff", "Staff and agencies", "Reuters staff writer", "Staff
 * Correspondent", "Our Correspondent".
 */
const STAFF_WORDS: ReadonlySet<string> = new Set([
	'staff',
	'agencies',
	'writer',
	'writers',
	'desk',
	'correspondent',
	'correspondents',
	'reporter',
	'reporters',
	'bureau',
]);

/** A newsroom credited in its own language before its name: "Redazione ANSA", "Rédaction Le Monde". */
const NEWSROOM_WORDS: ReadonlySet<string> = new Set([
	'redazione',
	'rédaction',
	'redaktion',
	'redacción',
	'redação',
	'newsroom',
	'newsdesk',
]);

/** Whether one item of a byline credits the outlet's staff or the agencies rather than a person. */
export function isStaffCredit(item: string): boolean {
	const words = item.trim().toLowerCase().split(/\s+/);
	return STAFF_WORDS.has(words.at(-1) ?? '') || NEWSROOM_WORDS.has(words[0] ?? '');
}

const LONGEST_BYLINE_WORDS = 16;
// Lower-case words that join or locate names in bylines; any other lower-case word means prose.
const CONNECTORS: ReadonlySet<string> = new Set([
	'and',
	'&',
	'in',
	'for',
	'de',
	'del',
	'van',
	'von',
	'der',
	'den',
	'da',
	'di',
	'du',
	'le',
	'la',
	'al',
	'bin',
	'y',
]);
// "al-Din", "el-Sisi": an Arabic article joined to the name it belongs to.
const NAME_WORD = /^(?:(?:al|el|ad|ar|as|ash|an|ibn|bin|abu)-)?\p{Lu}[\p{L}\p{M}.'’-]*$/u;
