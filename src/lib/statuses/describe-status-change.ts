import type { Status } from './statuses.ts';

/** The words before the new status in a history line: "recorded as", "stays", or "claimed →". */
export function describeStatusChange(from: Status | undefined, to: Status): string {
	if (from === undefined) return 'recorded as';
	if (from === to) return 'stays';
	return `${from} →`;
}
