import type { VerdictKey } from '../../core/statuses/verdict-keys.ts';

const ring = '<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/>';

/**
 * A distinct shape per verdict, as SVG markup in a 16 × 16 box drawn in `currentColor`, so a status never relies on
 * colour alone: the badges and the timeline's status-change marks draw the same shapes.
 */
export const STATUS_SHAPES: Record<VerdictKey, string> = {
	claimed: ring,
	corroborated: `${ring}<path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor"/>`,
	confirmed:
		'<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="Canvas" stroke-width="2"/>',
	mixed: `${ring}<path d="M8 8V2a6 6 0 0 1 6 6zM8 8v6a6 6 0 0 1-6-6z" fill="currentColor"/>`,
	disputed:
		'<path d="M8 1.5l7 12.5H1z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/><path d="M8 6v4M8 11.5v1.2" stroke="currentColor" stroke-width="1.8"/>',
	refuted:
		'<path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/>',
	outdated: `${ring}<path d="M8 4.5V8l2.6 1.8" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
	withdrawn: `${ring}<path d="M3.8 12.2l8.4-8.4" stroke="currentColor" stroke-width="2"/>`,
	'not-rated':
		'<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="2.6 2.1"/>',
};
