import { readFileSync } from 'node:fs';
import { VERDICT_KEYS, type VerdictKey } from '../../core/statuses/verdict-keys.ts';

/** The site's stylesheet: the one place the verdict colours are written, as custom properties (`--confirmed`). */
const STYLESHEET = new URL('../../styles/tokens.css', import.meta.url);

/** The stylesheet's colour schemes: its first `:root` block, and the one under `prefers-color-scheme: dark`. */
export function schemeBlocks(css: string): { light: string; dark: string } {
	const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
	if (light === undefined || dark === undefined)
		throw new Error(
			'tokens.css: no "@media (prefers-color-scheme: dark)" block for the dark colours'
		);
	return { light, dark };
}

/** A `#rrggbb` custom property of one scheme block; undefined when the block does not declare it. */
export function customProperty(block: string, name: string): string | undefined {
	return new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`).exec(block)?.[1];
}

/** Each verdict's colour in both schemes, as the stylesheet declares them; throws naming one it does not. */
export function verdictColoursFrom(
	css: string
): Record<VerdictKey, { light: string; dark: string }> {
	const blocks = schemeBlocks(css);
	return Object.fromEntries(
		VERDICT_KEYS.map((key) => {
			const [light, dark] = (['light', 'dark'] as const).map((scheme) => {
				const colour = customProperty(blocks[scheme], key);
				if (!colour)
					throw new Error(`tokens.css: the ${scheme} scheme declares no --${key}: #rrggbb; colour`);
				return colour;
			});
			return [key, { light: light!, dark: dark! }];
		})
	) as Record<VerdictKey, { light: string; dark: string }>;
}

let colours: Record<VerdictKey, { light: string; dark: string }> | undefined;

/**
 * Each verdict's colour in the light and dark schemes, for what is drawn outside the stylesheet (share cards). Read
 * on first use, not on import: pages import this module's neighbours from a bundle where the stylesheet's path
 * does not exist.
 */
export function verdictColours(): Record<VerdictKey, { light: string; dark: string }> {
	colours ??= verdictColoursFrom(readFileSync(STYLESHEET, 'utf8'));
	return colours;
}
