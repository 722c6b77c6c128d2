/**
 * The day the site describes the world as of: `CLAIMS_AS_OF` (YYYY-MM-DD) when set, so a build can be reproduced
 * exactly, otherwise today in UTC.
 */
export function asOfDay(): string {
	const configured = process.env['CLAIMS_AS_OF'];
	if (configured === undefined) return new Date().toISOString().slice(0, 10);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(configured) || Number.isNaN(Date.parse(configured))) {
		throw new Error(
			`CLAIMS_AS_OF "${configured}" is not a day — write it as YYYY-MM-DD, or unset it to use today`
		);
	}
	return configured;
}
