import type { VerdictKey } from './verdict-keys.ts';

/** One part of a stacked status bar: its share of the whole, as a start and a width in percent. */
export interface StatusSegment {
	status: VerdictKey;
	count: number;
	x: number;
	width: number;
}

/** The non-empty counts laid end to end across 100 units, in the order given (the scale's order). */
export function statusSegments(
	counts: ReadonlyArray<{ status: VerdictKey; count: number }>
): StatusSegment[] {
	const total = counts.reduce((sum, { count }) => sum + count, 0);
	if (total === 0) return [];
	let x = 0;
	return counts
		.filter(({ count }) => count > 0)
		.map(({ status, count }) => {
			const width = (count / total) * 100;
			const segment = { status, count, x, width };
			x += width;
			return segment;
		});
}

/** The counts in words, for a screen reader and for anyone who cannot tell the colours apart: "3 confirmed, 1 refuted". */
export function statusCountWords(
	segments: readonly StatusSegment[],
	label: (status: VerdictKey) => string
): string {
	return segments.map(({ status, count }) => `${count} ${label(status)}`).join(', ');
}
