/** The public address the site is deployed at, from `SITE_URL`; canonical links and claims.json URLs use it. */
export function siteUrl(): string {
	const configured = process.env['SITE_URL'] ?? 'http://localhost:4321';
	if (!URL.canParse(configured))
		throw new Error(
			`SITE_URL "${configured}" is not a URL — set it to the site's address, e.g. https://claims.example.org`
		);
	return configured.replace(/\/+$/, '');
}
