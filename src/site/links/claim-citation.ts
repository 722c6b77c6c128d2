import { LONG_MONTHS } from '../../core/dates/calendar-names.ts';

interface CitationInput {
	title: string;
	/** The status, or "not rated" for an opinion. */
	verdict: string;
	/** ISO day the record last changed. */
	lastUpdated: string;
	url: string;
	siteName: string;
}

/** Ready-to-paste citations of one claim: a plain reference, and a Wikipedia {{cite web}} template. */
export function claimCitation({ title, verdict, lastUpdated, url, siteName }: CitationInput): {
	text: string;
	wiki: string;
} {
	const [year, month, day] = lastUpdated.split('-').map(Number) as [number, number, number];
	const readable = `${day} ${LONG_MONTHS[month - 1]} ${year}`;
	return {
		text: `${siteName}. “${title}.” Claim record, ${verdict === 'not rated' ? 'an opinion, not rated' : `status ${verdict}`}, last updated ${readable}. ${url}`,
		wiki: `{{cite web |url=${url} |title=${title.replace(/[|{}]/g, ' ')} |website=${siteName} |date=${lastUpdated}}}`,
	};
}
