import { stringify } from 'csv-stringify/sync';

/**
 * Records as RFC 4180 CSV: every record, the last one included, ends in CRLF; a field holding a comma, a double
 * quote or a line break is quoted, inner quotes doubled (csv-stringify quotes a lone CR or LF only when told). A cell
 * that would start a spreadsheet formula (=, +, -, @, tab, CR) gets a leading apostrophe, OWASP's CSV-injection guard:
 * claim text is quoted from the news, so `=HYPERLINK(…)` or `-1500 troops` must open as text.
 */
export function toCsv(records: readonly (readonly string[])[]): string {
	return stringify(records as string[][], {
		record_delimiter: '\r\n',
		quoted_match: /[\r\n]/,
		escape_formulas: true,
	});
}
