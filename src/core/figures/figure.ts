/** How a figure's number is qualified in the source. */
export const FIGURE_QUALIFIERS = [
	'exact',
	'about',
	'nearly',
	'at-least',
	'more-than',
	'up-to',
	'range',
	'vague',
] as const;

export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/** Qualifiers of a band (min–max) rather than one stated number. */
export const BANDED_QUALIFIERS: readonly FigureQualifier[] = ['range', 'vague'];
