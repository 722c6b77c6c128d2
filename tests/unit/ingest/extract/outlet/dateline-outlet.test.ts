import { describe, expect, it } from 'vitest';
import { datelineOutlet } from '../../../../../src/lib/ingest/extract/outlet/dateline-outlet.ts';

describe('datelineOutlet', () => {
	it.each([
		['KYIV, Oct 25 (Reuters) - The first North Korean soldiers', 'Reuters'],
		['SEOUL, South Korea (AP) — South Korea’s spy agency said', 'AP'],
		['WASHINGTON (AFP) – The Pentagon said', 'AFP'],
		['NEW YORK, Nov. 4 (Reuters) - Officials said', 'Reuters'],
		['SEOUL, Nov. 20 (Yonhap) -- Nearly 11,000 North Korean troops', 'Yonhap'],
		['SEOUL/KYIV (Reuters) - Officials said', 'Reuters'],
	])('reads the agency in %j', (paragraph, outlet) => {
		expect(datelineOutlet(paragraph)).toBe(outlet);
	});

	it.each([
		'South Korea’s intelligence agency said on Friday (local time) - nothing more.',
		'The National Intelligence Service (NIS) said Russian navy ships transferred troops.',
		'',
	])('finds no agency in %j', (paragraph) => {
		expect(datelineOutlet(paragraph)).toBeUndefined();
	});
});
