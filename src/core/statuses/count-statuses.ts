import { isRated } from '../claims/verdict.ts';
import type { ClaimRecord } from '../schemas/records.ts';
import { STATUSES, type Status } from './statuses.ts';

/**
 * How many facts and predictions have each status, every status listed (zero included), in scale order. Opinions are
 * not rated, so they are not counted here.
 */
export function countStatuses(
	claims: readonly ClaimRecord[]
): Array<{ status: Status; count: number }> {
	const rated = claims.filter(isRated);
	return STATUSES.map((status) => ({
		status,
		count: rated.filter((claim) => claim.data.status === status).length,
	}));
}
