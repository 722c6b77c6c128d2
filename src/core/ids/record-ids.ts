/** Lowercase words joined by hyphens: the form of every permanent id (a file name without its extension). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turns any name into a kebab-case id: "NIS Special Forces" → "nis-special-forces", "Ukraine’s army" → "ukraine-army". */
export function kebabCase(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’']s\b/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
