import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './launch-chromium.ts';
import { serveDist, type DistServer } from './serve-dist.ts';

/** A served site and a running Chromium, shared by the tests of one file. */
export interface BrowserSession {
	browser: Browser;
	origin: string;
}

/**
 * Starts the server and browser before a test file's tests and stops them after. By default it serves the built
 * dist/; `prepareSite` may build another site first and return its folder.
 */
export function useBrowserSession(prepareSite?: () => Promise<string> | string): BrowserSession {
	const session = {} as BrowserSession;
	let server: DistServer | undefined;
	beforeAll(async () => {
		server = await serveDist(prepareSite ? await prepareSite() : undefined);
		session.origin = server.origin;
		session.browser = await launchChromium();
	});
	afterAll(async () => {
		await session.browser?.close();
		await server?.close();
	});
	return session;
}
