import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './launch-chromium.ts';
import { serveDist, type DistServer } from './serve-dist.ts';

/** A served dist/ and a running Chromium, shared by the tests of one file. */
export interface BrowserSession {
	browser: Browser;
	origin: string;
}

/** Starts the server and browser before a test file's tests and stops them after. */
export function useBrowserSession(): BrowserSession {
	const session = {} as BrowserSession;
	let server: DistServer | undefined;
	beforeAll(async () => {
		server = await serveDist();
		session.origin = server.origin;
		session.browser = await launchChromium();
	});
	afterAll(async () => {
		await session.browser?.close();
		await server?.close();
	});
	return session;
}
