import { readFileSync } from 'node:fs';

/** The text of a content file, or undefined when it does not exist. */
export function readContentFile(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}
