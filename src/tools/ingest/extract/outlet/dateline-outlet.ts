import { knownOutlet } from './known-outlets.ts';

/** The news agency a wire dateline names: "KYIV, Oct 25 (Reuters) - …" → "Reuters"; undefined without one. */
export function datelineOutlet(paragraph: string): string | undefined {
	return dateline(paragraph)?.[1];
}

/** A paragraph without its wire dateline: "KYIV, Oct 25 (Reuters) - Troops…" → "Troops…". */
export function withoutDateline(paragraph: string): string {
	const found = dateline(paragraph);
	return found ? paragraph.slice(found[0].length) : paragraph;
}

/**
 * A capitalised place, optionally a region and a day, then the agency in brackets and a dash, spaced any way wire
 * copy spaces it ("(Reuters) - ", "(Yonhap) -- ", "(Reuters) -Text", "(AFP)--Text"); without a place, only a known
 * agency, so a bracketed aside opening a paragraph is no dateline.
 */
function dateline(paragraph: string): RegExpExecArray | undefined {
	const withPlace = DATELINE.exec(paragraph);
	if (withPlace) return withPlace;
	const bare = BARE_DATELINE.exec(paragraph);
	return bare && knownOutlet(bare[1]!) !== undefined ? bare : undefined;
}

const AGENCY_AND_DASH = String.raw`\(([\p{L}&. -]{2,40})\)\s*(?:--|[-–—])\s*(?=[\p{L}\p{N}“"‘'])`;
const DATELINE = new RegExp(
	String.raw`^\p{Lu}[\p{Lu}\p{M} .'’/-]*(?:,\s[^,()]{1,40})?(?:,\s\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2})?\s` +
		AGENCY_AND_DASH,
	'u'
);
const BARE_DATELINE = new RegExp(`^${AGENCY_AND_DASH}`, 'u');
