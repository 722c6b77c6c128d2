/** Where the build writes the search index inside the site, and the page that searches it. */
export const SEARCH_INDEX_FOLDER = 'pagefind';
export const SEARCH_PAGE_PATH = '/search/';
/** The script Pagefind writes for browsers: loaded by the search page only when a reader searches. */
export const SEARCH_SCRIPT_PATH = `/${SEARCH_INDEX_FOLDER}/pagefind.js`;
