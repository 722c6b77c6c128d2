import { z } from 'astro/zod';
import { STATUSES } from '../lib/statuses/statuses.ts';

/** One of the fixed statuses of a fact or prediction (STATUSES in src/lib/statuses/statuses.ts). */
export const StatusSchema = z.enum(STATUSES);
