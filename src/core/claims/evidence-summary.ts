import { EVIDENCE_BEARINGS, type EvidenceBearing } from './evidence-bearings.ts';

/** Above this many entries the evidence log starts folded, so the page's later sections stay in reach. */
export const EVIDENCE_LOG_OPEN_UP_TO = 3;

/** What one or several reports of each bearing do to the claim, for the log's one-line summary. */
const BEARING_VERBS: Record<EvidenceBearing, [one: string, several: string]> = {
	supports: ['supports it', 'support it'],
	contradicts: ['runs against it', 'run against it'],
	context: ['gives context', 'give context'],
};

/**
 * The evidence log's summary line: how many reports bear on the claim and, when they differ, how —
 * "4 reports bear on this claim without changing its status: 3 support it, 1 runs against it".
 */
export function summariseEvidence(
	bearings: readonly EvidenceBearing[],
	options: { rated: boolean }
): string {
	const count = bearings.length;
	const head = `${count} ${count === 1 ? 'report bears' : 'reports bear'} on this claim${options.rated ? ' without changing its status' : ''}`;
	const tallies = EVIDENCE_BEARINGS.map((bearing) => ({
		bearing,
		count: bearings.filter((each) => each === bearing).length,
	})).filter((tally) => tally.count > 0);
	if (count < 2) return head;
	const parts = tallies.map(
		(tally) => `${tally.count} ${BEARING_VERBS[tally.bearing][tally.count === 1 ? 0 : 1]}`
	);
	return `${head}: ${parts.join(', ')}`;
}
