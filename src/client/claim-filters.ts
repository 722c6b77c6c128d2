/** Filter fields of the claims list, each matching a `data-*` attribute on the list items. */
const FIELDS = ['claimant', 'topic', 'status'] as const;

type Field = (typeof FIELDS)[number];

/**
 * Enhances the claims list: shows the filters, hides claims (and empty status groups) that do not match,
 * announces the count, and keeps the choice in the address (`?claimant=nis`) so a filtered view can be shared.
 */
export function enhanceClaimFilters(filters: HTMLElement): void {
	const items = [...document.querySelectorAll<HTMLElement>('[data-claimant][data-status]')];
	const groups = [...document.querySelectorAll<HTMLElement>('[data-status-group]')];
	const count = filters.querySelector<HTMLElement>('.filter-count');
	const selects = Object.fromEntries(
		FIELDS.map((field) => [
			field,
			filters.querySelector<HTMLSelectElement>(`select[name="${field}"]`)!,
		])
	) as Record<Field, HTMLSelectElement>;
	const params = new URLSearchParams(location.search);
	for (const field of FIELDS) {
		const wanted = params.get(field);
		if (wanted && [...selects[field].options].some((option) => option.value === wanted))
			selects[field].value = wanted;
	}

	const apply = () => {
		const chosen = {
			claimant: selects.claimant.value,
			topic: selects.topic.value,
			status: selects.status.value,
		};
		let shown = 0;
		for (const item of items) {
			const matches =
				(!chosen.claimant || item.dataset['claimant'] === chosen.claimant) &&
				(!chosen.topic || (item.dataset['topics'] ?? '').split(' ').includes(chosen.topic)) &&
				(!chosen.status || item.dataset['status'] === chosen.status);
			item.hidden = !matches;
			if (matches) shown++;
		}
		for (const group of groups)
			group.hidden = !group.querySelector('[data-claimant]:not([hidden])');
		if (count) count.textContent = `Showing ${shown} of ${items.length} claims.`;
		const query = new URLSearchParams(
			Object.entries(chosen).filter(([, value]) => value !== '')
		).toString();
		history.replaceState(null, '', query ? `?${query}` : location.pathname);
	};

	for (const select of Object.values(selects)) select.addEventListener('change', apply);
	filters.querySelector('[data-reset]')?.addEventListener('click', () => {
		for (const select of Object.values(selects)) select.value = '';
		apply();
	});
	filters.hidden = false;
	apply();
}
