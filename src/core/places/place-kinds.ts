/** What sort of place a place record is; the map draws each kind alike, the lists name it. */
export const PLACE_KINDS = ['city', 'port', 'region', 'country', 'facility'] as const;

export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Each kind as lists and place pages name it. */
export const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
	city: 'City or town',
	port: 'Port',
	region: 'Region',
	country: 'Country',
	facility: 'Military site',
};
