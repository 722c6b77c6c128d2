import { z } from 'astro/zod';
import { STATUSES } from '../lib/statuses/statuses.ts';

/** One of the fixed statuses: claimed, corroborated, confirmed, disputed, refuted, withdrawn. */
export const StatusSchema = z.enum(STATUSES);
