import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { formatContentFile, parseContentFile } from '../../src/core/yaml/content-layout.ts';
import { validateContent } from '../../src/core/validation/validate-content.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import { watchPage, type PageWatch } from '../support/page-watch.ts';
import { saveScreenshot, waitForPaint } from '../support/screenshots.ts';

const session = useBrowserSession();
/** As long as a Playwright action waits for its element: a state the app reaches is waited for that long. */
const ACTION_TIMEOUT = 30_000;

const CLAIM = 'austin-troops-in-russian-uniforms-heading-to-kursk';
const CLAIM_FILE = `content/claims/${CLAIM}.md`;
const NEW_CLAIM = 'nis-about-1-500-more-troops-arrive-in-vladivostok';
const NEW_STATUS_CHANGE = {
	date: '2025-04-26',
	status: 'confirmed',
	note: "Russia's General Staff acknowledged that North Korean soldiers had fought in Kursk region.",
	source: 'nk-news-2025-04-26-russia-confirms-involvement',
};
const NEW_EVIDENCE = {
	date: '2025-06-17',
	source: 'ukrainska-pravda-2025-06-17-shoigu-sappers-builders',
	bearing: 'context',
	note: "Russia's Security Council secretary said North Korea would send sappers and military builders to Kursk region.",
};

/** The UI labels the walkthrough in EDITING.md tells an editor to use, in the order its steps use them. */
const walkthrough =
	/To record that a report changed a claim's status, step by step:([\s\S]*?)\nThen run/.exec(
		readFileSync('EDITING.md', 'utf8')
	)![1]!;
const GUIDE_LABELS = [...walkthrough.matchAll(/\*\*(.+?)\*\*/g)].map((match) => match[1]!);
const usedLabels: string[] = [];

/** An accessible name as Sveltia writes it (words may be wrapped in isolation marks, icons add a word before). */
function label(text: string): RegExp {
	usedLabels.push(text);
	const words = text.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`(^|\\W)${words.join('[\\s\\u2068\\u2069]+')}(?!\\w)`);
}

const workFolders: string[] = [];
afterAll(() => {
	for (const folder of workFolders) rmSync(folder, { recursive: true, force: true });
});

/**
 * Opens the admin page with the repository's content/ in the browser's origin-private file system, standing in for
 * the folder an editor would pick, and starts working with it as a local repository.
 */
async function openAdmin(
	overrides: Record<string, string> = {}
): Promise<{ page: Page; watch: PageWatch }> {
	const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
	const watch = await watchPage(page, session.origin);
	await page.addInitScript(() => {
		const picker = async () =>
			(await navigator.storage.getDirectory()).getDirectoryHandle('repository');
		Object.assign(window, { showDirectoryPicker: picker });
	});
	await page.goto(`${session.origin}/admin/`);
	const files = readdirSync('content', { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return { path, text: overrides[path] ?? readFileSync(path, 'utf8') };
		});
	await page.evaluate(async (files) => {
		const repository = await (
			await navigator.storage.getDirectory()
		).getDirectoryHandle('repository', {
			create: true,
		});
		// The local backend accepts only a folder that is a Git repository.
		await repository.getDirectoryHandle('.git', { create: true });
		for (const { path, text } of files) {
			const parts = path.split('/');
			let folder = repository;
			for (const part of parts.slice(0, -1))
				folder = await folder.getDirectoryHandle(part, { create: true });
			const writable = await (
				await folder.getFileHandle(parts.at(-1)!, { create: true })
			).createWritable();
			await writable.write(text);
			await writable.close();
		}
	}, files);
	await page.getByRole('button', { name: label('Work with Local Repository') }).click();
	await page.getByRole('searchbox', { name: /Search for contents/ }).waitFor();
	return { page, watch };
}

async function openClaim(page: Page) {
	await page.getByRole('treeitem', { name: label('Claims') }).click();
	const title = (
		parseContentFile('claims', readFileSync(CLAIM_FILE, 'utf8')).data['title'] as string
	).trim();
	await page
		.getByRole('row', { name: new RegExp(`^\\W*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
		.click();
	await page.getByRole('button', { name: /Add .*Status change/ }).waitFor();
	await editorSettled(page);
}

/**
 * Resolves once the editor's form has run its first updates. A text field starts empty and is filled from the draft
 * by an effect that runs after the field appears (Sveltia's string editor); text typed before that effect runs is
 * overwritten with the draft's value, which for a new claim is nothing. A frame drawn after the form appeared is
 * one drawn after those effects.
 */
async function editorSettled(page: Page) {
	await page.getByRole('textbox', { name: /^Title/ }).waitFor();
	await waitForPaint(page);
}

/**
 * Picks an option from a drop-down as an editor does in a long list: opens it, types the option into its list's
 * filter, chooses the one option left, and waits until the box shows it and its popup has closed. (Clicking an option
 * far down the open list instead can miss: it has to be scrolled into view inside the popup.) `box` finds the picker
 * by its place in the form.
 */
async function choose(page: Page, box: Locator, option: string) {
	// Sveltia draws a picker anew whenever its list of options changes: a click that met an old drawing opens nothing,
	// so the picker on screen is clicked once per drawing until it shows its list (a second click on one drawing would
	// close it again).
	let clicked: string | null = null;
	await expect
		.poll(
			async () => {
				const id = await box.getAttribute('id');
				if (id !== clicked) {
					clicked = id;
					await box.click();
				}
				return (await page.locator(`[id="${id}"]`).getAttribute('aria-expanded')) === 'true';
			},
			{ timeout: ACTION_TIMEOUT }
		)
		.toBe(true);
	const held = page.locator(`[id="${clicked}"]`);
	const filter = page
		.getByRole('searchbox', { name: 'Filter Options' })
		.and(page.locator(`[aria-controls="${clicked}-listbox"]`));
	await filter.fill(option);
	await page
		.locator(`[id="${clicked}-listbox"]`)
		.getByRole('option', { name: option, exact: true })
		.click();
	await expect.poll(() => held.textContent(), { timeout: ACTION_TIMEOUT }).toContain(option);
	// Its popup gone, so the next click reaches the form instead of closing the popup.
	await filter.waitFor({ state: 'hidden' });
}

/**
 * The field of the list item just added: the last of its name once the form has drawn it, which is a moment after
 * the Add button is clicked (until then "the last Date box" is the item before's).
 */
async function newest(locator: Locator, before: number): Promise<Locator> {
	await expect.poll(() => locator.count(), { timeout: ACTION_TIMEOUT }).toBeGreaterThan(before);
	return locator.last();
}

/** The fields a status change, an evidence entry or a citation has, however many of each the form shows. */
function itemFields(page: Page) {
	return {
		date: page.getByRole('textbox', { name: /^Date/ }),
		status: page.getByRole('combobox', { name: /^Status/ }),
		note: page.getByRole('textbox', { name: /^Note/ }),
		source: page.getByRole('combobox', { name: /^Source/ }),
		bearing: page.getByRole('radio', { name: NEW_EVIDENCE.bearing, exact: true }),
		quote: page.getByRole('textbox', { name: /^Quote/ }),
	};
}

/**
 * Clicks an Add button and returns the fields of the new item, each found once the form has drawn it. Sveltia adds
 * an item in steps (it draws it, scrolls to it, then moves the focus to the item's expander button); until the focus
 * has moved, a click on the item's fields can be undone by the scrolling or by the focus leaving an open picker.
 */
async function addItem(page: Page, button: Locator) {
	const fields = itemFields(page);
	const before = Object.fromEntries(
		await Promise.all(
			Object.entries(fields).map(async ([name, field]) => [name, await field.count()] as const)
		)
	) as Record<keyof typeof fields, number>;
	await button.click();
	await expect
		.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-controls') ?? ''), {
			timeout: ACTION_TIMEOUT,
		})
		.toMatch(/-item-\d+-body$/);
	return (name: keyof typeof fields) => newest(fields[name], before[name]);
}

/** The text of a file in the repository the browser is working with. */
function readRepositoryFile(page: Page, path: string): Promise<string> {
	return page.evaluate(async (path) => {
		let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository');
		const parts = path.split('/');
		for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
		return (await (await folder.getFileHandle(parts.at(-1)!)).getFile()).text();
	}, path);
}

/** Adds a status change through the form: date, status, note and source, the way an editor would. */
async function addStatusChange(page: Page, change: typeof NEW_STATUS_CHANGE) {
	const field = await addItem(page, page.getByRole('button', { name: label('Add Status change') }));
	await (await field('date')).fill(change.date);
	await choose(page, await field('status'), change.status);
	await (await field('note')).fill(change.note);
	await choose(page, await field('source'), change.source);
	// The claim's status is its last change's: the first Status box is the claim's own.
	await choose(page, page.getByRole('combobox', { name: label('Status') }).first(), change.status);
}

async function addEvidence(page: Page, entry: typeof NEW_EVIDENCE) {
	const field = await addItem(
		page,
		page.getByRole('button', { name: label('Add Evidence entry') })
	);
	await (await field('date')).fill(entry.date);
	await choose(page, await field('source'), entry.source);
	await (await field('bearing')).click();
	await (await field('note')).fill(entry.note);
}

/** Scrolls the form down, as an editor does with the wheel, until a field Sveltia renders only in view is there. */
async function scrollTo(page: Page, locator: Locator) {
	await page.mouse.move(300, 500);
	await expect
		.poll(async () => {
			if ((await locator.count()) > 0) return true;
			await page.mouse.wheel(0, 1500);
			return false;
		})
		.toBe(true);
	return locator;
}

/** Saves and reads the claim's file back from the browser's file system once the save has written it. */
async function saveAndRead(page: Page, before: string): Promise<string> {
	await page.getByRole('button', { name: label('Save') }).click();
	const read = () => readRepositoryFile(page, CLAIM_FILE);
	await expect.poll(read, { timeout: 10_000 }).not.toBe(before);
	return read();
}

/** A copy of content/ with the saved file in place, as the editor's repository now is. */
function contentWith(saved: string, claim = CLAIM): string {
	const root = mkdtempSync(join(tmpdir(), 'admin-edit-'));
	workFolders.push(root);
	cpSync('content', root, { recursive: true });
	writeFileSync(join(root, 'claims', `${claim}.md`), saved);
	return root;
}

/** Lines of `after` that are not in `before`, and lines of `before` gone from `after` (a line diff, by LCS). */
function lineDiff(before: string, after: string): { added: string[]; removed: string[] } {
	const a = before.split('\n');
	const b = after.split('\n');
	const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--)
		for (let j = b.length - 1; j >= 0; j--)
			lcs[i]![j] =
				a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
	const added: string[] = [];
	const removed: string[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) {
			i++;
			j++;
		} else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!))
			added.push(b[j++]!);
		else removed.push(a[i++]!);
	}
	return { added, removed };
}

describe('the admin page', () => {
	it('updates a claim in the browser: the saved file passes the content check and differs only by the new entries', async () => {
		// The claim as the ingest left it, with its note to the editor: a save keeps the note.
		const before = `---\n# Proposed by the ingest from sentence 7 of the report.\n${readFileSync(CLAIM_FILE, 'utf8').slice(4)}`;
		const { page, watch } = await openAdmin({ [CLAIM_FILE]: before });
		// The list once its entries are in, not the splash screen that fades out before them.
		await page.getByRole('row').nth(3).waitFor();
		await page.getByText('Powered by', { exact: false }).waitFor({ state: 'hidden' });
		await saveScreenshot(page, 'admin-list-1280', { fullPage: false });
		await openClaim(page);
		await addStatusChange(page, NEW_STATUS_CHANGE);
		await addEvidence(page, NEW_EVIDENCE);
		await saveScreenshot(page, 'admin-claim-form-1280', { fullPage: false });
		const saved = await saveAndRead(page, before);

		// Exactly the file an editor would write by hand in the standard layout, with the two entries added.
		const expected = parseContentFile('claims', before);
		const data = expected.data as { status: string; statusHistory: unknown[]; evidence: unknown[] };
		data.status = NEW_STATUS_CHANGE.status;
		data.statusHistory.push(NEW_STATUS_CHANGE);
		data.evidence.push(NEW_EVIDENCE);
		expect(saved).toBe(formatContentFile('claims', expected));
		const { added, removed } = lineDiff(before, saved);
		expect(removed).toEqual(['status: corroborated']);
		expect(added).toEqual([
			'status: confirmed',
			`  - date: "${NEW_STATUS_CHANGE.date}"`,
			`    status: ${NEW_STATUS_CHANGE.status}`,
			`    note: "${NEW_STATUS_CHANGE.note}"`,
			`    source: ${NEW_STATUS_CHANGE.source}`,
			`  - date: "${NEW_EVIDENCE.date}"`,
			`    source: ${NEW_EVIDENCE.source}`,
			`    bearing: ${NEW_EVIDENCE.bearing}`,
			`    note: "${NEW_EVIDENCE.note}"`,
		]);

		expect(validateContent(contentWith(saved)).problems).toEqual([]);
		// The walkthrough in EDITING.md names exactly the buttons and fields this test used, in that order.
		expect(GUIDE_LABELS.length).toBeGreaterThan(4);
		expect(usedLabels).toEqual(GUIDE_LABELS);
		expect(watch.foreignRequests).toEqual([]);
		expect(watch.cspViolations).toEqual([]);
		expect(watch.errors).toEqual([]);
		await page.close();
	});

	it('saves what the form cannot judge, and npm run check then names the file and the field', async () => {
		const { page } = await openAdmin();
		const before = readFileSync(CLAIM_FILE, 'utf8');
		await openClaim(page);
		// A date after today passes the form's EDTF pattern; only the content check knows what today is.
		await addStatusChange(page, { ...NEW_STATUS_CHANGE, date: '2099-01-05' });
		const saved = await saveAndRead(page, before);
		await page.close();
		const check = (saved: string) => {
			const root = contentWith(saved);
			const result = spawnSync('npm', ['run', '-s', 'check'], {
				encoding: 'utf8',
				env: { ...process.env, CLAIMS_CONTENT_DIR: root },
				// A check that hangs fails the test in a minute instead of stalling the suite.
				timeout: 60_000,
			});
			expect(result.status).toBe(1);
			return result.stderr.replaceAll(root, 'content');
		};
		expect(check(saved)).toContain(
			`content/claims/${CLAIM}.md: statusHistory[1].date: 2099-01-05 is after today — it has not happened yet`
		);
		// A status typo cannot be made in the form (it offers only the scale), so it is made as a text editor would.
		const typo = saved.replace('status: corroborated\n    note:', 'status: corroborted\n    note:');
		expect(typo).not.toBe(saved);
		expect(check(typo)).toContain(
			`content/claims/${CLAIM}.md: statusHistory[0].status: "corroborted" is not allowed — use one of:`
		);
	});
	/** Fills in a new fact claimed by the NIS, cited to the seed article, and saves it. */
	async function createClaim(page: Page, title: string) {
		await page.getByRole('treeitem', { name: /Claims/ }).click();
		await page.getByRole('button', { name: /New/ }).first().click();
		await editorSettled(page);
		await page.getByRole('textbox', { name: /^Title/ }).fill(title);
		await page
			.getByRole('textbox', { name: /^Statement/ })
			.fill(`${title}, says South Korea's spy agency.`);
		await page.getByRole('radio', { name: 'fact', exact: true }).click();
		await choose(
			page,
			page.getByRole('combobox', { name: /^Claimant/ }),
			'National Intelligence Service (South Korea)'
		);
		await page.getByRole('textbox', { name: /^Claimed/ }).fill('2024-10-18');
		await addStatusChange(page, {
			date: '2024-10-18',
			status: 'claimed',
			note: 'As the NIS said it.',
			source: 'guardian-2024-10-18-north-korean-troops-russia',
		});
		const addCitation = await scrollTo(page, page.getByRole('button', { name: /Add\W+Citation/ }));
		const field = await addItem(page, addCitation.last());
		await choose(page, await field('source'), 'guardian-2024-10-18-north-korean-troops-russia');
		await (
			await field('quote')
		).fill(
			'Russian navy ships transferred 1,500 North Korean special operation forces to the port city of Vladivostok'
		);
		const kept = await page.getByRole('textbox', { name: /^Title/ }).inputValue();
		// The form as it stood, for whoever reads a failure here.
		if (kept !== title)
			await saveScreenshot(page, 'admin-new-claim-title-lost', { fullPage: false });
		expect(kept).toBe(title);
		await page.getByRole('button', { name: 'Save', exact: true }).click();
	}

	/** The claim files in the repository the browser is working with. */
	function claimFiles(page: Page): Promise<string[]> {
		return page.evaluate(async () => {
			const repository = await (
				await navigator.storage.getDirectory()
			).getDirectoryHandle('repository');
			const claims = await (
				await repository.getDirectoryHandle('content')
			).getDirectoryHandle('claims');
			const names: string[] = [];
			for await (const name of (claims as unknown as { keys(): AsyncIterable<string> }).keys())
				names.push(name);
			return names;
		});
	}

	it('names a new claim by its title in kebab-case, and the saved file passes the content check', async () => {
		const { page, watch } = await openAdmin();
		const before = await claimFiles(page);
		await createClaim(page, 'NIS: About 1,500 more troops arrive in Vladivostok');
		await expect.poll(() => claimFiles(page), { timeout: 10_000 }).toContain(`${NEW_CLAIM}.md`);
		const created = await readRepositoryFile(page, `content/claims/${NEW_CLAIM}.md`);
		expect(validateContent(contentWith(created, NEW_CLAIM)).problems).toEqual([]);
		expect((await claimFiles(page)).length).toBe(before.length + 1);
		expect(watch.dialogs).toEqual([]);
		await page.close();
	});

	// A form opened in the app right after a save is drawn again a moment later (the app re-reads its collections),
	// which can swallow what is typed into it; each claim is therefore made in a freshly opened admin page.
	it('refuses to save a new claim under an id the site once published for another claim', async () => {
		const { page, watch } = await openAdmin();
		const before = await claimFiles(page);
		const retired = 'nis-troops-given-russian-uniforms-and-weapons';
		await createClaim(page, 'NIS: Troops given Russian uniforms and weapons');
		await expect
			.poll(() => watch.dialogs, { timeout: 10_000 })
			.toEqual([
				expect.stringMatching(
					/^Not saved\. The address \/claims\/nis-troops-given-russian-uniforms-and-weapons\/ once belonged to another claim/
				),
			]);
		expect(await claimFiles(page)).not.toContain(`${retired}.md`);
		expect(await claimFiles(page)).toEqual(before);
		await page.close();
	});
});
