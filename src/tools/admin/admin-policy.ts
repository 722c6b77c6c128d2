/**
 * What the admin page adds to the site's Content-Security-Policy (CSP_DIRECTIVES): Sveltia CMS sets inline styles
 * from script, shows local images and the preview as blobs, and saves through the GitHub API. Nothing else leaves the site.
 */
export const ADMIN_CSP_DIRECTIVES = [
	"style-src-elem 'self' 'unsafe-inline'",
	"style-src-attr 'unsafe-inline'",
	"img-src 'self' data: blob:",
	"connect-src 'self' data: blob: https://api.github.com",
	'frame-src blob:',
] as const;
