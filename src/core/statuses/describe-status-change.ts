import type { Status } from './statuses.ts';

/** The words before the new status in a history line: "recorded as" for the first entry, else "claimed →". */
export function describeStatusChange(from: Status | undefined): string {
	return from === undefined ? 'recorded as' : `${from} →`;
}
