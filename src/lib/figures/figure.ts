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
