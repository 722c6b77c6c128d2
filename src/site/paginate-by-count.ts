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

/**
 * The rest parameter of page `number` of a list route (`[...page]`): none for page 1, which is the list's own
 * address, `page/2` after it. Astro's `paginate()` would put page 2 at `/claims/2/`; these addresses are published.
 */
export function pageParam(number: number): string | undefined {
	return number === 1 ? undefined : `page/${number}`;
}

/** The path of page `number` of a list whose first page is at `base`: `/claims/`, `/claims/page/2/`. */
export function pagePath(base: string, number: number): string {
	const param = pageParam(number);
	return param === undefined ? base : `${base}${param}/`;
}
