import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ADMIN_PATH } from '../../site/links/site-paths.ts';

const require = createRequire(import.meta.url);

/**
 * The fonts Sveltia CMS's bundle asks a CDN for, and the npm packages that ship the same files. Served from the site
 * so that the admin page sends no request elsewhere before an editor signs in.
 */
const FONTS = [
	{
		cdn: 'source-sans-3:vf',
		packageName: '@fontsource-variable/source-sans-3',
		subset: 'latin-wght-normal',
	},
	{ cdn: 'noto-mono', packageName: '@fontsource/noto-mono', subset: 'latin-400-normal' },
	{
		cdn: 'material-symbols-outlined:vf',
		packageName: '@fontsource-variable/material-symbols-outlined',
		subset: 'latin-wght-normal',
	},
] as const;

/** The file name of a font as the site serves it (the package's own). */
function fontFile({ packageName, subset }: (typeof FONTS)[number]): string {
	return `${packageName.split('/')[1]}-${subset}.woff2`;
}

/** An installed package's folder (some packages export neither their package.json nor their dist files). */
function packageFolder(name: string): string {
	let folder = dirname(require.resolve(name));
	while (!existsSync(join(folder, 'package.json'))) folder = dirname(folder);
	return folder;
}

/** The font files the admin page serves, by name. */
export function adminFontFiles(): string[] {
	return FONTS.map(fontFile);
}

/** One font file's bytes; throws for a name that is not one of them. */
export function adminFontFile(file: string): Buffer {
	const font = FONTS.find((candidate) => fontFile(candidate) === file);
	if (!font)
		throw new Error(
			`adminFontFile: "${file}" is not one of the admin fonts (${adminFontFiles().join(', ')})`
		);
	return readFileSync(join(packageFolder(font.packageName), 'files', file));
}

/**
 * Sveltia CMS's browser bundle with its CDN font addresses pointed at the site's copies. Throws when an address is
 * missing, so an upgrade that changes them fails the build instead of quietly loading fonts from the CDN.
 */
export function sveltiaBundle(): string {
	let bundle = readFileSync(join(packageFolder('@sveltia/cms'), 'dist', 'sveltia-cms.js'), 'utf8');
	for (const font of FONTS) {
		const pattern = new RegExp(
			`https://cdn\\.jsdelivr\\.net/fontsource/fonts/${font.cdn.replace(/[.:]/g, '\\$&')}@[0-9.]+/${font.subset}\\.woff2`,
			'g'
		);
		if (!pattern.test(bundle))
			throw new Error(
				`sveltiaBundle: the bundle no longer loads ${font.cdn} from the CDN as expected — check the @sveltia/cms upgrade and update FONTS in src/tools/admin/sveltia-assets.ts`
			);
		bundle = bundle.replace(pattern, `${ADMIN_PATH}fonts/${fontFile(font)}`);
	}
	// Its update check, locale and schema downloads ask unpkg; asked here instead, the site answers with the installed
	// version (upgrades come through npm) and nothing leaves the site.
	if (!bundle.includes(UNPKG_PACKAGE))
		throw new Error(
			'sveltiaBundle: the bundle no longer names its unpkg address — check the @sveltia/cms upgrade'
		);
	bundle = bundle.replaceAll(UNPKG_PACKAGE, SVELTIA_PACKAGE_PATH);
	// Every module it would import from unpkg is asked of the site instead: Immutable.js (for preview templates) is
	// served; the rest (code highlighting in the Markdown editor, which claims never need) are not, and fail quietly.
	if (!bundle.includes(UNPKG_MODULE))
		throw new Error(
			'sveltiaBundle: the bundle no longer imports modules from unpkg as expected — check the upgrade'
		);
	bundle = bundle.replaceAll(UNPKG, SVELTIA_MODULES_PATH);
	// It also polls GitHub's status page from the sign-in screen on; the site answers "unknown", which shows nothing.
	if (!bundle.includes(GITHUB_STATUS))
		throw new Error(
			'sveltiaBundle: the bundle no longer polls the GitHub status page as expected — check the upgrade'
		);
	bundle = bundle.replaceAll(GITHUB_STATUS, GITHUB_STATUS_PATH);
	if (bundle.includes('cdn.jsdelivr.net') || bundle.includes('unpkg.com'))
		throw new Error(
			'sveltiaBundle: the bundle still names a CDN after the rewrite — check the @sveltia/cms upgrade'
		);
	return bundle;
}

const UNPKG_PACKAGE = 'https://unpkg.com/@sveltia/cms';
const UNPKG = 'https://unpkg.com/';
const UNPKG_MODULE = `${UNPKG}\${e}`;
const GITHUB_STATUS = 'https://www.githubstatus.com/api/v2/status.json';

/** Where the bundle reads GitHub's status instead of githubstatus.com. */
export const GITHUB_STATUS_PATH = `${ADMIN_PATH}github-status.json`;

/** Where the bundle looks for its package's metadata instead of unpkg. */
export const SVELTIA_PACKAGE_PATH = `${ADMIN_PATH}sveltia-cms-package`;

/** The installed Sveltia CMS's version, which the bundle's update check reads as the latest. */
export function sveltiaVersion(): string {
	return sveltiaPackage().version;
}

/** The installed Sveltia CMS's package.json. */
function sveltiaPackage(): { version: string; dependencies: Record<string, string> } {
	return JSON.parse(readFileSync(join(packageFolder('@sveltia/cms'), 'package.json'), 'utf8')) as {
		version: string;
		dependencies: Record<string, string>;
	};
}

/** Where the bundle imports run-time modules from instead of unpkg. */
export const SVELTIA_MODULES_PATH = `${ADMIN_PATH}modules/`;

/** Modules the bundle imports at run time that the site serves: the preview templates' Immutable.js. */
const SERVED_MODULES = [{ name: 'immutable', file: 'dist/immutable.es.js' }];

/** Paths of the served modules under SVELTIA_MODULES_PATH, as the bundle asks for them (`immutable@5.1.9/dist/…`). */
export function sveltiaModulePaths(): string[] {
	const { dependencies } = sveltiaPackage();
	return SERVED_MODULES.map(
		({ name, file }) => `${name}@${dependencies[name]!.replace(/^\D/, '')}/${file}`
	);
}

/** One served module's text, by its path. */
export function sveltiaModule(path: string): string {
	const module = SERVED_MODULES.find(
		({ name, file }) => path.startsWith(`${name}@`) && path.endsWith(`/${file}`)
	);
	if (!module || !sveltiaModulePaths().includes(path))
		throw new Error(`sveltiaModule: "${path}" is not served`);
	// The copy installed for Sveltia CMS, which satisfies the version range its bundle names.
	const sveltiaRequire = createRequire(join(packageFolder('@sveltia/cms'), 'package.json'));
	let folder = dirname(sveltiaRequire.resolve(module.name));
	while (!existsSync(join(folder, 'package.json'))) folder = dirname(folder);
	return readFileSync(join(folder, module.file), 'utf8');
}

/** The chunks Sveltia loads next to its bundle (React, for preview templates), by file name, as the package ships them. */
export function sveltiaChunkFiles(): string[] {
	return readdirSync(join(packageFolder('@sveltia/cms'), 'dist', 'chunks'))
		.filter((name) => name.endsWith('.js'))
		.sort();
}

/** One chunk's text. */
export function sveltiaChunk(file: string): string {
	if (!sveltiaChunkFiles().includes(file))
		throw new Error(`sveltiaChunk: "${file}" is not a Sveltia chunk`);
	return readFileSync(join(packageFolder('@sveltia/cms'), 'dist', 'chunks', file), 'utf8');
}
