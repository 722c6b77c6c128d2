import { defineConfig } from 'vitest/config';

// Three suites: unit tests of the domain logic; checks over the built dist/; browser tests in real Chromium.
export default defineConfig({
	test: {
		projects: [
			// The domain modules are pure, so unit test files can share one module graph: 2.6x faster.
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
			{ test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});
