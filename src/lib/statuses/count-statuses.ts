import type { ClaimRecord } from '../site/records.ts';
import { STATUSES, type Status } from './statuses.ts';

/** How many claims have each status, every status listed (zero included), in scale order. */
export function countStatuses(
	claims: readonly ClaimRecord[]
): Array<{ status: Status; count: number }> {
	return STATUSES.map((status) => ({
		status,
		count: claims.filter((claim) => claim.data.status === status).length,
	}));
}
