import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
	run?: string;
	uses?: string;
	if?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}

const workflow = parseYaml(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
	on: Record<string, unknown>;
	jobs: Record<
		string,
		{ steps: Step[]; needs?: string; if?: string; permissions?: Record<string, string> }
	>;
};
const readme = readFileSync('README.md', 'utf8');
const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
	scripts: Record<string, string>;
};
const steps = workflow.jobs['build-and-test']!.steps;
const commands = steps.flatMap((step) => (step.run ? step.run.split(' && ') : []));
const stepIndex = (predicate: (step: Step) => boolean) => steps.findIndex(predicate);
const onMain = "github.ref == 'refs/heads/main'";

describe('the GitHub Actions workflow', () => {
	it('runs, after npm ci and the content check, every part of README’s npm test in order, the build once', () => {
		expect(Object.keys(workflow.on)).toContain('push');
		expect(readme).toContain('npm ci && npm run build && npm run preview');
		expect(readme).toMatch(/```sh\nnpm test\n```/);
		const testParts = scripts['test']!.split(' && ');
		expect(testParts.length).toBeGreaterThan(5);
		expect(commands.slice(0, 2)).toEqual(['npm ci', 'npm run check']);
		// npm test runs the content check too; here it ran first, on its own, so a bad edit fails in seconds.
		expect(commands.slice(2)).toEqual(testParts.filter((part) => part !== 'npm run check'));
		expect(commands.filter((command) => command === 'npm run build')).toHaveLength(1);
	});

	it('restores the build cache and the last dist/ after npm ci (which empties node_modules) and before the build', () => {
		const cache = stepIndex((step) => step.uses?.startsWith('actions/cache@') ?? false);
		expect(cache).toBeGreaterThan(stepIndex((step) => step.run === 'npm ci'));
		expect(cache).toBeLessThan(stepIndex((step) => step.run === 'npm run build'));
		expect(String(steps[cache]!.with?.['path']).split('\n').filter(Boolean)).toEqual([
			'node_modules/.astro',
			'dist',
		]);
	});

	it('checks the pages an edit changed plus a sample on pushes, every page on the weekly run', () => {
		expect(Object.keys(workflow.on)).toContain('schedule');
		const tests = steps.find((step) => step.run?.includes('npm run test:dist'));
		expect(tests?.env?.['CLAIMS_VALIDATE']).toMatch(/schedule.*'all'.*'changed'/);
	});

	it('deploys from main only, after the tests pass, the very dist/ they tested', () => {
		const upload = stepIndex(
			(step) => step.uses?.startsWith('actions/upload-pages-artifact') ?? false
		);
		expect(upload).toBeGreaterThan(
			stepIndex((step) => step.run?.includes('npm run test:e2e') ?? false)
		);
		expect(steps[upload]!.if).toContain(onMain);
		expect(steps[upload]!.with).toEqual({ path: 'dist' });
		const buildEnv = steps.find((step) => step.run === 'npm run build')?.env;
		expect(buildEnv?.['SITE_URL']).toContain('steps.pages.outputs.base_url');
		// The admin commits to a branch of its own; only a merge into main deploys.
		expect(buildEnv?.['CMS_GITHUB_BRANCH']).not.toBe('main');
		const deploy = workflow.jobs['deploy']!;
		expect(deploy.needs).toBe('build-and-test');
		expect(deploy.if).toContain(onMain);
		expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
		// Nothing is built again: the job only publishes the uploaded artifact.
		expect(deploy.steps.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
	});
});
