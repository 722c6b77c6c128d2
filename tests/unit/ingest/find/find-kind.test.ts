import { describe, expect, it } from 'vitest';
import { findKind } from '../../../../src/tools/ingest/find/find-kind.ts';

describe('findKind', () => {
	it.each([
		[
			'Sybiha demanded an “immediate and strong reaction” from Kyiv’s allies.',
			'opinion',
			'demanded',
		],
		['The minister urged allies to lift the limits on long-range strikes.', 'opinion', 'urged'],
		['“We require an immediate and strong reaction from the world.”', 'opinion', 'We require'],
		[
			'The soldiers are expected to be deployed to the frontlines after training.',
			'prediction',
			'are expected to',
		],
		['More troops will follow within days, the agency said.', 'prediction', 'will'],
		['North Korea plans to send 6,000 more engineers.', 'prediction', 'plans to'],
	] as const)('reads “%s” as %s, from “%s”', (sentence, kind, phrase) => {
		expect(findKind(sentence)).toMatchObject({ kind, phrase });
	});

	it('takes a demand about the future as an opinion, not a prediction', () => {
		expect(findKind('He called for sanctions that will hurt Pyongyang.').kind).toBe('opinion');
	});

	it.each([
		'Russian navy ships transferred 1,500 North Korean special operation forces to Vladivostok.',
		'The Kremlin has previously dismissed reports of North Korean deployments as false.',
		'Willy Brandt visited the city.',
	])('reads “%s” as a fact, with no phrase', (sentence) => {
		expect(findKind(sentence)).toEqual({ kind: 'fact' });
	});
});
