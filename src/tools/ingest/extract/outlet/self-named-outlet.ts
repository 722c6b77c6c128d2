import { plainLine } from '../plain-line.ts';
import { knownOutlet } from './known-outlets.ts';
import { capitalisedName } from '../byline/read-byline.ts';

/** The outlets an article names as its own in the notes under it. */
export interface SelfNamedOutlet {
	/**
	 * The page's outlet: "Han Seo-yeon covers defense for Korea Pulse.", "CNN's Daniel Harker contributed to this
	 * report.", "The Guardian's Luke Harding reports from Kyiv."
	 */
	outlet?: string;
	/** The outlet whose staff wrote the story: "Associated Press writer Olha Marchenko in Kyiv contributed to this report." */
	originalOutlet?: string;
	/**
	 * The reporter a transcript labels as its byline ("PETER HOLUB, BYLINE:"): the page's author when no byline names
	 * one. Not whom a presenter hands over to ("VOA's Renaud Pierre-Louis reports."): labellers split on whether that
	 * is an author. Empty when no note names one.
	 */
	reporters: string[];
}

const OUTLET_NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,4}`;
const PERSON = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}`;
const AUTHOR_NOTE = new RegExp(
	String.raw`^${PERSON}\s+(?:covers|reports on|writes about)\b[^.]*?\bfor\s+(${OUTLET_NAME})\s*[.,;]`,
	'u'
);
const STAFF_CONTRIBUTION = new RegExp(
	String.raw`^(${OUTLET_NAME})['’]s\s+${PERSON}(?:\s+in\s+[^,]+)?,?\s+contributed to this (?:report|story)\.?$`,
	'u'
);
/** "The Guardian's Luke Harding reports from Kyiv.", "BBC's Laura Bicker reports": a line of its own, naming whose reporter. */
const REPORTER_LINE = new RegExp(
	String.raw`^(${OUTLET_NAME})['’]s\s+(?:[\p{L}]+\s+){0,3}?${PERSON}\s+reports(?:\s+from\s+[^.]{1,60})?\.?$`,
	'u'
);
/** A transcript's turn label for its own reporter, as public radio prints it: "PETER HOLUB, BYLINE:". */
const BYLINE_LABEL = /^(\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){1,3}),\s+BYLINE:/u;
const WIRE_CONTRIBUTION = new RegExp(
	String.raw`^(${OUTLET_NAME})\s+(?:writers?|correspondents?|reporters?|journalists?)\s+.{3,160}?\s+contributed to this (?:report|story)\.?$`,
	'u'
);

/** Reads the outlet notes under an article; each field undefined when no note names it. */
export function selfNamedOutlet(paragraphs: readonly string[]): SelfNamedOutlet {
	const named: SelfNamedOutlet = { reporters: [] };
	for (const paragraph of paragraphs) {
		const text = plainLine(paragraph);
		// A hand-over closes a presenter's turn on air: "… last year. VOA's Renaud Pierre-Louis reports."
		const lastSentence = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1) ?? text;
		const own =
			AUTHOR_NOTE.exec(text)?.[1] ??
			STAFF_CONTRIBUTION.exec(text)?.[1] ??
			REPORTER_LINE.exec(lastSentence)?.[1];
		if (own !== undefined) named.outlet ??= canonical(own);
		const reporter = BYLINE_LABEL.exec(text)?.[1];
		if (reporter !== undefined && named.reporters.length === 0)
			named.reporters.push(capitalisedName(reporter));
		const wire = WIRE_CONTRIBUTION.exec(text)?.[1];
		if (wire !== undefined) named.originalOutlet ??= canonical(wire);
	}
	return named;
}

function canonical(name: string): string {
	// "The BBC's Yulia Sorokina reports": "The" opens the sentence, not the name.
	return knownOutlet(name) ?? knownOutlet(name.replace(/^the\s+/i, '')) ?? name.trim();
}
