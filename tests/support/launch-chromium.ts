import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags that keep headless Chromium from reaching out to the network or needing a sandbox. */
const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
];

/**
 * Launches headless Chromium: the system's (`CHROMIUM_PATH`, else /usr/bin/chromium) when there is one, otherwise
 * the build that the npm package @sparticuz/chromium carries inside itself, so no browser is ever downloaded.
 */
export async function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: await chromiumPath(), headless: true, args: ARGS });
}

/** The Chromium the tests use: the system's, else @sparticuz/chromium's. */
export async function chromiumPath(): Promise<string> {
	const system = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
	if (existsSync(system)) return system;
	const { default: packaged } = await import('@sparticuz/chromium');
	return packaged.executablePath();
}
