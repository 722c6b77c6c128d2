import { IngestError } from '../article.ts';
import type { NumberedLine } from './numbered-line.ts';
import { parseNewsTimestamp } from '../time/news-timestamp.ts';

/** Publication and update times from a page's printed times: a "First published" time makes the shown one the update. */
export function scrapedTimes(
	times: readonly PrintedTime[],
	updates: readonly NumberedLine[]
): { published: string | undefined; updated: string | undefined } {
	const shown = times.filter((time) => time.label === 'shown').map(toTimestamp);
	const firstPublished = times.filter((time) => time.label === 'first published').map(toTimestamp);
	const published = firstPublished[0] ?? shown[0];
	const laterShown = firstPublished.length > 0 ? shown[0] : undefined;
	const updated = latest(updates.map((line) => timestampOf(line, published))) ?? laterShown;
	if (
		published !== undefined &&
		updated !== undefined &&
		Date.parse(updated) < Date.parse(published)
	)
		throw new IngestError(
			`the update time ${updated} comes before the publication time ${published} — check the times in the file, or give the publication time with --published`
		);
	return { published, updated: updated === published ? undefined : updated };
}

interface PrintedTime {
	text: string;
	label: 'shown' | 'first published';
	line: number;
}

function toTimestamp(time: PrintedTime): string | undefined {
	return parseNewsTimestamp(time.text, time.line);
}

// An "Updated at" time without a date is on the day of publication.
function timestampOf(line: NumberedLine, published: string | undefined): string | undefined {
	return parseNewsTimestamp(line.text, line.number, published);
}

function latest(timestamps: ReadonlyArray<string | undefined>): string | undefined {
	const known = timestamps.filter((timestamp) => timestamp !== undefined);
	return known.sort((first, second) => Date.parse(second) - Date.parse(first))[0];
}
