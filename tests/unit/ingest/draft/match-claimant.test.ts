import { describe, expect, it } from 'vitest';
import { matchClaimant } from '../../../../src/tools/ingest/draft/match-claimant.ts';
import { claimantRecord } from '../../support/records.ts';

const claimants = [
	claimantRecord('nis', {
		name: 'National Intelligence Service (South Korea)',
		shortName: 'NIS',
		aliases: ["South Korea's spy agency"],
		kind: 'intelligence-agency',
		country: 'KR',
	}),
	claimantRecord('south-korean-media', {
		name: 'South Korean media citing anonymous sources',
		shortName: 'South Korean media',
		kind: 'media',
		country: 'KR',
	}),
	claimantRecord('volodymyr-zelenskyy', {
		name: 'Volodymyr Zelenskyy',
		shortName: 'Zelenskyy',
		kind: 'official',
		country: 'UA',
		role: 'President of Ukraine',
		aliases: ['Zelensky', 'Zelenskiy'],
	}),
	claimantRecord('kremlin', {
		name: 'The Kremlin (spokesperson Dmitry Peskov)',
		shortName: 'Kremlin',
		kind: 'government',
		country: 'RU',
	}),
	claimantRecord('source-in-ukraine', {
		name: 'An unnamed source in Ukraine',
		shortName: 'Source in Ukraine',
		kind: 'anonymous-source',
		country: 'UA',
	}),
	claimantRecord('ukrainian-source', {
		name: 'An unnamed Ukrainian source',
		shortName: 'Ukrainian source',
		kind: 'anonymous-source',
		country: 'UA',
	}),
	claimantRecord('ukrainian-media', {
		name: 'Ukrainian media',
		shortName: 'Ukrainian media',
		kind: 'media',
		country: 'UA',
	}),
];

describe('matchClaimant', () => {
	it('matches a claimant by any of its names, aliases included, in any spelling of case and apostrophe', () => {
		expect(matchClaimant('South Korea’s spy agency', claimants)?.id).toBe('nis');
		expect(matchClaimant('the NIS', claimants)?.id).toBe('nis');
		expect(matchClaimant('Zelensky', claimants)?.id).toBe('volodymyr-zelenskyy');
		expect(matchClaimant('President Volodymyr Zelenskiy', claimants)?.id).toBe(
			'volodymyr-zelenskyy'
		);
	});

	it.each([
		['South Korea’s intelligence agency', 'nis'],
		['the National Intelligence Service (NIS)', 'nis'],
		['NIS', 'nis'],
		['South Korean intelligence', 'nis'],
		['South Korean media citing anonymous sources', 'south-korean-media'],
		['Ukraine’s president, Volodymyr Zelenskyy', 'volodymyr-zelenskyy'],
		['Russia', 'kremlin'],
		['A Kremlin spokesperson, Dmitry Peskov', 'kremlin'],
		['A source in Ukraine', 'source-in-ukraine'],
		['a Ukrainian source', 'ukrainian-source'],
		['Ukrainian media', 'ukrainian-media'],
	])('matches “%s” to %s', (phrase, id) => {
		expect(matchClaimant(phrase, claimants)?.id).toBe(id);
	});

	it.each(['the Pentagon', 'Reuters', 'he', ''])('matches “%s” to nobody', (phrase) => {
		expect(matchClaimant(phrase, claimants)).toBeUndefined();
	});

	it('matches nobody when two claimants fit equally well', () => {
		const twins = [
			claimantRecord('a', { name: 'Defence ministry' }),
			claimantRecord('b', { name: 'Defence ministry' }),
		];
		expect(matchClaimant('the defence ministry', twins)).toBeUndefined();
	});
});
