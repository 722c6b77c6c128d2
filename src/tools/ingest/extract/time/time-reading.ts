import { IngestError } from '../article.ts';

/** How printed times are read: what to do when one cannot be (an unknown zone, an impossible date). */
export type TimeReading = <T>(read: () => T, fallback: T) => T;

/** Every printed time must be readable; a bad one is an error that says how to fix it. */
export const everyTime: TimeReading = (read) => read();

/** Used when the editor gave the publication time: a time that cannot be read is left out instead. */
export const readableTimesOnly: TimeReading = (read, fallback) => {
	try {
		return read();
	} catch (error) {
		if (error instanceof IngestError) return fallback;
		throw error;
	}
};
