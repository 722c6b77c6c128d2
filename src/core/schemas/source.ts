import { z } from 'astro/zod';
import { describeCollection } from './collection-meta.ts';
import { isPublicationDate } from '../dates/publication-date.ts';
import { SOURCE_CAVEATS } from '../sources/source-caveats.ts';
import { UnquotedDate } from '../yaml/content-yaml.ts';
import { IdSchema } from './id.ts';
import { TimestampSchema } from './timestamp.ts';

/**
 * A quoted timestamp with its offset, or an EDTF date. An unquoted timestamp is refused: YAML would turn it into a
 * moment without its offset (and Astro's reading would then drop the time altogether).
 */
const PublicationDateSchema = z.unknown().transform((value, context) => {
	const text = publicationText(value);
	if (text !== undefined && isPublicationDate(text)) return text;
	const unquotedTime =
		value instanceof Date || (value instanceof UnquotedDate && /\d[T ]\d/.test(value.text));
	context.addIssue({
		code: 'custom',
		message: unquotedTime
			? 'lost its UTC offset because it is not quoted — put the timestamp in quotes, e.g. "2024-10-18T09:51:00-04:00"'
			: 'is not a publication date — write a quoted timestamp with offset ("2024-10-18T09:51:00-04:00") or an EDTF date (2024-10-23, 2025-02~)',
	});
	return z.NEVER;
});

/** The written text of a publication date: as given, or an unquoted day (which YAML reads as a date) as `YYYY-MM-DD`. */
function publicationText(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (value instanceof UnquotedDate) return /\d[T ]\d/.test(value.text) ? undefined : value.text;
	if (value instanceof Date && value.toISOString().endsWith('T00:00:00.000Z'))
		return value.toISOString().slice(0, 10);
	return undefined;
}

const httpUrl = z.string().refine((url) => URL.canParse(url) && /^https?:/.test(url), {
	error: 'is not an http(s) URL — paste the full address, starting https://',
});

/**
 * The frontmatter of `content/sources/<id>.md`: a published report. The body is its cleaned full text, or for an
 * excerpt-only source (known only by the passages claims quote) those passages, one per paragraph.
 */
export const SourceSchema = describeCollection(
	z.strictObject({
		outlet: z
			.string()
			.trim()
			.min(1)
			.describe('The site that published the page: "The Guardian", "Devdiscourse".'),
		originalOutlet: z
			.string()
			.trim()
			.min(1)
			.optional()
			.describe(
				'Where the report came from when the outlet republished it: a wire or the original outlet, e.g. "Reuters".'
			),
		url: z
			.union([z.literal(''), httpUrl])
			.default('')
			.describe(
				'Address of the page as listed; empty when the stored copy does not carry one (never guess it).'
			),
		mirrors: z
			.array(httpUrl)
			.default([])
			.describe(
				'Other addresses of this very report, word for word (a wire story republished unchanged). Default: none.'
			),
		alsoReportedBy: z
			.array(
				z.strictObject({
					outlet: z
						.string()
						.trim()
						.min(1)
						.describe('The outlet that published the other story: "Kyiv Independent".'),
					url: httpUrl.describe('Address of that story as listed.'),
				})
			)
			.default([])
			.describe(
				"Other outlets' own stories on the same news, which are not copies of this report. Default: none."
			),
		text: z
			.enum(['full', 'excerpts'])
			.default('full')
			.describe(
				'`full`: the body is the whole article. `excerpts`: only passages of it are stored. Default: full.'
			),
		headline: z
			.string()
			.trim()
			.min(1)
			.optional()
			.describe(
				'The headline as published; may be omitted for an excerpt-only source whose headline is not known.'
			),
		standfirst: z
			.string()
			.trim()
			.min(1)
			.optional()
			.describe('The line under the headline, as published, if any.'),
		authors: z
			.array(z.string().trim().min(1))
			.default([])
			.describe('Names in the byline, in order. Default: none.'),
		language: z
			.string()
			.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, {
				error: 'is not a language code — write e.g. de, fr, ko',
			})
			.optional()
			.describe("BCP 47 code of the report's language when it is not English, e.g. de."),
		published: PublicationDateSchema.describe(
			'First publication: a quoted ISO timestamp with its UTC offset ("2024-10-18T09:51:00-04:00") when the time is known, otherwise an EDTF date as precise as is known (2024-10-23, 2025-02~).'
		),
		updated: TimestampSchema.optional().describe('Last update the stored copy shows, if any.'),
		fetched: TimestampSchema.optional().describe('When the stored copy was captured, if known.'),
		caveats: z
			.array(z.enum(SOURCE_CAVEATS))
			.default([])
			.describe('Reasons readers should weigh this source with care. Default: none.'),
		caveatNote: z
			.string()
			.trim()
			.min(1)
			.optional()
			.describe(
				'A sentence on what makes the source weak or odd, when the caveats need explaining.'
			),
		ingest: z
			.strictObject({
				file: z
					.string()
					.min(1)
					.describe('File name of the raw article as given to the ingest tool.'),
				rawHash: z
					.string()
					.regex(/^sha256:[0-9a-f]{64}$/)
					.describe('sha256 of the raw article, so a re-run on the same file is recognised.'),
				drafts: z
					.array(IdSchema)
					.default([])
					.describe(
						'Ids of the draft claims it proposed, so a draft an editor deleted is not proposed again.'
					),
			})
			.optional()
			.describe('Where the stored text came from, when `npm run ingest` wrote it.'),
		textHash: z
			.string()
			.regex(/^sha256:[0-9a-f]{64}$/, {
				error: 'is not a text hash — run npm run check, which prints the hash of the stored text',
			})
			.describe(
				'sha256 of the stored text (the body); claims cite it as sourceVersion. `npm run check` prints the right value.'
			),
	}),
	{
		body: {
			label: 'Stored text',
			widget: 'text',
			hint: 'The cleaned text of the report; its hash is textHash, so change it only to correct the copy.',
		},
		record: 'source',
		admin: {
			label: 'Sources',
			description:
				'Published reports. The ingest writes them; edit their details here, not their text.',
			identifier: 'headline',
			summary: '{{outlet}}, {{published}}: {{headline}}',
			search: ['outlet', 'headline', 'url'],
			// Not every source has a headline (excerpts); every one has its id, which names outlet, date and subject.
			display: '{{slug}}',
		},
	}
);

/** A source as an editor (or the ingest tool) writes it. */
export type SourceInput = z.input<typeof SourceSchema>;

/** A source as the site reads it. */
export type SourceData = z.output<typeof SourceSchema>;
