/** The outlet's usual name when a text names a known outlet or its publishing company ("Guardian News & Media Limited"). */
export function knownOutlet(name: string): string | undefined {
	return OUTLETS_BY_ALIAS.get(name.trim().toLowerCase());
}

// Only names that cannot be anything but the outlet: a guessed outlet is worse than none.
const OUTLETS_BY_ALIAS: ReadonlyMap<string, string> = new Map([
	['the guardian', 'The Guardian'],
	['guardian news & media limited', 'The Guardian'],
	['guardian news and media limited', 'The Guardian'],
	['guardian news & media ltd', 'The Guardian'],
	['the observer', 'The Observer'],
	['reuters', 'Reuters'],
	['thomson reuters', 'Reuters'],
	['the associated press', 'The Associated Press'],
	['associated press', 'The Associated Press'],
	['agence france-presse', 'AFP'],
	['afp', 'AFP'],
	['bbc', 'BBC'],
	['bbc news', 'BBC'],
	['the new york times', 'The New York Times'],
	['the new york times company', 'The New York Times'],
	['the washington post', 'The Washington Post'],
	['financial times', 'Financial Times'],
	['the financial times ltd', 'Financial Times'],
	['al jazeera', 'Al Jazeera'],
	['bloomberg', 'Bloomberg'],
	['bloomberg l.p.', 'Bloomberg'],
]);
