import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERDICT_COLOURS } from '../../../src/lib/statuses/verdict-colours.ts';
import { VERDICT_KEYS } from '../../../src/lib/statuses/verdict-keys.ts';

const css = readFileSync('src/styles/global.css', 'utf8');
const [light, dark] = css.split('@media (prefers-color-scheme: dark)');

/** The value of a custom property in one block of the stylesheet. */
function property(block: string, name: string): string | undefined {
	return new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`).exec(block)?.[1];
}

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(one: string, other: string): number {
	const luminance = (hex: string) => {
		const [r, g, b] = [1, 3, 5].map((start) => {
			const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
			return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const [high, low] = [luminance(one), luminance(other)].sort((a, b) => b - a);
	return (high! + 0.05) / (low! + 0.05);
}

describe('verdict colours', () => {
	it('has a colour for every verdict, and the stylesheet declares the same ones in both schemes', () => {
		for (const key of VERDICT_KEYS) {
			expect(property(light!, key), key).toBe(VERDICT_COLOURS[key].light);
			expect(property(dark!, key), key).toBe(VERDICT_COLOURS[key].dark);
		}
	});

	it('reaches 4.5:1 against the background and the verdict box in both schemes', () => {
		for (const [block, scheme] of [
			[light!, 'light'],
			[dark!, 'dark'],
		] as const) {
			for (const surface of ['background', 'surface']) {
				const behind = property(block, surface)!;
				for (const key of VERDICT_KEYS) {
					expect(
						contrast(VERDICT_COLOURS[key][scheme], behind),
						`${key} on ${surface}, ${scheme}`
					).toBeGreaterThanOrEqual(4.5);
				}
			}
		}
	});
});
