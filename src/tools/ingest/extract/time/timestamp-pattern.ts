const WEEKDAY =
	'(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?,?\\s+';
const MONTH =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const DAY_MONTH_YEAR = `(?<day>\\d{1,2})\\s+(?<month>${MONTH})\\.?,?\\s+(?<year>\\d{4})`;
const MONTH_DAY_YEAR = `(?<monthFirst>${MONTH})\\.?\\s+(?<dayAfter>\\d{1,2}),?\\s+(?<yearAfter>\\d{4})`;
const DATE_TO_TIME = '(?:,?\\s+(?:at\\s+)?|\\s+[-–—|]\\s+)';
const TIME = '(?<hour>\\d{1,2})[.:](?<minute>\\d{2})(?:\\s?(?<meridiem>[AaPp]\\.?[Mm]\\.?))?';
// Scraped text runs the zone into the next word ("EDTFirst published", "EDTShareSouth"), so a zone
// takes the fewest capitals that leave a word, a non-letter or the end behind it.
const ZONE = '(?<zone>(?:GMT|UTC) ?[+\\-−]\\d{1,2}(?::?\\d{2})?|[A-Z]{1,5}?)';
const AFTER_ZONE = '(?=First published|Share|[A-Z][a-z]|[^A-Za-z]|$)';

/** A publication time as outlets print it ("Fri 18 Oct 2024 12.35 EDT", "October 25, 2024 8:14 AM GMT+1", "14.05 GMT", "Tuesday 3 September 2024 18:02, UK"), as RegExp source. */
export const NEWS_TIMESTAMP = `(?:(?:${WEEKDAY})?(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})${DATE_TO_TIME})?${TIME}(?:,?\\s+${ZONE}${AFTER_ZONE})?`;
