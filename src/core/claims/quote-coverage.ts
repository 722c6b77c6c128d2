import type { ClaimData } from '../schemas/claim.ts';

/** How many claims quote at least one of their reports word for word, and how many rest on summaries only. */
export interface QuoteCoverage {
	quoted: number;
	summaryOnly: number;
}

export function quoteCoverage(
	claims: readonly { data: Pick<ClaimData, 'sources'> }[]
): QuoteCoverage {
	const quoted = claims.filter((claim) =>
		claim.data.sources.some((citation) => citation.quote !== undefined)
	).length;
	return { quoted, summaryOnly: claims.length - quoted };
}
