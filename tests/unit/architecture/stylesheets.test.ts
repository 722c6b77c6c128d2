import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { describe, expect, it } from 'vitest';

const STYLES = 'src/styles';
const TOKENS = join(STYLES, 'tokens.css');

/** Every stylesheet of the site, and the style blocks of its components, as CSS text with where it came from. */
function stylesheets(): Array<{ file: string; css: string }> {
	const sheets = readdirSync(STYLES)
		.filter((file) => file.endsWith('.css'))
		.map((file) => ({ file: join(STYLES, file), css: readFileSync(join(STYLES, file), 'utf8') }));
	const components = sourceFiles()
		.filter(({ file }) => file.endsWith('.astro'))
		.flatMap(({ file, text }) =>
			[...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => ({
				file,
				css: match[1]!,
			}))
		);
	return [...sheets, ...components];
}

/** The site's code that writes class names: components, pages, layouts, browser scripts and the site's TypeScript. */
function sourceFiles(): Array<{ file: string; text: string }> {
	return readdirSync('src', { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(?:astro|ts)$/.test(file))
		.map((file) => ({ file: join('src', file), text: readFileSync(join('src', file), 'utf8') }));
}

/** The class names each rule's selectors need, with the rule's place. */
function selectorClasses(sheet: {
	file: string;
	css: string;
}): Array<{ at: string; classes: string[] }> {
	const found: Array<{ at: string; classes: string[] }> = [];
	postcss.parse(sheet.css).walkRules((rule) => {
		selectorParser((selectors) => {
			selectors.each((selector) => {
				const classes: string[] = [];
				selector.walkClasses((node) => {
					classes.push(node.value);
				});
				found.push({
					at: `${sheet.file}:${rule.source?.start?.line} ${selector.toString().trim()}`,
					classes,
				});
			});
		}).processSync(rule.selector);
	});
	return found;
}

/**
 * Whether code writes a class: as a word of its own ("claim-row"), or built from a prefix that ends at a hyphen
 * (`verdict--${key}`, `chart-colour-${colour}`), the way the templates name a status's or a colour's variant.
 */
function written(name: string, code: string): boolean {
	if (new RegExp(`(?<![\\w-])${name.replace(/-/g, '\\-')}(?![\\w-])`).test(code)) return true;
	return [...name.matchAll(/-/g)].some((hyphen) =>
		code.includes(`${name.slice(0, hyphen.index + 1)}\${`)
	);
}

describe('the stylesheets', () => {
	const code = sourceFiles()
		.filter(({ file }) => !file.endsWith('.css'))
		.map(({ text }) => text.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ''))
		.join('\n');
	const rules = stylesheets().flatMap(selectorClasses);

	it('hold no rule for a class the site never writes', () => {
		expect(rules.length).toBeGreaterThan(200);
		const unused = rules.filter(({ classes }) => classes.some((name) => !written(name, code)));
		expect(unused.map(({ at }) => at)).toEqual([]);
	});

	it('would find a rule for a class nobody writes', () => {
		const [rule] = selectorClasses({ file: 'x.css', css: '.stat-grid li { padding: 0; }' });
		expect(rule!.classes.some((name) => !written(name, code))).toBe(true);
		expect(written('verdict--mixed', 'class={`verdict verdict--${key}`}')).toBe(true);
		expect(written('chart-colour-rose', 'class={`chart-colour-${colour}`}')).toBe(true);
		expect(written('chart-colour-rose', 'class="chart-colour"')).toBe(false);
	});

	it('name every colour once, in tokens.css, for the light, dark and print schemes', () => {
		const colourLiteral = /#[0-9a-f]{3,8}\b|\b(?:rgb|hsl)a?\(/i;
		const outside = stylesheets()
			.filter(({ file }) => file !== TOKENS)
			.flatMap(({ file, css }) =>
				css
					.split('\n')
					.map((line, index) => ({ line, at: `${file}:${index + 1}` }))
					.filter(({ line }) => colourLiteral.test(line))
					.map(({ at, line }) => `${at} ${line.trim()}`)
			);
		expect(outside).toEqual([]);
	});

	it('use only tokens that tokens.css defines, and define none that nothing uses', () => {
		const tokens = readFileSync(TOKENS, 'utf8');
		const defined = new Set([...tokens.matchAll(/^\s*(--[\w-]+):/gm)].map((match) => match[1]!));
		expect(defined.size).toBeGreaterThan(20);
		const everything = [...stylesheets().map(({ css }) => css), code].join('\n');
		const usedTokens = new Set(
			[...everything.matchAll(/var\((--[\w-]+)/g)].map((match) => match[1]!)
		);
		// Custom properties a rule sets for its own children (--verdict) are defined beside the rule, not as tokens.
		const local = new Set(
			stylesheets()
				.filter(({ file }) => file !== TOKENS)
				.flatMap(({ css }) => [...css.matchAll(/^\s*(--[\w-]+):/gm)].map((match) => match[1]!))
		);
		expect([...usedTokens].filter((token) => !defined.has(token) && !local.has(token))).toEqual([]);
		expect(
			[...defined].filter(
				(token) =>
					!everything.includes(`var(${token}`) &&
					!new RegExp(`${token}(?![\\w-])`).test(code.replace(/var\(/g, ''))
			)
		).toEqual([]);
	});
});
