import { describe, expect, it } from 'vitest';
import { checkClaimantMarkers } from '../../../src/site/checks/site-rules.ts';
import { emptyContent, type ParsedContent } from '../../../src/core/validation/parse-records.ts';
import {
	claimantRecord,
	claimRecord,
	figureOf,
	measureRecord,
	sourceRecord,
} from '../support/records.ts';

const parsed = <T extends { id: string }>(item: T, folder: string) => ({
	...item,
	file: `content/${folder}/${item.id}`,
	subfolder: '',
	body: '',
});

/** One troops estimate by each claimant, each claimant drawn as given. */
function content(markers: Array<Record<string, unknown> | undefined>): ParsedContent {
	const ids = markers.map((_, index) => `claimant-${String(index).padStart(2, '0')}`);
	return {
		...emptyContent(),
		claimants: ids.map((id, index) =>
			parsed(claimantRecord(id, markers[index] ? { marker: markers[index] } : {}), 'claimants')
		),
		claims: ids.map((id, index) =>
			parsed(
				claimRecord(`claim-${index}`, {
					claimant: id,
					topics: ['troop-numbers'],
					figures: [figureOf('troops-deployed', 1_000 + index)],
				}),
				'claims'
			)
		),
		sources: [parsed(sourceRecord('guardian'), 'sources')],
		measures: [
			parsed(measureRecord('troops-deployed', { name: 'Troops deployed to Russia' }), 'measures'),
		],
	};
}

describe('checkClaimantMarkers on a chart', () => {
	it('refuses two claimants drawn with the same shape and fill on one chart, naming the chart', () => {
		const problems = checkClaimantMarkers(
			content([
				{ shape: 'circle', colour: 'blue' },
				{ shape: 'circle', colour: 'rose' },
			])
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toMatch(
			/^on the chart of troops deployed to russia it is drawn as a solid circle, like claimant claimant-0/
		);
	});

	it('lets colour help once a chart has more claimants than shapes and fills', () => {
		expect(checkClaimantMarkers(content(Array.from({ length: 13 }, () => undefined)))).toEqual([]);
	});

	it('accepts up to twelve claimants without markers of their own, each handed a distinct shape and fill', () => {
		expect(checkClaimantMarkers(content(Array.from({ length: 12 }, () => undefined)))).toEqual([]);
	});
});
