import { knownOutlet } from '../outlet/known-outlets.ts';
import type { NumberedLine } from './numbered-line.ts';
import { NEWS_TIMESTAMP } from '../time/timestamp-pattern.ts';

/**
 * Takes out the lines that label the article rather than tell it — its address ("URL: https://…"), a copyright
 * notice, "Updated at 14.20 GMT" — wherever they stand, and returns what they say with the remaining lines.
 */
export function takeLabelledLines(lines: readonly NumberedLine[]): LabelledLines {
	const labelled: LabelledLines = {
		url: undefined,
		outlet: undefined,
		headline: undefined,
		updates: [],
		remaining: [],
	};
	for (const line of lines) {
		const url = ADDRESS_LINE.exec(line.text)?.[1];
		const update = UPDATE_LINE.exec(line.text)?.[1];
		const title = TITLE_LINE.exec(line.text)?.[1];
		if (url !== undefined) labelled.url ??= url;
		else if (title !== undefined && labelled.headline === undefined)
			labelled.headline = { text: title, number: line.number };
		else if (COPYRIGHT_LINE.test(line.text)) labelled.outlet ??= copyrightOutlet(line.text);
		else if (update !== undefined) labelled.updates.push({ text: update, number: line.number });
		else labelled.remaining.push(line);
	}
	return labelled;
}

interface LabelledLines {
	url: string | undefined;
	outlet: string | undefined;
	/** A headline the page labels as one ("Title: Iran has sent ballistic missiles to Russia"), label removed. */
	headline: NumberedLine | undefined;
	/** The times of "Updated at …" lines, which may give a time without a date. */
	updates: NumberedLine[];
	remaining: NumberedLine[];
}

const ADDRESS_LINE = /^(?:URL|Source|Link)\s*:\s*(https?:\/\/\S+)$/i;
const TITLE_LINE = /^(?:Title|Headline)\s*:\s*(\S.*)$/;
const COPYRIGHT_LINE = /^(?:©|\(c\)\s|Copyright\s)/i;
// Case-sensitive on purpose: the time zone is read from capitals.
const UPDATE_LINE = new RegExp(
	`^(?:[Uu]pdated|[Ll]ast updated|[Ll]ast modified)(?:\\s+(?:on|at))?\\s*:?\\s+(${NEWS_TIMESTAMP})$`
);

const COMPANY_WORDS =
	/^(?:(?:media|news|network|group|company|holdings|publishing|international|corporation|inc\.?|ltd\.?|limited|llc|plc|l\.p\.|gmbh|s\.a\.|&)\s*)*$/i;

/** Whose name a copyright line gives: "© 2024 L'Orient Today. All rights reserved." → "L'Orient Today". */
export function copyrightHolder(line: string): string {
	return line
		.replace(/^(?:©|\(c\)|Copyright)\s*©?\s*/i, '')
		.replace(/^\d{4}(?:\s*[-–]\s*\d{4})?\s*/, '')
		.replace(/[.,]?\s*All rights reserved.*$/i, '')
		.replace(/\s+or its affiliated companies$/i, '')
		.replace(/\.$/, '')
		.trim();
}

// "© 2024 Guardian News & Media Limited or its affiliated companies. All rights reserved." → The Guardian.
// A © line may also credit a photo agency, so only a known outlet's name counts.
function copyrightOutlet(line: string): string | undefined {
	const holder = copyrightHolder(line);
	// "Al Jazeera Media Network" names Al Jazeera: the longest known outlet the holder's name starts with, when what
	// follows it is the company's ("Media Network"), not more of another name ("The Times" of Israel).
	const words = holder.split(/\s+/);
	for (let length = words.length; length > 0; length--) {
		const outlet = knownOutlet(words.slice(0, length).join(' '));
		if (outlet !== undefined && COMPANY_WORDS.test(words.slice(length).join(' '))) return outlet;
	}
	return undefined;
}
