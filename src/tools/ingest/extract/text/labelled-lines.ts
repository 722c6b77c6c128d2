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
		rightsHolder: undefined,
		headline: undefined,
		updates: [],
		remaining: [],
		sender: undefined,
		sent: undefined,
	};
	const mail = emailHeader(lines);
	if (mail) {
		labelled.sender = mail.sender;
		labelled.sent = mail.sent;
		if (mail.subject !== undefined) labelled.headline = mail.subject;
	}
	for (const line of lines.slice(mail?.lines ?? 0)) {
		const url = ADDRESS_LINE.exec(line.text)?.[1];
		const update = UPDATE_LINE.exec(line.text)?.[1];
		const title = TITLE_LINE.exec(line.text)?.[1];
		if (url !== undefined) labelled.url ??= url;
		else if (title !== undefined && labelled.headline === undefined)
			labelled.headline = { text: title, number: line.number };
		else if (COPYRIGHT_LINE.test(line.text)) {
			labelled.outlet ??= copyrightOutlet(line.text);
			labelled.rightsHolder ??= rightsHolder(line.text);
		} else if (update !== undefined) labelled.updates.push({ text: update, number: line.number });
		else labelled.remaining.push(line);
	}
	return labelled;
}

interface LabelledLines {
	url: string | undefined;
	/** A known outlet a copyright line names. */
	outlet: string | undefined;
	/** Whoever the site's own copyright notice names, known or not (`rightsHolder`). */
	rightsHolder: string | undefined;
	/** A headline the page labels as one ("Title: Iran has sent ballistic missiles to Russia"), label removed. */
	headline: NumberedLine | undefined;
	/** The times of "Updated at …" lines, which may give a time without a date. */
	updates: NumberedLine[];
	remaining: NumberedLine[];
	/** A newsletter's sender, as its email's "From:" line names it: the outlet that sent it. */
	sender: string | undefined;
	/** When its email was sent ("Date:", "Sent:"): the edition's publication. */
	sent: string | undefined;
}

/**
 * A newsletter copied from a mail client starts with the email's header lines: "From: POLITICO Brussels Playbook
 * <…@politico.eu>", "Sent: Thursday, October 23, 2025 6:58 AM", "To: …", "Subject: …". The subject is the edition's
 * headline.
 */
function emailHeader(
	lines: readonly NumberedLine[]
):
	| { sender: string; sent: string | undefined; subject: NumberedLine | undefined; lines: number }
	| undefined {
	const sender = FROM_LINE.exec(lines[0]?.text ?? '')?.[1]?.replace(/^["']|["']$/g, '');
	if (sender === undefined) return undefined;
	let count = 1;
	let sent: string | undefined;
	let subject: NumberedLine | undefined;
	for (const line of lines.slice(1)) {
		const field = HEADER_FIELD.exec(line.text);
		if (!field) break;
		count++;
		const [, name, value] = field as unknown as [string, string, string];
		if (/^(?:date|sent)$/i.test(name)) sent ??= value;
		if (/^subject$/i.test(name))
			subject = { text: value.replace(/^(?:(?:re|fwd?)\s*:\s*)+/i, ''), number: line.number };
	}
	return { sender, sent, subject, lines: count };
}

const FROM_LINE = /^From\s*:\s*(.+?)\s*<[^<>\s]+@[^<>\s]+>$/;
const HEADER_FIELD = /^(Date|Sent|To|Cc|Subject|Reply-To)\s*:\s*(.*)$/i;

const ADDRESS_LINE = /^(?:URL|Source|Link)\s*:\s*(https?:\/\/\S+)$/i;
const TITLE_LINE = /^(?:Title|Headline)\s*:\s*(\S.*)$/;
const COPYRIGHT_LINE = /^(?:©|\(c\)\s|Copyright\s)/i;
// Case-sensitive on purpose: the time zone is read from capitals.
const UPDATE_LINE = new RegExp(
	`^(?:[Uu]pdated|[Ll]ast updated|[Ll]ast modified)(?:\\s+(?:on|at))?\\s*:?\\s+(${NEWS_TIMESTAMP})$`
);

const COMPANY_WORDS =
	/^(?:(?:media|news|agency|network|group|company|holdings|publishing|international|corporation|inc\.?|ltd\.?|limited|llc|plc|l\.p\.|gmbh|s\.a\.|&)\s*)*$/i;

/** Whose name a copyright line gives: "© 2024 L'Orient Today. All rights reserved." → "L'Orient Today". */
export function copyrightHolder(line: string): string {
	return (
		line
			.replace(/^(?:(?:©|\(c\)|Copyright)\s*)+/i, '')
			.replace(/^\d{4}(?:\s*[-–]\s*\d{4})?\s*/, '')
			.replace(/[.,]?\s*All rights reserved.*$/i, '')
			// "Copyright Sky UK Limited 2024": the year may follow the name.
			.replace(/,?\s+\d{4}\.?$/, '')
			.replace(/\s+or its affiliated companies$/i, '')
			.replace(/\.$/, '')
			.trim()
	);
}

// "© 2024 Guardian News & Media Limited or its affiliated companies. All rights reserved." → The Guardian.
// A © line may also credit a photo agency, so a name no list knows counts only when the line reserves the site's
// rights, as a photo credit does not: "Copyright 2025 ABN News. All rights reserved." → ABN News.
function copyrightOutlet(line: string): string | undefined {
	return knownHolder(copyrightHolder(line));
}

/**
 * The holder a site's own copyright notice names, known or not: a photo credit reserves no rights, so a line that
 * does ("Copyright 2025 ABN News. All rights reserved.") is the site's. The last thing an outlet is read from.
 */
export function rightsHolder(line: string): string | undefined {
	if (!COPYRIGHT_LINE.test(line) || !SITE_NOTICE.test(line)) return undefined;
	const holder = copyrightHolder(line);
	// "Al-Monitor, LLC": the company's form, set apart by a comma, is not the outlet's name.
	const name = holder.replace(/,\s*(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|plc|GmbH|S\.A\.)$/i, '');
	return knownHolder(holder) ?? (isHolderName(name) ? name : undefined);
}

const SITE_NOTICE = /\bAll rights reserved\b/i;
const HOLDER_WORDS = 6;

/** A name of a few words, with no sentence in it: "ABN News", "hromadske", "The Westbrook Record". */
function isHolderName(holder: string): boolean {
	const words = holder.split(/\s+/);
	return holder !== '' && words.length <= HOLDER_WORDS && !/[.!?;:]/.test(holder);
}

function knownHolder(holder: string): string | undefined {
	// "Al Jazeera Media Network" names Al Jazeera: the longest known outlet the holder's name starts with, when what
	// follows it is the company's ("Media Network"), not more of another name ("The Times" of Israel).
	const words = holder.split(/\s+/);
	for (let length = words.length; length > 0; length--) {
		const outlet = knownOutlet(words.slice(0, length).join(' '));
		if (outlet !== undefined && COMPANY_WORDS.test(words.slice(length).join(' '))) return outlet;
	}
	return undefined;
}
