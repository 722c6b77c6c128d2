import { describe, expect, it } from 'vitest';
import { draftsOf as draft } from '../../support/drafting.ts';

const draftsOf = (paragraphs: string[]) => draft(paragraphs).claims;

function claimedOf(sentence: string): { claimed: unknown; event: unknown } {
	const frontmatter = draftsOf([sentence])[0]!.frontmatter;
	return { claimed: frontmatter.claimed, event: frontmatter.event };
}

describe('the day a drafted claim was said', () => {
	it.each([
		[
			'On Monday, the Pentagon said about 11,000 North Korean troops had moved into Kursk.',
			'2024-11-18',
		],
		['On Oct. 21, 2024, Peskov said there was a lot of contradictory information.', '2024-10-21'],
		[
			'In Brussels on Monday, NATO Secretary General Mark Rutte said 11,000 troops were in Kursk.',
			'2024-11-18',
		],
		[
			'On Monday the Pentagon said about 11,000 North Korean troops had moved into Kursk.',
			'2024-11-18',
		],
	])('is the time that opens the sentence before its speaker: %j', (sentence, claimed) => {
		expect(claimedOf(sentence).claimed).toBe(claimed);
	});

	it('is not a time inside the claim that comes before an end attribution', () => {
		expect(
			claimedOf(
				'It also provided KN-23 missiles, which were used in dozens of strikes across Ukraine last winter, Ukrainian media reported.'
			)
		).toEqual({ claimed: '/2024-11-20', event: '2023-24' });
	});

	it('counts "Eight days later" from the day of the statement before it', () => {
		const drafts = draftsOf([
			'On Oct. 23, the NIS said about 3,000 North Korean troops had been sent to Russia.',
			'Eight days later, US Secretary of State Antony Blinken said as many as 8,000 had been deployed to Kursk.',
		]);
		expect(drafts.map((draft) => draft.frontmatter.claimed)).toEqual(['2024-10-23', '2024-10-31']);
	});

	it('prefers the time after the verb to one in the claim before the speaker', () => {
		expect(
			claimedOf(
				"North Korea appears to have sent more troops this year, South Korea's spy agency said on Monday, adding that they had returned."
			)
		).toEqual({ claimed: '2024-11-18', event: '2024' });
	});

	it('leaves a wire dateline out of the drafted sentence', () => {
		const [draft] = draftsOf([
			"SEOUL, Nov. 20 (Yonhap) -- Nearly 11,000 North Korean troops have been deployed to Kursk, South Korea's spy agency said.",
		]);
		expect(draft?.frontmatter.statement).toBe(
			"Nearly 11,000 North Korean troops have been deployed to Kursk, South Korea's spy agency said."
		);
		expect(draft?.frontmatter.figures).toEqual([
			{
				value: 11000,
				unit: 'north korean troops',
				qualifier: 'nearly',
				measure: 'north-korean-troops',
			},
		]);
	});

	it('takes a day between the speaker and its verb as when it was said', () => {
		expect(
			claimedOf('North Korea on Monday acknowledged for the first time that it had sent troops.')
				.claimed
		).toBe('2024-11-18');
	});

	it('keeps the day a speaker was said to speak for what the same speaker goes on to say, and only theirs', () => {
		const claims = draftsOf([
			'Houthi military spokesman Yahya Saree said on Monday that the group had fired 12 missiles at the ship.',
			'He said the crew had abandoned the vessel.',
			'The ship’s owner said 20 crew were on board.',
		]);
		expect(claims.map((claim) => claim.frontmatter.claimed)).toEqual([
			'2024-11-18',
			'2024-11-18',
			'2024-11-20',
		]);
	});
});
