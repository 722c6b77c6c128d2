import { createHash } from 'node:crypto';
import { basename, extname, join } from 'node:path';
import { ID_PATTERN } from '../../../core/schemas/id.ts';
import { SourceSchema, type SourceData } from '../../../core/schemas/source.ts';
import { freeMarkers } from '../../../core/claimants/claimant-markers.ts';
import type { ClaimantRecord } from '../../../core/schemas/records.ts';
import { kebabCase } from '../../../core/ids/record-ids.ts';
import { contentHash } from '../../../core/text/content-hash.ts';
import { markdownTextBlocks } from '../../../core/text/markdown-paragraphs.ts';
import { normaliseText } from '../../../core/text/normalise-text.ts';
import type { ParsedContent } from '../../../core/validation/parse-records.ts';
import { IngestError, type ArticleMetadata } from '../extract/article.ts';
import { draftClaims, type DraftClaim } from '../draft/draft-claims.ts';
import { isUntouchedIngestOutput } from './ingest-stamp.ts';
import { parseArticle } from '../extract/parse-article.ts';
import {
	renderClaimantFile,
	renderMeasureFile,
	renderClaimFile,
	renderSourceFile,
	sourceBody,
} from './render-files.ts';
import { splitSentences } from '../segment/split-sentences.ts';

/** Command-line choices that shape the output; metadata flags override what the article says. */
export interface IngestOptions {
	/** The content root to write into. */
	out: string;
	id?: string | undefined;
	url?: string | undefined;
	outlet?: string | undefined;
	published?: string | undefined;
	/** Drafts the content check refused on an earlier try (by id): planned as if never drafted, with what only they used. */
	leaveOut?: ReadonlySet<string> | undefined;
}

/** What happens to one file: written anew, rewritten, left as it is, or not written for a reason. */
export type FileAction = 'create' | 'update' | 'unchanged' | 'skip';

export interface PlannedFile {
	path: string;
	content: string;
	action: FileAction;
	/** Why a file is skipped or left alone. */
	reason?: string;
}

export interface IngestPlan {
	sourceId: string;
	files: PlannedFile[];
	metadata: ArticleMetadata;
}

/** What is already in the content root. */
export interface ExistingContent {
	content: ParsedContent;
	/** The text of a file under the content root, or undefined when there is none. */
	read(path: string): string | undefined;
}

/**
 * Plans an ingest without touching the disk: parses the article, checks its metadata, drafts claims and claimants,
 * and decides for every file whether to create, update or leave it — never overwriting what an editor has changed.
 */
export function planIngest(
	raw: string,
	fileName: string,
	options: IngestOptions,
	existing: ExistingContent
): IngestPlan {
	const article = parseArticle(raw, fileName, { publishedGiven: options.published !== undefined });
	const metadata = {
		...article.metadata,
		...definedOnly({ url: options.url, outlet: options.outlet, published: options.published }),
	};
	const { headline, published, outlet } = requireMetadata(metadata, fileName);
	const sourceId = options.id ?? kebabCase(basename(fileName, extname(fileName)));
	if (!ID_PATTERN.test(sourceId))
		throw new IngestError(
			`"${sourceId}" cannot be an id — pass --id with lowercase words joined by hyphens, e.g. --id guardian-2024-10-18-troops`
		);

	const textHash = contentHash(sourceBody(article.paragraphs));
	const rawHash = `sha256:${createHash('sha256').update(raw, 'utf8').digest('hex')}`;
	const previous = existing.content.sources.find((source) => source.id === sourceId);
	if (
		previous &&
		previous.data.textHash !== textHash &&
		previous.data.ingest?.rawHash !== rawHash
	) {
		throw new IngestError(
			`content/sources/${sourceId}.md already holds another article — pass --id with a different id for this one`
		);
	}
	const ownDrafts = new Set(previous?.data.ingest?.drafts ?? []);
	const drafted = draftClaims(splitSentences(textToDraftFrom(article.paragraphs)), {
		sourceId,
		textHash,
		published,
		outlet,
		claimants: existing.content.claimants,
		places: existing.content.places,
		measures: existing.content.measures,
		takenClaimIds: existing.content.claims
			.map((claim) => claim.id)
			.filter((id) => !ownDrafts.has(id)),
	});
	const drafting = withoutLeftOut(drafted, options.leaveOut);

	const recorded = recordedQuotes(existing.content, sourceId, ownDrafts);
	const source = sourceRecord(
		{
			outlet,
			url: metadata.url,
			headline,
			...definedOnly({
				standfirst: metadata.standfirst,
				updated: metadata.updated,
				originalOutlet: metadata.originalOutlet,
			}),
			authors: metadata.authors,
			published,
			ingest: {
				file: basename(fileName),
				rawHash,
				drafts: drafting.claims.map((claim) => claim.id),
			},
			textHash,
		},
		fileName
	);
	const files: PlannedFile[] = [
		decide(
			join(options.out, 'sources', `${sourceId}.md`),
			renderSourceFile(source, article.paragraphs),
			existing
		),
		...withMarkers(drafting, existing).map((claimant) =>
			decide(
				join(options.out, 'claimants', `${claimant.id}.yaml`),
				renderClaimantFile(claimant.data),
				existing
			)
		),
		...drafting.measures.map((measure) =>
			decide(
				join(options.out, 'measures', `${measure.id}.yaml`),
				renderMeasureFile(measure.data),
				existing
			)
		),
		...drafting.claims.map((claim) =>
			planClaim(claim, sourceId, options.out, existing, recorded, ownDrafts)
		),
	];
	return { sourceId, files, metadata: { ...metadata, headline, published, outlet } };
}

/** What the flags fix when a field read from the page will not do. */
const SOURCE_FIELD_FIXES: Record<string, string> = {
	url: 'pass --url with the full address (https://…) or leave it out',
	outlet: 'pass --outlet "The Publication"',
	published: 'pass --published with the time and its UTC offset, e.g. 2024-10-18T09:51:00-04:00',
	headline: 'put the headline on the first line of the text file',
};

/** The source record, or an IngestError naming the field that will not do and the flag that fixes it — never a stack trace. */
function sourceRecord(input: Record<string, unknown>, fileName: string): SourceData {
	const parsed = SourceSchema.safeParse(input);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0]!;
	const field = String(issue.path[0] ?? 'source');
	throw new IngestError(
		`${fileName}: the source's ${issue.path.join('.')} as read from the page ${issue.message} — ${SOURCE_FIELD_FIXES[field] ?? 'fix it in the article file and run the ingest again'}`
	);
}

/** The drafting without the drafts left out, and without the new claimants and measures only they used. */
function withoutLeftOut(
	drafting: ReturnType<typeof draftClaims>,
	leaveOut: ReadonlySet<string> | undefined
): ReturnType<typeof draftClaims> {
	if (!leaveOut || leaveOut.size === 0) return drafting;
	const claims = drafting.claims.filter((claim) => !leaveOut.has(claim.id));
	const claimantIds = new Set(claims.map((claim) => claim.frontmatter.claimant));
	const measureIds = new Set(
		claims.flatMap((claim) => (claim.frontmatter.figures ?? []).map((figure) => figure.measure))
	);
	return {
		claims,
		claimants: drafting.claimants.filter((claimant) => claimantIds.has(claimant.id)),
		measures: drafting.measures.filter((measure) => measureIds.has(measure.id)),
	};
}

/** A new claimant whose drafted claims give figures gets the next drawing no claimant has, for the charts. */
function withMarkers(
	drafting: ReturnType<typeof draftClaims>,
	existing: ExistingContent
): ClaimantRecord[] {
	const charted = new Set(
		drafting.claims
			.filter((claim) => (claim.frontmatter.figures ?? []).length > 0)
			.map((claim) => claim.frontmatter.claimant)
	);
	const spare = freeMarkers(existing.content.claimants);
	let next = 0;
	return drafting.claimants.map((claimant) =>
		charted.has(claimant.id) && !claimant.data.marker && next < spare.length
			? { ...claimant, data: { ...claimant.data, marker: spare[next++] } }
			: claimant
	);
}

/**
 * The plain text of each paragraph, as the quote check reads the stored source, so every drafted quote is found
 * there; headings are kept as empty paragraphs so paragraph numbers still match the source.
 */
function textToDraftFrom(paragraphs: readonly string[]): string[] {
	return markdownTextBlocks(sourceBody(paragraphs)).map((block) =>
		block.heading ? '' : block.text
	);
}

function requireMetadata(metadata: ArticleMetadata, fileName: string) {
	const { headline, published, outlet } = metadata;
	if (!headline)
		throw new IngestError(
			`no headline found in ${fileName} — put the headline on the first line (or in a title: field)`
		);
	if (!published)
		throw new IngestError(
			`no publication date found in ${fileName} — pass --published with the time and its UTC offset, e.g. --published 2024-10-18T09:51:00-04:00`
		);
	if (!outlet)
		throw new IngestError(
			`the outlet is not named in ${fileName} — pass --outlet, e.g. --outlet "The Guardian"`
		);
	return { headline, published, outlet };
}

/** Quotes existing claims already take from this source, so the same words are not drafted twice. */
function recordedQuotes(
	content: ParsedContent,
	sourceId: string,
	ownDrafts: Set<string>
): Array<{ claimId: string; quote: string }> {
	return content.claims
		.filter((claim) => !ownDrafts.has(claim.id))
		.flatMap((claim) =>
			claim.data.sources
				.filter((citation) => citation.source === sourceId)
				.flatMap((citation) =>
					citation.quote === undefined
						? []
						: [{ claimId: claim.id, quote: normaliseText(citation.quote) }]
				)
		);
}

function planClaim(
	claim: DraftClaim,
	sourceId: string,
	out: string,
	existing: ExistingContent,
	recorded: Array<{ claimId: string; quote: string }>,
	ownDrafts: Set<string>
): PlannedFile {
	const path = join(out, 'claims', `${claim.id}.md`);
	const unknownPlaces =
		claim.unknownPlaces.length > 0
			? ` It also names ${claim.unknownPlaces.join(', ')}, not yet in content/places/: add a place file and its id under places, or leave it out.`
			: '';
	const measures = claim.measures
		.map(({ measure, cue }, position) =>
			cue === undefined
				? `figures[${position}] counts ${measure}, a draft measure: define it in content/measures/${measure}.yaml, or pick an existing measure.`
				: `figures[${position}] counts ${measure}, proposed from the words “${cue}”: check it is what the number counts.`
		)
		.join(' ');
	const speaker =
		claim.unknownSpeaker === undefined
			? ''
			: ` Speaker unknown: the article attributes this to “${claim.unknownSpeaker}”, which names nobody the ingest could resolve; claimant holds the outlet until you set it to the speaker's file in content/claimants/ (add one if new) and retitle the claim.`;
	const comment = `Draft from paragraph ${claim.sentence.paragraph + 1}, sentence ${claim.sentence.position + 1} of ${sourceId}: check every field against the source, then delete draft: true.${speaker}${unknownPlaces}${measures ? `\n${measures}` : ''}`;
	const content = renderClaimFile(claim.frontmatter, comment);
	const sentence = normaliseText(claim.sentence.text);
	const already = recorded.find(
		({ quote }) => sentence.includes(quote) || quote.includes(sentence)
	);
	if (already)
		return {
			path,
			content,
			action: 'skip',
			reason: `its words are already quoted by claim ${already.claimId}`,
		};
	if (ownDrafts.has(claim.id) && existing.read(path) === undefined)
		return {
			path,
			content,
			action: 'skip',
			reason: 'an editor deleted this draft after an earlier run',
		};
	return decide(path, content, existing);
}

function decide(path: string, content: string, existing: ExistingContent): PlannedFile {
	const current = existing.read(path);
	if (current === undefined) return { path, content, action: 'create' };
	if (current === content) return { path, content, action: 'unchanged' };
	if (isUntouchedIngestOutput(current)) return { path, content, action: 'update' };
	return {
		path,
		content,
		action: 'skip',
		reason: 'an editor has changed it (or it was not written by ingest), so it is left as it is',
	};
}

/** The fields that have a value: flags not given do not override what the article says. */
function definedOnly<T extends Record<string, unknown>>(
	record: T
): { [Key in keyof T]?: Exclude<T[Key], undefined> } {
	return Object.fromEntries(
		Object.entries(record).filter(([, value]) => value !== undefined && value !== '')
	) as { [Key in keyof T]?: Exclude<T[Key], undefined> };
}
