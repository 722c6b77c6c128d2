/**
 * The speaker a transcript's paragraph opens with — "ZELENSKYY (through interpreter):", "GEN. RYDER:", "PRESIDENT
 * VOLODYMYR ZELENSKYY, UKRAINE:" — as a name ("Zelenskyy", "Ryder", "Volodymyr Zelenskyy"); `question` for "Q:",
 * whose words are the questioner's, not a claimant's; undefined when the paragraph has no speaker label.
 */
export function transcriptSpeaker(paragraphStart: string): string | 'question' | undefined {
	const label = SPEAKER_LABEL.exec(paragraphStart)?.[1];
	if (label === undefined) return undefined;
	if (/^Q(?:UESTION)?$/.test(label)) return 'question';
	const name = label
		.split(',')[0]!
		.split(/\s+/)
		.filter((word) => !TITLES.has(word.replace(/\.$/, '')))
		.join(' ');
	return name === '' ? undefined : titleCase(name);
}

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
