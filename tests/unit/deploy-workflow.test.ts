import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Step {
	run?: string;
	uses?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}

const workflow = yaml.load(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
	on: Record<string, unknown>;
	jobs: Record<
		string,
		{ steps: Step[]; needs?: string; if?: string; permissions?: Record<string, string> }
	>;
};
const readme = readFileSync('README.md', 'utf8');
const runs = (job: string) =>
	workflow.jobs[job]!.steps.flatMap((step) => (step.run ? [step.run] : []));

describe('the GitHub Actions workflow', () => {
	it('tests every push with the newcomer’s commands from README.md (npm ci, then npm test), the content check first', () => {
		expect(Object.keys(workflow.on)).toContain('push');
		expect(runs('test')).toEqual(['npm ci', 'npm run check', 'npm test']);
		expect(readme).toContain('npm ci && npm run build && npm run preview');
		expect(readme).toMatch(/```sh\nnpm test\n```/);
	});

	it('restores the build cache in every job that builds, after npm ci (which empties node_modules)', () => {
		for (const job of ['test', 'deploy']) {
			const steps = workflow.jobs[job]!.steps;
			const cache = steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
			expect(cache, job).toBeGreaterThan(steps.findIndex((step) => step.run === 'npm ci'));
			expect(steps[cache]!.with?.['path'], job).toBe('node_modules/.astro');
			const build = steps.findIndex(
				(step) => step.run === 'npm test' || step.run === 'npm run build'
			);
			expect(cache, job).toBeLessThan(build);
		}
	});

	it('deploys dist/ to GitHub Pages from main only, after the tests pass', () => {
		const deploy = workflow.jobs['deploy']!;
		expect(deploy.needs).toBe('test');
		expect(deploy.if).toContain("github.ref == 'refs/heads/main'");
		expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
		expect(runs('deploy')).toEqual(['npm ci', 'npm run check', 'npm run build']);
		const uses = deploy.steps.flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));
		expect(uses).toEqual(
			expect.arrayContaining([
				'actions/configure-pages',
				'actions/upload-pages-artifact',
				'actions/deploy-pages',
			])
		);
		expect(
			deploy.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with
		).toEqual({ path: 'dist' });
		const buildEnv = deploy.steps.find((step) => step.run === 'npm run build')?.env;
		expect(buildEnv).toHaveProperty('SITE_URL');
		// The admin commits to a branch of its own; only a merge into main deploys.
		expect(buildEnv?.['CMS_GITHUB_BRANCH']).not.toBe('main');
	});
});
