import { francAll } from 'franc-min';
import { IngestError } from '../extract/article.ts';

/** How close English must score to the best-scoring language for a text to pass as English (franc's scale, best = 1). */
const ENGLISH_MARGIN = 0.9;
/** Franc guesses on very short texts; below this many characters the text is taken as it comes. */
const SHORTEST_JUDGED = 200;

/**
 * Refuses an article that is not in English: the drafting rules (speakers, numbers, dates) read English, and on
 * other languages they would draft nonsense ("3.000" as 3). Detection by franc, over the article's own text.
 */
export function requireEnglish(paragraphs: readonly string[]): void {
	const text = paragraphs.join('\n');
	if (text.length < SHORTEST_JUDGED) return;
	const scores = francAll(text);
	const [best] = scores;
	if (!best || best[0] === 'eng' || best[0] === 'und') return;
	const english = scores.find(([language]) => language === 'eng')?.[1] ?? 0;
	if (english >= ENGLISH_MARGIN) return;
	throw new IngestError(
		`the article reads as ${languageName(best[0])}, not English — the ingest drafts claims from English text only: use the outlet's English edition or an English translation, and record the original as the source's url`
	);
}

function languageName(code: string): string {
	try {
		return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}
