import { compareFuzzyDates, endsBefore } from '../../dates/date-order.ts';
import { toFuzzyDate } from '../../dates/fuzzy-date.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/** A claim's evidence log holds later reports, oldest first, like its status history. */
export function checkEvidenceLog(content: ParsedContent): Problem[] {
	const problems: Problem[] = [];
	for (const { file, data } of content.claims) {
		data.evidence.forEach((entry, index) => {
			if (!endsBefore(entry.date, data.claimed)) return;
			problems.push({
				file,
				field: `evidence[${index}].date`,
				message: `${entry.date} is before the claim was made (claimed: ${data.claimed}) — the evidence log holds later reports; say what earlier reports showed in the note of the first status change, or for an opinion in the editor's note`,
			});
		});
		for (let index = 1; index < data.evidence.length; index++) {
			const previous = data.evidence[index - 1]!;
			const current = data.evidence[index]!;
			if (compareFuzzyDates(toFuzzyDate(current.date), toFuzzyDate(previous.date)) < 0) {
				problems.push({
					file,
					field: `evidence[${index}].date`,
					message: `${current.date} is earlier than the entry before it (${previous.date}) — list the evidence oldest first`,
				});
			}
		}
	}
	return problems;
}
