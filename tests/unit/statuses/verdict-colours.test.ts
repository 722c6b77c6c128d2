import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	customProperty,
	schemeBlocks,
	verdictColours,
	verdictColoursFrom,
} from '../../../src/site/statuses/verdict-colours.ts';
import { VERDICT_KEYS } from '../../../src/core/statuses/verdict-keys.ts';

const css = readFileSync('src/styles/tokens.css', 'utf8');
const { light, dark } = schemeBlocks(css);

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
	it('reads a colour for every verdict from the stylesheet, in both schemes', () => {
		for (const key of VERDICT_KEYS) {
			expect(verdictColours()[key].light, key).toMatch(/^#[0-9a-f]{6}$/);
			expect(verdictColours()[key].dark, key).toMatch(/^#[0-9a-f]{6}$/);
		}
		expect(verdictColours().confirmed).toEqual({
			light: customProperty(light, 'confirmed'),
			dark: customProperty(dark, 'confirmed'),
		});
	});

	it('names the verdict and the scheme when the stylesheet lacks a colour', () => {
		expect(() => verdictColoursFrom(css.replace(/--refuted: #[0-9a-f]{6};/, ''))).toThrow(
			'the light scheme declares no --refuted'
		);
	});

	it('reaches 4.5:1 against the background and the verdict box in both schemes', () => {
		for (const [block, scheme] of [
			[light, 'light'],
			[dark, 'dark'],
		] as const) {
			for (const surface of ['background', 'surface']) {
				const behind = customProperty(block, surface)!;
				for (const key of VERDICT_KEYS) {
					expect(
						contrast(verdictColours()[key][scheme], behind),
						`${key} on ${surface}, ${scheme}`
					).toBeGreaterThanOrEqual(4.5);
				}
			}
		}
	});
});
