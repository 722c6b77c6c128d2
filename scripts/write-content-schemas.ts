/**
 * `npm run schemas`: writes the JSON Schemas of content files to content/schemas/, for editors that validate YAML as
 * it is typed. Run it after changing a schema in src/core/schemas/; a test fails while the files are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_NAMES } from '../src/core/collections.ts';
import { contentJsonSchemas } from '../src/site/export/content-json-schemas.ts';
import { allOf } from '../src/core/text/word-list.ts';

const folder = join('content', 'schemas');
mkdirSync(folder, { recursive: true });
for (const [name, schema] of Object.entries(contentJsonSchemas())) {
	writeFileSync(join(folder, `${name}.schema.json`), `${JSON.stringify(schema, null, '\t')}\n`);
}
console.log(`Wrote the JSON Schemas of ${allOf(COLLECTION_NAMES)} to ${folder}/.`);
