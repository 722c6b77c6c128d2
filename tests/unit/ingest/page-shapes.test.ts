import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planIngest } from '../../../src/tools/ingest/plan/plan-ingest.ts';
import { emptyContent } from '../../../src/core/validation/parse-records.ts';

/**
 * Page shapes the ingest met on real articles it had never seen (issue 25), written for the tests: an AMP page, and a
 * Korean daily's English edition whose header prints today's date in Korean above the article's own. The property
 * test in ingest-never-crashes.test.ts cuts and pastes into these too.
 */
function planned(file: string) {
	const path = `tests/fixtures/articles/${file}`;
	const plan = planIngest(
		readFileSync(path, 'utf8'),
		path,
		{ out: 'content' },
		{ content: emptyContent(), read: () => undefined }
	);
	const claimants = plan.files
		.filter((planned) => planned.path.includes('/claims/'))
		.map((planned) => /^claimant: (.+)$/m.exec(planned.content)?.[1]);
	return { metadata: plan.metadata, claimants };
}

describe('the ingest on page shapes it failed on', () => {
	it('reads an AMP page: its metadata, the NIS, the lawmaker by name, and Kyiv rather than “a claim Moscow”', () => {
		const { metadata, claimants } = planned('amp-2024-11-13-nis-combat.html');
		expect(metadata).toMatchObject({
			outlet: 'Korea Daily Wire',
			headline: 'N. Korean troops have begun fighting in Kursk, Seoul says',
			published: '2024-11-13T15:42:00+09:00',
			authors: ['Park Min-ji'],
		});
		expect(claimants).toEqual([
			'south-korea-national-intelligence-service',
			'south-korea-national-intelligence-service',
			'lee-seong-kweun',
			'kyiv',
		]);
	});

	it('reads a Korean daily’s page by the article’s date, not the header’s “today”, and its scheme-less address', () => {
		const { metadata } = planned('korean-daily-2024-11-13-combat.html');
		expect(metadata).toMatchObject({
			outlet: 'Hanguk Daily English Edition',
			headline: 'NIS says N. Korean troops joined combat in Kursk',
			published: '2024-11-13T16:05:00+09:00',
			authors: ['Choi Yoon-seo'],
			url: 'https://english.hangukdaily.example/national/2024/11/13/nis-combat',
		});
	});
});
