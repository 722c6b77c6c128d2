import { test } from 'vitest';
import { evaluateIngest, type EvalHalf } from '../../src/tools/ingest/eval/evaluate-ingest.ts';
test('blind', () => {
  for (const batch of (process.env.BATCHES ?? '').split(',')) {
    const { byStory, articles } = evaluateIngest(`../../../../staging-other-${batch}` as EvalHalf);
    const summary = byStory["other stories"]; const p = (x: number) => (x * 100).toFixed(1);
    console.log(`BLIND ${batch}: articles ${summary.articles} crashes ${summary.crashes} refused ${articles.filter((a) => a.refused).length} metadata ${p(summary.metadata)} recall ${p(summary.claimRecall)} speaker ${p(summary.speakerRight)} figures ${p(summary.figuresRight)} said ${p(summary.claimedRight)} junk ${p(summary.junkShare)} unknown ${p(summary.unknownSpeakerShare)}`);
  }
}, 120000);
test('details', () => {
  if (!process.env.DETAILS) return;
  for (const batch of process.env.DETAILS.split(',')) {
    const { articles } = evaluateIngest(`../../../../staging-other-${batch}` as EvalHalf);
    for (const a of articles) {
      console.log(`D ${a.file}${a.refused ? ' refused ' + a.refused : ''}`);
      if (a.score?.metadataMisses.length) console.log(`D    metadata missed: ${a.score.metadataMisses.join(', ')}`);
      for (const n of a.score?.notes ?? []) console.log(`D    ${n}`);
    }
  }
}, 120000);
