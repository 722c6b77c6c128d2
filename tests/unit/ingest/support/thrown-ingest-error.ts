import { IngestError } from '../../../../src/tools/ingest/extract/article.ts';

/** The IngestError a call throws, so a test can check its message and line; fails when it throws none. */
export function thrownIngestError(call: () => unknown): IngestError {
	try {
		call();
	} catch (error) {
		if (error instanceof IngestError) return error;
		throw error;
	}
	throw new Error('expected an IngestError, but nothing was thrown');
}
