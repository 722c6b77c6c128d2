import { dateSortKey } from '../../core/dates/date-order.ts';
import type { FuzzyDate } from '../../core/dates/fuzzy-date.ts';
import { LONG_MONTHS } from '../../core/dates/calendar-names.ts';

/** One page of a long timeline: a year, a month when a year alone would be too long, or part of a crowded month. */
export interface PeriodPage<Item> {
	/** `2024`, `2024-10` or `2024-10/2` (its second part); empty for the only page of a timeline short enough for one. */
	key: string;
	label: string;
	items: Item[];
}

/**
 * Splits items (in date order) into pages by year, a year with more than `limit` items into months, and such a month
 * into parts of `limit` items, so no page grows without bound. A timeline of `limit` items or fewer stays one page.
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
			: groupBy(yearItems, (item) => dateSortKey(item.date).slice(0, 7)).flatMap(
					([month, monthItems]) =>
						monthParts(
							month,
							`${LONG_MONTHS[Number(month.slice(5)) - 1]} ${year}`,
							monthItems,
							limit
						)
				)
	);
}

function monthParts<Item>(
	month: string,
	label: string,
	items: Item[],
	limit: number
): PeriodPage<Item>[] {
	if (items.length <= limit) return [{ key: month, label, items }];
	const count = Math.ceil(items.length / limit);
	return Array.from({ length: count }, (_, part) => ({
		key: part === 0 ? month : `${month}/${part + 1}`,
		label: `${label}, part ${part + 1} of ${count}`,
		items: items.slice(part * limit, (part + 1) * limit),
	}));
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
