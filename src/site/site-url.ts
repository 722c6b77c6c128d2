/** Where a build without `SITE_URL` says the site is: the preview server's address. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** The public address the site is deployed at, from `SITE_URL`; canonical links and claims.json URLs use it. */
export function siteUrl(): string {
	const configured = process.env['SITE_URL'] ?? LOCAL_SITE_URL;
	if (!URL.canParse(configured))
		throw new Error(
			`SITE_URL "${configured}" is not a URL — set it to the site's address, e.g. https://claims.example.org`
		);
	return configured.replace(/\/+$/, '');
}

/** What a build says when `SITE_URL` is not set, or undefined when it is. */
export function localSiteUrlNotice(
	env: Record<string, string | undefined> = process.env
): string | undefined {
	if (env['SITE_URL'] !== undefined) return undefined;
	return `Note: SITE_URL is not set, so canonical links, claims.json, the feed, the sitemap and the cite box point at ${LOCAL_SITE_URL} — fine for a preview; to publish, build with SITE_URL=https://your.site npm run build.`;
}
