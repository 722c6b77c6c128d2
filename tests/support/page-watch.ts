import type { Page } from 'playwright-core';

/** What a page did that it must not: requests to other origins, dialogs, CSP violations, script errors. */
export interface PageWatch {
	foreignRequests: string[];
	dialogs: string[];
	cspViolations: string[];
	errors: string[];
}

/**
 * Starts recording, before the page loads, everything that would show content running script or reaching out:
 * requests off the site's origin (blocked, not just noted), dialogs, Content-Security-Policy violations and errors.
 */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
	const watch: PageWatch = { foreignRequests: [], dialogs: [], cspViolations: [], errors: [] };
	await page.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
		watch.foreignRequests.push(url);
		return route.abort();
	});
	page.on('dialog', (dialog) => {
		watch.dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	page.on('pageerror', (error) => watch.errors.push(error.message));
	await page.exposeFunction('__reportCspViolation', (text: string) =>
		watch.cspViolations.push(text)
	);
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(
				`${event.violatedDirective}: ${event.blockedURI}`
			);
		});
	});
	return watch;
}
