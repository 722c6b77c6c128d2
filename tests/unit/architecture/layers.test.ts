import { describe, expect, it } from 'vitest';
import { importGraph } from '../../support/import-graph.ts';

/**
 * The layers of src/ (ARCHITECTURE.md) and what each may import. The content core knows nothing of the site; the
 * site draws the core's records; the build caches and serves what the site makes; the tools (ingest, admin) write
 * content through the core and check it as the site does. Routes (src/pages, src/components, src/layouts) may use
 * any layer; only the admin page and its script use a tool.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
	core: ['core'],
	site: ['core', 'site'],
	build: ['core', 'site', 'build'],
	tools: ['core', 'site', 'tools'],
};

function layerOf(module: string): string | undefined {
	const [root, folder] = module.split('/');
	return root === 'src' && folder !== undefined && folder in MAY_IMPORT ? folder : undefined;
}

/** Every import that crosses a layer the wrong way, as "from → to". */
function wrongWayImports(graph: Map<string, string[]>): string[] {
	return [...graph].flatMap(([module, imported]) => {
		const layer = layerOf(module);
		if (layer === undefined) return [];
		return imported
			.filter((target) => {
				const targetLayer = layerOf(target);
				return targetLayer !== undefined && !MAY_IMPORT[layer]!.includes(targetLayer);
			})
			.map((target) => `${module} → ${target}`);
	});
}

/** The modules that hold the site index or hand it to a page; a component that imports one reads the whole index. */
const INDEX_MODULES = ['src/site/site-index.ts', 'src/build/page-cache/site-data.ts'];

function componentsReadingTheIndex(components: Iterable<[string, string[]]>): string[] {
	return [...components].flatMap(([module, imported]) =>
		imported
			.filter((target) => INDEX_MODULES.includes(target))
			.map((target) => `${module} → ${target}`)
	);
}

describe('the layers of src/', () => {
	const graph = importGraph();

	it('each hold modules, and import one another', () => {
		for (const layer of Object.keys(MAY_IMPORT))
			expect(
				[...graph.keys()].filter((module) => layerOf(module) === layer).length
			).toBeGreaterThan(5);
		const crossing = [...graph].filter(([module, imported]) =>
			imported.some((target) => layerOf(target) !== layerOf(module))
		);
		expect(crossing.length).toBeGreaterThan(50);
	});

	it('import only downwards: the core nothing of the site, the site nothing of the build or the tools', () => {
		expect(wrongWayImports(graph)).toEqual([]);
	});

	it('keep the tools out of every route but the admin page', () => {
		const routeImports = [...graph]
			.filter(([module]) => layerOf(module) === undefined)
			.flatMap(([module, imported]) =>
				imported
					.filter((target) => layerOf(target) === 'tools')
					.map((target) => `${module} → ${target}`)
			);
		expect(routeImports.length).toBeGreaterThan(0);
		// The admin page and its browser script are the admin tool's front end.
		expect(
			routeImports.filter((line) => !/^src\/(?:pages\/admin\/|client\/admin)/.test(line))
		).toEqual([]);
	});

	it('let components render only the slice of a view they are given: none reads the site index', () => {
		const components = [...graph].filter(([module]) => module.startsWith('src/components/'));
		expect(components.length).toBeGreaterThan(20);
		expect(componentsReadingTheIndex(components)).toEqual([]);
		expect(
			componentsReadingTheIndex([
				['src/components/Example.astro', ['src/build/page-cache/site-data.ts']],
			])
		).toEqual(['src/components/Example.astro → src/build/page-cache/site-data.ts']);
	});

	it('would report an import that runs the wrong way', () => {
		expect(
			wrongWayImports(
				new Map([
					['src/core/schemas/claim.ts', ['src/site/charts/chart-layout.ts']],
					['src/site/site-index.ts', ['src/core/schemas/claim.ts']],
				])
			)
		).toEqual(['src/core/schemas/claim.ts → src/site/charts/chart-layout.ts']);
	});
});
