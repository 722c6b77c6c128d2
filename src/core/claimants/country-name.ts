const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** English name of an ISO 3166-1 alpha-2 code ("KR" → "South Korea"); undefined when there is no code or it is unknown. */
export function countryName(code: string | undefined): string | undefined {
	return code === undefined ? undefined : COUNTRY_NAMES.of(code);
}
