import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../../src/core/text/content-hash.ts';
import { COLLECTION_NAMES } from '../../src/core/collections.ts';
import { EVIDENCE_BEARINGS } from '../../src/core/claims/evidence-bearings.ts';
import { BANDED_QUALIFIERS, FIGURE_QUALIFIERS } from '../../src/core/figures/figure.ts';
import { RELATION_TYPES } from '../../src/core/relations/relation-types.ts';
import { STATUSES, SUPPORTED_STATUSES } from '../../src/core/statuses/statuses.ts';

/**
 * Writes a synthetic but realistic content folder that passes the content check: claimants, sources whose text
 * really contains the quotes, and facts, predictions and opinions with fuzzy dates, figures, status changes resting on
 * other reports, evidence logs and relations, for the benchmark to build at scale. Deterministic: the same count
 * always gives the same files.
 */
export function generateContent(root: string, claimCount: number): void {
	const random = seededRandom(claimCount);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	for (const folder of COLLECTION_NAMES) mkdirSync(join(root, folder), { recursive: true });

	for (const [name, geonames] of PLACES) {
		writeFileSync(
			join(root, 'places', `${name.toLowerCase()}.yaml`),
			`names: { en: ${name}, uk: ${name}, ru: ${name}, ko: ${name} }\nkind: city\nlocation: { geonames: ${geonames} }\n`
		);
		// Each place's troop count is a measure of its own, charted, as a story's measures are.
		writeFileSync(
			join(root, 'measures', `troops-in-${name.toLowerCase()}.yaml`),
			`name: Troops moved to ${name}\ndefinition: How many troops had been moved to ${name} by a date.\nquantity: people\nkind: stock\nscope: { who: troops, place: ${name.toLowerCase()} }\ncharted: true\n${name === PLACES[0][0] ? 'headline: 1\n' : ''}recognise: [troops moved to ${name}]\n`
		);
	}

	const claimantCount = Math.max(5, Math.round(claimCount / 50));
	const claimants = Array.from(
		{ length: claimantCount },
		(_, index) => `${pick(AGENCIES)}-${index + 1}`
	);
	claimants.forEach((id, index) => {
		writeFileSync(
			join(root, 'claimants', `${id}.yaml`),
			`name: ${titleCase(id.replace(/-\d+$/, ''))} ${index + 1}\nshortName: ${id.toUpperCase()}\nkind: ${pick(KINDS)}\ncountry: ${pick(COUNTRIES)}\n`
		);
	});

	// Each source holds the sentences its claims quote, so the quote check does real work.
	const sourceCount = Math.max(3, Math.round(claimCount / 10));
	const sentences: string[][] = Array.from({ length: sourceCount }, () => []);
	const claims = Array.from({ length: claimCount }, (_, index) => {
		const source = index % sourceCount;
		const claimant = pick(claimants);
		const value = Math.round(random() * 20) * 500 + 500;
		const place = pick(PLACES)[0];
		const sentence = `${titleCase(claimant.replace(/-\d+$/, ''))} said ${value.toLocaleString('en-GB')} ${pick(UNITS)} were moved to ${place} in operation ${index + 1}.`;
		sentences[source]!.push(sentence);
		return {
			id: `claim-${index + 1}-${pick(TOPICS)}-${place.toLowerCase()}`,
			source,
			claimant,
			value,
			place,
			sentence,
		};
	});
	const hashes = sentences.map((list, index) => {
		const body = `${[`Report number ${index + 1} on troop movements.`, ...list, 'Officials could not yet confirm the figures.'].join('\n\n')}\n`;
		const hash = contentHash(body);
		writeFileSync(
			join(root, 'sources', `report-${index + 1}.md`),
			`---\noutlet: ${pick(OUTLETS)}\nurl: https://news.example.org/reports/${index + 1}\nheadline: Report ${index + 1} on troop movements\nauthors: [Staff reporter]\npublished: '${isoDay(random, 2024, 2025)}T09:00:00+00:00'\ntextHash: ${hash}\n---\n\n${body}`
		);
		return hash;
	});

	claims.forEach((claim, index) => {
		const claimed = isoDay(random, 2024, 2025);
		const event = pick([
			undefined,
			`'${claimed.slice(0, 7)}'`,
			`'${claimed.slice(0, 4)}'`,
			`'/${claimed}'`,
		]);
		const own = `report-${claim.source + 1}`;
		// Support has to come from another report than the one the claim appears in.
		const other = `report-${((claim.source + 1) % sourceCount) + 1}`;
		const kind = pick(KINDS_OF_CLAIM);
		const steps = 1 + Math.floor(random() * 3);
		const history: Array<{ date: string; status: string; source: string }> = [];
		for (let step = 0; step < steps; step++) {
			const previous = history.at(-1)?.status;
			const status =
				step === 0
					? 'claimed'
					: pick(RANDOM_STATUSES.filter((candidate) => candidate !== previous));
			const supported = SUPPORTED_STATUSES.includes(status);
			history.push({ date: addDays(claimed, step * 30), status, source: supported ? other : own });
		}
		const rating =
			kind === 'opinion'
				? `whyNotRated: A demand for action, not a statement that can be checked.\n`
				: `status: ${history.at(-1)!.status}\nstatusHistory:\n${history.map((entry) => `  - date: ${entry.date}\n    status: ${entry.status}\n    note: Reviewed against ${entry.source}.\n    source: ${entry.source}\n`).join('')}`;
		const evidence =
			random() < 0.4
				? `evidence:\n  - date: ${addDays(claimed, 100)}\n    source: ${other}\n    bearing: ${pick(EVIDENCE_BEARINGS)}\n    note: A later report on the same movement.\n`
				: '';
		const related =
			index > 0 && random() < 0.5
				? `related:\n  - type: ${pick(RANDOM_RELATION_TYPES)}\n    claim: ${claims[Math.floor(random() * index)]!.id}\n`
				: '';
		const figure =
			random() < 0.8
				? `figures:\n  - value: ${claim.value}\n    unit: troops\n    qualifier: ${pick(STATED_QUALIFIERS)}\n    measure: troops-in-${claim.place.toLowerCase()}\n`
				: `figures:\n  - unit: troops\n    qualifier: range\n    min: ${claim.value}\n    max: ${claim.value * 2}\n    measure: troops-in-${claim.place.toLowerCase()}\n`;
		const body =
			random() < 0.3
				? `\nThe figure was reported in passing and has not been checked against other estimates.\n`
				: '';
		writeFileSync(
			join(root, 'claims', `${claim.id}.md`),
			`---\ntitle: '${titleCase(claim.claimant.replace(/-\d+$/, ''))}: ${claim.value} troops moved to ${claim.place}'\nstatement: ${claim.sentence}\nkind: ${kind}\nclaimant: ${claim.claimant}\nclaimed: ${claimed}\n${event ? `event: ${event}\n` : ''}${figure}places: [${claim.place.toLowerCase()}]\ntopics: [troop-numbers, deployment]\n${rating}${evidence}sources:\n  - source: ${own}\n    quote: '${claim.sentence.replace(/'/g, "''")}'\n    sourceVersion: ${hashes[claim.source]}\n${related}---\n${body}`
		);
	});
}

/** Mostly facts, as in the news, with some predictions and opinions. */
const KINDS_OF_CLAIM = [...Array<'fact'>(17).fill('fact'), 'prediction', 'prediction', 'opinion'];
// Outdated and withdrawn need a later claim or a retraction behind them, which random content does not have.
const RANDOM_STATUSES = STATUSES.filter(
	(status) => status !== 'outdated' && status !== 'withdrawn'
);
// Updates and supersedes join one claimant's statements in order, so random links between claims use the others.
const RANDOM_RELATION_TYPES = RELATION_TYPES.filter(
	(type) => type !== 'updates' && type !== 'supersedes'
);
/** Qualifiers of one stated number (bands are written with min and max). */
const STATED_QUALIFIERS = FIGURE_QUALIFIERS.filter(
	(qualifier) => !BANDED_QUALIFIERS.includes(qualifier)
);

const AGENCIES = [
	'intelligence-agency',
	'defence-ministry',
	'foreign-ministry',
	'state-media',
	'general-staff',
	'spokesperson',
	'analyst-group',
];
const KINDS = ['intelligence-agency', 'government', 'official', 'military', 'media'];
const COUNTRIES = ['KR', 'UA', 'RU', 'US', 'GB', 'KP'];
const OUTLETS = ['Example Times', 'Example Wire', 'Example Post', 'Example Herald'];
// GeoNames ids, as the gazetteer package gives them.
const PLACES = [
	['Vladivostok', 2013348],
	['Kursk', 538560],
	['Ussuriysk', 2014006],
	['Khabarovsk', 2022890],
	['Belgorod', 578072],
	['Rostov', 501175],
] as const;
const UNITS = ['troops', 'soldiers', 'special forces', 'engineers'];
const TOPICS = ['transfer', 'training', 'deployment', 'estimate', 'sighting'];

function titleCase(text: string): string {
	return text.replace(/-/g, ' ').replace(/^\w/, (letter) => letter.toUpperCase());
}

function isoDay(random: () => number, fromYear: number, toYear: number): string {
	const start = Date.UTC(fromYear, 0, 1);
	const end = Date.UTC(toYear, 11, 1);
	return new Date(start + Math.floor(random() * (end - start))).toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A small deterministic generator (mulberry32), so runs are comparable. */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	};
}
