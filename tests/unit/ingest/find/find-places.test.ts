import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../src/tools/ingest/find/find-places.ts';

describe('findPlaces', () => {
	it.each([
		[
			'Russian navy ships transferred 1,500 forces to the port city of Vladivostok between 8 and 13 October.',
			['Vladivostok'],
		],
		[
			'They were issued with fake ID cards of residents of Yakutia and Buryatia, two regions in Siberia.',
			['Yakutia', 'Buryatia', 'Siberia'],
		],
		[
			'Suspected gatherings in the far-eastern Russian cities of Ussuriysk and Khabarovsk.',
			['Ussuriysk', 'Khabarovsk'],
		],
		['“This is the first step to a world war,” he told reporters in Brussels.', ['Brussels']],
		[
			'North Korea had dispatched troops to assist Russia in its war against Ukraine.',
			['North Korea', 'Russia', 'Ukraine'],
		],
	])('finds the places in “%s”', (sentence, places) => {
		expect(findPlaces(sentence)).toEqual(places);
	});

	it('does not take adjectives, months, weekdays or organisations for places', () => {
		expect(
			findPlaces(
				'In June, North Korean troops met Nato officials on Friday near a South Korean port.'
			)
		).toEqual([]);
	});

	it('lists a place once', () => {
		expect(findPlaces('Russia said Russia would respond in Russia.')).toEqual(['Russia']);
	});
});
