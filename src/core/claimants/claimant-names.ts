import type { ClaimantData } from '../schemas/claimant.ts';

/** Every name a claimant goes by: its name, short name and aliases, each once. */
export function claimantNames(
	data: Pick<ClaimantData, 'name' | 'shortName' | 'aliases'>
): string[] {
	return [...new Set([data.name, data.shortName, ...data.aliases])];
}

/**
 * A name as it is compared: "The NIS" and "the nis" are one name, "Ukraine’s" and "Ukraine's" one spelling, and a
 * leading article or a trailing full stop does not count.
 */
export function nameKey(name: string): string {
	return name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[’‘`]/g, "'")
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^the /, '')
		.replace(/\.$/, '');
}
