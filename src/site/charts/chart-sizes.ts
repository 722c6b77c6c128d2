import type { ChartSize } from './chart-layout.ts';

/**
 * The two drawings of every chart: one for phones, one for wider screens. Text in an SVG scales with it, so one
 * drawing cannot keep its labels readable at both 320 and 700 pixels; the stylesheet shows the one that fits.
 */
export const CHART_SIZES: Readonly<Record<'compact' | 'wide', ChartSize>> = {
	compact: { width: 320, height: 250, fontSize: 12, maxTimeTicks: 5 },
	wide: { width: 960, height: 440, fontSize: 14, maxTimeTicks: 10 },
};
