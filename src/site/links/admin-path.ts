/** Where the admin page and its files are served from. Kept out of the sitemap, search and robots. */
export const ADMIN_PATH = '/admin/';
