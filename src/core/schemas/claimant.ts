import { z } from 'astro/zod';
import { describeCollection } from './collection-meta.ts';
import { countryCodeSchema } from './country-code.ts';
import { CLAIMANT_KINDS } from '../claimants/claimant-kinds.ts';
import { MARKER_SHAPES, SERIES_COLOURS } from '../claimants/claimant-markers.ts';

/** The contents of `content/claimants/<id>.yaml`: who makes claims. */
export const ClaimantSchema = describeCollection(
	z.strictObject({
		name: z
			.string()
			.trim()
			.min(1)
			.describe('Full name: "National Intelligence Service (South Korea)".'),
		shortName: z.string().trim().min(1).describe('Name used in running text and lists: "NIS".'),
		aliases: z
			.array(z.string().trim().min(1))
			.default([])
			.describe(
				'Other names reports use for the claimant ("South Korea\'s spy agency", "Zelensky"): the ingest matches speakers by them, and the claimant\'s page lists them. No two claimants may share a name. Default: none.'
			),
		kind: z.enum(CLAIMANT_KINDS).describe('What sort of claimant this is.'),
		country: countryCodeSchema('e.g. KR, UA, RU, or remove the field')
			.optional()
			.describe(
				'ISO 3166-1 alpha-2 code of the country the claimant speaks for or works in, e.g. KR; omit for none.'
			),
		role: z
			.string()
			.trim()
			.min(1)
			.optional()
			.describe('Office or position, for officials: "President of Ukraine".'),
		description: z
			.string()
			.trim()
			.min(1)
			.optional()
			.describe("One or two sentences on who this is, for the claimant's page."),
		marker: z
			.strictObject({
				shape: z.enum(MARKER_SHAPES).describe("The marker's shape, told apart without colour."),
				colour: z.enum(SERIES_COLOURS).describe('The colour that reinforces the shape.'),
				hollow: z
					.boolean()
					.default(false)
					.describe('An outline instead of a filled shape. Default: false.'),
			})
			.optional()
			.describe(
				"How the claimant's estimates are drawn on every chart: a shape, a colour and whether it is hollow. No two claimants may share one. Omit it and the claimant gets the first drawing no claimant names."
			),
		draft: z
			.boolean()
			.default(false)
			.describe(
				'Proposed by the ingest tool and not yet reviewed: no page, and published claims may not name it. Default: false.'
			),
	}),
	{
		record: 'claimant',
		admin: {
			label: 'Claimants',
			description: 'Who makes claims: people, governments, agencies, outlets.',
			identifier: 'name',
			summary: '{{name}}',
			search: ['name', 'shortName', 'aliases'],
			display: '{{name}}',
		},
	}
);

/** A claimant as an editor (or the ingest tool) writes it. */
export type ClaimantInput = z.input<typeof ClaimantSchema>;

/** A claimant as the site reads it. */
export type ClaimantData = z.output<typeof ClaimantSchema>;
