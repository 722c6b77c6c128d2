import { describe, expect, it } from 'vitest';
import {
	readByline,
	readCreditLine,
} from '../../../../../src/tools/ingest/extract/byline/read-byline.ts';

describe('readByline', () => {
	it('reads only the first line of a byline that runs on into a title and a date', () => {
		expect(
			readByline('Aline Kabanda\n      Correspondent\n      Saturday, February 08').authors
		).toEqual(['Aline Kabanda']);
	});

	it('reads a wire byline in capitals with the agency after the name', () => {
		expect(readByline('By AMADOU KEITA Associated Press')).toEqual({
			authors: ['Amadou Keita'],
			outlet: 'The Associated Press',
		});
	});

	it('reads a single author', () => {
		expect(readByline('Pjotr Sauer')).toEqual({ authors: ['Pjotr Sauer'], outlet: undefined });
	});

	it('names no author for a platform standing where the byline goes', () => {
		expect(readByline('By Substack')).toEqual({ authors: [], outlet: undefined });
		expect(readByline('Published via WordPress').authors).toEqual([]);
		expect(readByline('Jane Doe and admin').authors).toEqual(['Jane Doe']);
	});

	it('names no author for a credit to the outlet’s staff or the agencies', () => {
		expect(readByline('MEE staff')).toEqual({ authors: [], outlet: undefined });
		expect(readByline('Staff and agencies').authors).toEqual([]);
		expect(readByline('By Jane Doe and agencies').authors).toEqual(['Jane Doe']);
		expect(readByline('Our Correspondent').authors).toEqual([]);
		// What follows a staff credit is where the desk is, not a second author.
		expect(readByline("Staff Correspondent, Cox's Bazar").authors).toEqual([]);
		expect(readByline('Redazione ANSA').authors).toEqual([]);
	});

	it('reads a byline a label opens: "WRITER:", "Authors:", "Written by"', () => {
		expect(readByline('WRITER: Chanida Srisuwan and Nattapong Keawsri').authors).toEqual([
			'Chanida Srisuwan',
			'Nattapong Keawsri',
		]);
		expect(readByline('Written by Jane Doe').authors).toEqual(['Jane Doe']);
	});

	it('reads two authors joined by "and" after "By"', () => {
		expect(readByline('By Jane Doe and John Roe').authors).toEqual(['Jane Doe', 'John Roe']);
	});

	it('reads authors joined by commas, with or without a serial "and"', () => {
		expect(readByline('Ann Lee, Bo Kim and Cy Park').authors).toEqual([
			'Ann Lee',
			'Bo Kim',
			'Cy Park',
		]);
		expect(readByline('Ann Lee, Bo Kim, and Cy Park').authors).toEqual([
			'Ann Lee',
			'Bo Kim',
			'Cy Park',
		]);
	});

	it('leaves out a place after a comma: one word is where the reporter was, not an author', () => {
		expect(readByline('Marc Bennetts, Moscow').authors).toEqual(['Marc Bennetts']);
		expect(readByline('By Jane Doe, John Roe').authors).toEqual(['Jane Doe', 'John Roe']);
	});

	it('leaves out where the reporters were', () => {
		expect(readByline('Justin Brook in Tokyo and Pjotr Sauer').authors).toEqual([
			'Justin Brook',
			'Pjotr Sauer',
		]);
	});

	it('takes a known outlet at the end of the byline as the outlet, not an author', () => {
		expect(readByline('Pjotr Sauer, The Guardian')).toEqual({
			authors: ['Pjotr Sauer'],
			outlet: 'The Guardian',
		});
		expect(readByline('By Pjotr Sauer for The Guardian')).toEqual({
			authors: ['Pjotr Sauer'],
			outlet: 'The Guardian',
		});
		expect(readByline('Pjotr SauerThe Guardian')).toEqual({
			authors: ['Pjotr Sauer'],
			outlet: 'The Guardian',
		});
	});

	it('does not take an unknown name for an outlet', () => {
		expect(readByline('Pjotr Sauer, The Daily Unknown')).toEqual({
			authors: ['Pjotr Sauer', 'The Daily Unknown'],
			outlet: undefined,
		});
	});
});

describe('readCreditLine', () => {
	it('names the reporters and writers of a wire credit, not its editors', () => {
		expect(
			readCreditLine('Reporting by Min-ji Seo and Daniel Harker; Editing by Lincoln Ames')
		).toEqual(['Min-ji Seo', 'Daniel Harker']);
		expect(
			readCreditLine('(Reporting by Jane Doe; Writing by John Roe; Editing by Alex Poe)')
		).toEqual(['Jane Doe', 'John Roe']);
	});

	it('is undefined for a paragraph that is not a credit', () => {
		expect(readCreditLine('Reporters were told by the agency that the count was rising.')).toBe(
			undefined
		);
	});
});
