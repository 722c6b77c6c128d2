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

/** A number in a claim: what was counted and how precisely it was stated. */
export interface Figure {
	/** The stated number; null for ranges and vague bands, which are described by min and max alone. */
	value: number | null;
	/** What is counted, in the source's words: "troops", "special operation forces", "rounds". */
	unit: string;
	qualifier: FigureQualifier;
	min?: number | undefined;
	max?: number | undefined;
}
