import { ADMIN_PATH } from '../../site/links/site-paths.ts';
import { collectionFiles } from '../../core/content-folders.ts';
import { COLLECTION_NAMES, hasBody, type CollectionName } from '../../core/collections.ts';
import type { Field } from '../../core/schema-fields/field-tree.ts';
import { collectionFields } from '../../core/yaml/content-layout.ts';
import { retiredClaimIds } from './retired-ids.ts';
import { cmsConfig, contentFormatName, type CmsBackend, type CmsCollection } from './cms-config.ts';

/** How the admin page reads and writes one collection's files: the format name, extension and fields. */
export interface AdminFormat {
	collection: CollectionName;
	name: string;
	extension: string;
	body: boolean;
	fields: Field[];
}

/** Everything the admin page's script needs, computed at build time and embedded in the page as JSON. */
export interface AdminSetup {
	config: Record<string, unknown>;
	formats: AdminFormat[];
	previewStyle: string;
	/** Ids a new claim may not take: published once, now redirects (see retired-ids.ts). */
	retiredClaimIds: string[];
	/** The forms over the claims folder, previewed as the claim page leads. */
	claimForms: string[];
	/** Address of Sveltia CMS's bundle, served by the site. */
	bundle: string;
}

/** The admin page's setup: the CMS configuration and the layout of each collection's files. */
export function adminSetup(
	backend: CmsBackend | undefined,
	siteUrl: string,
	previewStyle: string
): AdminSetup {
	const config = cmsConfig(backend, siteUrl);
	return {
		config,
		retiredClaimIds: retiredClaimIds(),
		claimForms: (config['collections'] as CmsCollection[])
			.filter((form) => form.folder === collectionFiles('claims', 'content').base)
			.map((form) => form.name),
		formats: COLLECTION_NAMES.map((collection) => ({
			collection,
			name: contentFormatName(collection),
			extension: hasBody(collection) ? 'md' : 'yaml',
			body: hasBody(collection),
			fields: collectionFields(collection),
		})),
		previewStyle,
		bundle: `${ADMIN_PATH}sveltia-cms.js`,
	};
}

/**
 * The GitHub repository the admin commits to: `CMS_GITHUB_REPO`, else the one GitHub Actions builds
 * (`GITHUB_REPOSITORY`), else undefined (then only the local repository can be edited).
 */
export function adminBackend(
	env: Record<string, string | undefined> = process.env
): CmsBackend | undefined {
	const repo = env['CMS_GITHUB_REPO'] ?? env['GITHUB_REPOSITORY'];
	if (repo === undefined || repo === '') return undefined;
	if (!/^[\w.-]+\/[\w.-]+$/.test(repo))
		throw new Error(
			`CMS_GITHUB_REPO "${repo}" is not owner/name — set it to the GitHub repository, e.g. newsroom/claims`
		);
	return { repo, branch: env['CMS_GITHUB_BRANCH'] ?? 'main' };
}
