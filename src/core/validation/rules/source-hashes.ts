import { contentHash } from '../../text/content-hash.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/** A source's textHash is the hash of its stored text, so claims citing a version of it can be trusted. */
export function checkSourceHashes(content: ParsedContent): Problem[] {
	return content.sources.flatMap(({ file, data, body }) => {
		const actual = contentHash(body);
		if (data.textHash === actual) return [];
		return [
			{
				file,
				field: 'textHash',
				message: `does not match the stored text — if the text was changed on purpose, set textHash: ${actual} and re-check the claims that quote this source`,
			},
		];
	});
}
