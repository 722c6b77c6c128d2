import { z } from 'astro/zod';
import { CLAIM_KINDS, describeClaimKinds, type RatedKind } from '../claims/claim-kinds.ts';
import { EVIDENCE_BEARINGS } from '../claims/evidence-bearings.ts';
import { anyOf } from '../text/word-list.ts';
import { STATUSES, type Status } from '../statuses/statuses.ts';
import { CitationSchema } from './citation.ts';
import { describeCollection } from './collection-meta.ts';
import { EdtfDateSchema } from './edtf-date.ts';
import { EvidenceSchema } from './evidence.ts';
import { FigureSchema } from './figure.ts';
import { IdSchema } from './id.ts';
import { referenceTo } from './reference.ts';
import { RelationSchema } from './relation.ts';
import { StatusChangeSchema } from './status-change.ts';
import { StatusSchema } from './status.ts';

const claimFieldsSchema = z.strictObject({
	title: z.string().trim().min(1).describe('A short headline for lists: who says what.'),
	statement: z
		.string()
		.trim()
		.min(1)
		.describe("The claim in one attributed sentence, in the editor's words."),
	kind: z.enum(CLAIM_KINDS).describe(`${describeClaimKinds()}.`),
	claimant: referenceTo('claimants').describe('Id of the claimant (a file in content/claimants/).'),
	claimed: EdtfDateSchema.describe('When the claim was asserted (EDTF).'),
	event: EdtfDateSchema.optional().describe(
		'When the event the claim is about happened (EDTF); omit when the claim is not about an event.'
	),
	figures: z
		.array(FigureSchema)
		.default([])
		.describe(
			'The numbers in the claim, as the claimant gave them (a total the editor worked out belongs in the note). Default: none.'
		),
	places: z
		.array(referenceTo('places'))
		.default([])
		.describe('Ids of the places named in the claim (files in content/places/). Default: none.'),
	topics: z
		.array(IdSchema)
		.default([])
		.describe('Kebab-case topics for filtering, e.g. troop-numbers. Default: none.'),
	status: StatusSchema.optional().describe(
		"The current status of a fact or prediction: the last statusHistory entry's. Omit for an opinion."
	),
	whyNotRated: z
		.string()
		.trim()
		.min(1)
		.optional()
		.describe('Why an opinion is not rated, in one sentence. Opinions only.'),
	reviewed: EdtfDateSchema.optional().describe(
		'The day an editor last checked the claim against the latest reporting (EDTF day); omit if never since it was recorded.'
	),
	statusHistory: z
		.array(StatusChangeSchema)
		.default([])
		.describe(
			"Each change of a fact's or prediction's status, oldest first; each entry's status differs from the one before. None for an opinion."
		),
	evidence: z
		.array(EvidenceSchema)
		.default([])
		.describe(
			'Later reports that bear on the claim without changing its status, oldest first. Default: none.'
		),
	sources: z
		.array(CitationSchema)
		.min(1)
		.describe('Where the claim appears, each with the exact quote it rests on. At least one.'),
	related: z.array(RelationSchema).default([]).describe('Links to other claims. Default: none.'),
	aliases: z
		.array(IdSchema)
		.default([])
		.describe(
			'Ids this claim was published under before a rename; each keeps redirecting here. Default: none.'
		),
	draft: z
		.boolean()
		.default(false)
		.describe(
			'Ingested but not yet reviewed: kept off the published site and claims.json. Default: false.'
		),
});

/** Fields only a fact or prediction has (its rating), and fields only an opinion has. */
export const RATED_FIELDS = ['status', 'statusHistory'] as const;
export const OPINION_FIELDS = ['whyNotRated'] as const;

type ClaimFields = z.output<typeof claimFieldsSchema>;
type SharedFields = Omit<ClaimFields, 'kind' | 'status' | 'whyNotRated'>;

/** A fact or prediction: rated, with a status and at least one status change. */
export type RatedClaimData = SharedFields & {
	kind: RatedKind;
	status: Status;
	whyNotRated?: undefined;
};

/** An opinion: recorded and related to the evidence, never rated. */
export type OpinionClaimData = SharedFields & {
	kind: 'opinion';
	status?: undefined;
	whyNotRated: string;
};

// Each kind with the fields it needs and no field it cannot have.
const ratedOrOpinionSchema = claimFieldsSchema
	.superRefine((claim, context) => {
		const issue = (field: string, message: string) =>
			context.addIssue({ code: 'custom', path: [field], message });
		if (claim.kind === 'opinion') {
			if (claim.status !== undefined)
				issue(
					'status',
					'is set on an opinion, which is never rated — remove status and statusHistory and say why in whyNotRated, or change kind to fact or prediction'
				);
			// One mistake, one problem: the status history goes with the status reported above.
			else if (claim.statusHistory.length > 0)
				issue(
					'statusHistory',
					`is set on an opinion, which has no status — move what bears on it to evidence (bearing ${anyOf(EVIDENCE_BEARINGS)}), or change kind`
				);
			if (claim.whyNotRated === undefined)
				issue(
					'whyNotRated',
					'is missing — an opinion is shown as “not rated”: say why in one sentence, e.g. “A demand for action, not a statement that can be checked.”'
				);
			return;
		}
		if (claim.status === undefined)
			issue(
				'status',
				`is missing — a ${claim.kind} is rated: add the status of the last statusHistory entry (one of ${STATUSES.join(', ')})`
			);
		if (claim.statusHistory.length === 0)
			issue(
				'statusHistory',
				`is empty — a ${claim.kind} needs at least one entry with date, status and note (its status when it was recorded)`
			);
		if (claim.whyNotRated !== undefined)
			issue(
				'whyNotRated',
				`is only for opinions — remove it, or change kind to opinion if the claim cannot be checked`
			);
	})
	// The checks above guarantee the shape of each kind, so pages can tell them apart by `kind`.
	.transform((claim) => claim as RatedClaimData | OpinionClaimData);

/**
 * The frontmatter of `content/claims/<id>.md`: one checkable, attributed assertion and its record. Facts and
 * predictions carry a status and its history; an opinion carries neither, only the reason it is not rated.
 */
export const ClaimSchema = describeCollection(ratedOrOpinionSchema, {
	body: {
		label: "Editor's note",
		widget: 'markdown',
		hint: 'A short note shown on the page under the record: context, caveats, what would settle it.',
	},
	record: 'claim',
	admin: {
		label: 'Claims',
		description: 'Facts and predictions, rated by their status.',
		identifier: 'title',
		summary: '{{title}} · {{status}}',
		search: ['title', 'statement'],
		display: '{{title}}',
	},
});

/** A claim as an editor (or the ingest tool) writes it. */
export type ClaimInput = z.input<typeof ClaimSchema>;

/** A claim as the site reads it, defaults filled in. */
export type ClaimData = z.output<typeof ClaimSchema>;
