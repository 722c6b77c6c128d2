/** The timeline's views, one URL pattern each: the filter links, the pages that link to a view, and the views agree. */
export const TIMELINE_PATHS = {
	byEvent: '/timeline/',
	byClaimed: '/timeline/claimed/',
	claimant: (id: string) => `/timeline/claimants/${id}/`,
	status: (status: string) => `/timeline/statuses/${status}/`,
	kind: (kind: string) => `/timeline/kinds/${kind}/`,
	topic: (topic: string) => `/timeline/topics/${topic}/`,
	place: (id: string) => `/timeline/places/${id}/`,
} as const;
