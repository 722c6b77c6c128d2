import { describe, expect, it } from 'vitest';
import { looksLikeByline } from '../../../../../src/tools/ingest/extract/byline/byline-shape.ts';

describe('looksLikeByline', () => {
	it.each([
		'Pjotr Sauer',
		'By Jane Doe and John Roe',
		'By Reuters',
		'Justin Brook in Tokyo and Pjotr Sauer',
		'Ann Lee, Bo Kim & Cy Park',
		'Ursula von der Leyen',
		'Kim Jong-un',
		'Seán O’Brien',
		'Nour al-Din Hamwi',
		'WRITER: Chanida Srisuwan and Nattapong Keawsri',
	])('reads %j as a byline', (text) => {
		expect(looksLikeByline(text)).toBe(true);
	});

	it.each([
		'Russian navy ships reportedly transferred 1,500 forces to Vladivostok',
		'By Friday, the troops had arrived',
		'At',
		'Ukraine',
		'and Pjotr Sauer',
		'',
	])('does not read %j as a byline', (text) => {
		expect(looksLikeByline(text)).toBe(false);
	});
});
