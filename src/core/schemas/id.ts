import { z } from 'astro/zod';

import { ID_PATTERN } from '../ids/record-ids.ts';

export { ID_PATTERN };

/** A reference to a record by its id. */
export const IdSchema = z.string().regex(ID_PATTERN, {
	error: 'is not a kebab-case id — use lowercase letters, digits and single hyphens, e.g. nis',
});
