import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { contentJsonSchemas } from '../../../src/lib/export/content-json-schemas.ts';

const schemas = contentJsonSchemas();

describe('the JSON Schemas of content files', () => {
	it.each(Object.keys(schemas))(
		'content/schemas/%s.schema.json is up to date (run npm run schemas if not)',
		(name) => {
			const committed = JSON.parse(
				readFileSync(join('content', 'schemas', `${name}.schema.json`), 'utf8')
			);
			expect(committed).toEqual(schemas[name as keyof typeof schemas]);
		}
	);

	it('accepts every claimant file and rejects a misspelt field and an unknown kind', () => {
		const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schemas.claimant);
		for (const file of readdirSync(join('content', 'claimants'))) {
			const data = yaml.load(readFileSync(join('content', 'claimants', file), 'utf8'));
			expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
		}
		expect(validate({ name: 'NIS', shortname: 'NIS', kind: 'intelligence-agency' })).toBe(false);
		expect(validate({ name: 'NIS', shortName: 'NIS', kind: 'spy' })).toBe(false);
	});

	it('is linked to claimant files for editors that use the YAML language server', () => {
		expect(
			JSON.parse(readFileSync(join('.vscode', 'settings.json'), 'utf8'))['yaml.schemas']
		).toEqual({ './content/schemas/claimant.schema.json': 'content/claimants/*.yaml' });
	});
});
