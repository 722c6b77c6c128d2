import { isTimestampWithOffset } from '../../../../core/dates/format-timestamp.ts';

const WITHOUT_OFFSET = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

/**
 * A page's machine-readable time (JSON-LD, OpenGraph, `<time datetime>`) as a publication date: the timestamp when
 * it carries its UTC offset, else only its day — a wall-clock time of unknown zone is not a time at all.
 */
export function machineTime(value: string | undefined): string | undefined {
	const text = value?.trim();
	if (!text) return undefined;
	const withSeconds = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
	if (isTimestampWithOffset(withSeconds)) return withSeconds.replace(/\.\d+(?=Z|[+-])/, '');
	return WITHOUT_OFFSET.exec(text)?.[1];
}
