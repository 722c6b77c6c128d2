/** A Markdown paragraph as the words a reader sees: no heading marks, emphasis marks or link targets. */
export function plainLine(markdown: string): string {
	return markdown
		.replace(/^#+\s+/, '')
		.replace(/[*_`]/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}
