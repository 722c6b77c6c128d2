import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtClaimsJson, DIST } from './built-site.ts';

const claims = builtClaimsJson().claims;
// A claim with relations and an evidence log shows every section of the claim page; an opinion shows the unrated one.
const sample =
	claims.find((claim) => claim.related.length > 0 && claim.evidence.length > 0) ?? claims[0]!;
const opinion = claims.find((claim) => claim.kind === 'opinion') ?? claims[0]!;
// The longest unbroken address is what pushes a phone screen sideways if anything does.
const longestAddressed = claims
	.flatMap((claim) => claim.sources)
	.reduce((longest, source) =>
		(source.url ?? '').length > (longest.url ?? '').length ? source : longest
	);

// The claim naming the most places draws the busiest locator map; the largest place page lists the most claims.
const mapped = claims.reduce((most, claim) =>
	claim.places.length > most.places.length ? claim : most
);
const pageSize = (id: string) => statSync(join(DIST, 'places', id, 'index.html')).size;
const place = readdirSync(join(DIST, 'places'), { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.reduce((biggest, id) => (pageSize(id) > pageSize(biggest) ? id : biggest));

// A measure's page: the charted one with the most estimates (the busiest chart), and one without a chart.
const measures = (
	JSON.parse(readFileSync(join(DIST, 'measures.json'), 'utf8')) as {
		measures: Array<{ id: string; charted: boolean; estimates: number }>;
	}
).measures;
const busiestMeasure = measures
	.filter((measure) => measure.charted)
	.reduce((most, measure) => (measure.estimates > most.estimates ? measure : most));
const unchartedMeasure =
	measures.find((measure) => !measure.charted && measure.estimates > 1) ?? measures[0]!;

// A period of the main timeline other than the one it opens on: its earliest, which has an address of its own.
const timelinePeriod = readdirSync(join(DIST, 'timeline'))
	.filter((name) => /^\d{4}(-\d{2})?$/.test(name))
	.sort()[0]!;

/** One URL of every page type the site has, named for test titles and screenshot files. */
export const PAGE_TYPES: Array<{ name: string; path: string }> = [
	{ name: 'home', path: '/' },
	{ name: 'claims', path: '/claims/' },
	{ name: 'claims-by-status', path: '/claims/sorted/by-status/' },
	{ name: 'claims-by-change', path: '/claims/sorted/by-change/' },
	{ name: 'claim', path: `/claims/${sample.id}/` },
	{ name: 'opinion', path: `/claims/${opinion.id}/` },
	{ name: 'timeline', path: '/timeline/' },
	{ name: 'timeline-claimed', path: '/timeline/claimed/' },
	{ name: 'timeline-period', path: `/timeline/${timelinePeriod}/` },
	{ name: 'figures', path: '/figures/' },
	{ name: 'measure', path: `/figures/${busiestMeasure.id}/` },
	{ name: 'measure-uncharted', path: `/figures/${unchartedMeasure.id}/` },
	{ name: 'claim-map', path: `/claims/${mapped.id}/` },
	{ name: 'places', path: '/places/' },
	{ name: 'place', path: `/places/${place}/` },
	{ name: 'claimants', path: '/claimants/' },
	{ name: 'claimant', path: `/claimants/${sample.claimant.id}/` },
	{ name: 'sources', path: '/sources/' },
	{ name: 'source', path: `/sources/${sample.sources[0]!.id}/` },
	{ name: 'source-long-address', path: `/sources/${longestAddressed.id}/` },
	{ name: 'method', path: '/method/' },
	{ name: 'search', path: '/search/?q=Tuva' },
	{ name: 'not-found', path: '/claims/no-such-claim/' },
];
