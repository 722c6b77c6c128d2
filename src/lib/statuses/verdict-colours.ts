import type { VerdictKey } from './verdict-keys.ts';

/**
 * Each verdict's colour in the light and dark schemes, each reaching 4.5:1 on its background. src/styles/global.css
 * declares the same values as custom properties (--claimed …); a unit test keeps the two in step.
 */
export const VERDICT_COLOURS: Record<VerdictKey, { light: string; dark: string }> = {
	claimed: { light: '#4b5563', dark: '#c2c8d0' },
	corroborated: { light: '#0e7490', dark: '#67d4e8' },
	confirmed: { light: '#15803d', dark: '#6ee7a0' },
	mixed: { light: '#a21caf', dark: '#f0abfc' },
	disputed: { light: '#b45309', dark: '#fbbf5a' },
	refuted: { light: '#b91c1c', dark: '#fca5a5' },
	outdated: { light: '#78350f', dark: '#e7c08f' },
	withdrawn: { light: '#6b21a8', dark: '#d8b4fe' },
	'not-rated': { light: '#5a606b', dark: '#a8afb9' },
};
