import { describe, expect, it } from 'vitest';
import { buildClaimsCsv } from '../../../src/site/export/claims-csv.ts';
import { toCsv } from '../../../src/site/export/csv.ts';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import { parse } from 'csv-parse/sync';
import { CLAIMS_CSV_HEADER } from '../../support/published-contracts.ts';
import {
	claimantRecord,
	claimRecord,
	measureRecord,
	sourceRecord,
	placeRecord,
} from '../support/records.ts';

const SITE = 'https://claims.example.org';

const full = claimRecord('nis-1500-special-forces', {
	title: 'NIS: 1,500 special forces shipped to Vladivostok',
	statement: 'The NIS said "special operation forces" were shipped.\nA second line.',
	claimant: 'nis',
	claimed: '2024-10-18',
	event: '2024-10-08/2024-10-13',
	figures: [
		{
			value: 1500,
			unit: 'special operation forces',
			qualifier: 'exact',
			measure: 'special-forces',
		},
		{ value: 2_000_000, unit: 'rounds', qualifier: 'more-than', measure: 'shells', asOf: '2024' },
		{ unit: 'strikes', qualifier: 'vague', min: 24, max: 99, measure: 'strikes' },
		{ value: 1500, unit: 'troops', qualifier: 'range', min: 1000, max: 2000, measure: 'troops' },
		{ unit: 'soldiers', qualifier: 'range', min: 10_000, max: 12_000, measure: 'troops' },
	],
	places: ['vladivostok', 'khabarovsk'],
	topics: ['troop-numbers', 'deployment'],
	status: 'corroborated',
	statusHistory: [
		{ date: '2024-10-18', status: 'claimed', note: 'First recorded.', source: 'guardian' },
		{ date: '2024-10', status: 'corroborated', note: 'Independent imagery.' },
	],
	evidence: [
		{ date: '2024-11-04', source: 'reuters', bearing: 'supports', note: 'A matching count.' },
		{ date: '2024-12', source: 'guardian', bearing: 'context', note: 'Background.' },
	],
	sources: [
		{ source: 'guardian', quote: 'Russian navy ships transferred 1,500 forces' },
		{ source: 'reuters', quote: 'Another quote.' },
	],
	related: [
		{ type: 'contradicts', claim: 'kremlin-denies' },
		{ type: 'relates-to', claim: 'formula-claim' },
	],
});
const bare = claimRecord('kremlin-denies', { claimant: 'kremlin', status: 'disputed' });
const formula = claimRecord('formula-claim', {
	title: '=HYPERLINK("https://evil.example","click")',
	statement: '+1500 troops, said the ministry',
	places: ['at-home'],
	sources: [{ source: 'guardian', quote: '-1500 is not a number anyone gave' }],
});
const draft = claimRecord('a-draft', { draft: true });
const opinion = claimRecord('sybiha-demands-reaction', {
	kind: 'opinion',
	whyNotRated: 'A demand for action, not a statement that can be checked.',
});

const index = buildSiteIndex(
	[full, bare, formula, draft, opinion],
	[
		claimantRecord('nis', { name: 'National Intelligence Service (South Korea)' }),
		claimantRecord('kremlin', { name: 'Kremlin, Moscow', kind: 'government' }),
	],
	[sourceRecord('guardian'), sourceRecord('reuters')],
	[
		placeRecord('vladivostok', {
			names: { en: 'Vladivostok', uk: 'Владивосток', ru: 'Владивосток', ko: '블라디보스토크' },
		}),
		placeRecord('khabarovsk', {
			names: { en: 'Khabarovsk', uk: 'Хабаровськ', ru: 'Хабаровск', ko: '하바롭스크' },
		}),
		placeRecord('at-home', { names: { en: '@home', uk: '@home', ru: '@home', ko: '@home' } }),
	],
	['special-forces', 'shells', 'strikes', 'troops'].map((id) => measureRecord(id))
);
const csv = buildClaimsCsv(index, SITE);
// Read back with a maintained parser, strict about quotes and record ends, not one written alongside the writer.
const [header, ...rows]: string[][] = parse(csv, { record_delimiter: '\r\n' });

function row(id: string): Record<string, string> {
	const found = rows.find((fields) => fields[0] === id);
	if (!found) throw new Error(`${id} is not in claims.csv`);
	return Object.fromEntries(CLAIMS_CSV_HEADER.map((name, column) => [name, found[column]!]));
}

describe('buildClaimsCsv', () => {
	it('starts with the header row, columns in the published order', () => {
		expect(header).toEqual(CLAIMS_CSV_HEADER);
		expect(csv.startsWith(`${CLAIMS_CSV_HEADER.join(',')}\r\n`)).toBe(true);
	});

	it('adds no byte-order mark', () => {
		expect(csv.charCodeAt(0)).toBe('i'.charCodeAt(0));
	});

	it('writes one row per published claim, sorted by id, each as wide as the header', () => {
		expect(rows.map((fields) => fields[0])).toEqual([
			'formula-claim',
			'kremlin-denies',
			'nis-1500-special-forces',
			'sybiha-demands-reaction',
		]);
		for (const fields of rows) expect(fields).toHaveLength(CLAIMS_CSV_HEADER.length);
	});

	it('ends every record with CRLF and uses no bare LF or CR outside quoted fields', () => {
		expect(csv.endsWith('\r\n')).toBe(true);
		const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
		expect(outsideQuotes.split('\r\n')).toHaveLength(1 + rows.length + 1);
		expect(outsideQuotes.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
	});

	it('quotes a field with a comma', () => {
		expect(csv).toContain(',"NIS: 1,500 special forces shipped to Vladivostok",');
		expect(row('kremlin-denies').claimant_name).toBe('Kremlin, Moscow');
	});

	it('quotes a field with a double quote or a line break, doubling inner quotes', () => {
		expect(csv).toContain(
			',"The NIS said ""special operation forces"" were shipped.\nA second line.",'
		);
		expect(row('nis-1500-special-forces').statement).toBe(
			'The NIS said "special operation forces" were shipped.\nA second line.'
		);
	});

	it('leaves plain fields unquoted', () => {
		expect(csv).toContain('\r\nkremlin-denies,https://claims.example.org/claims/kremlin-denies/,');
	});

	it('fills the scalar columns from the claim', () => {
		expect(row('nis-1500-special-forces')).toMatchObject({
			url: 'https://claims.example.org/claims/nis-1500-special-forces/',
			claimant_id: 'nis',
			claimant_name: 'National Intelligence Service (South Korea)',
			claimed: '2024-10-18',
			event: '2024-10-08/2024-10-13',
			status: 'corroborated',
			status_since: '2024-10',
			kind: 'fact',
			why_not_rated: '',
		});
	});

	it('leaves an opinion’s status and date empty and says why it is not rated', () => {
		expect(row('sybiha-demands-reaction')).toMatchObject({
			kind: 'opinion',
			status: '',
			status_since: '',
			why_not_rated: 'A demand for action, not a statement that can be checked.',
		});
	});

	it('writes each evidence entry as date, bearing and source id', () => {
		expect(row('nis-1500-special-forces').evidence).toBe(
			'2024-11-04 supports reuters; 2024-12 context guardian'
		);
	});

	it('leaves event and the list columns empty when a claim has none', () => {
		expect(row('kremlin-denies')).toMatchObject({
			event: '',
			figures: '',
			figure_values: '',
			places: '',
			topics: '',
			related: '',
			evidence: '',
		});
	});

	it('joins lists with "; " and quotes with " | "', () => {
		expect(row('nis-1500-special-forces')).toMatchObject({
			places: 'Vladivostok; Khabarovsk',
			topics: 'troop-numbers; deployment',
			source_ids: 'guardian; reuters',
			quotes: 'Russian navy ships transferred 1,500 forces | Another quote.',
			related: 'contradicts:kremlin-denies; relates-to:formula-claim',
		});
	});

	it('writes figures as people read them, with formatFigure', () => {
		expect(row('nis-1500-special-forces').figures).toBe(
			[
				'1,500 special operation forces',
				'more than 2 million rounds',
				'dozens of strikes (24–99)',
				'1,000–2,000 troops, central estimate 1,500',
				'10,000–12,000 soldiers',
			].join('; ')
		);
	});

	it('writes what each figure counts and when it holds, one entry per figure, in the figures’ order', () => {
		expect(row('nis-1500-special-forces')).toMatchObject({
			figure_measures: 'special-forces; shells; strikes; troops; troops',
			figure_as_of: [
				'2024-10-08/2024-10-13',
				'2024',
				'2024-10-08/2024-10-13',
				'2024-10-08/2024-10-13',
				'2024-10-08/2024-10-13',
			].join('; '),
		});
		expect(row('kremlin-denies')).toMatchObject({ figure_measures: '', figure_as_of: '' });
	});

	it('writes figure values as qualifier:value, min-max or value[min-max], then the unit', () => {
		expect(row('nis-1500-special-forces').figure_values).toBe(
			[
				'exact:1500 special operation forces',
				'more-than:2000000 rounds',
				'vague:24-99 strikes',
				'range:1500[1000-2000] troops',
				'range:10000-12000 soldiers',
			].join('; ')
		);
	});

	it('puts an apostrophe before a cell that would start a formula', () => {
		expect(row('formula-claim')).toMatchObject({
			title: `'=HYPERLINK("https://evil.example","click")`,
			statement: "'+1500 troops, said the ministry",
			places: "'@home",
			quotes: "'-1500 is not a number anyone gave",
		});
		expect(csv).toContain(`,"'=HYPERLINK(""https://evil.example"",""click"")",`);
	});

	it('leaves cells that only contain a formula character later on alone', () => {
		expect(row('nis-1500-special-forces').event).toBe('2024-10-08/2024-10-13');
		expect(row('kremlin-denies').title).toBe('Title of kremlin-denies');
	});
});

// The claim schemas trim text, so a leading tab or CR cannot reach a row; the encoding is checked field by field.
const field = (text: string) => toCsv([[text]]).slice(0, -2);

describe('toCsv', () => {
	it('guards every formula start: =, +, -, @, tab and CR', () => {
		expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(field)).toEqual([
			"'=1+1",
			"'+1",
			"'-1",
			"'@SUM(A1)",
			"'\tx",
			`"'\rx"`,
		]);
	});

	it('quotes after guarding, so the apostrophe is inside the quotes', () => {
		expect(field('=A1,"B"')).toBe(`"'=A1,""B"""`);
	});

	it('quotes a comma, a double quote, CR and LF, and nothing else', () => {
		expect(['a,b', 'a"b', 'a\rb', 'a\nb', "a'b; c|d"].map(field)).toEqual([
			'"a,b"',
			'"a""b"',
			'"a\rb"',
			'"a\nb"',
			"a'b; c|d",
		]);
	});

	it('leaves an empty field empty and ends every record, the last too, with CRLF', () => {
		expect(toCsv([[''], ['a', 'b']])).toBe('\r\na,b\r\n');
	});
});
