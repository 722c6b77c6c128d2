import { dateSortKey } from '../dates/date-order.ts';
import type { FuzzyDate } from '../dates/fuzzy-date.ts';
import { LONG_MONTHS } from '../dates/calendar-names.ts';

/** One page of a long timeline: a year, or a month when a year alone would be too long. */
export interface PeriodPage<Item> {
	/** `2024` or `2024-10`; empty for the only page of a timeline short enough for one. */
	key: string;
	label: string;
	items: Item[];
}

/**
 * Splits items (in date order) into pages by year, and a year with more than `limit` items into months, so no page
 * grows without bound. A timeline of `limit` items or fewer stays one page.
 */
export function paginateByPeriod<Item extends { date: FuzzyDate }>(
	items: readonly Item[],
	limit: number
): PeriodPage<Item>[] {
	if (items.length <= limit) return [{ key: '', label: 'All dates', items: [...items] }];
	const byYear = groupBy(items, (item) => dateSortKey(item.date).slice(0, 4));
	return byYear.flatMap(([year, yearItems]) =>
		yearItems.length <= limit
			? [{ key: year, label: year, items: yearItems }]
			: groupBy(yearItems, (item) => dateSortKey(item.date).slice(0, 7)).map(
					([month, monthItems]) => ({
						key: month,
						label: `${LONG_MONTHS[Number(month.slice(5)) - 1]} ${year}`,
						items: monthItems,
					})
				)
	);
}

function groupBy<Item>(
	items: readonly Item[],
	keyOf: (item: Item) => string
): Array<[string, Item[]]> {
	const groups: Array<[string, Item[]]> = [];
	for (const item of items) {
		const key = keyOf(item);
		const last = groups.at(-1);
		if (last && last[0] === key) last[1].push(item);
		else groups.push([key, [item]]);
	}
	return groups;
}
