import { compareFuzzyDates, endsBefore } from '../../dates/date-order.ts';
import { toFuzzyDate } from '../../dates/fuzzy-date.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';
import { EVIDENCE_BEARINGS } from '../../claims/evidence-bearings.ts';
import { anyOf } from '../../text/word-list.ts';

/**
 * A claim's status history holds only changes, oldest first, none before the claim was made, and its current status
 * is the last entry's.
 */
export function checkStatusHistory(content: ParsedContent): Problem[] {
	const problems: Problem[] = [];
	for (const { file, data } of content.claims) {
		const history = data.statusHistory;
		const first = history[0];
		if (first && endsBefore(first.date, data.claimed)) {
			problems.push({
				file,
				field: 'statusHistory[0].date',
				message: `${first.date} is before the claim was made (claimed: ${data.claimed}) — a claim takes its first status when it is made: use ${data.claimed}, and cite the earlier report as its source`,
			});
		}
		for (let index = 1; index < history.length; index++) {
			const previous = history[index - 1]!;
			const current = history[index]!;
			if (compareFuzzyDates(toFuzzyDate(current.date), toFuzzyDate(previous.date)) < 0) {
				problems.push({
					file,
					field: `statusHistory[${index}].date`,
					message: `${current.date} is earlier than the entry before it (${previous.date}) — list the entries oldest first`,
				});
			}
			if (current.status === previous.status) {
				problems.push({
					file,
					field: `statusHistory[${index}].status`,
					message: `is "${current.status}", the same as the entry before it — the history holds only changes: move this report to evidence (with bearing ${anyOf(EVIDENCE_BEARINGS)}), or remove it`,
				});
			}
		}
		const last = history.at(-1);
		if (last && data.status !== undefined && last.status !== data.status) {
			problems.push({
				file,
				field: 'status',
				message: `is "${data.status}" but the last statusHistory entry says "${last.status}" — set status to the last entry's status, or add a dated entry for the change`,
			});
		}
	}
	return problems;
}
