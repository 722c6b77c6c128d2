import { describe, expect, it } from 'vitest';
import { ingestOutcome } from '../../../../src/tools/ingest/eval/ingest-outcome.ts';
import { EvalLabelsSchema } from '../../../../src/tools/ingest/eval/eval-labels.ts';

const article = [
	'Flood toll in the port city could reach 20,000, mayor says',
	'By Ada Lind',
	'March 3, 2025',
	'The mayor said the death toll could reach between 18,000 and 20,000 people.',
	'Rescuers said 400 bodies had been recovered.',
].join('\n');

const labels = EvalLabelsSchema.parse({
	shape: 'plain text',
	story: 'flood-toll',
	metadata: {
		headline: 'Flood toll in the port city could reach 20,000, mayor says',
		outlet: 'Test Outlet',
		published: '2025-03-03',
		authors: ['Ada Lind'],
	},
	claims: [
		{
			quote: 'The mayor said the death toll could reach between 18,000 and 20,000 people.',
			speaker: ['The mayor'],
			figures: [18000, 20000],
			claimed: '2025-03-03',
		},
	],
});

describe('ingestOutcome', () => {
	it('reads a drafted range as its bounds, as the labels list them, and a single figure as its value', () => {
		const { outcome } = ingestOutcome(article, 'flood.txt', labels, []);
		expect(outcome.drafts.map((draft) => draft.figures)).toEqual([[18000, 20000], [400]]);
	});
});
