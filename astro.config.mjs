// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSanitize from 'rehype-sanitize';
import { contentValidation } from './src/integrations/content-validation.ts';
import { siteUrl } from './src/lib/site-url.ts';

export default defineConfig({
	site: siteUrl(),
	trailingSlash: 'always',
	build: { format: 'directory' },
	// One Markdown dialect for ingest and pages: remark, with sanitising so content can never inject HTML or script.
	markdown: { processor: unified({ rehypePlugins: [rehypeSanitize] }) },
	integrations: [contentValidation()],
});
