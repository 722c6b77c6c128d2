import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvalLabelsSchema } from '../../../../src/tools/ingest/eval/eval-labels.ts';
import {
	EVAL_HALVES,
	evaluateIngest,
	STORY_GROUPS,
	type EvalHalf,
	type StoryGroup,
} from '../../../../src/tools/ingest/eval/evaluate-ingest.ts';
import { NEW_MEASURE } from '../../../../src/tools/ingest/eval/score-article.ts';
import { validateContent } from '../../../../src/core/validation/validate-content.ts';
import type { EvalSummary } from '../../../../src/tools/ingest/eval/summarise-scores.ts';

/**
 * Floors under the ingest's measured quality on the labelled evaluation set, for each half and, within it, for the
 * North Korean troops story it was built on and for the other stories (BENCHMARKS.md has the numbers). The tuning
 * half of the first story must meet the targets the ingest was built to (metadata 95 %, claim recall 90 %, speaker
 * 90 %, junk under 10 %); every other cell, which does not meet them all yet, must not fall below what was measured on
 * it, so a change that reads unseen articles or another story worse fails here. BENCHMARKS.md says how far the
 * held-out half was seen.
 */
// How many drafts leave their speaker to the editor is reported, not bounded: naming nobody beats naming words. How
// much metadata is misread rather than left for a flag is reported beside what is read right, which bounds both.
type Floor = Omit<
	EvalSummary,
	'articles' | 'crashes' | 'drafts' | 'unknownSpeakerShare' | 'metadataMisread'
>;
const FLOORS: Record<EvalHalf, Record<StoryGroup, Floor>> = {
	tune: {
		'north-korean-troops': {
			metadata: 0.988,
			claimRecall: 0.958,
			speakerRight: 0.934,
			figuresRight: 0.978,
			claimedRight: 0.884,
			measureRight: 0.816,
			junkShare: 0.032,
			furnitureLeaked: 0.028,
		},
		'other stories': {
			metadata: 0.952,
			claimRecall: 0.972,
			speakerRight: 0.928,
			figuresRight: 0.952,
			claimedRight: 0.752,
			measureRight: 0.99,
			junkShare: 0.052,
			furnitureLeaked: 0.074,
		},
	},
	'held-out': {
		'north-korean-troops': {
			metadata: 0.857,
			claimRecall: 0.926,
			speakerRight: 0.875,
			figuresRight: 0.934,
			claimedRight: 0.815,
			measureRight: 0.639,
			junkShare: 0.099,
			furnitureLeaked: 0.048,
		},
		'other stories': {
			metadata: 0.73,
			claimRecall: 0.972,
			speakerRight: 0.853,
			figuresRight: 0.946,
			claimedRight: 0.696,
			measureRight: 0.962,
			junkShare: 0.05,
			furnitureLeaked: 0.093,
		},
	},
};

describe.each(EVAL_HALVES)('the ingest on the %s half of the evaluation set', (half) => {
	const { summary, byStory } = evaluateIngest(half);

	it('reads at least 10 labelled articles of each story group, and crashes on none', () => {
		for (const group of STORY_GROUPS) expect(byStory[group].articles).toBeGreaterThanOrEqual(10);
		expect(summary.crashes).toBe(0);
	});

	describe.each(STORY_GROUPS)('on the %s', (group) => {
		const measured = byStory[group];
		const floor = FLOORS[half][group];

		it('reads the metadata, finds the claims, names their speakers, reads their figures and dates them at least as well as required', () => {
			expect(measured.metadata).toBeGreaterThanOrEqual(floor.metadata);
			expect(measured.claimRecall).toBeGreaterThanOrEqual(floor.claimRecall);
			expect(measured.figuresRight).toBeGreaterThanOrEqual(floor.figuresRight);
			expect(measured.speakerRight).toBeGreaterThanOrEqual(floor.speakerRight);
			expect(measured.claimedRight).toBeGreaterThanOrEqual(floor.claimedRight);
		});

		it('proposes the labelled measure for its figures at least as often as measured', () => {
			expect(measured.measureRight).toBeGreaterThanOrEqual(floor.measureRight);
		});

		it('drafts no more junk and keeps no more page furniture than measured', () => {
			expect(measured.junkShare).toBeLessThanOrEqual(floor.junkShare);
			expect(measured.furnitureLeaked).toBeLessThanOrEqual(floor.furnitureLeaked);
		});
	});
});

describe('the measure labels of the evaluation set', () => {
	const measureIds = new Set(validateContent().content.measures.map((measure) => measure.id));
	const labelled = EVAL_HALVES.flatMap((half) => {
		const folder = join('tests/fixtures/ingest-eval', half);
		return readdirSync(folder)
			.filter((name) => name.endsWith('.labels.json'))
			.flatMap((file) =>
				EvalLabelsSchema.parse(JSON.parse(readFileSync(join(folder, file), 'utf8'))).claims.flatMap(
					(claim) => (claim.measures ?? []).map((measure) => ({ file, measure }))
				)
			);
	});

	it('label the measures of at least 100 figures', () => {
		expect(labelled.length).toBeGreaterThanOrEqual(100);
	});

	it('name a measure the site has, or "new" for one the ingest should propose', () => {
		const unknown = labelled.filter(
			({ measure }) => measure !== NEW_MEASURE && !measureIds.has(measure)
		);
		expect(unknown).toEqual([]);
	});
});
