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
});
