import { formatPublication } from '../dates/publication-date.ts';
import type { SourceData } from '../schemas/source.ts';

/** How a source is named to readers: its headline, or for an excerpt with none known, "CNN report, 23 Oct 2024". */
export function sourceTitle(
	source: Pick<SourceData, 'headline' | 'outlet' | 'originalOutlet' | 'published'>
): string {
	if (source.headline) return source.headline;
	return `${source.originalOutlet ?? source.outlet} report, ${formatPublication(source.published)}`;
}
