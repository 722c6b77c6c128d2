/**
 * The search page's behaviour: loads the Pagefind index only when the reader searches, runs the query as the reader
 * types, with the form's filters and order, keeps them in the address (`?q=tuva&status=refuted`) so a search can be shared, and
 * writes the results as plain DOM (no HTML from the index is parsed except Pagefind's `<mark>` highlights).
 */
import type { SearchResultField } from '../site/search/search-facets.ts';
import { SEARCH_SCRIPT_FILE, searchPartPath } from '../site/links/site-paths.ts';

interface PagefindResult {
	url: string;
	excerpt: string;
	meta: Partial<Record<SearchResultField | 'title', string>>;
}

interface PagefindHit {
	score: number;
	data(): Promise<PagefindResult>;
}

interface SearchOptions {
	filters?: Record<string, string>;
	sort?: Record<string, 'asc' | 'desc'>;
}

interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string | null, options: SearchOptions): Promise<{ results: PagefindHit[] }>;
}

const RESULT_OPTIONS = { excerptLength: 24 };

const PAGE_SIZE = 20;
/** How long typing must pause before a search runs: short enough that results follow the reader's words. */
const TYPING_PAUSE_MS = 120;

/**
 * `parts` are the names of the index's parts, oldest claims first (src/site/search/search-parts.ts). Each part is a
 * Pagefind index with its own copy of Pagefind's script, loaded as a module of its own, so each runs in a worker of
 * its own (two indexes sharing one worker's WebAssembly crashed Chromium). Every part is searched; the results are
 * ranked together by score, as Pagefind's `mergeIndex` ranks them, or, for an order by date, which Pagefind ranks
 * within each index only, read part after part, since each part is a span of time.
 */
export function enhanceSiteSearch(form: HTMLFormElement, parts: string[]): void {
	const output = document.getElementById(form.dataset['results'] ?? '');
	const status = document.getElementById(form.dataset['status'] ?? '');
	if (!output || !status || parts.length === 0) return;
	let indexes: Promise<Pagefind[]> | undefined;
	// The index (a WebAssembly module and its data) is fetched on first use, never on page load.
	const load = () =>
		(indexes ??= Promise.all(
			parts.map(async (part) => {
				const module = (await import(
					/* @vite-ignore */ `${searchPartPath(part)}${SEARCH_SCRIPT_FILE}`
				)) as Pagefind;
				await module.options(RESULT_OPTIONS);
				// Fetches and compiles the part now, while the reader is still typing, not at the first search.
				await module.init();
				return module;
			})
		));
	let run = 0;

	const search = async () => {
		const fields = new FormData(form);
		const typed = fields.get('q');
		const query = typeof typed === 'string' ? typed.trim() : '';
		const filters: Record<string, string> = {};
		let sort: Record<string, 'asc' | 'desc'> | undefined;
		for (const [name, value] of fields) {
			if (name === 'q' || typeof value !== 'string' || value === '') continue;
			if (name === 'sort') sort = { date: value === 'oldest' ? 'asc' : 'desc' };
			else filters[name] = value;
		}
		const params = new URLSearchParams(
			[...fields].filter(([, value]) => value !== '') as Array<[string, string]>
		);
		history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
		if (query === '' && Object.keys(filters).length === 0) {
			output.replaceChildren();
			status.textContent = 'Type a word or choose a filter to search the claims.';
			return;
		}
		const mine = ++run;
		status.textContent = 'Searching…';
		const words = query === '' ? null : query;
		const perPart = await Promise.all(
			(await load()).map((index) => index.search(words, { filters, ...(sort ? { sort } : {}) }))
		);
		const results = sort
			? (sort['date'] === 'desc' ? perPart.toReversed() : perPart).flatMap((found) => found.results)
			: perPart.flatMap((found) => found.results).sort((a, b) => b.score - a.score);
		if (mine !== run) return;
		status.textContent =
			results.length === 0
				? 'No claim matches. Widen the search: remove a filter, or use fewer or other words.'
				: `${results.length} ${results.length === 1 ? 'claim matches' : 'claims match'}.`;
		output.replaceChildren();
		await showFrom(results, 0, mine);
	};

	const showFrom = async (results: PagefindHit[], start: number, mine: number) => {
		const page = await Promise.all(results.slice(start, start + PAGE_SIZE).map((r) => r.data()));
		if (mine !== run) return;
		output.querySelector('.search-more')?.remove();
		for (const result of page) output.append(resultItem(result));
		if (start + PAGE_SIZE < results.length) {
			const more = document.createElement('button');
			more.type = 'button';
			more.className = 'search-more';
			more.textContent = `Show ${Math.min(PAGE_SIZE, results.length - start - PAGE_SIZE)} more`;
			more.addEventListener('click', () => void showFrom(results, start + PAGE_SIZE, mine));
			output.append(more);
		}
	};

	const params = new URLSearchParams(location.search);
	for (const element of form.elements) {
		if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) continue;
		const wanted = params.get(element.name);
		if (wanted !== null) element.value = wanted;
	}
	// Results follow the words as they are typed; a later keystroke, Enter or a changed filter cancels the pending
	// search, so each runs once.
	let pending: ReturnType<typeof setTimeout> | undefined;
	const searchNow = () => {
		clearTimeout(pending);
		void search();
	};
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		searchNow();
	});
	form.addEventListener('change', searchNow);
	const words = form.querySelector('input[name="q"]');
	words?.addEventListener('focus', () => void load(), { once: true });
	words?.addEventListener('input', () => {
		clearTimeout(pending);
		pending = setTimeout(() => void search(), TYPING_PAUSE_MS);
	});
	if (params.size > 0) void search();
}

function resultItem(result: PagefindResult): HTMLElement {
	const item = document.createElement('li');
	const heading = document.createElement('h2');
	const link = document.createElement('a');
	link.href = result.url;
	link.textContent = result.meta.title ?? result.url;
	heading.append(link);
	const meta = document.createElement('p');
	meta.className = 'meta';
	const status = document.createElement('strong');
	status.className = 'search-verdict';
	status.textContent = result.meta.status ?? '';
	const about = [
		result.meta.claimant && `by ${result.meta.claimant}`,
		result.meta.said && `said ${result.meta.said}`,
	].filter(Boolean);
	meta.append(status, ...(about.length > 0 ? [` · ${about.join(' · ')}`] : []));
	const excerpt = document.createElement('p');
	excerpt.append(...highlighted(result.excerpt));
	item.append(heading, meta);
	if (result.meta.figures) {
		const figures = document.createElement('p');
		figures.className = 'search-figures';
		figures.textContent = `Figures: ${result.meta.figures}`;
		item.append(figures);
	}
	item.append(excerpt);
	return item;
}

/** Pagefind's excerpt as text nodes and `<mark>` elements: its only markup is the highlight. */
function highlighted(excerpt: string): Node[] {
	return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
		const marked = /^<mark>(.*)<\/mark>$/.exec(part);
		const text = decode(marked ? marked[1]! : part);
		if (!marked) return document.createTextNode(text);
		const mark = document.createElement('mark');
		mark.textContent = text;
		return mark;
	});
}

// A textarea reads entities as text and keeps the spaces at the ends, which a parsed document would drop.
function decode(text: string): string {
	const area = document.createElement('textarea');
	area.innerHTML = text;
	return area.value;
}
