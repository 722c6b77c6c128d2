import { describe, expect, it } from 'vitest';
import { transcriptSpeaker } from '../../../../../src/lib/ingest/find/speakers/transcript-speaker.ts';

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
		['CARLA MOSS, ABN ANCHOR: Good evening.', 'Carla Moss'],
	])('reads the speaker of %j', (paragraph, speaker) => {
		expect(transcriptSpeaker(paragraph)).toBe(speaker);
	});

	it('marks a question, which is nobody’s claim', () => {
		expect(transcriptSpeaker('Q: Have they been in combat?')).toBe('question');
	});

	it.each([
		'Note: the figures are estimates.',
		'SEOUL, Nov. 20 (Yonhap) -- Nearly 11,000 North Korean troops have been deployed.',
		'The NIS said: "About 3,000 have arrived."',
	])('finds no label in prose: %j', (paragraph) => {
		expect(transcriptSpeaker(paragraph)).toBeUndefined();
	});
});
