import { describe, expect, it } from 'vitest';
import { createClaimantResolver } from '../../../../src/tools/ingest/draft/resolve-claimant.ts';
import { claimantRecord } from '../../support/records.ts';

const nis = claimantRecord('nis', {
	name: 'National Intelligence Service (South Korea)',
	shortName: 'NIS',
	kind: 'intelligence-agency',
	country: 'KR',
});
const zelenskyy = claimantRecord('volodymyr-zelenskyy', {
	name: 'Volodymyr Zelenskyy',
	kind: 'official',
	role: 'President of Ukraine',
});

describe('createClaimantResolver', () => {
	it('resolves “he” to a person named in a later sentence than the last speaker, not one named beside the speaker', () => {
		// In reading order, as drafting calls it: each sentence's speaker is resolved, then its names noticed.
		const resolver = createClaimantResolver([], 'Test Outlet');
		resolver.resolve('Dmitry Peskov, Putin’s spokesman');
		resolver.notice(
			'A week ago Dmitry Peskov, Putin’s spokesman, said there was contradictory information.'
		);
		expect(resolver.resolve('he')?.data.name).toBe('Dmitry Peskov');
		resolver.notice('He said the reports were fake.');
		resolver.notice('That is Czech Prime Minister Petr Fiala, speaking to reporters this week.');
		expect(resolver.resolve('he')?.data.name).toBe('Petr Fiala');
	});

	it('resolves “he” to a person compromise does not know, introduced by who they are', () => {
		const resolver = createClaimantResolver([], 'Test Outlet');
		resolver.notice('Storm Daniel broke the Abu Mansour dam on Sunday.');
		resolver.notice('Tarek Ramadan, who heads the aid delegation, briefed reporters in Geneva.');
		expect(resolver.resolve('he')?.data.name).toBe('Tarek Ramadan');
		resolver.notice('He said 10,000 people were missing.');
		resolver.notice('Hichem Chkiouat, the civil aviation minister, visited the city.');
		expect(resolver.resolve('he')?.data.name).toBe('Hichem Chkiouat');
	});

	it('resolves “the company” and “the report” to the last speaker named, and “it” never to the page’s own outlet', () => {
		const resolver = createClaimantResolver([nis], 'The Guardian');
		const owner = resolver.resolve('Stem Shipping');
		expect(resolver.resolve('the company')).toBe(owner);
		expect(resolver.resolve('the report')).toBe(owner);
		resolver.resolve('The Guardian');
		expect(resolver.resolve('it')).toBe(owner);
	});

	it('resolves “the agency” and “he” to the last speaker of their kind', () => {
		const resolver = createClaimantResolver([nis, zelenskyy]);
		expect(resolver.resolve('South Korea’s intelligence agency')?.id).toBe('nis');
		expect(resolver.resolve('Ukraine’s president, Volodymyr Zelenskyy')?.id).toBe(
			'volodymyr-zelenskyy'
		);
		expect(resolver.resolve('he')?.id).toBe('volodymyr-zelenskyy');
		expect(resolver.resolve('the agency')?.id).toBe('nis');
	});

	it('resolves “the bank” to the latest body named with that noun in its name or description', () => {
		const resolver = createClaimantResolver([], 'Test Outlet', new Set(['Dostuk', 'Kyrgyz']));
		resolver.notice('Regulators fined Dostuk Bank and three exchanges last week.');
		resolver.notice('The Kyrgyz Freight Union, a lobby for hauliers, protested.');
		expect(resolver.resolve('The bank')?.data.name).toBe('Dostuk Bank');
		expect(resolver.resolve('the lobby')?.data.name).toBe('Kyrgyz Freight Union');
	});

	it('records residents, a volunteer and aid agencies as unnamed sources, but not “the volunteer” with nobody named', () => {
		const resolver = createClaimantResolver([]);
		expect(resolver.resolve('residents')?.data).toMatchObject({
			name: 'Residents',
			kind: 'anonymous-source',
		});
		expect(resolver.resolve('A volunteer')?.data.name).toBe('Volunteer');
		expect(resolver.resolve('aid agencies')?.data.name).toBe('Aid agencies');
		expect(createClaimantResolver([]).resolve('the volunteer')).toBeUndefined();
	});

	it('records a body described by what it does, but leaves “the ministry” alone to point back', () => {
		const resolver = createClaimantResolver([]);
		expect(resolver.resolve('the maritime prefecture')?.data.name).toBe('Maritime prefecture');
		expect(resolver.resolve('state television')?.data.name).toBe('State television');
		expect(resolver.resolve('the health ministry in the besieged enclave')?.data.name).toBe(
			'Health ministry in the besieged enclave'
		);
		expect(createClaimantResolver([]).resolve('the ministry')).toBeUndefined();
	});

	it('names a body by its acronym, and reads “him” as “he” and “its ministry” as “the ministry”', () => {
		const resolver = createClaimantResolver([nis, zelenskyy]);
		expect(resolver.resolve('UNICEF')?.data.name).toBe('UNICEF');
		expect(resolver.resolve('Volodymyr Zelenskyy')?.id).toBe('volodymyr-zelenskyy');
		expect(resolver.resolve('him')?.id).toBe('volodymyr-zelenskyy');
		resolver.resolve('South Korea’s intelligence agency');
		expect(resolver.resolve('its agency')?.id).toBe('nis');
	});

	it('reads “the group itself” as the group', () => {
		const resolver = createClaimantResolver([]);
		expect(resolver.resolve('JNIM itself')?.data.name).toBe('JNIM');
	});

	it('never resolves a person’s role word to a body', () => {
		const resolver = createClaimantResolver([], 'Test Outlet', new Set(['Dostuk']));
		resolver.notice('Dostuk Bank, whose spokesman declined to comment, was fined.');
		expect(resolver.resolve('the spokesman')).toBeUndefined();
		expect(resolver.created()).toEqual([]);
	});

	it('makes a claimant of whom a report cites, set apart by the sentence, however it is written', () => {
		const resolver = createClaimantResolver([]);
		expect(resolver.resolve('emergency services')).toBeUndefined();
		expect(resolver.resolve('emergency services', undefined, { setApart: true })?.data.name).toBe(
			'Emergency services'
		);
	});

	it('resolves a pronoun with nobody before it to nobody, and creates nothing', () => {
		const resolver = createClaimantResolver([nis]);
		expect(resolver.resolve('he')).toBeUndefined();
		expect(resolver.created()).toEqual([]);
	});

	it('creates a draft claimant for an unknown speaker, named by the appositive, and reuses it', () => {
		const resolver = createClaimantResolver([nis]);
		const created = resolver.resolve('the Pentagon’s press secretary, Pat Ryder');
		expect(created).toEqual({
			id: 'pat-ryder',
			data: {
				name: 'Pat Ryder',
				shortName: 'Pat Ryder',
				aliases: [],
				kind: 'official',
				role: 'Pentagon’s press secretary',
				draft: true,
			},
		});
		expect(resolver.resolve('Pat Ryder')?.id).toBe('pat-ryder');
		expect(resolver.created()).toHaveLength(1);
	});

	it('keeps a name written with a lower-case first letter as it is written', () => {
		const resolver = createClaimantResolver([], 'eKathimerini');
		expect(resolver.resolve('eKathimerini', 'media')?.data.name).toBe('eKathimerini');
	});

	it('names a person after a title by the name, and records the other names the article uses as aliases', () => {
		const resolver = createClaimantResolver([nis]);
		const budanov = resolver.resolve('HUR chief Kyrylo Budanov');
		expect(budanov?.data).toMatchObject({
			name: 'Kyrylo Budanov',
			role: 'HUR chief',
			kind: 'official',
		});
		expect(resolver.resolve('Budanov')?.id).toBe(budanov?.id);
		expect(resolver.resolve('he')?.id).toBe(budanov?.id);
		expect(budanov?.data.aliases).toEqual(['Budanov']);
		expect(resolver.resolve('Secretary of State Antony Blinken')?.data).toMatchObject({
			name: 'Antony Blinken',
			role: 'Secretary of State',
		});
		expect(resolver.resolve('A senior Houthi official, Mohammed Ali al-Houthi')).toMatchObject({
			id: 'mohammed-ali-al-houthi',
			data: { name: 'Mohammed Ali al-Houthi', role: 'Senior Houthi official' },
		});
		expect(resolver.resolve('Internal Market Commissioner Thierry Breton')).toMatchObject({
			id: 'thierry-breton',
			data: { name: 'Thierry Breton', role: 'Internal Market Commissioner' },
		});
		// A known claimant's file is the editor's: the ingest does not add names to it.
		resolver.resolve('the NIS');
		expect(nis.data.aliases).toEqual([]);
	});

	it('guesses the kind of a new claimant, or takes the one given', () => {
		const resolver = createClaimantResolver([]);
		expect(resolver.resolve('Ukrainian military intelligence')?.data.kind).toBe(
			'intelligence-agency'
		);
		expect(
			resolver.resolve('a senior US official speaking on condition of anonymity')?.data.kind
		).toBe('official');
		expect(resolver.resolve('Reuters', 'media')?.data).toMatchObject({
			name: 'Reuters',
			kind: 'media',
			draft: true,
		});
	});

	it('never gives a new claimant an id that is taken', () => {
		const resolver = createClaimantResolver([
			claimantRecord('reuters', { name: 'Reuters news agency wire', kind: 'media' }),
		]);
		expect(resolver.resolve('Reuters')?.id).toBe('reuters');
	});

	it('takes "the agency" for the last organisation it created when none was known to be an agency', () => {
		const resolver = createClaimantResolver([]);
		expect(resolver.resolve('the KPIA')?.data.kind).toBe('government');
		resolver.resolve('Ukrainian President Volodymyr Zelenskyy');
		expect(resolver.resolve('the agency')?.id).toBe('kpia');
	});

	it('names a person given before the role, without the rank', () => {
		const resolver = createClaimantResolver([]);
		expect(resolver.resolve('Dmitry Peskov, Putin’s spokesman')?.data).toMatchObject({
			name: 'Dmitry Peskov',
			role: 'Putin’s spokesman',
		});
		expect(
			resolver.resolve('Gen. Valery Gerasimov, the chief of Russia’s General Staff')?.data
		).toMatchObject({
			name: 'Valery Gerasimov',
			role: 'Chief of Russia’s General Staff',
		});
	});
});
