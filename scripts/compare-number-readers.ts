/**
 * `npm run eval:numbers`: the ingest's own figure reader against compromise's number reader, on the sentences of the
 * labelled claims in the tuning half of tests/fixtures/ingest-eval/: how many labelled figures each finds, how many
 * numbers each reports that are no labelled figure (dates, ordinals, ages), and how long each takes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import type { EvalLabels } from '../src/tools/ingest/eval/eval-labels.ts';
import { findFigures } from '../src/tools/ingest/find/figures/find-figures.ts';

const FOLDER = 'tests/fixtures/ingest-eval/tune';
const readers: Record<string, (sentence: string) => number[]> = {
	'own rules': (sentence) =>
		findFigures(sentence).flatMap(({ figure }) =>
			figure.value === null ? [figure.min ?? NaN, figure.max ?? NaN] : [figure.value]
		),
	compromise: (sentence) =>
		(nlp(sentence).numbers().json() as Array<{ number?: { num?: number } }>).flatMap((number) =>
			number.number?.num === undefined ? [] : [number.number.num]
		),
};

const claims = readdirSync(FOLDER)
	.filter((file) => file.endsWith('.labels.json'))
	.flatMap((file) => (JSON.parse(readFileSync(join(FOLDER, file), 'utf8')) as EvalLabels).claims);
const labelled = claims.reduce((total, claim) => total + claim.figures.length, 0);
console.log(`${claims.length} labelled sentences, ${labelled} labelled figures`);
for (const [name, read] of Object.entries(readers)) {
	let found = 0;
	let extra = 0;
	const start = performance.now();
	for (const claim of claims) {
		const numbers = read(claim.quote);
		found += claim.figures.filter((value) => numbers.includes(value)).length;
		extra += numbers.filter((value) => !claim.figures.includes(value)).length;
	}
	const ms = performance.now() - start;
	console.log(
		`  ${name.padEnd(10)} found ${found} of ${labelled}, ${extra} numbers that are no figure, ${ms.toFixed(0)} ms`
	);
}
