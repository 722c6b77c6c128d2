// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import rehypeSanitize from 'rehype-sanitize';
import { contentBuild } from './src/build/integrations/content-build.ts';
import { keptOutput } from './src/build/integrations/kept-output.ts';
import { buildCacheDir } from './src/build/build-cache-dir.ts';
import { searchIndex } from './src/build/integrations/search-index.ts';
import { securityHeaders } from './src/build/integrations/security-headers.ts';
import { sitemapOfPages } from './src/build/integrations/sitemap-pages.ts';
import { CSP_DIRECTIVES } from './src/site/security/content-security-policy.ts';
import { siteUrl } from './src/site/site-url.ts';

export default defineConfig({
	site: siteUrl(),
	trailingSlash: 'always',
	// CLAIMS_CACHE_DIR lets the benchmark and tests build other content without evicting this site's caches.
	cacheDir: buildCacheDir(fileURLToPath(new URL('.', import.meta.url))),
	build: { format: 'directory' },
	experimental: {
		// Pages whose view is unchanged since the last build are copied instead of rendered (src/build/page-cache/view-key.ts).
		incrementalBuild: true,
		// Writes .astro/collections/*.schema.json, with which Astro's editor extension checks frontmatter as it is typed.
		contentIntellisense: true,
	},
	// One Markdown dialect for ingest and pages: remark, with sanitising so content can never inject HTML or script.
	// No syntax highlighting: claims hold prose, and Shiki's inline styles would break the style-src policy below.
	markdown: { processor: unified({ rehypePlugins: [rehypeSanitize] }), syntaxHighlight: false },
	// A Content-Security-Policy in every page: Astro hashes its own scripts and styles; nothing else may run or load.
	security: { csp: { directives: [...CSP_DIRECTIVES] } },
	integrations: [
		// First: dist/ is kept between builds, and what an earlier build left is removed before anything reads it.
		keptOutput(),
		contentBuild(),
		searchIndex(),
		// Neither the not-found page, the admin, nor a page that is canonically another is a page to list.
		...sitemapOfPages(),
		// Last, so that `_headers` covers every file the others write (the sitemap's included).
		securityHeaders(),
	],
});
