import { describe, expect, it } from 'vitest';
import { draftsOf } from '../../support/drafting.ts';

describe('an unattributed sentence with no figure is drafted for its date only when it dates an event', () => {
	it('drafts an event the outlet reports, however long ago', () => {
		const { claims } = draftsOf([
			'North Korean troops entered combat in Kursk on Monday.',
			'In June, the two leaders signed a pact that includes a mutual aid clause.',
		]);
		expect(claims).toHaveLength(2);
	});

	it('leaves out a state that has lasted since a date, and a question', () => {
		const { claims } = draftsOf([
			'The country has been split between rival governments since 2014.',
			'The measure had been awaiting his signature since May 2023.',
			'Strikes on Syria since December: what was targeted?',
		]);
		expect(claims).toEqual([]);
	});

	it('still drafts a state since a date when someone is said to claim it', () => {
		const { claims } = draftsOf([
			'The ministry said the country had been split between rival governments since 2014.',
		]);
		expect(claims).toHaveLength(1);
	});
});

describe('a report that only points to another says nothing to draft', () => {
	it.each([
		'The assessment came hours after Washington said much the same thing.',
		'Seoul had said as much on Monday, and Kyiv said so too.',
	])('drafts nothing from %j', (sentence) => {
		expect(draftsOf([sentence]).claims).toEqual([]);
	});

	it('still drafts a report with a figure, however it ends', () => {
		expect(
			draftsOf(['Washington said 3,000 troops had arrived, and Seoul said much the same thing.'])
				.claims
		).toHaveLength(1);
	});
});
