/** The words of whoever puts the questions in a transcript: "Q:", an anchor or a host. Nobody's claim. */
export const INTERVIEWER = 'interviewer';

/**
 * Reads the speaker labels of one transcript in order: each paragraph's speaker as a name ("ZELENSKYY (through
 * interpreter):" → "Zelenskyy", "PRESIDENT VOLODYMYR ZELENSKYY, UKRAINE:" → "Volodymyr Zelenskyy"), INTERVIEWER for
 * "Q:" and for an anchor or host ("CARLA MOSS, ABN ANCHOR:", and "MOSS:" after it), undefined without a label.
 */
export function createTranscriptReader(): (paragraphStart: string) => string | undefined {
	const interviewers = new Set<string>();
	return (paragraphStart) => {
		const label = SPEAKER_LABEL.exec(paragraphStart)?.[1];
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
		if (descriptors.some((descriptor) => INTERVIEWER_ROLE.test(descriptor))) {
			interviewers.add(name);
			interviewers.add(name.split(' ').at(-1)!);
			return INTERVIEWER;
		}
		return interviewers.has(name) ? INTERVIEWER : name;
	};
}

const INTERVIEWER_ROLE =
	/\b(?:ANCHOR|HOST|CO-HOST|MODERATOR|INTERVIEWER|PRESENTER|CORRESPONDENT)\b/;

// Capitals only, so prose that opens "Asked: …" or "Note:" is not a label; an aside in brackets may follow.
const SPEAKER_LABEL = /^([\p{Lu}][\p{Lu}\p{M} .,'’-]{0,80}?)(?:\s*\([^)]{1,40}\))?:\s/u;

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

function titleCase(name: string): string {
	return name
		.toLowerCase()
		.replace(
			/(^|[\s'’-])(\p{L})/gu,
			(_, before: string, letter: string) => before + letter.toUpperCase()
		);
}
