/**
 * `npm run bench:search -- <dist> [runs]`: how long a reader waits for search results on a built site, in a real
 * browser (the system Chromium, as the tests use): from the search being asked for to the results being written,
 * timed in the page with `performance.now()`. "first" is a reader's first search after the index started loading
 * when the box got focus; "warm" is each search after: the same words, other words, and the first words newest
 * first, the first time (the sort's and filters' data fetched) and again. Each query is run in a new page `runs` times; the medians and maxima are printed. Not part of `npm test`:
 * the numbers belong in BENCHMARKS.md. */
import { launchChromium } from '../../tests/support/launch-chromium.ts';
import { serveDist } from '../../tests/support/serve-dist.ts';
import { SEARCH_PAGE_PATH } from '../../src/site/links/site-paths.ts';

const [dist, runsArgument] = process.argv.slice(2);
if (!dist) {
	console.error(
		'Usage: npm run bench:search -- <built site folder, e.g. .bench/dist-10000> [runs]'
	);
	process.exit(2);
}
const RUNS = Number(runsArgument ?? 5);
/** Words the bench's synthetic claims and the real site both use, from common to rare, and a filter-only search. */
const QUERIES = ['troops', 'moved to', 'rostov', 'special forces', 'operation 17'];

const server = await serveDist(dist);
const browser = await launchChromium();
/** Per kind of search: until the count of matches is shown (Pagefind's search), and until the results are listed. */
const times: Record<string, number[]> = {};
try {
	for (let run = 0; run < RUNS; run++)
		for (const query of QUERIES) {
			const page = await browser.newPage();
			await page.goto(`${server.origin}${SEARCH_PAGE_PATH}`);
			await page.focus('input[name="q"]');
			for (const [kind, words, sort] of [
				['first', query, ''],
				['warm', `${query} `, ''],
				['warm', QUERIES[(QUERIES.indexOf(query) + 1) % QUERIES.length]!, ''],
				['warm, newest first (first time)', query, 'newest'],
				['warm, newest first (again)', `${query} `, 'newest'],
			] as const) {
				const { counted, listed } = await timedSearch(page, words, sort);
				(times[`${kind}, matches counted`] ??= []).push(counted);
				(times[`${kind}, results listed`] ??= []).push(listed);
			}
			await page.close();
		}
} finally {
	await browser.close();
	await server.close();
}
for (const [kind, list] of Object.entries(times)) {
	const sorted = [...list].sort((a, b) => a - b);
	const median = sorted[Math.floor(sorted.length / 2)]!;
	console.log(
		`${kind.padEnd(28)} ${sorted.length} searches: median ${median.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`
	);
}

/** Types the words and submits; times, in the page, until the status line counts the matches and until they are listed. */
async function timedSearch(
	page: Awaited<ReturnType<Awaited<ReturnType<typeof launchChromium>>['newPage']>>,
	words: string,
	sort: string
): Promise<{ counted: number; listed: number }> {
	return page.evaluate(
		async ([typed, order]) => {
			const form = document.querySelector<HTMLFormElement>('#search-form')!;
			const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
			const status = document.querySelector('#search-status')!;
			const results = document.querySelector('#search-results')!;
			status.textContent = '';
			results.replaceChildren();
			input.value = typed!;
			form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = order!;
			const started = performance.now();
			let counted = 0;
			const done = new Promise<{ counted: number; listed: number }>((resolve) => {
				const observer = new MutationObserver(() => {
					if (counted === 0 && /\bmatch/.test(status.textContent ?? ''))
						counted = performance.now() - started;
					if (counted > 0 && results.childElementCount > 0) {
						observer.disconnect();
						resolve({ counted, listed: performance.now() - started });
					}
				});
				observer.observe(results, { childList: true });
				observer.observe(status, { childList: true, characterData: true, subtree: true });
			});
			form.requestSubmit();
			return done;
		},
		[words, sort]
	);
}
