import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../../../../../src/core/dates/fuzzy-date.ts';
import { findDates } from '../../../../../src/tools/ingest/find/dates/find-dates.ts';

const FRIDAY = '2024-10-18T09:51:00-04:00';
// 03:30 UTC on Saturday, but still Friday evening at the outlet.
const FRIDAY_LATE = '2024-10-18T23:30:00-04:00';
// 16:30 UTC on Friday, but already Saturday morning at the outlet.
const SATURDAY_EARLY = '2024-10-19T01:30:00+09:00';
const SUNDAY = '2024-10-20T08:00:00+01:00';
const WEDNESDAY = '2025-01-15T12:00:00Z';
const MARCH = '2025-03-10T10:00:00+00:00';

/** Expects exactly these expressions, each `[text, edtf]`, at the index where `text` occurs in `sentence`. */
function expectDates(sentence: string, published: string, expected: Array<[string, string]>) {
	expect(findDates(sentence, published)).toEqual(
		expected.map(([text, edtf]) => ({ text, index: sentence.indexOf(text), edtf }))
	);
}

describe('findDates seed sentences', () => {
	const seeds: Array<[string, string, number, string]> = [
		[
			'South Korea’s intelligence agency said on Friday that North Korea had dispatched troops to assist Russia in its war against Ukraine, a development that could intensify the standoff between North Korea and the west.',
			'on Friday',
			39,
			'2024-10-18',
		],
		[
			'In a statement on its website, the National Intelligence Service (NIS) said Russian navy ships transferred 1,500 North Korean special operation forces to the port city of Vladivostok between 8 and 13 October who were now undergoing training.',
			'between 8 and 13 October',
			183,
			'2024-10-08/2024-10-13',
		],
		[
			'The NIS also published satellite and other photos showing what it calls Russian navy ship movements near a North Korean port and suspected North Korean mass gatherings in the past week in the far-eastern Russian cities of Ussuriysk and Khabarovsk.',
			'in the past week',
			168,
			'2024-10-11/2024-10-18',
		],
		[
			'The statements come a day after Ukraine’s president, Volodymyr Zelenskyy, said his country had intelligence reports that 10,000 North Korean soldiers were preparing to enter the war.',
			'a day after',
			20,
			'2024-10-17',
		],
		[
			'A Kremlin spokesperson, Dmitry Peskov, dismissed the claims at a media conference last week as “another piece of fake news”.',
			'last week',
			82,
			'2024-10-07/2024-10-13',
		],
		[
			'In June, the two leaders signed a pact that includes a clause requiring the countries to come to each other’s aid if either is attacked.',
			'In June',
			0,
			'2024-06',
		],
		[
			'Pyongyang is estimated to have provided about half the larger-calibre ammunition used on the battlefield this year, more than 2m rounds, a Ukrainian source said.',
			'this year',
			105,
			'2024',
		],
		[
			'It also provided KN-23 missiles, which were used in dozens of strikes across Ukraine last winter, Ukrainian media reported.',
			'last winter',
			85,
			'2023-24',
		],
		[
			'Additionally, South Korean media said on Friday, citing anonymous sources, that Pyongyang had decided to dispatch a total of 12,000 troops, formed into four brigades, to Russia.',
			'on Friday',
			38,
			'2024-10-18',
		],
		[
			'North Korea’s leader, Kim Jong-un, and Russia’s president, Vladimir Putin, who first met in 2019, have been seeking greater military and economic cooperation…',
			'in 2019',
			89,
			'2019',
		],
		[
			'In return for its missiles and other military hardware, North Korea is thought to be seeking Russian cash as well as help with its spy satellite programme, which has had embarrassing failures over the past two years.',
			'over the past two years',
			192,
			'2022-10-18/2024-10-18',
		],
	];

	it.each(seeds)('finds exactly one date in seed sentence %#', (sentence, text, index, edtf) => {
		expect(findDates(sentence, FRIDAY)).toEqual([{ text, index, edtf }]);
	});
});

describe('findDates weekdays', () => {
	it('reads a weekday as the latest one on or before the publication day', () => {
		expectDates('Seoul spoke on Friday.', FRIDAY, [['on Friday', '2024-10-18']]);
		expectDates('Kyiv spoke on Monday.', FRIDAY, [['on Monday', '2024-10-14']]);
		expectDates('Moscow spoke on Tuesday.', FRIDAY, [['on Tuesday', '2024-10-15']]);
	});

	it('reads weekdays from a Sunday and a Wednesday', () => {
		expectDates('It happened on Friday.', SUNDAY, [['on Friday', '2024-10-18']]);
		expectDates('It happened on Sunday.', SUNDAY, [['on Sunday', '2024-10-20']]);
		expectDates('It happened on Monday.', SUNDAY, [['on Monday', '2024-10-14']]);
		expectDates('It happened on Thursday.', WEDNESDAY, [['on Thursday', '2025-01-09']]);
		expectDates('It happened on Wednesday.', WEDNESDAY, [['on Wednesday', '2025-01-15']]);
		expectDates('It happened on Monday.', WEDNESDAY, [['on Monday', '2025-01-13']]);
	});

	it('takes a possessive weekday without its ending', () => {
		expectDates("After Friday’s talks, Monday's strikes resumed.", FRIDAY, [
			['Friday', '2024-10-18'],
			['Monday', '2024-10-14'],
		]);
	});

	it('reads "last Friday" as the Friday of the week before the publication day’s', () => {
		expectDates('They met last Friday.', FRIDAY, [['last Friday', '2024-10-11']]);
		// Written on a Friday, yesterday is "on Thursday"; "last Thursday" is the week before.
		expectDates('They met last Thursday.', FRIDAY, [['last Thursday', '2024-10-10']]);
		expectDates('They met last Monday.', WEDNESDAY, [['last Monday', '2025-01-06']]);
	});

	it('leaves a clock time out of the text', () => {
		expectDates('Drones struck at 3pm on Friday.', FRIDAY, [['on Friday', '2024-10-18']]);
		expectDates('Talks began on Friday at 09:00 GMT.', FRIDAY, [['on Friday', '2024-10-18']]);
		expectDates('He said on 10 October, at 10am, that ships had left.', FRIDAY, [
			['on 10 October', '2024-10-10'],
		]);
	});

	it('reads a range of weekdays', () => {
		expectDates('Talks ran from Monday to Wednesday.', FRIDAY, [
			['from Monday to Wednesday', '2024-10-14/2024-10-16'],
		]);
	});

	it('reads "since Monday" as open-ended', () => {
		expectDates('Fighting has raged since Monday.', FRIDAY, [['since Monday', '2024-10-14/..']]);
	});

	it('uses the local day at the outlet, not the UTC day', () => {
		expectDates('He spoke on Friday, not on Saturday.', FRIDAY_LATE, [
			['on Friday', '2024-10-18'],
			['on Saturday', '2024-10-12'],
		]);
		expectDates('It came today, a day after talks ended yesterday.', FRIDAY_LATE, [
			['today', '2024-10-18'],
			['a day after', '2024-10-17'],
			['yesterday', '2024-10-17'],
		]);
		expectDates('It came today, after talks on Saturday and yesterday.', SATURDAY_EARLY, [
			['today', '2024-10-19'],
			['on Saturday', '2024-10-19'],
			['yesterday', '2024-10-18'],
		]);
	});
});

describe('findDates days counted back', () => {
	it('reads "a day after" and "a day earlier" as the day before publication', () => {
		expectDates('It comes a day after he spoke.', FRIDAY, [['a day after', '2024-10-17']]);
		expectDates('He had spoken a day earlier.', FRIDAY, [['a day earlier', '2024-10-17']]);
	});

	it('counts two days after or earlier', () => {
		expectDates('It comes two days after the vote.', FRIDAY, [['two days after', '2024-10-16']]);
		expectDates('The vote was two days earlier.', FRIDAY, [['two days earlier', '2024-10-16']]);
		expectDates('Two days after the vote, talks began.', SUNDAY, [
			['Two days after', '2024-10-18'],
		]);
	});

	it('reads yesterday and today', () => {
		expectDates('Seoul said yesterday and repeated it today.', FRIDAY, [
			['yesterday', '2024-10-17'],
			['today', '2024-10-18'],
		]);
		expectDates('Seoul said yesterday.', WEDNESDAY, [['yesterday', '2025-01-14']]);
	});

	it('reads "ago" at the precision of its unit', () => {
		expectDates('It began a week ago.', FRIDAY, [['a week ago', '2024-10-11']]);
		expectDates('It began a month ago.', FRIDAY, [['a month ago', '2024-09']]);
		expectDates('It began three years ago.', FRIDAY, [['three years ago', '2021']]);
		expectDates('It began a few days ago.', FRIDAY, [['a few days ago', '2024-10-15~']]);
	});
});

describe('findDates weeks, months and years', () => {
	it('reads "last week" as Monday to Sunday of the previous ISO week', () => {
		expectDates('They met last week.', FRIDAY, [['last week', '2024-10-07/2024-10-13']]);
		expectDates('They met last week.', SUNDAY, [['last week', '2024-10-07/2024-10-13']]);
		expectDates('They met last week.', WEDNESDAY, [['last week', '2025-01-06/2025-01-12']]);
	});

	it('reads "this week" as its Monday up to the publication day', () => {
		expectDates('They met this week.', FRIDAY, [['this week', '2024-10-14/2024-10-18']]);
	});

	it('reads the past week, month, years and hours as windows ending on the publication day', () => {
		expectDates('Gatherings grew in the past week.', FRIDAY, [
			['in the past week', '2024-10-11/2024-10-18'],
		]);
		expectDates('Gatherings grew over the past week.', FRIDAY, [
			['over the past week', '2024-10-11/2024-10-18'],
		]);
		expectDates('Gatherings grew in the past month.', FRIDAY, [
			['in the past month', '2024-09-18/2024-10-18'],
		]);
		expectDates('Failures mounted over the past two years.', FRIDAY, [
			['over the past two years', '2022-10-18/2024-10-18'],
		]);
		expectDates('Strikes hit in the last week.', SUNDAY, [
			['in the last week', '2024-10-13/2024-10-20'],
		]);
		expectDates('Strikes hit over the past 24 hours.', FRIDAY, [
			['over the past 24 hours', '2024-10-17/2024-10-18'],
		]);
		expectDates('Strikes hit over the past few days.', FRIDAY, [
			['over the past few days', '2024-10-15~/2024-10-18'],
		]);
	});

	it('does not read "the past months" as a window of unknown length', () => {
		expect(findDates('Strikes grew in the past months.', FRIDAY)).toEqual([]);
	});

	it('reads this and last year and month', () => {
		expectDates('Output rose this year after falling last year.', FRIDAY, [
			['this year', '2024'],
			['last year', '2023'],
		]);
		expectDates('Output rose this month after falling last month.', FRIDAY, [
			['this month', '2024-10'],
			['last month', '2024-09'],
		]);
		expectDates('Output fell last month and last year.', WEDNESDAY, [
			['last month', '2024-12'],
			['last year', '2024'],
		]);
	});

	it('reads weekends as Saturday to Sunday', () => {
		expectDates('Drones struck at the weekend.', FRIDAY, [
			['at the weekend', '2024-10-12/2024-10-13'],
		]);
		expectDates('Drones struck last weekend.', SUNDAY, [['last weekend', '2024-10-12/2024-10-13']]);
	});
});

describe('findDates ranges', () => {
	it('reads day ranges in one month', () => {
		for (const phrase of [
			'between 8 and 13 October',
			'from 8 to 13 October',
			'8-13 October',
			'8–13 October',
		])
			expectDates(`Ships sailed ${phrase}.`, FRIDAY, [[phrase, '2024-10-08/2024-10-13']]);
	});

	it('reads day ranges across months and years', () => {
		expectDates('Ships sailed between 28 September and 3 October.', FRIDAY, [
			['between 28 September and 3 October', '2024-09-28/2024-10-03'],
		]);
		expectDates('Ships sailed between 28 December and 3 January.', WEDNESDAY, [
			['between 28 December and 3 January', '2024-12-28/2025-01-03'],
		]);
		expectDates('Ships sailed October 8-13, 2023.', FRIDAY, [
			['October 8-13, 2023', '2023-10-08/2023-10-13'],
		]);
	});

	it('reads month and year ranges only after "between" or "from"', () => {
		expectDates('Talks ran between June and August.', FRIDAY, [
			['between June and August', '2024-06/2024-08'],
		]);
		expectDates('Talks ran from 2019 to 2022.', FRIDAY, [['from 2019 to 2022', '2019/2022']]);
	});

	it('does not read two days joined by "and" as a range', () => {
		const dates = findDates('Strikes hit on 8 and 13 October.', FRIDAY);
		expect(dates.map((date) => date.edtf)).not.toContain('2024-10-08/2024-10-13');
	});
});

describe('findDates months and years', () => {
	it('reads a month as the latest one not after the publication month', () => {
		expectDates('In June, the leaders met.', FRIDAY, [['In June', '2024-06']]);
		expectDates('The leaders met in June.', FRIDAY, [['in June', '2024-06']]);
		expectDates('The leaders met in October.', FRIDAY, [['in October', '2024-10']]);
		expectDates('The leaders met in November.', FRIDAY, [['in November', '2023-11']]);
		expectDates('The leaders met in December.', WEDNESDAY, [['in December', '2024-12']]);
	});

	it('reads a month with its year, or with a part of it', () => {
		expectDates('The leaders met in June 2023.', FRIDAY, [['in June 2023', '2023-06']]);
		expectDates('The March 2022 offensive stalled.', FRIDAY, [['March 2022', '2022-03']]);
		expectDates('Shelling grew in mid-October.', FRIDAY, [['in mid-October', '2024-10']]);
		expectDates('Shelling grew at the end of September.', FRIDAY, [
			['the end of September', '2024-09'],
		]);
		expectDates('Prices have risen since June.', FRIDAY, [['since June', '2024-06/..']]);
	});

	it('reads a year only after a preposition', () => {
		expectDates('They first met in 2019.', FRIDAY, [['in 2019', '2019']]);
		expectDates('They have met since 2019.', FRIDAY, [['since 2019', '2019/..']]);
		expectDates('Output will double by 2025.', FRIDAY, [['by 2025', '/2025']]);
		expectDates('Output fell in early 2023.', FRIDAY, [['in early 2023', '2023']]);
		expect(findDates('Some 2019 troops were sent.', FRIDAY)).toEqual([]);
	});
});

describe('findDates seasons', () => {
	it('reads "last winter" as the latest winter over before the publication month', () => {
		expectDates('Strikes hit last winter.', FRIDAY, [['last winter', '2023-24']]);
		expectDates('Strikes hit last winter.', WEDNESDAY, [['last winter', '2023-24']]);
		expectDates('Strikes hit last winter.', MARCH, [['last winter', '2024-24']]);
	});

	it('reads "this winter" as the winter that contains or follows the publication day', () => {
		expectDates('Strikes will hit this winter.', FRIDAY, [['this winter', '2024-24']]);
		expectDates('Strikes hit this winter.', WEDNESDAY, [['this winter', '2024-24']]);
		expectDates('Strikes will hit this winter.', MARCH, [['this winter', '2025-24']]);
	});

	it('reads "last summer" and seasons with a year', () => {
		expectDates('Strikes hit last summer.', FRIDAY, [['last summer', '2024-22']]);
		expectDates('Strikes hit last autumn.', FRIDAY, [['last autumn', '2023-23']]);
		expectDates('Strikes hit in summer 2023.', FRIDAY, [['in summer 2023', '2023-22']]);
		expectDates('Strikes hit in the winter of 2022-23.', FRIDAY, [
			['in the winter of 2022-23', '2022-24'],
		]);
	});
});

describe('findDates explicit days', () => {
	it('reads a day without a year as the latest one not after the publication day', () => {
		expectDates('Troops arrive on 25 October.', FRIDAY, [['on 25 October', '2023-10-25']]);
		expectDates('Troops arrived on 25 October.', '2024-10-25T08:00:00+03:00', [
			['on 25 October', '2024-10-25'],
		]);
		expectDates('Troops arrived on 3 September.', FRIDAY, [['on 3 September', '2024-09-03']]);
	});

	it('reads a day with its year as written', () => {
		expectDates('Troops arrived on 25 October 2024.', FRIDAY, [
			['on 25 October 2024', '2024-10-25'],
		]);
		expectDates('Troops arrived 25 October 2024.', FRIDAY, [['25 October 2024', '2024-10-25']]);
		expectDates('Troops arrived October 25, 2024.', FRIDAY, [['October 25, 2024', '2024-10-25']]);
	});

	it('reads the US order of a wire dateline as month then day', () => {
		const dateline = 'KYIV, Oct 25 (Reuters) – Ukraine said troops had arrived.';
		expect(findDates(dateline, '2024-10-25T06:10:00+03:00')).toEqual([
			{ text: 'Oct 25', index: 6, edtf: '2024-10-25' },
		]);
		expectDates(dateline, FRIDAY, [['Oct 25', '2023-10-25']]);
		expectDates('Seoul spoke on Friday, October 18.', FRIDAY, [
			['on Friday, October 18', '2024-10-18'],
		]);
	});
});

describe('findDates non-dates', () => {
	it.each([
		'Russia may send more troops.',
		'May I add one thing?',
		'Theresa May’s government fell.',
		'They planned a march on Kyiv.',
		'Ships carried 1,500 soldiers and then 12,000 more.',
		'It fired KN-23 missiles.',
		'It supplied more than 2m rounds.',
		'The sun rose as they sat down.',
		'Troops were now undergoing training.',
		'The strike came at 3pm.',
		'Talks stalled on the last day of the summit.',
		'It was the last year of the war.',
		'He spent his last week in office abroad.',
		'',
	])('finds nothing in %j', (sentence) => {
		expect(findDates(sentence, FRIDAY)).toEqual([]);
	});

	it('skips deadlines, which may lie after the publication day', () => {
		expect(findDates('Troops must leave by Friday.', FRIDAY)).toEqual([]);
		expect(findDates('Troops must leave by the end of June.', FRIDAY)).toEqual([]);
		expect(findDates('The truce holds until 25 October.', FRIDAY)).toEqual([]);
	});

	it('does not throw on odd text', () => {
		for (const sentence of [
			'???',
			'31 September',
			'32/13/2024',
			'between 13 and 8 October',
			'…–—',
			'2024-02-30',
		])
			expect(() => findDates(sentence, FRIDAY)).not.toThrow();
		const backwards = findDates('between 13 and 8 October', FRIDAY);
		expect(backwards.filter((date) => date.edtf.includes('/'))).toEqual([]);
	});

	it('throws on a publication time that is not ISO 8601', () => {
		expect(() => findDates('on Friday', 'last Friday')).toThrow(/ISO 8601/);
	});
});

describe('findDates output', () => {
	const phrases = [
		'on Friday',
		'on Monday',
		'last Friday',
		'next Monday',
		'this Thursday',
		'yesterday',
		'today',
		'tomorrow',
		'a day after',
		'two days earlier',
		'a few days ago',
		'a month ago',
		'three years ago',
		'last week',
		'this week',
		'next week',
		'in the past week',
		'in the past month',
		'over the past two years',
		'over the past 24 hours',
		'over the past few weeks',
		'between 8 and 13 October',
		'between 28 September and 3 October',
		'from 8 to 13 October',
		'8–13 October',
		'between June and August',
		'from 2019 to 2022',
		'In June',
		'in November',
		'in June 2023',
		'in 2019',
		'since 2019',
		'by 2025',
		'since June',
		'in mid-October',
		'at the end of September',
		'last winter',
		'this winter',
		'next winter',
		'last summer',
		'this summer',
		'last fall',
		'in summer 2023',
		'since summer 2023',
		'the winter of 2022-23',
		'this year',
		'last year',
		'this month',
		'last month',
		'at the weekend',
		'last weekend',
		'this weekend',
		'on 25 October',
		'25 October 2024',
		'October 25, 2024',
		'Oct 25',
		'since Monday',
		'from Monday to Wednesday',
	];
	const publications = [FRIDAY, FRIDAY_LATE, SATURDAY_EARLY, SUNDAY, WEDNESDAY, MARCH];

	it('resolves every phrase to EDTF that parseFuzzyDate accepts', () => {
		for (const published of publications) {
			for (const phrase of phrases) {
				const dates = findDates(`It happened ${phrase}.`, published);
				expect(dates, `${phrase} (${published})`).toHaveLength(1);
				for (const { edtf } of dates)
					expect(parseFuzzyDate(edtf).ok, `${phrase} → ${edtf}`).toBe(true);
			}
		}
	});
});

describe('findDates with "last year"', () => {
	it('reads a day or a month "last year" in the year before publication', () => {
		expectDates('The government said on 1 April last year that 203 had died.', MARCH, [
			['on 1 April last year', '2024-04-01'],
		]);
		expectDates('The Post reported in August last year that drones were built.', MARCH, [
			['in August last year', '2024-08'],
		]);
	});
});
