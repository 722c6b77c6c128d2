import { dateSortKey } from '../../core/dates/date-order.ts';
import type { FuzzyDate } from '../../core/dates/fuzzy-date.ts';
import { LONG_MONTHS } from '../../core/dates/calendar-names.ts';

/** A run of items that start in the same month, headed "October 2024". */
export interface MonthGroup<Item> {
	/** `2024-10`: usable as an anchor. */
	month: string;
	heading: string;
	items: Item[];
}

/** Groups items, already in date order, by the month their date is placed at. */
export function groupByMonth<Item extends { date: FuzzyDate }>(
	items: readonly Item[]
): MonthGroup<Item>[] {
	const groups: MonthGroup<Item>[] = [];
	for (const item of items) {
		const month = dateSortKey(item.date).slice(0, 7);
		let group = groups.at(-1);
		if (!group || group.month !== month) {
			const [year, monthNumber] = month.split('-');
			group = { month, heading: `${LONG_MONTHS[Number(monthNumber) - 1]} ${year}`, items: [] };
			groups.push(group);
		}
		group.items.push(item);
	}
	return groups;
}
