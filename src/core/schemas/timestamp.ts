import { z } from 'astro/zod';
import { isTimestampWithOffset } from '../dates/format-timestamp.ts';
import { UnquotedDate } from '../yaml/content-yaml.ts';

/** An ISO 8601 timestamp with its UTC offset, quoted in YAML so the offset survives: `"2024-10-18T09:51:00-04:00"`. */
export const TimestampSchema = z.unknown().transform((value, context) => {
	if (typeof value === 'string' && isTimestampWithOffset(value)) return value;
	const message =
		value instanceof Date || value instanceof UnquotedDate
			? 'lost its UTC offset because it is not quoted — put the timestamp in quotes, e.g. "2024-10-18T09:51:00-04:00"'
			: 'is not an ISO timestamp with a UTC offset — write it as "2024-10-18T09:51:00-04:00" (in quotes)';
	context.addIssue({ code: 'custom', message });
	return z.NEVER;
});
