/** What an article says about itself: found in the text or its frontmatter, or given on the command line. */
export interface ArticleMetadata {
	headline?: string;
	standfirst?: string;
	authors: string[];
	/** First publication, ISO 8601 with the UTC offset the outlet showed: `2024-10-18T09:51:00-04:00`. */
	published?: string;
	/** Last update, same form. */
	updated?: string;
	outlet?: string;
	/** The wire or outlet the report came from when this outlet republished it: "Reuters". */
	originalOutlet?: string;
	url?: string;
}

/** A raw article turned into metadata and clean paragraphs; every character of the paragraphs is the article's own. */
export interface ParsedArticle {
	metadata: ArticleMetadata;
	paragraphs: string[];
}

/** A problem with the input that the editor must fix; `line` is 1-based in the input file when known. */
export class IngestError extends Error {
	readonly line: number | undefined;

	constructor(message: string, line?: number) {
		super(message);
		this.name = 'IngestError';
		this.line = line;
	}
}
