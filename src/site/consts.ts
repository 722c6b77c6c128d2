/** Name of the site, in titles and the header. */
export const SITE_TITLE = 'Claims tracker';

/** What the site tracks, for the home page and meta descriptions. */
export const SITE_DESCRIPTION =
	'Claims about North Korean troops in Russia’s war against Ukraine: who makes each one, with what figures, when, on what evidence, and how well it is established.';

/** The story the current claims come from. */
export const STORY_TITLE = 'North Korean troops in Russia’s war against Ukraine';

/** How many claimants' latest estimates the home page lists for each headline measure, newest first. */
export const LATEST_ESTIMATES_ON_HOME = 5;

/** How many of the latest status changes the home page lists. */
export const LATEST_CHANGES_ON_HOME = 5;

/** A claim not reviewed for longer than this is flagged on the claims list as due for review. */
export const REVIEW_DUE_AFTER_DAYS = 180;

/** A timeline view longer than this is split into pages by year (a year into months, a crowded month into parts). */
export const TIMELINE_PAGE_LIMIT = 100;

/** A measure's chart and table (on /figures/<measure>/) show at most this many of the newest estimates. */
export const FIGURES_CHART_LIMIT = 200;

/** How many claims (or sources) a list page shows before it continues on the next page. */
export const LIST_PAGE_SIZE = 250;
