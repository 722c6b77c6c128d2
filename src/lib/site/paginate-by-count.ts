/** One page of a long list, with its 1-based number. */
export interface CountPage<Item> {
	number: number;
	items: Item[];
}

/** Splits a list into pages of `size` items (one page, possibly empty, for a short list). */
export function paginateByCount<Item>(items: readonly Item[], size: number): CountPage<Item>[] {
	const count = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: count }, (_, index) => ({
		number: index + 1,
		items: items.slice(index * size, (index + 1) * size),
	}));
}

/** The path of page `number` of a list whose first page is at `base`: `/claims/`, `/claims/page/2/`. */
export function pagePath(base: string, number: number): string {
	return number === 1 ? base : `${base}page/${number}/`;
}

/** The route params of pages 2 and on of a list paginated by `size` (page 1 is the list's own address). */
export function laterPageParams(
	items: readonly unknown[],
	size: number
): Array<{ params: { number: string } }> {
	return paginateByCount(items, size)
		.slice(1)
		.map((page) => ({ params: { number: String(page.number) } }));
}
