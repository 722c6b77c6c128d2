/** The news agency a wire dateline names: "KYIV, Oct 25 (Reuters) - …" → "Reuters"; undefined without one. */
export function datelineOutlet(paragraph: string): string | undefined {
	return DATELINE.exec(paragraph)?.[1];
}

/** A paragraph without its wire dateline: "KYIV, Oct 25 (Reuters) - Troops…" → "Troops…". */
export function withoutDateline(paragraph: string): string {
	const dateline = DATELINE.exec(paragraph);
	return dateline ? paragraph.slice(dateline[0].length) : paragraph;
}

// A capitalised place, optionally a region and a day, then the agency in brackets and a dash ("--" in Yonhap copy).
const DATELINE =
	/^\p{Lu}[\p{Lu}\p{M} .'’/-]*(?:,\s[^,()]{1,40})?(?:,\s\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2})?\s\(([\p{L}&. -]{2,40})\)\s*(?:--|[-–—])\s/u;
