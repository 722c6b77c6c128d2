/** Where the site states how its maps draw disputed borders: a section of /places/, linked from every map and /method/. */
export const BORDERS_POLICY_ANCHOR = 'borders';

export const BORDERS_POLICY_HREF = `/places/#${BORDERS_POLICY_ANCHOR}`;
