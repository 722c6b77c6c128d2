import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { pagesToValidate } from '../support/built-site.ts';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Astro's compact output: formatting rules about whitespace and attribute style are not validity.
		'no-inline-style': 'off',
		'attribute-boolean-style': 'off',
		'void-style': 'off',
		'no-trailing-whitespace': 'off',
		// A claim's title is its headline; search-snippet length is not a validity question.
		'long-title': 'off',
	},
});

describe('HTML in dist/', () => {
	it.each(pagesToValidate().map((page) => [page.path, page.file]))(
		'%s is valid HTML',
		async (_path, file) => {
			const report = await validator.validateFile(file);
			const messages = report.results.flatMap((result) =>
				result.messages.map(
					(message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`
				)
			);
			expect(messages).toEqual([]);
		}
	);
});
