import { extname } from 'node:path';
import { ID_PATTERN } from '../../schemas/id.ts';
import { kebabCase } from '../../ids/record-ids.ts';
import type { Problem } from '../problem.ts';
import type { RawRecord } from '../read-content-files.ts';

/** File names are permanent ids: kebab-case, directly in the collection folder, and unique per collection. */
export function checkFileIds(records: readonly RawRecord[]): Problem[] {
	const problems: Problem[] = [];
	const firstFileById = new Map<string, string>();
	for (const record of records) {
		const extension = extname(record.file);
		if (record.subfolder !== '') {
			problems.push({
				file: record.file,
				field: '(file name)',
				message: `is in the subfolder "${record.subfolder}" — move it directly into the ${record.collection} folder; ids are flat`,
			});
		}
		if (!ID_PATTERN.test(record.id)) {
			problems.push({
				file: record.file,
				field: '(file name)',
				message: `"${record.id}" is not a kebab-case id — rename the file to ${kebabCase(record.id)}${extension}`,
			});
		}
		const key = `${record.collection}/${record.id}`;
		const first = firstFileById.get(key);
		if (first) {
			problems.push({
				file: record.file,
				field: '(file name)',
				message: `id "${record.id}" is already used by ${first} — rename or remove one of the two files`,
			});
		} else {
			firstFileById.set(key, record.file);
		}
	}
	return problems;
}
