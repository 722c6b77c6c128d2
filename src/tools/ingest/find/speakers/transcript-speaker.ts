import nlp from 'compromise';
import { titleCase } from '../../../../core/text/normalise-text.ts';
/** The words of whoever puts the questions in a transcript: "Q:", an anchor, a host or a presenter. Nobody's claim. */
export const INTERVIEWER = 'interviewer';
/** A correspondent's report in a transcript: their own words are no claim, the people they quote make claims. */
export const CORRESPONDENT = 'correspondent';

/**
 * Reads the speaker labels of one transcript in order: each paragraph's speaker as a name ("ZELENSKYY (through
 * interpreter):" → "Zelenskyy", "PRESIDENT VOLODYMYR ZELENSKYY, UKRAINE:" → "Volodymyr Zelenskyy"), INTERVIEWER for
 * "Q:" and for an anchor, host or presenter ("CARLA MOSS, ABN ANCHOR:", and "MOSS:" after it), CORRESPONDENT for a
 * reporter ("MARK DALTON, DIPLOMATIC CORRESPONDENT:", "PETER HOLUB, BYLINE:", and the surname after it; and whoever
 * a hand-over names: "VOA's Renaud Pierre-Louis reports." makes "PIERRE-LOUIS:" a correspondent), undefined without a
 * label.
 */
export function createTranscriptReader(): {
	speakerOf: (paragraphStart: string) => string | undefined;
	/** Whether a sentence hands over to a correspondent's report, saying nothing itself; notes the correspondent. */
	handsOver: (sentence: string) => boolean;
} {
	const roles = new Map<string, typeof INTERVIEWER | typeof CORRESPONDENT>();
	const noteRole = (name: string, role: typeof INTERVIEWER | typeof CORRESPONDENT) => {
		roles.set(name, role);
		roles.set(name.split(' ').at(-1)!, role);
	};
	return {
		speakerOf: (paragraphStart) => {
			const [, label, aside = ''] = SPEAKER_LABEL.exec(paragraphStart) ?? [];
			if (label === undefined) return undefined;
			if (/^Q(?:UESTION)?$/.test(label)) return INTERVIEWER;
			const [who = '', ...descriptors] = label.split(',');
			const name = titleCase(
				who
					.split(/\s+/)
					.filter((word) => !TITLES.has(word.replace(/\.$/, '')))
					.join(' ')
			);
			if (name === '') return undefined;
			// "PRESENTER:", "PRESENTER (CLAIRE HOLLAND):": a role for a name, never a claimant; what such a voice says
			// others said is theirs, as a correspondent's report is.
			if (roleOf(who) !== undefined) return CORRESPONDENT;
			// "AYUMI TANAKA (SEOUL BUREAU):": the aside may say what the voice is.
			const role = [...descriptors, aside.toUpperCase()]
				.map(roleOf)
				.find((found) => found !== undefined);
			// "DUBAI: The Houthis said …" is a dateline: a place, not a voice, unless a role says whose.
			if (role === undefined && isPlaceName(name)) return undefined;
			if (role !== undefined) {
				noteRole(name, role);
				return role;
			}
			return roles.get(name) ?? name;
		},
		handsOver: (sentence) => {
			// "The Diplomat's Miriam Kessler reports": the outlet's name is no part of hers.
			const reporter = HANDOVER.exec(withoutSpeakerLabel(sentence))?.[1]?.replace(
				/^.*['’]s\s+/u,
				''
			);
			if (reporter === undefined) return false;
			noteRole(reporter, CORRESPONDENT);
			return true;
		},
	};
}

/**
 * "Sky's diplomatic correspondent Mark Dalton reports.", "FRANCE 24's Lucie Marchand reports from Helsinki.", "… reports
 * from the reception station at Lajas Blancas, in Darién province.", "Our Seoul correspondent Ayumi Tanaka has more."
 */
const HANDOVER =
	/^[^.,;:]{0,120}?((?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+)\s+(?:reports|has more|has the details|has this report|has the story)(?:\s+from\s+[^.;:]{2,80})?[.:]$/u;

/** A place compromise knows and no person of that name: "Dubai", "Kyiv", but not "Zelenskyy" or "Jordan Peele". */
function isPlaceName(name: string): boolean {
	const read = nlp(name);
	return read.places().found && !read.people().found;
}

function roleOf(words: string): typeof INTERVIEWER | typeof CORRESPONDENT | undefined {
	if (INTERVIEWER_ROLE.test(words)) return INTERVIEWER;
	return REPORTER_ROLE.test(words) ? CORRESPONDENT : undefined;
}

const INTERVIEWER_ROLE = /\b(?:ANCHOR|HOST|CO-HOST|MODERATOR|INTERVIEWER|PRESENTER)\b/;
// "VOICE-OVER:" and "NARRATOR:" are the programme's own narration, as a correspondent's report is.
const REPORTER_ROLE = /\b(?:CORRESPONDENT|BYLINE|REPORTER|BUREAU|VOICE-OVER|NARRATOR)\b/;

// Capitals only, so prose that opens "Asked: …" or "Note:" is not a label; an aside in brackets may follow.
const SPEAKER_LABEL = /^([\p{Lu}][\p{Lu}\p{M} .,'’-]{0,80}?)(?:\s*\(([^)]{1,40})\))?:\s/u;

/** A transcript paragraph's words without the speaker's label before them. */
export function withoutSpeakerLabel(paragraph: string): string {
	return paragraph.replace(SPEAKER_LABEL, '');
}

// Ranks and offices transcripts put before a name.
const TITLES: ReadonlySet<string> = new Set([
	'MR',
	'MRS',
	'MS',
	'DR',
	'GEN',
	'GENERAL',
	'MAJ',
	'MAJOR',
	'AIR',
	'FORCE',
	'ADM',
	'ADMIRAL',
	'COL',
	'LT',
	'SEN',
	'REP',
	'PRESIDENT',
	'SECRETARY',
	'MINISTER',
	'PENTAGON',
	'PRESS',
	'AMBASSADOR',
	'SPOKESMAN',
	'SPOKESWOMAN',
	'SPOKESPERSON',
]);
