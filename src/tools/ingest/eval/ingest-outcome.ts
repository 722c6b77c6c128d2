import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { emptyContent, type ParsedContent } from '../../../core/validation/parse-records.ts';
import { splitFrontmatter } from '../../../core/yaml/content-file.ts';
import { IngestError, type ArticleMetadata } from '../extract/article.ts';
import { parseArticle } from '../extract/parse-article.ts';
import { planIngest, type IngestPlan } from '../plan/plan-ingest.ts';
import { UNKNOWN_SPEAKER_TITLE } from '../draft/draft-claims.ts';
import type { EvalLabels } from './eval-labels.ts';
import { NEW_MEASURE, type IngestOutcome } from './score-article.ts';

/**
 * Runs the ingest on one article into content that has only the site's measures (what the ingest proposes measures
 * from), as an editor would: the metadata is what the article gave;
 * when the ingest stops for want of a date or an outlet, it is run again with the labelled ones given as flags, so
 * the drafts are still scored. An error that is not an IngestError is a crash and is thrown.
 */
export function ingestOutcome(
	raw: string,
	fileName: string,
	labels: EvalLabels,
	measures: ParsedContent['measures']
): { outcome: IngestOutcome; refused: string | undefined } {
	const existing = { content: { ...emptyContent(), measures }, read: () => undefined };
	const id = { id: 'eval-article', out: 'content' };
	let read: ArticleMetadata = { authors: [] };
	let refused: string | undefined;
	try {
		read = parseArticle(raw, fileName).metadata;
	} catch (error) {
		if (!(error instanceof IngestError)) throw error;
		refused = error.message;
	}
	const flags = {
		...(read.outlet ? {} : { outlet: labels.metadata.outlet }),
		...(read.published ? {} : { published: asFlag(labels.metadata.published) }),
	};
	if (refused === undefined && Object.keys(flags).length > 0)
		refused = `needs ${Object.keys(flags)
			.map((flag) => `--${flag}`)
			.join(' and ')}`;
	try {
		const plan = planIngest(raw, fileName, { ...id, ...flags }, existing);
		return { outcome: outcomeOf(plan, read), refused };
	} catch (error) {
		if (!(error instanceof IngestError)) throw error;
		return { outcome: { metadata: read, storedText: '', drafts: [] }, refused: error.message };
	}
}

// --published wants an offset; a label without one is given as UTC, which keeps its day and wall-clock time.
function asFlag(published: string): string {
	return /T\d{2}:\d{2}(?::\d{2})?$/.test(published) ? `${published}+00:00` : published;
}

function outcomeOf(plan: IngestPlan, read: ArticleMetadata): IngestOutcome {
	const frontmatter = (content: string) =>
		parseYaml(splitFrontmatter(content)?.fields ?? '') as Record<string, unknown>;
	const source = plan.files.find((file) => file.path.includes('/sources/'))!;
	const claimants = new Map(
		plan.files
			.filter((file) => file.path.includes('/claimants/'))
			.map((file) => {
				const data = parseYaml(file.content) as {
					name: string;
					shortName: string;
					aliases?: string[];
				};
				return [basename(file.path, '.yaml'), [data.name, data.shortName, ...(data.aliases ?? [])]];
			})
	);
	const proposed = new Set(
		plan.files
			.filter((file) => file.path.includes('/measures/'))
			.map((file) => basename(file.path, '.yaml'))
	);
	const drafts = plan.files
		.filter((file) => file.path.includes('/claims/'))
		.map((file) => {
			const claim = frontmatter(file.content) as {
				title: string;
				statement: string;
				claimant: string;
				claimed: string;
				// A range or band is written without a value.
				figures?: Array<{ value?: number; min?: number; max?: number; measure: string }>;
			};
			return {
				sentence: claim.statement,
				// A draft that says its speaker is unknown names nobody, right or wrong.
				speakerNames: claim.title.startsWith(`${UNKNOWN_SPEAKER_TITLE}:`)
					? []
					: (claimants.get(claim.claimant) ?? [claim.claimant]),
				// A range or band counts as its bounds, as the labels list them.
				figures: (claim.figures ?? []).flatMap((figure) =>
					figure.value === undefined
						? [figure.min, figure.max].filter((bound) => bound !== undefined)
						: [figure.value]
				),
				claimed: String(claim.claimed),
				// A measure the ingest proposed afresh is "new", as the labels write it.
				measures: (claim.figures ?? []).flatMap((figure) => {
					const measure = proposed.has(figure.measure) ? NEW_MEASURE : figure.measure;
					return figure.value === undefined
						? [figure.min, figure.max].filter((bound) => bound !== undefined).map(() => measure)
						: [measure];
				}),
			};
		});
	return {
		metadata: read,
		storedText: splitFrontmatter(source.content)?.body ?? '',
		drafts,
	};
}
