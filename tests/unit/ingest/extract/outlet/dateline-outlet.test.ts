import { describe, expect, it } from 'vitest';
import {
	datelineOutlet,
	withoutDateline,
} from '../../../../../src/tools/ingest/extract/outlet/dateline-outlet.ts';

describe('datelineOutlet', () => {
	it.each([
		['KYIV, Oct 25 (Reuters) - The first North Korean soldiers', 'Reuters'],
		['SEOUL, South Korea (AP) — South Korea’s spy agency said', 'AP'],
		['WASHINGTON (AFP) – The Pentagon said', 'AFP'],
		['NEW YORK, Nov. 4 (Reuters) - Officials said', 'Reuters'],
		['SEOUL, Nov. 20 (Yonhap) -- Nearly 11,000 North Korean troops', 'Yonhap'],
		['SEOUL/KYIV (Reuters) - Officials said', 'Reuters'],
		// Spacings wire copy is pasted with (issue 25).
		['KYIV (Reuters) -The first North Korean soldiers', 'Reuters'],
		['(Yonhap) -- Nearly 11,000 North Korean troops', 'Yonhap'],
		['(Reuters)--Officials said', 'Reuters'],
	])('reads the agency in %j', (paragraph, outlet) => {
		expect(datelineOutlet(paragraph)).toBe(outlet);
	});

	it.each([
		'South Korea’s intelligence agency said on Friday (local time) - nothing more.',
		'The National Intelligence Service (NIS) said Russian navy ships transferred troops.',
		'(Photo) - Soldiers at a training ground',
		'',
	])('finds no agency in %j', (paragraph) => {
		expect(datelineOutlet(paragraph)).toBeUndefined();
	});

	it('takes the dateline off the paragraph however it is spaced', () => {
		expect(withoutDateline('KYIV (Reuters) -The first soldiers')).toBe('The first soldiers');
		expect(withoutDateline('(Yonhap) -- Nearly 11,000')).toBe('Nearly 11,000');
	});
});
