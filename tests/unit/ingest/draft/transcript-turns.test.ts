import { describe, expect, it } from 'vitest';
import { draftsOf } from '../../support/drafting.ts';

const claimantsOf = (paragraphs: string[]) =>
	draftsOf(paragraphs).claims.map((claim) => [
		claim.frontmatter.sources[0]!.quote,
		claim.frontmatter.claimant ?? 'unknown',
	]);

describe('turns of a broadcast transcript (issue 25)', () => {
	it('drafts what a correspondent reports others saying as theirs, and none of the correspondent’s own words', () => {
		expect(
			claimantsOf([
				'MARK DALTON, DIPLOMATIC CORRESPONDENT: It was the first time Washington has said so publicly.',
				'MARK DALTON: The weapons are short-range missiles with a range of about 75 miles. The Americans say Russian soldiers have been training on them in Iran.',
			])
		).toEqual([
			['The Americans say Russian soldiers have been training on them in Iran.', 'americans'],
		]);
	});

	it('makes no claimant of a bare role label, and drafts no question or hand-over', () => {
		expect(
			claimantsOf([
				'PRESENTER (CLAIRE HOLLAND): Good evening. Sky’s diplomatic correspondent Mark Dalton reports.',
				'PRESENTER: Is that consistent with what you are seeing?',
			])
		).toEqual([]);
	});

	it('drafts a speaker’s statement of fact without a figure, and carries the turn into the next paragraph', () => {
		expect(
			claimantsOf([
				'ANTONY BLINKEN, US SECRETARY OF STATE: Russia has now received shipments of these ballistic missiles from Iran.',
				'Thank you very much for having me on the programme tonight.',
				'In August Russia launched more than 800 Shahed drones against Ukraine.',
			])
		).toEqual([
			[
				'ANTONY BLINKEN, US SECRETARY OF STATE: Russia has now received shipments of these ballistic missiles from Iran.',
				'antony-blinken',
			],
			['In August Russia launched more than 800 Shahed drones against Ukraine.', 'antony-blinken'],
		]);
	});

	it('takes the correspondent an outlet hands over to for a correspondent, whatever the outlet is called', () => {
		expect(
			claimantsOf([
				"HOST: Welcome back. The Diplomat's Miriam Kessler reports from Bishkek.",
				'MIRIAM KESSLER: The bank said it had always complied with Kyrgyz law and the 2024 rules.',
			])
		).toEqual([
			// The bank's claim, the bank still to be named: not the correspondent's.
			[
				'MIRIAM KESSLER: The bank said it had always complied with Kyrgyz law and the 2024 rules.',
				'test-outlet',
			],
		]);
	});

	it('reads a capitalised place before a colon as a dateline, not a speaker', () => {
		const claimants = claimantsOf([
			'DUBAI: Houthi military spokesman Yahya Saree said the group had shot down 22 US drones.',
		]).map(([, claimant]) => claimant);
		expect(claimants).toEqual(['yahya-saree']);
	});
});
