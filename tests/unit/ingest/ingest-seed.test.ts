import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planIngest } from '../../../src/tools/ingest/plan/plan-ingest.ts';
import { PlaceSchema } from '../../../src/core/schemas/place.ts';
import { emptyContent, type ParsedContent } from '../../../src/core/validation/parse-records.ts';
import { validateContent } from '../../../src/core/validation/validate-content.ts';

const placeRecord = (id: string, names: { en: string }, aliases: string[] = []) => ({
	id,
	file: `content/places/${id}.yaml`,
	subfolder: '',
	body: '',
	data: PlaceSchema.parse({
		names: { uk: id, ru: id, ko: id, ...names },
		aliases,
		kind: 'region',
		location: { geonames: 1 },
	}),
});

const SEED = 'tests/fixtures/articles/guardian-2024-10-18-north-korean-troops-russia.txt';
const EMPTY: ParsedContent = emptyContent();

const plan = planIngest(
	readFileSync(SEED, 'utf8'),
	SEED,
	{ out: 'content', outlet: 'The Guardian' },
	{ content: EMPTY, read: () => undefined }
);
const drafts = plan.files
	.filter((file) => file.path.startsWith('content/claims/'))
	.map(
		(file) =>
			parseYaml(file.content.split('---\n')[1]!) as Record<string, unknown> & {
				figures?: Array<Record<string, unknown>>;
				sources: Array<{ quote: string }>;
			}
	);
const claimants = plan.files
	.filter((file) => file.path.startsWith('content/claimants/'))
	.map(
		(file) =>
			parseYaml(file.content) as { name: string; kind: string; marker?: Record<string, unknown> }
	);
const draftBySentence = (start: string) => {
	const draft = drafts.find(
		(candidate) =>
			typeof candidate['statement'] !== 'string' || candidate['statement'].startsWith(start)
	);
	if (!draft) throw new Error(`no draft for “${start}”`);
	return draft;
};

describe('ingesting the seed article (golden)', () => {
	it('reads the metadata, with the outlet given on the command line', () => {
		expect(plan.sourceId).toBe('guardian-2024-10-18-north-korean-troops-russia');
		expect(plan.metadata).toEqual({
			headline: 'North Korean troops have arrived in Russia to fight Ukraine, says Seoul',
			standfirst:
				'Russian navy ships reportedly transferred 1,500 forces to Vladivostok, where they are being trained',
			authors: ['Pjotr Sauer'],
			published: '2024-10-18T09:51:00-04:00',
			updated: '2024-10-18T12:35:00-04:00',
			outlet: 'The Guardian',
		});
	});

	it('writes the same cleaned text, and so the same textHash, as the curated source', () => {
		const curated = readFileSync(
			'content/sources/guardian-2024-10-18-north-korean-troops-russia.md',
			'utf8'
		);
		const written = plan.files[0]!.content;
		expect(written.slice(written.lastIndexOf('---\n'))).toBe(
			curated.slice(curated.lastIndexOf('---\n'))
		);
		expect(written).toContain(/textHash: (.*)/.exec(curated)![0]);
	});

	it('drafts every sentence with an attribution, a figure or a dated event, all as drafts', () => {
		expect(drafts).toHaveLength(23);
		expect(drafts.every((draft) => draft['draft'] === true)).toBe(true);
		expect(
			drafts.every((draft) =>
				draft.sources.every((citation) => readFileSync(SEED, 'utf8').includes(citation.quote))
			)
		).toBe(true);
	});

	it('carries every figure of the article', () => {
		const figures = drafts
			.flatMap((draft) => draft.figures ?? [])
			.map(({ measure: _measure, ...stated }) => stated);
		expect(figures).toEqual(
			expect.arrayContaining([
				{ value: 1500, unit: 'north korean special operation forces', qualifier: 'exact' },
				{ value: 12000, unit: 'troops', qualifier: 'exact' },
				{ value: 4, unit: 'brigades', qualifier: 'exact' },
				{ value: 10000, unit: 'north korean soldiers', qualifier: 'exact' },
				{ value: 2000000, unit: 'rounds', qualifier: 'more-than' },
				{
					value: 50,
					unit: 'percent of the larger-calibre ammunition used on the battlefield',
					qualifier: 'about',
				},
				{ unit: 'north koreans', qualifier: 'vague', min: 24, max: 99 },
				{ unit: 'strikes', qualifier: 'vague', min: 24, max: 99 },
			])
		);
	});

	it('gives every figure a measure: a new draft measure, named after what it counts, when the site has none', () => {
		const figures = drafts.flatMap((draft) => draft.figures ?? []);
		const measures = plan.files.filter((file) => file.path.startsWith('content/measures/'));
		expect(figures.length).toBeGreaterThan(0);
		for (const figure of figures)
			expect(measures.map((file) => file.path)).toContain(
				`content/measures/${String(figure['measure'])}.yaml`
			);
		for (const file of measures) expect(file.content).toMatch(/^draft: true$/m);
	});

	it('resolves every relative date against the publication time', () => {
		expect(draftBySentence('South Korea’s intelligence agency said on Friday')).toMatchObject({
			claimed: '2024-10-18',
		});
		expect(draftBySentence('In a statement on its website')).toMatchObject({
			event: '2024-10-08/2024-10-13',
		});
		expect(draftBySentence('The NIS also published')).toMatchObject({
			claimed: '2024-10-11/2024-10-18',
		});
		expect(draftBySentence('The statements come a day after')).toMatchObject({
			claimed: '2024-10-17',
		});
		expect(draftBySentence('A Kremlin spokesperson')).toMatchObject({
			claimed: '2024-10-07/2024-10-13',
		});
		expect(draftBySentence('In June')).toMatchObject({ claimed: '2024-10-18', event: '2024-06' });
		expect(draftBySentence('Pyongyang is estimated')).toMatchObject({
			claimed: '/2024-10-18',
			event: '2024',
		});
		expect(draftBySentence('It also provided KN-23 missiles')).toMatchObject({
			claimed: '/2024-10-18',
			event: '2023-24',
		});
		expect(draftBySentence('North Korea’s leader')).toMatchObject({ event: '2019' });
	});

	it('finds every claimant, resolving “the agency” and “he” through the article', () => {
		expect(claimants.map((claimant) => claimant.name).sort()).toEqual([
			'Andrii Sybiha',
			'Dmitry Peskov',
			'Mark Rutte',
			'National Intelligence Service (NIS)',
			'Russia',
			'Source in Ukraine',
			'South Korean intelligence',
			'South Korean media citing anonymous sources',
			'South Korea’s intelligence agency',
			'The Guardian',
			'Ukrainian media',
			'Ukrainian source',
			'Volodymyr Zelenskyy',
		]);
		expect(draftBySentence('“The North Korean soldiers')).toMatchObject({ claimant: 'nis' });
		expect(draftBySentence('“It appears')).toMatchObject({ claimant: 'nis' });
		expect(draftBySentence('“This is the first step')).toMatchObject({
			claimant: 'volodymyr-zelenskyy',
		});
		expect(draftBySentence('“We require')).toMatchObject({ claimant: 'andrii-sybiha' });
		expect(draftBySentence('The Guardian earlier revealed')).toMatchObject({
			claimant: 'the-guardian',
		});
		expect(draftBySentence('In June')).toMatchObject({ claimant: 'the-guardian' });
	});

	it('gives each new claimant with a figure its own chart marker, and none to the others', () => {
		const claimantIds = (path: string) => path.replace(/^content\/claimants\/|\.yaml$/g, '');
		const charted = new Set(
			drafts.filter((draft) => (draft.figures ?? []).length > 0).map((draft) => draft['claimant'])
		);
		const files = plan.files.filter((file) => file.path.startsWith('content/claimants/'));
		const marked = claimants.filter((claimant) => claimant.marker);
		expect(charted.size).toBeGreaterThan(1);
		expect(marked).toHaveLength(charted.size);
		claimants.forEach((claimant, index) =>
			expect(Boolean(claimant.marker), claimant.name).toBe(
				charted.has(claimantIds(files[index]!.path))
			)
		);
		expect(new Set(marked.map((claimant) => JSON.stringify(claimant.marker))).size).toBe(
			marked.length
		);
	});

	it('suggests a status from the article’s hedges, and adds a hedging sentence to the claim before it', () => {
		const media = draftBySentence('Additionally, South Korean media');
		expect(media.sources.map((citation) => citation.quote)).toEqual([
			'Additionally, South Korean media said on Friday, citing anonymous sources, that Pyongyang had decided to dispatch a total of 12,000 troops, formed into four brigades, to Russia.',
			'The NIS did not immediately confirm these reports.',
		]);
		expect(media).toMatchObject({
			status: 'claimed',
			statusHistory: [
				{
					note: 'Suggested by the ingest tool from the next sentence, “did not immediately confirm”: not confirmed by others.',
				},
			],
		});
		expect(draftBySentence('Russia has denied')).toMatchObject({ status: 'disputed' });
		expect(draftBySentence('The Nato secretary general')).toMatchObject({
			status: 'claimed',
			statusHistory: [{ note: expect.stringContaining('“could not yet confirm”') }],
		});
		expect(draftBySentence('If confirmed')).toMatchObject({
			statusHistory: [{ note: expect.stringContaining('“If confirmed”') }],
		});
		expect(draftBySentence('The Guardian earlier revealed')).toMatchObject({
			statusHistory: [{ note: expect.stringContaining('“revealed”') }],
		});
		expect(
			draftBySentence('The NIS also published').sources.map((citation) => citation.quote)
		).toContain(
			'If proved accurate, it would amount to North Korea’s first major participation in a foreign war.'
		);
	});

	it('names no place ids when no place is recorded, and tells the editor which places the sentence names', () => {
		// No places is the default, so the draft has no places line at all.
		expect(draftBySentence('In a statement on its website')).not.toHaveProperty('places');
		const file = plan.files.find(
			(candidate) =>
				candidate.path.startsWith('content/claims/') &&
				candidate.content.includes('NIS said North Korean soldiers')
		)!;
		expect(file.content).toContain(
			'It also names Yakutia, Buryatia, Siberia, not yet in content/places/'
		);
	});

	it('proposes the ids of recorded places, matched by name or alias, and leaves the others to the editor', () => {
		const places = [
			placeRecord('vladivostok', { en: 'Vladivostok' }),
			placeRecord('yakutia', { en: 'Sakha Republic' }, ['Yakutia']),
			placeRecord('buryatia', { en: 'Buryatia' }),
		];
		const withPlaces = planIngest(
			readFileSync(SEED, 'utf8'),
			SEED,
			{ out: 'content', outlet: 'The Guardian' },
			{ content: { ...EMPTY, places }, read: () => undefined }
		);
		const claimFile = (start: string) =>
			withPlaces.files.find(
				(candidate) =>
					candidate.path.startsWith('content/claims/') && candidate.content.includes(start)
			)!.content;
		expect(claimFile('In a statement on its website')).toContain('places: [vladivostok]\n');
		const soldiers = claimFile('NIS said North Korean soldiers');
		expect(soldiers).toContain('places: [yakutia, buryatia]\n');
		expect(soldiers).toContain('It also names Siberia, not yet in content/places/');
	});
});

describe('ingesting the seed article against the site’s measures', () => {
	const content = validateContent('content').content;
	const planned = planIngest(
		readFileSync(SEED, 'utf8'),
		SEED,
		{ out: 'content', outlet: 'The Guardian', id: 'seed-again' },
		{ content, read: () => undefined }
	);
	const proposals = planned.files
		.filter((file) => file.path.startsWith('content/claims/'))
		.flatMap((file) =>
			(
				(
					parseYaml(file.content.split('---\n')[1]!) as {
						figures?: Array<{ unit: string; measure: string }>;
					}
				).figures ?? []
			).map((figure) => [figure.unit, figure.measure])
		);

	it('proposes the measure an editor gave each figure of the curated claims, and says so in the draft', () => {
		expect(proposals).toEqual(
			expect.arrayContaining([
				['north korean special operation forces', 'special-forces-shipped'],
				['troops', 'planned-deployment'],
				['brigades', 'brigades'],
				['north korean soldiers', 'troops-deployed'],
				['rounds', 'ammunition-supplied-in-a-period'],
				[
					'percent of the larger-calibre ammunition used on the battlefield',
					'share-of-russian-ammunition',
				],
				['north koreans', 'missile-team-personnel'],
				['strikes', 'kn-23-strikes'],
			])
		);
		const claim = planned.files.find((file) => file.content.includes('counts brigades'))!;
		expect(claim.content).toMatch(
			/figures\[1\] counts brigades, proposed from the words “brigades”/
		);
	});
});
