import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contentJsonSchemas } from '../../../src/site/export/content-json-schemas.ts';

const schemas = contentJsonSchemas();

function schemaOf(record: string): Record<string, unknown> {
	const schema = schemas[record];
	if (!schema) throw new Error(`no JSON Schema for ${record}: ${Object.keys(schemas).join(', ')}`);
	return schema;
}

describe('the JSON Schemas of content files', () => {
	it.each(Object.keys(schemas))(
		'content/schemas/%s.schema.json is up to date (run npm run schemas if not)',
		(name) => {
			const committed = JSON.parse(
				readFileSync(join('content', 'schemas', `${name}.schema.json`), 'utf8')
			);
			expect(committed).toEqual(schemaOf(name));
		}
	);

	it('accepts every claimant file and rejects a misspelt field and an unknown kind', () => {
		const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schemaOf('claimant'));
		for (const file of readdirSync(join('content', 'claimants'))) {
			const data = parseYaml(readFileSync(join('content', 'claimants', file), 'utf8'));
			expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
		}
		expect(validate({ name: 'NIS', shortname: 'NIS', kind: 'intelligence-agency' })).toBe(false);
		expect(validate({ name: 'NIS', shortName: 'NIS', kind: 'spy' })).toBe(false);
	});

	it('accepts every place file and rejects typed-in coordinates', () => {
		const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schemaOf('place'));
		const files = readdirSync(join('content', 'places'));
		expect(files.length).toBeGreaterThan(0);
		for (const file of files) {
			const data = parseYaml(readFileSync(join('content', 'places', file), 'utf8'));
			expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
		}
		const names = { en: 'Kursk', uk: 'Курськ', ru: 'Курск', ko: '쿠르스크' };
		expect(validate({ names, kind: 'city', location: { lat: 51.7, lon: 36.2 } })).toBe(false);
	});

	it.each(Object.keys(schemas))(
		'describes every field of %s, so editors see help as they type',
		(name) => {
			const undescribed: string[] = [];
			let fields = 0;
			const walk = (node: Record<string, unknown> | undefined, path: string): void => {
				if (!node || typeof node !== 'object') return;
				const properties = (node['properties'] ?? {}) as Record<string, Record<string, unknown>>;
				for (const [field, child] of Object.entries(properties)) {
					fields++;
					if (typeof child['description'] !== 'string') undescribed.push(`${path}.${field}`);
					walk(child, `${path}.${field}`);
				}
				walk(node['items'] as Record<string, unknown> | undefined, `${path}[]`);
				for (const key of ['anyOf', 'oneOf', 'allOf'])
					for (const option of (node[key] ?? []) as Array<Record<string, unknown>>)
						walk(option, path);
			};
			walk(schemaOf(name), name);
			// A key event, the smallest record, has five.
			expect(fields).toBeGreaterThanOrEqual(5);
			expect(undescribed).toEqual([]);
		}
	);

	it('is linked to the files of every YAML collection for editors that use the YAML language server', () => {
		expect(
			(
				JSON.parse(readFileSync(join('.vscode', 'settings.json'), 'utf8')) as Record<
					string,
					unknown
				>
			)['yaml.schemas']
		).toEqual({
			'./content/schemas/claimant.schema.json': 'content/claimants/*.yaml',
			'./content/schemas/place.schema.json': 'content/places/*.yaml',
			'./content/schemas/measure.schema.json': 'content/measures/*.yaml',
			'./content/schemas/key-event.schema.json': 'content/events/*.yaml',
		});
	});
});
