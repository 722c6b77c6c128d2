import { z } from 'astro/zod';

/** Lowercase words joined by hyphens: the form of every permanent id (a file name without its extension). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to a record by its id. */
export const IdSchema = z.string().regex(ID_PATTERN, {
	error: 'is not a kebab-case id — use lowercase letters, digits and single hyphens, e.g. nis',
});
