import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseArticle } from '../../src/lib/ingest/extract/parse-article.ts';
it('x', () => {
	for (const f of readdirSync('tests/fixtures/ingest-eval/tune').filter((n) => /^[tu]\d/.test(n) && !n.endsWith('.json'))) {
		const labels = JSON.parse(readFileSync(`tests/fixtures/ingest-eval/tune/${f.replace(/\.[a-z]+$/, '.labels.json')}`, 'utf8')).metadata;
		try { const m = parseArticle(readFileSync(`tests/fixtures/ingest-eval/tune/${f}`, 'utf8'), f).metadata; console.log('@@', f, JSON.stringify({h: m.headline, o: m.outlet, oo: m.originalOutlet, p: m.published, a: m.authors}), '\n   WANT', JSON.stringify(labels)); } catch (e) { console.log('@@', f, 'ERR', (e as Error).message.slice(0, 150), '\n   WANT', JSON.stringify(labels)); }
	}
});
