import { describe, expect, it } from 'vitest';
import { parsedMentions } from '../../../../../src/tools/ingest/find/speakers/parse-mentions.ts';
import { draftsOf } from '../../../support/drafting.ts';

const mentionsOf = (sentence: string) =>
	parsedMentions(sentence).map(({ speaker, verb }) => [speaker, verb]);

describe('parsedMentions: the subject the parse gives each reporting verb (issue 25)', () => {
	it('links a relative clause to the noun it describes', () => {
		expect(
			mentionsOf(
				'The most widely cited count comes from the Armed Conflict Location and Event Data Project, which says 28,000 people died.'
			)
		).toEqual([['the Armed Conflict Location and Event Data Project', 'says']]);
	});

	it('finds a subject far before its verb, and a count a monitor records', () => {
		expect(
			mentionsOf(
				"A source in Ukraine's security and defence sector told AFP that 200 drones were made."
			)
		).toEqual([["A source in Ukraine's security and defence sector", 'told']]);
		expect(mentionsOf('The office documented 315 lynchings of suspected gang members.')).toEqual([
			['The office', 'documented'],
		]);
	});

	it('gives no mention for a denied or passive verb, or a verb inside a quotation', () => {
		expect(
			mentionsOf('Putin did not deny the reports, which were first published in Seoul.')
		).toEqual([]);
		expect(mentionsOf('“The agency said nothing,” he wrote.')).toEqual([['he', 'wrote']]);
	});

	it('gives no mention for a participle describing a noun: “people accused of” are not accusing', () => {
		expect(mentionsOf('Many of the dead were farmers accused of hiding fighters.')).toEqual([]);
		expect(mentionsOf('The toll was far above the figures reported by the army.')).toEqual([]);
	});

	it('points to the verb as written, so the words after it can be read for the day', () => {
		const sentence = 'Its foreign ministry said on Friday that residents were leaving.';
		const [mention] = parsedMentions(sentence);
		expect(sentence.slice(mention!.verbIndex, mention!.verbIndex + mention!.verb.length)).toBe(
			'said'
		);
	});
});

describe('the parse as the sieve’s second stage, after the patterns', () => {
	const claimantsOf = (paragraphs: string[]) =>
		draftsOf(paragraphs).claims.map((claim) => claim.frontmatter.claimant);

	it('names the speaker the patterns miss', () => {
		expect(
			claimantsOf([
				'The most widely cited count comes from the Armed Conflict Location and Event Data Project (ACLED), a US-based monitor, which says more than 28,700 people have died.',
			])
		).toEqual(['acled']);
	});

	it('drafts what a correspondent reports a body recording, though no reporting verb says so', () => {
		const drafts = draftsOf([
			'ANCHOR (DENISE WALLACE): The United Nations human rights office says at least 5,601 people were killed. VOA’s Renaud Pierre-Louis reports.',
			'PIERRE-LOUIS: In the capital, gunfire is part of daily life. The office documented 315 lynchings of suspected gang members.',
		]).claims.map((claim) => [claim.sentence.text, claim.frontmatter.claimant]);
		expect(drafts.at(-1)).toEqual([
			'The office documented 315 lynchings of suspected gang members.',
			'united-nations-human-rights-office',
		]);
	});

	it.each([
		[
			[
				'Britain’s Ministry of Defence said about 1,050,000 Russian troops had been killed or wounded.',
				'In March, the same ministry said up to 250,000 Russian soldiers had been killed.',
			],
			['britain-ministry-of-defence', 'britain-ministry-of-defence'],
		],
		[
			[
				'Russia’s aviation agency, Rosaviatsia, said 38 people died.',
				'The aviation agency had initially said the plane hit 2 birds.',
			],
			['rosaviatsia', 'rosaviatsia'],
		],
		[
			['Aviation experts said 12 holes in the tail were consistent with a missile.'],
			['aviation-experts'],
		],
		[['A witness said 3 explosions were heard.'], ['witness']],
		[
			[
				'Israel’s army said 40 rockets were fired.',
				'The Palestinian Authority said 5 people were killed.',
			],
			['israel-army', 'palestinian-authority'],
		],
		[
			['Using data from the probate registry, we estimate that 165,000 men had been killed.'],
			['test-outlet'],
		],
	])(
		'resolves “the same ministry”, “the aviation agency”, unnamed experts and witnesses, and the outlet’s “we”: %j',
		(paragraphs, claimants) => {
			expect(draftsOf(paragraphs).claims.map((claim) => claim.frontmatter.claimant)).toEqual(
				claimants
			);
		}
	);

	it('takes an office held by someone unnamed for no source of its own: “a lawmaker said” passes on the agency’s belief', () => {
		const drafts = draftsOf([
			'South Korea’s spy agency believes that about 2,000 North Korean soldiers have been killed, a lawmaker said on Tuesday.',
		]).claims.map((claim) => claim.frontmatter.claimant);
		expect(drafts).toEqual(['south-korea-spy-agency']);
	});
});
