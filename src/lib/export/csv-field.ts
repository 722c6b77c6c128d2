/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and CR, that some spreadsheets strip before
 * doing so). Claim text is quoted from the news, so a cell such as `=HYPERLINK(…)` or `-1500 troops` must stay text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Characters that RFC 4180 allows in a field only when the field is quoted. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field: a leading apostrophe when the text would start a spreadsheet formula (OWASP's CSV-injection
 * guard), then RFC 4180 quoting when the text holds a comma, double quote, CR or LF, with inner quotes doubled.
 */
export function csvField(text: string): string {
	const guarded = FORMULA_START.test(text) ? `'${text}` : text;
	return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}
