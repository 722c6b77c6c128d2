import { describe, expect, it } from 'vitest';
import { findHedge } from '../../../../src/tools/ingest/find/find-hedge.ts';

describe('findHedge', () => {
	it.each([
		[
			'The NIS did not immediately confirm these reports.',
			'did not immediately confirm',
			'claimed',
		],
		[
			'The alliance could not yet confirm South Korean intelligence.',
			'could not yet confirm',
			'claimed',
		],
		[
			'If proved accurate, it would amount to North Korea’s first major participation in a foreign war.',
			'If proved accurate',
			'claimed',
		],
		[
			'If confirmed, South Korean intelligence suggests that North Korea plans to engage in the war.',
			'If confirmed',
			'claimed',
		],
		['Russia has denied using North Korean troops in the war.', 'denied using', 'disputed'],
		[
			'Peskov dismissed the claims as “another piece of fake news”.',
			'dismissed the claims',
			'disputed',
		],
		['The Guardian earlier revealed that engineers had been deployed.', 'revealed', 'claimed'],
		['North Korea is thought to be seeking Russian cash.', 'is thought to', 'claimed'],
		// A report of a confirmation is evidence for another claim, never support for the sentence it is in.
		['Pyongyang acknowledged the deployment for the first time.', 'acknowledged', 'claimed'],
		['The Pentagon confirmed the figure.', 'confirmed', 'claimed'],
		// Negated, it is no confirmation at all, and the note says so.
		[
			'Russia has not formally acknowledged the deployment.',
			'has not formally acknowledged',
			'claimed',
		],
		[
			'Neither Moscow nor Pyongyang has acknowledged it.',
			'Neither Moscow nor Pyongyang has acknowledged',
			'claimed',
		],
	])('finds “%s” → %s', (sentence, phrase, status) => {
		expect(findHedge(sentence)).toMatchObject({ phrase, status });
	});

	it('finds nothing in a plain statement', () => {
		expect(
			findHedge('NIS said North Korean soldiers were given Russian military uniforms.')
		).toBeUndefined();
	});

	it('gives every hedge a reason for the status note', () => {
		expect(findHedge('Russia has denied using North Korean troops.')?.reason).toBe(
			'a denial: the matter is disputed; link the denial to the claims it contradicts'
		);
	});

	it('says a negated acknowledgement is not one', () => {
		expect(findHedge('Russia has not formally acknowledged the deployment.')?.reason).toBe(
			'the report says it has not been acknowledged or confirmed'
		);
	});
});
