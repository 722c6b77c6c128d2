import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/tools/ingest/extract/parse-article.ts';
const dir = 'tests/fixtures/ingest-eval/tune/';
const files = ['g10-thediplomat-2024-06-20-transcript-reexports.txt','g5-timesofisrael-2024-12-10-live-syria-strikes.txt','g6-enabbaladi-2025-04-03-sohr-daraa-hama.txt','t1-usnews-2024-07-08-un-experts-rwanda.txt','t5-voa-2025-01-07-haiti-toll.txt','u5-telegraph-2024-11-17-live-energy-attack.txt','u7-npr-2024-06-20-czech-shells.txt','v10-bbc-2025-08-08-newshour-russian-dead-transcript.txt'];
test('dbg', () => {
  for (const f of files) {
    const labels = JSON.parse(readFileSync(dir + f.replace(/\.\w+$/, '.labels.json'), 'utf8'));
    let m; try { m = parseArticle(readFileSync(dir + f, 'utf8'), f).metadata; } catch (e) { m = String(e); }
    console.log('###', f, '\n  LABEL', JSON.stringify(labels.metadata), '\n  READ ', JSON.stringify(m));
  }
});
