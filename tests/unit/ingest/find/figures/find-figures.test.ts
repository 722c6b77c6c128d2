import { describe, expect, it } from 'vitest';
import type { StatedFigure as Figure } from '../../../../../src/core/schemas/figure.ts';
import {
	findFigures,
	type FigureMention,
} from '../../../../../src/tools/ingest/find/figures/find-figures.ts';
import { StatedFigureSchema } from '../../../../../src/core/schemas/figure.ts';

/** Finds the figures and checks what every caller relies on: valid figures, true offsets, in order, apart. */
function figuresIn(sentence: string): FigureMention[] {
	const mentions = findFigures(sentence);
	let end = 0;
	for (const mention of mentions) {
		expect(StatedFigureSchema.safeParse(mention.figure).success, JSON.stringify(mention)).toBe(
			true
		);
		expect(sentence.slice(mention.index, mention.index + mention.text.length)).toBe(mention.text);
		expect(mention.index).toBeGreaterThanOrEqual(end);
		end = mention.index + mention.text.length;
	}
	return mentions;
}

/** The mention expected for `text`, at its first place in the sentence. */
function mention(sentence: string, text: string, figure: Figure): FigureMention {
	const index = sentence.indexOf(text);
	if (index === -1) throw new Error(`"${text}" is not in the sentence`);
	return { text, index, figure };
}

/** The single figure found in a sentence. */
function onlyFigure(sentence: string): Figure | undefined {
	const mentions = figuresIn(sentence);
	expect(mentions).toHaveLength(1);
	return mentions[0]?.figure;
}

const exact = (value: number, unit: string): Figure => ({ value, unit, qualifier: 'exact' });
const about = (value: number, unit: string): Figure => ({ value, unit, qualifier: 'about' });
const band = (min: number, max: number, unit: string): Figure => ({
	value: null,
	unit,
	qualifier: 'vague',
	min,
	max,
});
const range = (min: number, max: number, unit: string): Figure => ({
	value: null,
	unit,
	qualifier: 'range',
	min,
	max,
});

describe('findFigures on the seed sentences', () => {
	it('finds only the 1,500 forces, not the dates between 8 and 13 October', () => {
		const sentence =
			'In a statement on its website, the National Intelligence Service (NIS) said Russian navy ships transferred 1,500 North Korean special operation forces to the port city of Vladivostok between 8 and 13 October who were now undergoing training.';
		expect(figuresIn(sentence)).toEqual([
			{
				text: '1,500 North Korean special operation forces',
				index: 107,
				figure: exact(1500, 'north korean special operation forces'),
			},
		]);
	});

	it('finds 12,000 troops and four brigades', () => {
		const sentence =
			'Additionally, South Korean media said on Friday, citing anonymous sources, that Pyongyang had decided to dispatch a total of 12,000 troops, formed into four brigades, to Russia.';
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, '12,000 troops', exact(12000, 'troops')),
			mention(sentence, 'four brigades', exact(4, 'brigades')),
		]);
	});

	it('finds only the 10,000 soldiers, not "a day after"', () => {
		const sentence =
			'The statements come a day after Ukraine’s president, Volodymyr Zelenskyy, said his country had intelligence reports that 10,000 North Korean soldiers were preparing to enter the war.';
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, '10,000 North Korean soldiers', exact(10000, 'north korean soldiers')),
		]);
	});

	it('finds only dozens of North Koreans, not the KN-23', () => {
		const sentence =
			'A source in Ukraine said: “There are dozens of North Koreans behind Russian lines, in teams that support launcher systems for KN-23 missiles.”';
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, 'dozens of North Koreans', band(24, 99, 'north koreans')),
		]);
	});

	it('finds about half the ammunition and more than 2m rounds', () => {
		const sentence =
			'Pyongyang is estimated to have provided about half the larger-calibre ammunition used on the battlefield this year, more than 2m rounds, a Ukrainian source said.';
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, 'about half the larger-calibre ammunition used on the battlefield', {
				value: 50,
				unit: 'percent of the larger-calibre ammunition used on the battlefield',
				qualifier: 'about',
			}),
			mention(sentence, 'more than 2m rounds', {
				value: 2000000,
				unit: 'rounds',
				qualifier: 'more-than',
			}),
		]);
	});

	it('finds only dozens of strikes', () => {
		const sentence =
			'It also provided KN-23 missiles, which were used in dozens of strikes across Ukraine last winter, Ukrainian media reported.';
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, 'dozens of strikes', band(24, 99, 'strikes')),
		]);
	});

	it('counts "two regions in Siberia": an appositive count, not a back-reference', () => {
		const sentence =
			'NIS said North Korean soldiers were given Russian military uniforms and Russian-made weapons and were issued with fake ID cards of residents of Yakutia and Buryatia, two regions in Siberia.';
		expect(figuresIn(sentence)).toEqual([mention(sentence, 'two regions', exact(2, 'regions'))]);
	});

	it('finds nothing in a sentence whose only number is a year', () => {
		expect(
			figuresIn(
				'North Korea’s leader, Kim Jong-un, and Russia’s president, Vladimir Putin, who first met in 2019, have been seeking greater military and economic cooperation'
			)
		).toEqual([]);
	});

	it('finds nothing in "the two leaders … each other’s aid if either is attacked"', () => {
		expect(
			figuresIn(
				'In June, the two leaders signed a pact that includes a clause requiring the countries to come to each other’s aid if either is attacked.'
			)
		).toEqual([]);
	});

	it('finds nothing in a sentence without numbers', () => {
		expect(
			figuresIn(
				'The Nato secretary general, Mark Rutte, said on Friday that the alliance could not yet confirm South Korean intelligence that North Korea was deploying large-scale troops.'
			)
		).toEqual([]);
	});
});

describe('findFigures reads numbers in digits', () => {
	it.each([
		['It sent 1,500 troops.', '1,500 troops', 1500, 'troops'],
		['It sent 12,000 troops.', '12,000 troops', 12000, 'troops'],
		['It sent 10,000 troops.', '10,000 troops', 10000, 'troops'],
		['It sent 300 troops.', '300 troops', 300, 'troops'],
		['It sent 2.5 tonnes of fuel.', '2.5 tonnes of fuel', 2.5, 'tonnes of fuel'],
		['It sent 2m shells.', '2m shells', 2000000, 'shells'],
		['It sent 2mn shells.', '2mn shells', 2000000, 'shells'],
		['It sent 2 million shells.', '2 million shells', 2000000, 'shells'],
		['It sent 1.5bn shells.', '1.5bn shells', 1500000000, 'shells'],
		['It sent 3 billion shells.', '3 billion shells', 3000000000, 'shells'],
		['It sent 5k drones.', '5k drones', 5000, 'drones'],
		['It sent 1.1m shells.', '1.1m shells', 1100000, 'shells'],
		['It sent 12 thousand shells.', '12 thousand shells', 12000, 'shells'],
	])('%s', (sentence, text, value, unit) => {
		expect(figuresIn(sentence)).toEqual([mention(sentence, text, exact(value, unit))]);
	});

	it.each([
		['It gave $2bn in aid.', '$2bn', 2000000000, 'dollars'],
		['It gave US$3bn in aid.', 'US$3bn', 3000000000, 'dollars'],
		['It gave £1.5m in aid.', '£1.5m', 1500000, 'pounds'],
		['It gave €500m in aid.', '€500m', 500000000, 'euros'],
		['It gave $2 million in aid.', '$2 million', 2000000, 'dollars'],
	])('reads the amount in %s with the currency as its unit', (sentence, text, value, unit) => {
		expect(figuresIn(sentence)).toEqual([mention(sentence, text, exact(value, unit))]);
	});
});

describe('findFigures reads numbers in words', () => {
	const words = [
		'one',
		'two',
		'three',
		'four',
		'five',
		'six',
		'seven',
		'eight',
		'nine',
		'ten',
		'eleven',
		'twelve',
		'thirteen',
		'fourteen',
		'fifteen',
		'sixteen',
		'seventeen',
		'eighteen',
		'nineteen',
		'twenty',
	];
	it.each(words.map((word, index) => [word, index + 1] as const))(
		'reads "%s" as %i',
		(word, value) => {
			const sentence = `Officials said ${word} drones were shot down.`;
			expect(figuresIn(sentence)).toEqual([
				mention(sentence, `${word} drones`, exact(value, 'drones')),
			]);
		}
	);

	it.each([
		['thirty', 30],
		['forty', 40],
		['fifty', 50],
		['sixty', 60],
		['seventy', 70],
		['eighty', 80],
		['ninety', 90],
	] as const)('reads "%s" as %i', (word, value) => {
		const sentence = `Officials said ${word} drones were shot down.`;
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, `${word} drones`, exact(value, 'drones')),
		]);
	});

	it.each([
		['twenty-five drones', 25],
		['twenty five drones', 25],
		['two hundred drones', 200],
		['two hundred and fifty drones', 250],
		['five thousand drones', 5000],
		['two million drones', 2000000],
		['Twelve drones', 12],
	] as const)('reads "%s" exactly', (text, value) => {
		const sentence = `${text} were shot down.`;
		expect(figuresIn(sentence)).toEqual([mention(sentence, text, exact(value, 'drones'))]);
	});

	it.each([
		['a dozen drones', 12],
		['two dozen drones', 24],
		['half a dozen drones', 6],
		['a hundred drones', 100],
		['a thousand drones', 1000],
		['half a million drones', 500000],
	] as const)(
		'reads "%s" as about %i: the indefinite article and dozens round the number',
		(text, value) => {
			const sentence = `Officials said ${text} were shot down.`;
			expect(figuresIn(sentence)).toEqual([mention(sentence, text, about(value, 'drones'))]);
		}
	);

	it('reads no figure in "a couple of days": "a couple", like "a", counts only before a scale', () => {
		expect(figuresIn('The shelling stopped for a couple of days.')).toEqual([]);
	});

	it('reads "four brigades" as 4 brigades', () => {
		expect(onlyFigure('The troops were formed into four brigades.')).toEqual(exact(4, 'brigades'));
	});
});

describe('findFigures reads vague bands', () => {
	it.each([
		['dozens of drones', 24, 99],
		['scores of drones', 40, 99],
		['hundreds of drones', 200, 999],
		['thousands of drones', 2000, 9999],
		['tens of thousands of drones', 20000, 99999],
		['hundreds of thousands of drones', 200000, 999999],
		['millions of drones', 2000000, 9999999],
	] as const)('reads "%s" as %i–%i', (text, min, max) => {
		const sentence = `Russia launched ${text} at Kyiv.`;
		expect(figuresIn(sentence)).toEqual([mention(sentence, text, band(min, max, 'drones'))]);
	});

	it.each([
		['several hundred drones', 300, 999],
		['several thousand drones', 3000, 9999],
		['a couple thousand drones', 2000, 2999],
		['a couple of hundred drones', 200, 299],
		['a couple of thousand drones', 2000, 2999],
	] as const)('reads "%s", with no "of" after hundred or thousand, as %i–%i', (text, min, max) => {
		const sentence = `Russia launched ${text} at Kyiv.`;
		expect(figuresIn(sentence)).toEqual([mention(sentence, text, band(min, max, 'drones'))]);
	});

	it('needs "of" and a noun after the band word', () => {
		expect(figuresIn('Hundreds were killed and thousands more fled.')).toEqual([]);
	});

	it('keeps the band and leaves a qualifier before it out of the text', () => {
		const sentence = 'Up to tens of thousands of troops could follow.';
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, 'tens of thousands of troops', band(20000, 99999, 'troops')),
		]);
	});
});

describe('findFigures reads shares as percentages', () => {
	it.each([
		['half the shells', 50, 'percent of the shells'],
		['half of the shells', 50, 'percent of the shells'],
		['a third of the shells', 33.3, 'percent of the shells'],
		['one third of the shells', 33.3, 'percent of the shells'],
		['two-thirds of the shells', 66.7, 'percent of the shells'],
		['two thirds of its shells', 66.7, 'percent of its shells'],
		['a quarter of all shells', 25, 'percent of all shells'],
		['three-quarters of the shells', 75, 'percent of the shells'],
		['40% of the shells', 40, 'percent of the shells'],
		['40 per cent of the shells', 40, 'percent of the shells'],
		['40 percent of the shells', 40, 'percent of the shells'],
		['forty per cent of the shells', 40, 'percent of the shells'],
	] as const)('reads "%s"', (text, value, unit) => {
		const sentence = `Pyongyang supplied ${text}, officials said.`;
		expect(figuresIn(sentence)).toEqual([mention(sentence, text, exact(value, unit))]);
	});

	it('reads a bare percentage with the unit "percent"', () => {
		const sentence = 'Output rose by 40% last year.';
		expect(figuresIn(sentence)).toEqual([mention(sentence, '40%', exact(40, 'percent'))]);
	});

	it('takes qualifiers on shares', () => {
		const sentence = 'It supplied more than half of the shells and nearly a third of the rockets.';
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, 'more than half of the shells', {
				value: 50,
				unit: 'percent of the shells',
				qualifier: 'more-than',
			}),
			mention(sentence, 'nearly a third of the rockets', {
				value: 33.3,
				unit: 'percent of the rockets',
				qualifier: 'nearly',
			}),
		]);
	});

	it('reads a range of percentages', () => {
		const sentence = 'Prices rose 10-15% this year.';
		expect(figuresIn(sentence)).toEqual([mention(sentence, '10-15%', range(10, 15, 'percent'))]);
	});

	it.each([
		'The talks took half an hour.',
		'Losses fell in the second half of the year.',
		'The country was split in half.',
		'It lasted two and a half years.',
		'A third country may join.',
		'Half a minute passed.',
	])('does not read a share in "%s"', (sentence) => {
		expect(figuresIn(sentence)).toEqual([]);
	});
});

describe('findFigures reads qualifiers before the number', () => {
	it.each([
		['about 300 troops', 'about'],
		['around 300 troops', 'about'],
		['roughly 300 troops', 'about'],
		['approximately 300 troops', 'about'],
		['some 300 troops', 'about'],
		['nearly 300 troops', 'nearly'],
		['almost 300 troops', 'nearly'],
		['just under 300 troops', 'nearly'],
		['an estimated 300 troops', 'about'],
		['close to 300 troops', 'about'],
		['more than 300 troops', 'more-than'],
		['over 300 troops', 'more-than'],
		['at least 300 troops', 'at-least'],
		['no fewer than 300 troops', 'at-least'],
		['in excess of 300 troops', 'more-than'],
		['up to 300 troops', 'up-to'],
		['as many as 300 troops', 'up-to'],
		['as high as 300 troops', 'up-to'],
		['fewer than 300 troops', 'up-to'],
		['less than 300 troops', 'up-to'],
		['no more than 300 troops', 'up-to'],
		['at most 300 troops', 'up-to'],
	] as const)('reads "%s" as %s', (text, qualifier) => {
		const sentence = `Officials said ${text} had arrived.`;
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, text, { value: 300, unit: 'troops', qualifier }),
		]);
	});

	it('reads a qualifier that opens the sentence', () => {
		const sentence = 'About 300 troops arrived.';
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, 'About 300 troops', about(300, 'troops')),
		]);
	});

	it('takes a qualifier before a word number', () => {
		const sentence = 'They fired more than a dozen missiles.';
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, 'more than a dozen missiles', {
				value: 12,
				unit: 'missiles',
				qualifier: 'more-than',
			}),
		]);
	});

	it('leaves "a total of" out: it does not qualify the number', () => {
		const sentence = 'It sent a total of 12,000 troops.';
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, '12,000 troops', exact(12000, 'troops')),
		]);
	});
});

describe('findFigures reads ranges', () => {
	it.each([
		['between 10,000 and 12,000 troops'],
		['10,000-12,000 troops'],
		['10,000–12,000 troops'],
		['10,000 to 12,000 troops'],
		['10,000 - 12,000 troops'],
	])('reads "%s" as 10,000–12,000', (text) => {
		const sentence = `Pyongyang sent ${text} to Russia.`;
		expect(figuresIn(sentence)).toEqual([mention(sentence, text, range(10000, 12000, 'troops'))]);
	});

	it('reads a range in words', () => {
		const sentence = 'It sent between two and three brigades.';
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, 'between two and three brigades', range(2, 3, 'brigades')),
		]);
	});

	it('carries a scale from the upper bound to the lower one', () => {
		const sentence = 'It fired between 2 and 3 million shells and 2-3m rockets.';
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, 'between 2 and 3 million shells', range(2000000, 3000000, 'shells')),
			mention(sentence, '2-3m rockets', range(2000000, 3000000, 'rockets')),
		]);
	});

	it('scales decimal lower bounds without rounding error', () => {
		const sentence = 'It fired 1.1-1.3m shells.';
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, '1.1-1.3m shells', range(1100000, 1300000, 'shells')),
		]);
	});

	it('ignores a qualifier before a range', () => {
		const sentence = 'It sent about 10,000-12,000 troops.';
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, '10,000-12,000 troops', range(10000, 12000, 'troops')),
		]);
	});

	it('reads "from 300 to 1,500" as a change, not a range', () => {
		const sentence = 'The force grew from 300 to 1,500 troops.';
		expect(figuresIn(sentence)).toEqual([mention(sentence, '1,500 troops', exact(1500, 'troops'))]);
	});

	it('does not read a descending pair as a range', () => {
		expect(figuresIn('The match ended 3-1 to the visitors.')).toEqual([]);
	});
});

describe('findFigures reads the unit up to the end of the noun phrase', () => {
	it.each([
		['It moved 1,500 troops to Russia.', '1,500 troops', 'troops'],
		['It said 1,500 troops were sent.', '1,500 troops', 'troops'],
		['It named 1,500 troops who fought.', '1,500 troops', 'troops'],
		['It has 1,500 troops in teams.', '1,500 troops', 'troops'],
		['It has 1,500 troops, officials said.', '1,500 troops', 'troops'],
		['It has 1,500 troops; more will come.', '1,500 troops', 'troops'],
		['It sent 2m rounds of ammunition.', '2m rounds of ammunition', 'rounds of ammunition'],
		[
			'It sent 2m rounds of 152mm ammunition.',
			'2m rounds of 152mm ammunition',
			'rounds of 152mm ammunition',
		],
		[
			'It sent 2m rounds of the ammunition.',
			'2m rounds of the ammunition',
			'rounds of the ammunition',
		],
		['It sent 2m rounds this year.', '2m rounds', 'rounds'],
		['It sent 2m rounds last winter.', '2m rounds', 'rounds'],
		['It sent 2m rounds of this year’s output.', '2m rounds', 'rounds'],
		['It sent 2m rounds of October’s output.', '2m rounds', 'rounds'],
		['It sent 10 KN-23 missiles.', '10 KN-23 missiles', 'kn-23 missiles'],
		['1,500 troops arrived in Kursk.', '1,500 troops', 'troops'],
		['1,500 troops reportedly arrived.', '1,500 troops', 'troops'],
		[
			'It lost 300 armoured fighting vehicles.',
			'300 armoured fighting vehicles',
			'armoured fighting vehicles',
		],
		['It lost 20 wounded soldiers.', '20 wounded soldiers', 'wounded soldiers'],
		['It has 300 elderly residents.', '300 elderly residents', 'elderly residents'],
		[
			'It has 300 military family members.',
			'300 military family members',
			'military family members',
		],
		[
			'It sent 300 more North Korean troops.',
			'300 more North Korean troops',
			'more north korean troops',
		],
		['It has 300 US troops there.', '300 US troops', 'us troops'],
		['It sent 10,000 troops preparing to fight.', '10,000 troops', 'troops'],
		['It sent 10,000 shells a day.', '10,000 shells', 'shells'],
	])('%s', (sentence, text, unit) => {
		expect(figuresIn(sentence)).toEqual([
			{
				text,
				index: sentence.indexOf(text),
				figure: { value: expect.any(Number), unit, qualifier: 'exact' },
			},
		]);
	});

	it('runs the whole of a share through a participle and its phrase', () => {
		const sentence = 'They made 40% of the shells fired at Kharkiv last month.';
		expect(figuresIn(sentence)).toEqual([
			mention(
				sentence,
				'40% of the shells fired at Kharkiv',
				exact(40, 'percent of the shells fired at kharkiv')
			),
		]);
	});

	it('drops a number with nothing countable after it', () => {
		expect(figuresIn('Of the 300, most were killed.')).toEqual([]);
		expect(figuresIn('It said 12,000 more than last year.')).toEqual([]);
	});
});

describe('findFigures leaves out what is not a figure', () => {
	it.each([
		['a year', 'They first met in 2019.'],
		['a year on its own', '2024 was a hard year for Ukraine.'],
		['a year before a noun', 'The 2024 budget was passed.'],
		['a season', 'The 2019-20 budget was passed.'],
		['a range of years', 'It grew between 1990 and 2000 rapidly.'],
		['a date', 'The troops moved on 8 and 13 October.'],
		['a date range', 'They moved between 8 and 13 October.'],
		['a hyphenated date range', 'They moved on 8-13 October.'],
		['a day of the month before the month', 'They met on 8 October.'],
		['a day of the month after the month', 'They met on Oct 25 in Moscow.'],
		['a day of the month after a full month name', 'They met on October 25, 2024.'],
		['an ordinal', 'It was the 3rd time they met.'],
		['an ordinal day', 'They met on the 8th.'],
		['ordinal words', 'The first and second waves came.'],
		['a clock time', 'The attack began at 12.35 local time.'],
		['a clock time with a colon', 'The attack began at 12:35 local time.'],
		['a clock time with pm', 'The attack began at 5 pm sharp.'],
		['a joined clock time', 'The attack began at 5pm sharp.'],
		['a model name', 'It fired KN-23 missiles.'],
		['a jet', 'An Su-34 jet crashed.'],
		['another jet', 'It flew F-16 jets.'],
		['a group name', 'The G7 leaders met.'],
		['a plane type', 'A Boeing 737 jet crashed.'],
		['a numbered war', 'It was the worst since World War II ended.'],
		['a war number in digits', 'It was the worst since World War 2 ended.'],
		['a war number in words', 'It was the worst since World War Two ended.'],
		['"one of the"', 'One of the soldiers was killed.'],
		['"one of the" mid-sentence', 'He was one of the soldiers killed.'],
		['"one another"', 'They blamed one another.'],
		['"each other"', 'They blamed each other.'],
		['"either"', 'Either side may attack.'],
		['"no one"', 'No one was hurt, and no one troops fled.'],
		['a phone number', 'Call +44 20 7946 0000 for troops.'],
		['a local phone number', 'Call 020 7946 0000 today.'],
		['a spaced phone number', 'Call 555 123 4567 now.'],
		['a negative number', 'It fell to -5 degrees.'],
		['"a day after"', 'The strike came a day after the talks.'],
		['"the two leaders"', 'The two leaders met.'],
		['"the three countries"', 'It affects the three countries equally.'],
		['"its two"', 'It sent its two envoys.'],
		['a time span', 'The talks ran for two days.'],
		['a time ago', 'It happened three weeks ago.'],
		['hours', 'It was over within 48 hours.'],
		['an age', 'He was 23 years old.'],
		['a compound adjective', 'A 10,000-strong force and a 23-year-old soldier arrived.'],
		['a five-year plan', 'It signed a five-year deal.'],
		['a score', 'The match ended 1-0.'],
		['a number joined to a slash', 'It runs 24/7 now.'],
	])('leaves out %s', (_what, sentence) => {
		expect(figuresIn(sentence)).toEqual([]);
	});

	it('keeps numbers after a month that cannot be days', () => {
		const sentence = 'In June 300 troops arrived.';
		expect(figuresIn(sentence)).toEqual([mention(sentence, '300 troops', exact(300, 'troops'))]);
	});

	it('keeps digits after "the": they restate a count rather than point back to a few named things', () => {
		const sentence = 'The 12,000 troops arrived.';
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, '12,000 troops', exact(12000, 'troops')),
		]);
	});

	it('keeps a number word that opens a sentence', () => {
		const sentence = 'Two regions in Siberia were named.';
		expect(figuresIn(sentence)).toEqual([mention(sentence, 'Two regions', exact(2, 'regions'))]);
	});

	it('keeps a number after a possessive name', () => {
		const sentence = 'It joined Ukraine’s 1,500 volunteers.';
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, '1,500 volunteers', exact(1500, 'volunteers')),
		]);
	});

	it('keeps a figure after a year in the same sentence', () => {
		const sentence = 'Since 2022, Russia has fired 10,000 missiles.';
		expect(figuresIn(sentence)).toEqual([
			mention(sentence, '10,000 missiles', exact(10000, 'missiles')),
		]);
	});
});

describe('findFigures on ordinary text', () => {
	it.each([
		'',
		' ',
		'.',
		'“”',
		'a',
		'half',
		'between',
		'between 10,000 and',
		'more than',
		'1,5,0',
		'1..2',
		'$',
		'US$',
		'— 300 —',
		'12,000',
		'tens of',
		'two-',
		'Kim Jong-un, 1,500; 2m… 40 % 5k? “dozens of”',
	])('does not throw on %j', (sentence) => {
		expect(() => figuresIn(sentence)).not.toThrow();
	});

	it('finds figures in order and apart', () => {
		const sentence = 'It sent 12,000 troops, 300 tanks and dozens of jets.';
		expect(figuresIn(sentence).map(({ text }) => text)).toEqual([
			'12,000 troops',
			'300 tanks',
			'dozens of jets',
		]);
	});
});

describe('findFigures on numbers without a noun of their own', () => {
	it('reads a count whose scale is joined by a hyphen', () => {
		expect(findFigures('Ten-thousand troops were sent.').map((m) => m.figure.value)).toEqual([
			10000,
		]);
		expect(findFigures('About 15-thousand troops were sent.').map((m) => m.figure)).toEqual([
			{ value: 15000, unit: 'troops', qualifier: 'about' },
		]);
	});

	it('gives a bare count the unit of the figure before it in the sentence', () => {
		expect(
			findFigures(
				'About 10,000 North Korean soldiers are in Russia and as many as 8,000 of them are in Kursk.'
			).map((m) => [m.figure.value, m.figure.unit])
		).toEqual([
			[10000, 'north korean soldiers'],
			[8000, 'north korean soldiers'],
		]);
	});

	it('does not invent a unit for a bare count with no figure before it', () => {
		expect(findFigures('As many as 8,000 are in the Kursk region.')).toEqual([]);
	});

	it('reads a part of a named whole: "up to 8,000 of the North Korean troops"', () => {
		expect(
			findFigures('Blinken said up to 8,000 of the North Korean troops had been deployed.').map(
				(m) => m.figure
			)
		).toEqual([{ value: 8000, unit: 'north korean troops', qualifier: 'up-to' }]);
	});
});

describe('findFigures reads parts of a numbered whole (issue 25)', () => {
	it.each([
		[
			'He said 12 of the 20 soldiers were killed.',
			[
				['12', exact(12, 'of the 20 soldiers')],
				['20 soldiers', exact(20, 'soldiers')],
			],
		],
		[
			'Officials said 300 out of 1,500 troops were wounded.',
			[
				['300', exact(300, 'out of 1,500 troops')],
				['1,500 troops', exact(1500, 'troops')],
			],
		],
		[
			'About a quarter of the 11,000 troops have been killed or wounded.',
			[
				['About a quarter', about(25, 'percent of the 11,000 troops')],
				['11,000 troops', exact(11000, 'troops')],
			],
		],
		[
			'40% of the 11,000 troops were wounded.',
			[
				['40%', exact(40, 'percent of the 11,000 troops')],
				['11,000 troops', exact(11000, 'troops')],
			],
		],
	] as const)('keeps both numbers of "%s", each with what it counts', (sentence, expected) => {
		expect(figuresIn(sentence)).toEqual(
			expected.map(([text, figure]) => mention(sentence, text, figure))
		);
	});

	it.each([
		[
			'Four out of the five sites struck were military facilities.',
			[
				[4, 'out of the five sites'],
				[5, 'sites'],
			],
		],
		[
			'Ten out of the twelve who died were women.',
			[
				[10, 'out of the twelve who died'],
				[12, 'who died'],
			],
		],
	])('reads a whole in words after "the" as a count of its own: %j', (sentence, expected) => {
		expect(figuresIn(sentence).map(({ figure }) => [figure.value, figure.unit])).toEqual(expected);
	});

	it.each([
		['Just 1,247 of them have been brought home.', [[1247, 'of them']]],
		[
			'More than 113,000 of those who made the crossing were children.',
			[[113000, 'of those who made the crossing']],
		],
		['The one million artillery shells were late.', [[1000000, 'artillery shells']]],
		[
			'Half of the one million artillery shells were late.',
			[
				[50, 'percent of the one million artillery shells'],
				[1000000, 'artillery shells'],
			],
		],
	])(
		'reads a count of people or things named before, in its own words: %j',
		(sentence, expected) => {
			expect(figuresIn(sentence).map(({ figure }) => [figure.value, figure.unit])).toEqual(
				expected
			);
		}
	);

	it('still reads "the five sites" with no part before it as a back-reference', () => {
		expect(figuresIn('The five sites were struck again.')).toEqual([]);
	});

	it('reads "one of the 20 soldiers" as the 20 only: one of them names a soldier, not a count', () => {
		expect(figuresIn('One of the 20 soldiers was killed.').map((found) => found.figure)).toEqual([
			exact(20, 'soldiers'),
		]);
	});
});

describe('findFigures reads a share of a number in words as a count (issue 25)', () => {
	it.each([
		[
			'Russia has lost a quarter of a million soldiers, he said.',
			'a quarter of a million soldiers',
			250_000,
			'soldiers',
		],
		[
			'Three quarters of a million shells were sent.',
			'Three quarters of a million shells',
			750_000,
			'shells',
		],
		['Half of a million rounds arrived.', 'Half of a million rounds', 500_000, 'rounds'],
	])('reads "%s"', (sentence, text, value, unit) => {
		expect(figuresIn(sentence)).toEqual([mention(sentence, text, about(value, unit))]);
	});
});

describe('findFigures reads a count named before its number', () => {
	it.each([
		[
			'The number of soldiers killed in the border fighting has reached 212, the minister said.',
			[[212, 'soldiers killed']],
		],
		[
			'The agency put the number of missing at 4,100, before raising it to 5,000.',
			[
				[4100, 'missing'],
				[5000, 'missing'],
			],
		],
		['Officials gave a death toll of 8,300 for the city.', [[8300, 'deaths']]],
		['The death toll rose to 300.', [[300, 'deaths']]],
		[
			'Soldiers outnumber the number of M23 fighters, which the experts put at around 3,000.',
			[[3000, 'm23 fighters']],
		],
		[
			'The mayor said the number of deaths could reach between 1,000 and 2,000.',
			[[[1000, 2000], 'deaths']],
		],
		[
			'Some estimates put the death toll since the war began as high as 150,000.',
			[[150000, 'deaths']],
		],
	])('%j', (sentence, expected) => {
		expect(
			figuresIn(sentence).map(({ figure }) => [
				figure.value ?? [figure.min, figure.max],
				figure.unit,
			])
		).toEqual(expected);
	});

	it('leaves a number alone when nothing links it to a count before it', () => {
		expect(figuresIn('The number of crossings fell in 2023, and 40 were turned back.')).toEqual([]);
	});
});
