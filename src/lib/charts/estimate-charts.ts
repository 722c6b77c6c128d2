/** One chart of the figures page: which claims and figures it plots, and how the page names it. */
export interface EstimateChart {
	/** The section's anchor on the page, and the prefix of the chart's element ids. */
	id: string;
	heading: string;
	/** What the y axis counts, in a word or two: "troops". */
	axisLabel: string;
	/** Only claims with this topic are plotted. */
	topic: string;
	/** A figure of such a claim is plotted when its unit matches (percentages never are). */
	unit: RegExp;
	/** What the estimates differ in counting, said before the chart. */
	note: string;
}

/** The charts of the figures page, in page order. */
export const ESTIMATE_CHARTS: readonly EstimateChart[] = [
	{
		id: 'troops',
		heading: 'Troops',
		axisLabel: 'troops',
		topic: 'troop-numbers',
		unit: /\b(troops?|soldiers?|forces|personnel|servicem[ae]n)\b/i,
		note: 'The estimates count different things: troops in Russia, in the Kursk region or at the front, special forces or all units, deployed so far or planned in total.',
	},
	{
		id: 'ammunition',
		heading: 'Ammunition',
		axisLabel: 'rounds',
		topic: 'ammunition',
		unit: /\b(rounds?|shells?)\b/i,
		note: 'The estimates count different things: rounds shipped, promised or fired, of one calibre or of all, over different periods.',
	},
	{
		id: 'casualties',
		heading: 'Casualties',
		axisLabel: 'people',
		topic: 'casualties',
		unit: /\b(casualt(y|ies)|killed|dead|wounded)\b/i,
		note: 'The estimates count different things: killed, wounded or both, in one battle, one region or the whole war.',
	},
];
