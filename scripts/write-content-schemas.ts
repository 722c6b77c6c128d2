/**
 * `npm run schemas`: writes the JSON Schemas of content files to content/schemas/, for editors that validate YAML as
 * it is typed. Run it after changing a schema in src/schemas/; a test fails while the files are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentJsonSchemas } from '../src/lib/export/content-json-schemas.ts';

const folder = join('content', 'schemas');
mkdirSync(folder, { recursive: true });
for (const [name, schema] of Object.entries(contentJsonSchemas())) {
	writeFileSync(join(folder, `${name}.schema.json`), `${JSON.stringify(schema, null, '\t')}\n`);
}
console.log(`Wrote the JSON Schemas of claims, claimants, sources and places to ${folder}/.`);
