/**
 * Parses RFC 4180 CSV into records of fields, strictly: CRLF between records (a final CRLF is allowed), fields
 * quoted with `"` may hold commas, CRLF and doubled quotes; anything else malformed throws.
 */
export function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let at = 0;
	for (;;) {
		let field = '';
		if (text[at] === '"') {
			at += 1;
			for (;;) {
				const close = text.indexOf('"', at);
				if (close === -1) throw new Error(`unclosed quoted field at ${at}`);
				field += text.slice(at, close);
				at = close + 1;
				if (text[at] !== '"') break;
				field += '"';
				at += 1;
			}
		} else {
			const end = text.slice(at).search(/[,\r\n"]/);
			const stop = end === -1 ? text.length : at + end;
			if (text[stop] === '"') throw new Error(`bare quote in an unquoted field at ${stop}`);
			field = text.slice(at, stop);
			at = stop;
		}
		record.push(field);
		if (text[at] === ',') {
			at += 1;
			continue;
		}
		if (at === text.length || text.startsWith('\r\n', at)) {
			records.push(record);
			record = [];
			at += 2;
			if (at >= text.length) return records;
			continue;
		}
		throw new Error(`expected a comma or CRLF at ${at}, found ${JSON.stringify(text[at])}`);
	}
}
