import { compareFuzzyDates, dateSortKey, endsBefore } from '../../dates/date-order.ts';
import { toFuzzyDate } from '../../dates/fuzzy-date.ts';
import type { EvidenceBearing } from '../../claims/evidence-bearings.ts';
import { CONTRADICTED_STATUSES, SUPPORTED_STATUSES, type Status } from '../../statuses/statuses.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/**
 * A claim's evidence log holds later reports, oldest first, like its status history, and none that should have been
 * a status change: a report that bears the claim out (or against it) while it still stood at a weaker status, before
 * a later change that says as much, is the change.
 */
export function checkEvidenceLog(content: ParsedContent): Problem[] {
	const problems: Problem[] = [...content.claims.flatMap(evidenceBeforeItsChange)];
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

/** Which later changes a bearing would have made, from which statuses: support corroborates, contrary evidence disputes. */
const WOULD_CHANGE: Partial<
	Record<EvidenceBearing, { from: readonly Status[]; to: readonly Status[] }>
> = {
	supports: { from: ['claimed'], to: SUPPORTED_STATUSES },
	contradicts: { from: ['claimed', 'corroborated'], to: CONTRADICTED_STATUSES },
};

function evidenceBeforeItsChange({ file, data }: ParsedContent['claims'][number]): Problem[] {
	const history = data.statusHistory.map((change) => ({
		...change,
		day: dateSortKey(toFuzzyDate(change.date)),
	}));
	return data.evidence.flatMap((entry, index): Problem[] => {
		const rule = WOULD_CHANGE[entry.bearing];
		if (!rule) return [];
		const day = dateSortKey(toFuzzyDate(entry.date));
		const standing = history.filter((change) => change.day <= day).at(-1)?.status;
		const later = history.find((change) => change.day > day && rule.to.includes(change.status));
		if (standing === undefined || !rule.from.includes(standing) || !later) return [];
		return [
			{
				file,
				field: `evidence[${index}]`,
				message: `${entry.bearing} the claim on ${entry.date}, while it was ${standing}, before the change to ${later.status} on ${later.date} — if this report made the claim ${later.status}, make it that change (its date, source and note); if it did not, say why in its note and give it bearing context`,
			},
		];
	});
}
