import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';
import { builtPages } from '../support/built-site.ts';

/**
 * Every map the site draws, read as a reader sees it (issue 24): measured in the browser at a phone's and a desktop's
 * width, with the system font, because a label's real width is known only once it is drawn.
 */
const session = useBrowserSession();
const WIDTHS = [375, 1280];

// One page for each distinct drawing: thousands of claim pages share a handful of maps.
const MAP_PATTERN = /<svg class="map map--[\s\S]*?<\/svg>/g;
const pagesByMap = new Map<string, string>();
for (const { path, file } of builtPages()) {
	for (const [svg] of readFileSync(file, 'utf8').matchAll(MAP_PATTERN)) {
		const key = createHash('sha256').update(svg).digest('hex');
		if (!pagesByMap.has(key)) pagesByMap.set(key, path);
	}
}
const mapPages = [...new Set(pagesByMap.values())];

interface Drawn {
	text: string;
	left: number;
	top: number;
	right: number;
	bottom: number;
}

interface MapReading {
	labels: Drawn[];
	dots: Drawn[];
}

/** The labels and dots of every map drawing on the page that is shown at this width, in screen pixels. */
async function readMaps(path: string, width: number): Promise<MapReading[]> {
	const context = await session.browser.newContext({ viewport: { width, height: 900 } });
	try {
		const page = await context.newPage();
		await page.goto(`${session.origin}${path}`);
		return await page.evaluate(() => {
			const box = (element: Element, text: string) => {
				const { left, top, right, bottom } = element.getBoundingClientRect();
				return { text, left, top, right, bottom };
			};
			return [...document.querySelectorAll<SVGSVGElement>('svg.map')]
				.filter((svg) => svg.getBoundingClientRect().width > 0)
				.map((svg) => ({
					labels: [...svg.querySelectorAll('text')].map((text) =>
						box(text, text.textContent ?? '')
					),
					dots: [...svg.querySelectorAll('.map-mark')].flatMap((mark) => {
						const dot = mark.querySelector('circle');
						return dot ? [box(dot, mark.querySelector('text')?.textContent ?? '')] : [];
					}),
				}));
		});
	} finally {
		await context.close();
	}
}

/** How much two boxes share, in pixels each way; touching is fine, half a pixel is rounding. */
function overlap(a: Drawn, b: Drawn): boolean {
	const TOLERANCE = 0.5;
	return (
		Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE &&
		Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE
	);
}

describe('the maps', () => {
	it('are found in the built site', () => {
		// The map of every place, its phone drawings, and locator maps on place and claim pages.
		expect(pagesByMap.size).toBeGreaterThanOrEqual(10);
	});

	it.each(WIDTHS)('never let two labels, or a label and a dot, overlap at %i px', async (width) => {
		const clashes: string[] = [];
		let measured = 0;
		for (const path of mapPages) {
			for (const { labels, dots } of await readMaps(path, width)) {
				measured += labels.length;
				labels.forEach((label, index) => {
					for (const other of labels.slice(index + 1))
						if (overlap(label, other)) clashes.push(`${path}: "${label.text}" on "${other.text}"`);
					for (const dot of dots)
						if (dot.text !== label.text && overlap(label, dot))
							clashes.push(`${path}: "${label.text}" on the dot of "${dot.text}"`);
				});
			}
		}
		expect(measured).toBeGreaterThan(mapPages.length);
		expect(clashes).toEqual([]);
	});
});
