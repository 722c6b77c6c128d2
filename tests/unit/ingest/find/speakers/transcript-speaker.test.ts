import { describe, expect, it } from 'vitest';
import {
	CORRESPONDENT,
	createTranscriptReader,
	INTERVIEWER,
} from '../../../../../src/tools/ingest/find/speakers/transcript-speaker.ts';

const transcriptSpeaker = (paragraph: string) => createTranscriptReader().speakerOf(paragraph);

describe('transcriptSpeaker', () => {
	it.each([
		['ZELENSKYY (through interpreter): More than 4,000 were killed.', 'Zelenskyy'],
		['GEN. RYDER: Sure. So, as we said yesterday, we assess…', 'Ryder'],
		[
			'PRESIDENT VOLODYMYR ZELENSKYY, UKRAINE (through interpreter): Thank you.',
			'Volodymyr Zelenskyy',
		],
		[
			'PENTAGON PRESS SECRETARY AIR FORCE MAJOR GENERAL PAT RYDER: All right. Good afternoon.',
			'Pat Ryder',
		],
	])('reads the speaker of %j', (paragraph, speaker) => {
		expect(transcriptSpeaker(paragraph)).toBe(speaker);
	});

	it('marks a question, which is nobody’s claim', () => {
		expect(transcriptSpeaker('Q: Have they been in combat?')).toBe(INTERVIEWER);
	});

	it('marks an anchor’s turns as the interviewer’s, under the full label and the surname after it', () => {
		const { speakerOf } = createTranscriptReader();
		expect(speakerOf('CARLA MOSS, ABN ANCHOR: Good evening.')).toBe(INTERVIEWER);
		expect(speakerOf('ZELENSKYY (through interpreter): Thank you, Carla.')).toBe('Zelenskyy');
		expect(speakerOf('MOSS: In January your forces captured two soldiers.')).toBe(INTERVIEWER);
		expect(speakerOf('ZELENSKYY: Yes.')).toBe('Zelenskyy');
	});

	it.each([
		'Note: the figures are estimates.',
		'SEOUL, Nov. 20 (Yonhap) -- Nearly 11,000 North Korean troops have been deployed.',
		'The NIS said: "About 3,000 have arrived."',
	])('finds no label in prose: %j', (paragraph) => {
		expect(transcriptSpeaker(paragraph)).toBeUndefined();
	});

	it('marks a correspondent’s turns, under “CORRESPONDENT” or NPR’s “BYLINE”, and a bare role label', () => {
		const { speakerOf } = createTranscriptReader();
		expect(speakerOf('PETER HOLUB, BYLINE: The idea was announced in February.')).toBe(
			CORRESPONDENT
		);
		expect(speakerOf('HOLUB: He says the government won’t say.')).toBe(CORRESPONDENT);
		expect(speakerOf('PRESENTER: And the drones are still coming?')).toBe(CORRESPONDENT);
	});

	it('makes whoever a hand-over names a correspondent, and reads the hand-over as saying nothing', () => {
		const transcript = createTranscriptReader();
		expect(
			transcript.handsOver(
				'ANCHOR (DENISE WALLACE): VOA’s Renaud Pierre-Louis reports from Port-au-Prince.'
			)
		).toBe(true);
		expect(
			transcript.speakerOf('PIERRE-LOUIS: In the capital, gunfire is part of daily life.')
		).toBe(CORRESPONDENT);
		expect(transcript.handsOver('The NIS did not immediately confirm these reports.')).toBe(false);
	});

	it('takes a correspondent from the aside in the label and from a "has more" hand-over', () => {
		const transcript = createTranscriptReader();
		expect(transcript.handsOver('Our Seoul correspondent Ayumi Tanaka has more.')).toBe(true);
		expect(transcript.speakerOf('TANAKA: The NIS says more troops were sent.')).toBe(CORRESPONDENT);
		expect(createTranscriptReader().speakerOf('JI-WOO PARK (SEOUL BUREAU): The NIS says so.')).toBe(
			CORRESPONDENT
		);
	});

	it('reads the narration as a report, and a hand-over that ends in a colon', () => {
		const transcript = createTranscriptReader();
		expect(transcript.speakerOf('VOICE-OVER: Families often wait months.')).toBe(CORRESPONDENT);
		expect(transcript.handsOver("The Telegraph's Sam Hollis reports from Kyiv:")).toBe(true);
		expect(transcript.speakerOf('HOLLIS: The lights went out at dawn.')).toBe(CORRESPONDENT);
	});

	it('reads a hand-over whose place has a comma in it', () => {
		const transcript = createTranscriptReader();
		expect(
			transcript.handsOver(
				"The Migrant Desk's Lucía Ferrer reports from a shelter at Bajo Chiquito, in Darién province."
			)
		).toBe(true);
		expect(transcript.speakerOf('FERRER: Families arrive here every day.')).toBe(CORRESPONDENT);
	});
});
