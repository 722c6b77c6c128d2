/** A value axis from 0 to a round maximum, with its ticks, mapped onto pixels. */
export interface LinearScale {
	/** The top of the axis: a round number at or above the largest value. */
	max: number;
	/** 4 to 6 evenly spaced values from 0 to max, both included. */
	ticks: number[];
	/** The pixel position of a value. */
	toPixel: (value: number) => number;
}

// Own code rather than d3-scale: its nice() steps by 1, 2 or 5 only, and counts of people read better with 2.5 too.
/**
 * A scale from 0 up to the tightest round maximum (a multiple of 1, 2, 2.5 or 5 times a power of ten) that holds
 * `largest` in 3 to 5 equal steps; `bottom` and `top` are the pixels of 0 and of the maximum. Steps are whole numbers,
 * since what is counted is people and rounds.
 */
export function linearScale(largest: number, bottom: number, top: number): LinearScale {
	const { step, steps } = niceStep(Math.max(largest, 0));
	const max = step * steps;
	return {
		max,
		ticks: Array.from({ length: steps + 1 }, (_, index) => index * step),
		toPixel: (value) => bottom + (value / max) * (top - bottom),
	};
}

const MULTIPLES = [1, 2, 2.5, 5];
const FEWEST_STEPS = 3;
const MOST_STEPS = 5;

function niceStep(largest: number): { step: number; steps: number } {
	const candidates = [];
	for (let power = 1; power <= Math.max(largest, 1) * 10; power *= 10) {
		for (const multiple of MULTIPLES) {
			const step = multiple * power;
			const steps = Math.max(Math.ceil(largest / step), FEWEST_STEPS);
			if (Number.isInteger(step) && steps <= MOST_STEPS) candidates.push({ step, steps });
		}
	}
	// Between equally tight maxima, fewer ticks read more easily.
	return candidates.sort((a, b) => a.step * a.steps - b.step * b.steps || a.steps - b.steps)[0]!;
}
