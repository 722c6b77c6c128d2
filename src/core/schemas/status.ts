import { z } from 'astro/zod';
import { STATUSES } from '../statuses/statuses.ts';

/** One of the fixed statuses of a fact or prediction (STATUSES in src/core/statuses/statuses.ts). */
export const StatusSchema = z.enum(STATUSES);
