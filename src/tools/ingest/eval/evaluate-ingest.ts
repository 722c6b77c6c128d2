import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EvalLabelsSchema } from './eval-labels.ts';
import { ingestOutcome } from './ingest-outcome.ts';
import { scoreArticle, type ArticleScore } from './score-article.ts';
import { summariseScores, type EvalSummary } from './summarise-scores.ts';
import type { ParsedContent } from '../../../core/validation/parse-records.ts';
import { validateContent } from '../../../core/validation/validate-content.ts';

/** The evaluation set: rules may be tuned on the first half; the second is only ever measured. */
export const EVAL_HALVES = ['tune', 'held-out'] as const;
export type EvalHalf = (typeof EVAL_HALVES)[number];

const EVAL_ROOT = 'tests/fixtures/ingest-eval';

/**
 * The evaluation reports the story the ingest was first built for apart from every other story, since rules tuned on
 * one story's reporting can read it well and the next story badly.
 */
export const STORY_GROUPS = ['north-korean-troops', 'other stories'] as const;
export type StoryGroup = (typeof STORY_GROUPS)[number];

function storyGroup(story: string): StoryGroup {
	return story === STORY_GROUPS[0] ? STORY_GROUPS[0] : STORY_GROUPS[1];
}

export interface ArticleResult {
	file: string;
	story: StoryGroup;
	score: ArticleScore | undefined;
	refused: string | undefined;
	/** The unexpected error's message when the ingest crashed. */
	crash: string | undefined;
}

/** Ingests and scores every labelled article of one half of the evaluation set. */
export function evaluateIngest(half: EvalHalf): {
	summary: EvalSummary;
	byStory: Record<StoryGroup, EvalSummary>;
	articles: ArticleResult[];
} {
	const folder = join(EVAL_ROOT, half);
	const names = readdirSync(folder);
	// Each labels file names its article: the file of the same name with another ending.
	const articles = names
		.filter((name) => name.endsWith(LABELS))
		.sort()
		.map((labelsFile) => {
			const stem = labelsFile.slice(0, -LABELS.length);
			const article = names.find((name) => name !== labelsFile && name.startsWith(`${stem}.`));
			if (!article)
				throw new Error(
					`${join(folder, labelsFile)} labels no article: add ${stem}.html, .txt or .md`
				);
			return evaluateArticle(folder, article, labelsFile);
		});
	const byStory = Object.fromEntries(
		STORY_GROUPS.map((group) => [
			group,
			summariseArticles(articles.filter((article) => article.story === group)),
		])
	) as Record<StoryGroup, EvalSummary>;
	return { summary: summariseArticles(articles), byStory, articles };
}

function summariseArticles(articles: readonly ArticleResult[]): EvalSummary {
	const scores = articles.flatMap((article) => (article.score ? [article.score] : []));
	const crashes = articles.filter((article) => article.crash !== undefined).length;
	return summariseScores(scores, crashes);
}

const LABELS = '.labels.json';

let measures: ParsedContent['measures'] | undefined;

/** The site's measures, which the ingest proposes a figure's measure from: read once, from content/. */
function siteMeasures(): ParsedContent['measures'] {
	measures ??= validateContent().content.measures;
	return measures;
}

function evaluateArticle(folder: string, file: string, labelsFile: string): ArticleResult {
	const labels = EvalLabelsSchema.parse(JSON.parse(readFileSync(join(folder, labelsFile), 'utf8')));
	const story = storyGroup(labels.story);
	try {
		const { outcome, refused } = ingestOutcome(
			readFileSync(join(folder, file), 'utf8'),
			file,
			labels,
			siteMeasures()
		);
		return { file, story, score: scoreArticle(labels, outcome), refused, crash: undefined };
	} catch (error) {
		return {
			file,
			story,
			score: undefined,
			refused: undefined,
			crash: String((error as Error).message ?? error),
		};
	}
}
