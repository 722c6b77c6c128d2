import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtClaimsJson, DIST } from '../support/built-site.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ids = builtClaimsJson().claims.map((claim) => claim.id);

describe('share images', () => {
	it('has claims to check', () => {
		expect(ids.length).toBeGreaterThan(0);
	});

	it('has a share image for every claim in claims.json', () => {
		expect(ids.filter((id) => !existsSync(imageOf(id)))).toEqual([]);
	});

	it('makes every share image a 1200×630 PNG', () => {
		const wrong = ids
			.filter((id) => existsSync(imageOf(id)))
			.map((id) => ({ id, ...pngSize(readFileSync(imageOf(id))) }))
			.filter((image) => !(image.png && image.width === 1200 && image.height === 630));
		expect(wrong).toEqual([]);
	});
});

function imageOf(id: string): string {
	return join(DIST, 'og', 'claims', `${id}.png`);
}

/** Whether the bytes start as a PNG, and the width and height its IHDR chunk gives. */
function pngSize(bytes: Buffer): { png: boolean; width: number; height: number } {
	const png =
		PNG_SIGNATURE.every((byte, index) => bytes[index] === byte) &&
		bytes.toString('latin1', 12, 16) === 'IHDR';
	return { png, width: png ? bytes.readUInt32BE(16) : 0, height: png ? bytes.readUInt32BE(20) : 0 };
}
