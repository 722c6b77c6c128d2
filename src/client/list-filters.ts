/**
 * Enhances a list with filters: each select matches the `data-<name>` attribute of the `[data-filter-item]`
 * elements (a space-separated attribute matches any of its words), hides the items (and `[data-filter-group]`
 * sections left empty) that do not match, announces the count, and keeps the choice in the address
 * (`?claimant=nis`) so a filtered view can be shared.
 */
export function enhanceListFilters(filters: HTMLElement): void {
	const items = [...document.querySelectorAll<HTMLElement>('[data-filter-item]')];
	const groups = [...document.querySelectorAll<HTMLElement>('[data-filter-group]')];
	const selects = [...filters.querySelectorAll<HTMLSelectElement>('select[name]')];
	const count = filters.querySelector<HTMLElement>('.filter-count');
	const noun = filters.dataset['noun'] ?? 'items';
	const params = new URLSearchParams(location.search);
	for (const select of selects) {
		const wanted = params.get(select.name);
		if (wanted && [...select.options].some((option) => option.value === wanted))
			select.value = wanted;
	}

	const apply = () => {
		let shown = 0;
		for (const item of items) {
			const matches = selects.every(
				(select) =>
					select.value === '' || (item.dataset[select.name] ?? '').split(' ').includes(select.value)
			);
			item.hidden = !matches;
			if (matches) shown++;
		}
		for (const group of groups)
			group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
		if (count) count.textContent = `Showing ${shown} of ${items.length} ${noun}.`;
		const query = new URLSearchParams(
			selects.filter((select) => select.value !== '').map((select) => [select.name, select.value])
		).toString();
		history.replaceState(null, '', query ? `?${query}` : location.pathname);
	};

	for (const select of selects) select.addEventListener('change', apply);
	filters.querySelector('[data-reset]')?.addEventListener('click', () => {
		for (const select of selects) select.value = '';
		apply();
	});
	apply();
}
