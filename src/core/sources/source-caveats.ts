/** Reasons to weigh a source with care, shown to readers beside everything that cites it. */
export const SOURCE_CAVEATS = [
	'aggregator',
	'republished',
	'second-hand',
	'pro-kremlin',
	'state-aligned',
	'machine-translated',
	'date-uncertain',
] as const;

export type SourceCaveat = (typeof SOURCE_CAVEATS)[number];

/** What each caveat means, in a reader's words. */
export const SOURCE_CAVEAT_LABELS: Record<SourceCaveat, string> = {
	aggregator: 'an aggregator that republishes other outlets’ reporting',
	republished: 'a republished copy, not the original outlet’s page',
	'second-hand': 'reports what someone else reported, at second hand',
	'pro-kremlin': 'a pro-Kremlin outlet',
	'state-aligned': 'aligned with a government party to the story',
	'machine-translated': 'a machine translation',
	'date-uncertain': 'its date is uncertain',
};
