/**
 * The admin page: loads Sveltia CMS, teaches it the site's file layout (so a save writes exactly what the content
 * check and the ingest write), and starts it with the configuration generated from the content schemas.
 */
import { newClaimIdProblem } from '../tools/admin/new-claim-id.ts';
import { claimPreview } from './admin-claim-preview.ts';
import type { AdminFormat, AdminSetup } from '../tools/admin/admin-setup.ts';
import {
	formatFrontmatterFile,
	formatYamlFile,
	parseContentText,
	withoutUnfilled,
} from '../core/yaml/content-file.ts';
import { FILE_COMMENT_FIELD } from '../tools/admin/file-comment-field.ts';

interface SveltiaCms {
	registerCustomFormat(
		name: string,
		extension: string,
		format: {
			fromFile: (text: string) => unknown;
			toFile: (value: Record<string, unknown>) => string;
		}
	): void;
	registerPreviewStyle(url: string): void;
	registerPreviewTemplate(collection: string, component: unknown): void;
	registerEventListener(listener: {
		name: 'preSave';
		handler: (event: { entry: { get(key: string): unknown } }) => void;
	}): void;
	init(options: { config: Record<string, unknown> }): void;
}

declare global {
	interface Window {
		CMS_MANUAL_INIT?: boolean;
		CMS?: SveltiaCms;
		h?: Parameters<typeof claimPreview>[0];
	}
}

const setup = JSON.parse(document.getElementById('admin-setup')!.textContent) as AdminSetup;

function fromFile(format: AdminFormat, text: string): Record<string, unknown> {
	const file = parseContentText(text, format.body);
	return {
		...file.data,
		...(format.body ? { body: file.body?.trimEnd() ?? '' } : {}),
		[FILE_COMMENT_FIELD]: (file.comment ?? []).join('\n'),
	};
}

function toFile(format: AdminFormat, value: Record<string, unknown>): string {
	const { body, [FILE_COMMENT_FIELD]: comment, ...values } = value;
	const data = withoutUnfilled(values, { type: 'object', fields: format.fields }) as Record<
		string,
		unknown
	>;
	const file = {
		data,
		comment: typeof comment === 'string' && comment !== '' ? comment.split('\n') : [],
	};
	return format.body
		? formatFrontmatterFile({ ...file, body: typeof body === 'string' ? body : '' }, format.fields)
		: formatYamlFile(file, format.fields);
}

function loadScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => resolve();
		script.onerror = () => reject(new Error(`Could not load ${src}`));
		document.body.append(script);
	});
}

window.CMS_MANUAL_INIT = true;
await loadScript(setup.bundle);
const cms = window.CMS!;
for (const format of setup.formats)
	cms.registerCustomFormat(format.name, format.extension, {
		fromFile: (text) => fromFile(format, text),
		toFile: (value) => toFile(format, value),
	});
cms.registerPreviewStyle(setup.previewStyle);
for (const collection of setup.claimForms)
	cms.registerPreviewTemplate(collection, claimPreview(window.h!));
// A new claim's id comes from its title; it may not take the address of a claim published before under that id.
cms.registerEventListener({
	name: 'preSave',
	handler: ({ entry }) => {
		if (!entry.get('newRecord') || !setup.claimForms.includes(String(entry.get('collection'))))
			return;
		const problem = newClaimIdProblem(String(entry.get('slug')), setup.retiredClaimIds);
		if (!problem) return;
		// Sveltia reports a failed save without the reason, so the editor is told it first.
		window.alert(`Not saved. ${problem}`);
		throw new Error(problem);
	},
});
cms.init({ config: setup.config });
