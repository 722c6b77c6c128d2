import { describe, expect, it } from 'vitest';
import { importGraph } from '../../support/import-graph.ts';

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
