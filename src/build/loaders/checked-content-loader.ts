import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { hasBody, type CollectionName } from '../../core/collections.ts';
import { collectionFiles, contentRoot } from '../../core/content-folders.ts';
import { checkedContent } from '../checked-content.ts';
import { formatProblem } from '../../core/validation/problem.ts';

/**
 * A collection's records as the content check parsed and validated them, so the build reads and parses each file
 * once (Astro's glob loader would read and parse them all again). A record whose fields and text are unchanged
 * since the last build keeps its stored entry, Markdown already rendered. In dev, an edit under the content folder
 * reloads the collection from a fresh check.
 */
export function checkedContentLoader(collection: CollectionName): Loader {
	return {
		name: 'claims-tracker:checked-content',
		load: async (context) => {
			await syncCollection(collection, context, false);
			const folder = resolve(collectionFiles(collection).base);
			context.watcher?.on('all', (_event, path) => {
				if (resolve(path).startsWith(folder + sep))
					void syncCollection(collection, context, true).catch((error: unknown) =>
						context.logger.error((error as Error).message)
					);
			});
		},
	};
}

async function syncCollection(
	collection: CollectionName,
	context: LoaderContext,
	fresh: boolean
): Promise<void> {
	const { store, config, logger } = context;
	const { content, problems } = checkedContent(contentRoot(), { fresh });
	const records = content[collection];
	if (fresh) {
		// After an edit in dev: the problems in this collection's files, which leave those records out until fixed.
		const folder = resolve(collectionFiles(collection).base);
		const here = problems.filter((problem) => resolve(problem.file).startsWith(folder + sep));
		if (here.length > 0) logger.warn(here.map(formatProblem).join('\n'));
	}
	const projectRoot = fileURLToPath(config.root);
	const untouched = new Set(store.keys());
	for (const record of records) {
		untouched.delete(record.id);
		const digest = context.generateDigest({ data: record.data, body: record.body });
		if (store.get(record.id)?.digest === digest) continue;
		const text = record.body.trim() === '' ? undefined : record.body;
		store.set({
			id: record.id,
			// Already checked against the collection's schema, so stored as the check left it.
			data: record.data,
			...(hasBody(collection) ? { body: record.body } : {}),
			filePath: relative(projectRoot, resolve(record.file)).split(sep).join('/'),
			digest,
			// An empty frontmatter first, so a body that opens with a `---` rule is not read as frontmatter.
			...(text === undefined
				? {}
				: { rendered: await context.renderMarkdown(`---\n---\n${text}`) }),
		});
	}
	for (const id of untouched) store.delete(id);
}
