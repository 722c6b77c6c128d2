import { z } from 'astro/zod';
import { CLAIMANT_KINDS } from '../lib/claimants/claimant-kinds.ts';
import { countryName } from '../lib/claimants/country-name.ts';
import { MARKER_SHAPES } from '../lib/charts/marker-shapes.ts';
import { SERIES_COLOURS } from '../lib/charts/series-colours.ts';

/** The contents of `content/claimants/<id>.yaml`: who makes claims. */
export const ClaimantSchema = z.strictObject({
	/** Full name: "National Intelligence Service (South Korea)". */
	name: z.string().trim().min(1),
	/** Name used in running text and lists: "NIS". */
	shortName: z.string().trim().min(1),
	/**
	 * Other names reports use for the claimant ("South Korea's spy agency", "Zelensky"): the ingest matches speakers
	 * by them, and the claimant's page lists them. No two claimants may share a name. Default: none.
	 */
	aliases: z.array(z.string().trim().min(1)).default([]),
	/** What sort of claimant this is. */
	kind: z.enum(CLAIMANT_KINDS),
	/** ISO 3166-1 alpha-2 code of the country the claimant speaks for or works in, e.g. KR; omit for none. */
	country: z
		.string()
		.refine((code) => /^[A-Z]{2}$/.test(code) && countryName(code) !== undefined, {
			error: (issue) =>
				`"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code — use two capital letters, e.g. KR, UA, RU, or remove the field`,
		})
		.optional(),
	/** Office or position, for officials: "President of Ukraine". */
	role: z.string().trim().min(1).optional(),
	/** One or two sentences on who this is, for the claimant's page. */
	description: z.string().trim().min(1).optional(),
	/**
	 * How the claimant's estimates are drawn on every chart: a shape, a colour and whether it is hollow. No two
	 * claimants may share one. Omit it and the claimant gets the first drawing no claimant names.
	 */
	marker: z
		.strictObject({
			shape: z.enum(MARKER_SHAPES),
			colour: z.enum(SERIES_COLOURS),
			hollow: z.boolean().default(false),
		})
		.optional(),
	/** Proposed by the ingest tool and not yet reviewed: no page, and published claims may not name it. Default: false. */
	draft: z.boolean().default(false),
});

/** A claimant as an editor (or the ingest tool) writes it. */
export type ClaimantInput = z.input<typeof ClaimantSchema>;

/** A claimant as the site reads it. */
export type ClaimantData = z.output<typeof ClaimantSchema>;
