import type { APIRoute } from 'astro';
import { loadSiteIndex } from '../build/page-cache/site-data.ts';
import { buildClaimsCsv } from '../site/export/claims-csv.ts';

/** `/claims.csv`: every published claim as one spreadsheet row, the columns README.md lists. */
export const GET: APIRoute = async ({ site }) => {
	const index = await loadSiteIndex();
	const csv = buildClaimsCsv(index, new URL('/', site).href.replace(/\/$/, ''));
	return new Response(csv, {
		headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
	});
};
