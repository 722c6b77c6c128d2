import { closest } from 'fastest-levenshtein';
import { nameKey } from '../../claimants/claimant-names.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/**
 * What a figure counts is a measure that exists and is published; a measure's parts and place exist; no two measures
 * share a name (a reader tells charts apart by it) or a headline place; a share is a percentage.
 */
export function checkMeasures(content: ParsedContent): Problem[] {
	return [...checkFigureMeasures(content), ...checkMeasureRecords(content)];
}

function checkFigureMeasures(content: ParsedContent): Problem[] {
	const known = [...content.fileIds.measures];
	const measures = new Map(content.measures.map((measure) => [measure.id, measure]));
	return content.claims.flatMap(({ file, data }) =>
		data.figures.flatMap((figure, index): Problem[] => {
			const field = `figures[${index}].measure`;
			const measure = measures.get(figure.measure);
			if (!content.fileIds.measures.has(figure.measure)) {
				const hint = known.length > 0 ? ` (did you mean "${closest(figure.measure, known)}"?)` : '';
				return [
					{
						file,
						field,
						message: `"${figure.measure}" is not a measure — use the id of a file in content/measures/${hint}, or add one there saying what the number counts`,
					},
				];
			}
			if (!data.draft && measure?.data.draft)
				return [
					{
						file,
						field,
						message: `"${figure.measure}" is a draft measure, so it has no page yet — review it and remove its draft: true, or use another measure`,
					},
				];
			const outside =
				measure?.data.quantity === 'percent' &&
				[figure.value, figure.min, figure.max].some(
					(number) => typeof number === 'number' && (number < 0 || number > 100)
				);
			if (outside)
				return [
					{
						file,
						field: `figures[${index}]`,
						message: `is a share (measure "${figure.measure}" counts percent), so its numbers run from 0 to 100 — give the percentage, or use a measure that counts what the number counts`,
					},
				];
			return [];
		})
	);
}

function checkMeasureRecords(content: ParsedContent): Problem[] {
	const problems: Problem[] = [];
	const byName = new Map<string, string>();
	const byHeadline = new Map<number, string>();
	for (const { id, file, data } of content.measures) {
		data.partOf.forEach((whole, index) => {
			const field = `partOf[${index}]`;
			if (whole === id)
				problems.push({
					file,
					field,
					message: 'is the measure itself — name the measure it is part of',
				});
			else if (!content.fileIds.measures.has(whole))
				problems.push({
					file,
					field,
					message: `"${whole}" is not a measure — use the id of a file in content/measures/`,
				});
		});
		if (wholesOf(id, content).has(id))
			problems.push({
				file,
				field: 'partOf',
				message:
					'leads back to this measure through the measures it is part of — a part cannot contain its whole: remove one link',
			});
		if (data.scope.place !== undefined && !content.fileIds.places.has(data.scope.place))
			problems.push({
				file,
				field: 'scope.place',
				message: `"${data.scope.place}" is not a place — use the id of a file in content/places/, or leave place out`,
			});
		const name = nameKey(data.name);
		const namesake = byName.get(name);
		if (namesake)
			problems.push({
				file,
				field: 'name',
				message: `"${data.name}" is also the name of measure ${namesake} — readers tell measures (and their charts) apart by name: say what this one counts differently`,
			});
		else byName.set(name, id);
		if (data.headline !== undefined) {
			const first = byHeadline.get(data.headline);
			if (first)
				problems.push({
					file,
					field: 'headline',
					message: `${data.headline} is also the headline place of measure ${first} — give each headline measure its own place`,
				});
			else byHeadline.set(data.headline, id);
		}
	}
	return problems;
}

/** Every measure a measure is part of, directly or through others. */
function wholesOf(id: string, content: ParsedContent): Set<string> {
	const partOf = new Map(content.measures.map((measure) => [measure.id, measure.data.partOf]));
	const found = new Set<string>();
	const next = [...(partOf.get(id) ?? [])];
	while (next.length > 0) {
		const whole = next.pop()!;
		if (found.has(whole)) continue;
		found.add(whole);
		next.push(...(partOf.get(whole) ?? []));
	}
	return found;
}
