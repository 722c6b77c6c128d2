/**
 * Words that give a number only as a band, and the band each stands for: the one list the ingest reads figures with
 * and the site names vague figures by. A plural band runs from two of the thing to just below ten of it; "scores"
 * starts at two score (40) and, like "dozens", stops below a hundred, where a writer would have said "hundreds";
 * "several" starts at three, "a couple of" is two and stops below three.
 */
export const VAGUE_BANDS: ReadonlyArray<{ phrase: string; min: number; max: number }> = [
	{ phrase: 'tens of thousands', min: 20_000, max: 99_999 },
	{ phrase: 'hundreds of thousands', min: 200_000, max: 999_999 },
	{ phrase: 'tens of millions', min: 20_000_000, max: 99_999_999 },
	{ phrase: 'hundreds of millions', min: 200_000_000, max: 999_999_999 },
	{ phrase: 'a couple of thousand', min: 2_000, max: 2_999 },
	{ phrase: 'a couple thousand', min: 2_000, max: 2_999 },
	{ phrase: 'a couple of hundred', min: 200, max: 299 },
	{ phrase: 'a couple hundred', min: 200, max: 299 },
	{ phrase: 'several hundred', min: 300, max: 999 },
	{ phrase: 'several thousand', min: 3_000, max: 9_999 },
	{ phrase: 'dozens', min: 24, max: 99 },
	{ phrase: 'scores', min: 40, max: 99 },
	{ phrase: 'hundreds', min: 200, max: 999 },
	{ phrase: 'thousands', min: 2_000, max: 9_999 },
	{ phrase: 'millions', min: 2_000_000, max: 9_999_999 },
];
