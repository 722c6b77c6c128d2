/**
 * Enhances `[data-copy]` buttons: each copies the text of the element its value names (by id) and says so in the
 * page's live region. The buttons are hidden until this runs, so without JavaScript only the links and text show.
 */
export function enhanceCopyButtons(root: ParentNode, announce: (message: string) => void): void {
	if (!navigator.clipboard) return;
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
		const source = document.getElementById(button.dataset['copy'] ?? '');
		if (!source) continue;
		button.hidden = false;
		const copy = async () => {
			try {
				await navigator.clipboard.writeText(source.textContent?.trim() ?? '');
				announce(`${button.dataset['copied'] ?? 'Copied'}.`);
			} catch {
				announce('Copying is not allowed here: select the text and copy it yourself.');
			}
		};
		button.addEventListener('click', () => void copy());
	}
}
