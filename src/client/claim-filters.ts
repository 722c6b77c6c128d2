/** Filter fields of the claims list, each matching a `data-*` attribute on the list items. */
const FIELDS = ['claimant', 'topic', 'status'] as const;

/**
 * Enhances the claims list: shows the filter form, hides claims (and empty status groups) that do not match,
 * announces the count, and keeps the choice in the address (`?claimant=nis`) so a filtered view can be shared.
 */
export function enhanceClaimFilters(form: HTMLFormElement): void {
	const items = [...document.querySelectorAll<HTMLElement>('[data-claimant][data-status]')];
	const groups = [...document.querySelectorAll<HTMLElement>('[data-status-group]')];
	const count = form.querySelector<HTMLElement>('.filter-count');
	const params = new URLSearchParams(location.search);
	for (const field of FIELDS) {
		const select = form.elements.namedItem(field);
		const wanted = params.get(field);
		if (select instanceof HTMLSelectElement && wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
	}

	const apply = () => {
		const chosen = Object.fromEntries(FIELDS.map((field) => [field, (form.elements.namedItem(field) as HTMLSelectElement).value]));
		let shown = 0;
		for (const item of items) {
			const topics = (item.dataset['topics'] ?? '').split(' ');
			const matches =
				(!chosen['claimant'] || item.dataset['claimant'] === chosen['claimant']) &&
				(!chosen['topic'] || topics.includes(chosen['topic'])) &&
				(!chosen['status'] || item.dataset['status'] === chosen['status']);
			item.hidden = !matches;
			if (matches) shown++;
		}
		for (const group of groups) group.hidden = !group.querySelector('[data-claimant]:not([hidden])');
		if (count) count.textContent = `Showing ${shown} of ${items.length} claims.`;
		const query = new URLSearchParams(Object.entries(chosen).filter(([, value]) => value !== '')).toString();
		history.replaceState(null, '', query ? `?${query}` : location.pathname);
	};

	form.addEventListener('change', apply);
	// The reset event fires before the fields are cleared.
	form.addEventListener('reset', () => setTimeout(apply));
	form.addEventListener('submit', (event) => event.preventDefault());
	form.hidden = false;
	apply();
}
