import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript module under src/ with the project modules it imports (type-only imports included). */
function importGraph(): Map<string, string[]> {
	const modules = readdirSync('src', { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.ts'))
		.map((file) => normalize(join('src', file)));
	return new Map(
		modules.map((module) => {
			const text = readFileSync(module, 'utf8');
			const imported = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gms)].map(
				(match) => normalize(join(dirname(module), match[1]!))
			);
			return [module, imported.filter((target) => modules.includes(target))];
		})
	);
}

/** One import cycle, as the modules along it, or undefined when the graph has none (depth-first search). */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
	const done = new Set<string>();
	const path: string[] = [];
	const visit = (module: string): string[] | undefined => {
		const open = path.indexOf(module);
		if (open !== -1) return [...path.slice(open), module];
		if (done.has(module)) return undefined;
		path.push(module);
		for (const next of graph.get(module) ?? []) {
			const cycle = visit(next);
			if (cycle) return cycle;
		}
		path.pop();
		done.add(module);
		return undefined;
	};
	for (const module of graph.keys()) {
		const cycle = visit(module);
		if (cycle) return cycle;
	}
	return undefined;
}

describe('the modules under src/', () => {
	it('import one another without cycles, type-only imports included', () => {
		const graph = importGraph();
		expect(graph.size).toBeGreaterThan(100);
		expect(findCycle(graph)).toBeUndefined();
	});

	it('would have a cycle found', () => {
		expect(
			findCycle(
				new Map([
					['a', ['b']],
					['b', ['c']],
					['c', ['a']],
				])
			)
		).toEqual(['a', 'b', 'c', 'a']);
	});
});
