import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../../src/site/json-ld/serialize-json-ld.ts';

const HOSTILE = '</script><script>alert(1)</script>';

describe('serializeJsonLd', () => {
	it('serialises plain data as JSON', () => {
		expect(serializeJsonLd({ '@type': 'ClaimReview', name: 'NIS', count: 2 })).toBe(
			'{"@type":"ClaimReview","name":"NIS","count":2}'
		);
	});

	it('escapes a closing script tag inside a value so no < or > appears', () => {
		const output = serializeJsonLd({ headline: HOSTILE });
		expect(output).toBe(
			'{"headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'
		);
		expect(output).not.toContain('<');
		expect(output).not.toContain('>');
	});

	it('round-trips the hostile value through JSON.parse', () => {
		expect(JSON.parse(serializeJsonLd({ headline: HOSTILE }))).toEqual({ headline: HOSTILE });
	});

	it('escapes ampersands', () => {
		const output = serializeJsonLd({ name: 'Q&A <!-- comment -->' });
		expect(output).toBe('{"name":"Q\\u0026A \\u003c!-- comment --\\u003e"}');
		expect(JSON.parse(output)).toEqual({ name: 'Q&A <!-- comment -->' });
	});

	it('escapes the line and paragraph separators U+2028 and U+2029', () => {
		const value = 'line\u2028separator\u2029paragraph';
		const output = serializeJsonLd({ value });
		expect(output).toBe('{"value":"line\\u2028separator\\u2029paragraph"}');
		expect(output).not.toContain('\u2028');
		expect(output).not.toContain('\u2029');
		expect(JSON.parse(output)).toEqual({ value });
	});

	it('escapes characters in keys as well as values', () => {
		const output = serializeJsonLd({ '<key>': 1 });
		expect(output).not.toContain('<');
		expect(JSON.parse(output)).toEqual({ '<key>': 1 });
	});

	it('round-trips nested arrays and objects', () => {
		const data = { '@context': 'https://schema.org', list: [{ a: '</script>' }, null, true, 1.5] };
		expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
	});
});
