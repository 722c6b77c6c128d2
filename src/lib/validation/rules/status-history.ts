import { compareFuzzyDates } from '../../dates/date-order.ts';
import { toFuzzyDate } from '../../dates/fuzzy-date.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/** A claim's status history runs oldest first, and its current status is the last entry's. */
export function checkStatusHistory(content: ParsedContent): Problem[] {
	const problems: Problem[] = [];
	for (const { file, data } of content.claims) {
		const history = data.statusHistory;
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
		}
		const last = history.at(-1);
		if (last && last.status !== data.status) {
			problems.push({
				file,
				field: 'status',
				message: `is "${data.status}" but the last statusHistory entry says "${last.status}" — set status to the last entry's status, or add a dated entry for the change`,
			});
		}
	}
	return problems;
}
