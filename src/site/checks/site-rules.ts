import { ALL_MARKERS, markerKey, outlineKey } from '../../core/claimants/claimant-markers.ts';
import { measureEstimates } from '../measures/estimates.ts';
import { buildSiteIndex } from '../site-index.ts';
import type { ParsedContent } from '../../core/validation/parse-records.ts';
import { validateContent, type ContentReport } from '../../core/validation/validate-content.ts';
import type { Problem } from '../../core/validation/problem.ts';
import type { ParsedYamlCache } from '../../core/validation/read-content-files.ts';

/**
 * The whole content check, shared by `npm run check`, the build and the ingest: the content core's rules, and the
 * site's, which need to know how the site draws the records.
 */
export function checkSiteContent(root?: string, parsedYaml?: ParsedYamlCache): ContentReport {
	return validateContent(root, [checkClaimantMarkers], parsedYaml);
}

/**
 * A chart tells claimants apart by their drawing: two claimants may not name the same one, and while a chart has no
 * more claimants than there are shapes and fills (12), two on it may not share a shape and fill, or the chart could
 * only be read in colour. Past that, colour has to do part of the work, and the legend names them.
 */
export function checkClaimantMarkers(content: ParsedContent): Problem[] {
	return [...checkUnique(content), ...checkCharts(content)];
}

function checkUnique(content: ParsedContent): Problem[] {
	const owner = new Map<string, string>();
	const clashes: Array<{ file: string; key: string; other: string }> = [];
	for (const { id, file, data } of content.claimants) {
		if (!data.marker) continue;
		const key = markerKey(data.marker);
		const other = owner.get(key);
		if (other) clashes.push({ file, key, other });
		else owner.set(key, id);
	}
	const free = ALL_MARKERS.find((marker) => !owner.has(markerKey(marker)));
	const suggestion = free
		? ` — give this one another, e.g. shape: ${free.shape}, colour: ${free.colour}, hollow: ${free.hollow}`
		: ' — every drawing is taken: remove marker from a claimant that gives no figures';
	return clashes.map(({ file, key, other }) => ({
		file,
		field: 'marker',
		message: `the ${key} is already claimant ${other}'s marker (content/claimants/${other}.yaml)${suggestion}`,
	}));
}

const OUTLINES = new Set(ALL_MARKERS.map(outlineKey)).size;

function checkCharts(content: ParsedContent): Problem[] {
	// A claim naming a missing claimant or measure is reported by its own rule; here it would only stop the check.
	const claimantIds = new Set(content.claimants.map((claimant) => claimant.id));
	const measureIds = new Set(content.measures.map((measure) => measure.id));
	const claims = content.claims.filter(
		(claim) =>
			claimantIds.has(claim.data.claimant) &&
			claim.data.figures.every((figure) => measureIds.has(figure.measure))
	);
	const index = buildSiteIndex(
		claims,
		content.claimants,
		content.sources,
		content.places,
		content.measures
	);
	const files = new Map(content.claimants.map((claimant) => [claimant.id, claimant.file]));
	const reported = new Set<string>();
	return index.measures.flatMap((measure) => {
		if (!measure.data.charted) return [];
		const points = measureEstimates(index, measure.id);
		if (new Set(points.map((point) => point.claimantId)).size > OUTLINES) return [];
		const seen = new Map<string, string>();
		const problems: Problem[] = [];
		for (const point of points) {
			const outline = outlineKey(point.marker);
			const other = seen.get(outline);
			if (other === undefined) seen.set(outline, point.claimantId);
			else if (other !== point.claimantId && !reported.has(point.claimantId)) {
				reported.add(point.claimantId);
				const taken = new Set(seen.keys());
				const free = ALL_MARKERS.find((marker) => !taken.has(outlineKey(marker)));
				problems.push({
					file: files.get(point.claimantId)!,
					field: 'marker',
					message: `on the chart of ${measure.data.name.toLowerCase()} it is drawn as a ${outline}, like claimant ${other} — give it a shape or fill no one on that chart has${free ? `, e.g. shape: ${free.shape}, hollow: ${free.hollow}` : ''}`,
				});
			}
		}
		return problems;
	});
}
