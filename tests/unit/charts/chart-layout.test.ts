import { describe, expect, it } from 'vitest';
import { chartLayout, type ChartLayout } from '../../../src/site/charts/chart-layout.ts';
import { CHART_SIZES } from '../../../src/site/charts/chart-sizes.ts';
import { encodingKey } from '../../../src/site/charts/encoding-key.ts';
import { overlaps } from '../../../src/site/charts/place-labels.ts';
import { measureEstimates } from '../../../src/site/measures/estimates.ts';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import { claimantRecord, claimRecord, measureRecord } from '../support/records.ts';

const SIZE = CHART_SIZES.wide;
const MEASURES = [
	measureRecord('troops'),
	measureRecord('shells', { quantity: 'shells' }),
	measureRecord('troops-sent', { kind: 'flow' }),
];

/** Lays out one troop-numbers claim per entry: its figure, claimed date and claimant. */
function layoutOf(
	claims: Array<{ figure: Record<string, unknown>; claimed?: string; claimant?: string }>
): ChartLayout {
	const records = claims.map(({ figure, claimed = '2024-10-18', claimant = 'nis' }, index) =>
		claimRecord(`claim-${index + 1}`, {
			claimed,
			claimant,
			figures: [{ unit: 'troops', measure: 'troops', ...figure }],
		})
	);
	const claimants = [...new Set(claims.map((claim) => claim.claimant ?? 'nis'))].map((id) =>
		claimantRecord(id, { shortName: id.toUpperCase() })
	);
	return chartLayout(
		measureEstimates(buildSiteIndex(records, claimants, [], [], MEASURES), 'troops'),
		'troops',
		SIZE
	);
}

const tickY = (layout: ChartLayout, label: string) =>
	layout.valueTicks.find((tick) => tick.label === label)!.y;

describe('chartLayout: figures', () => {
	it('draws an exact figure as a marker alone, at its value, labelled and linked to its claim', () => {
		const layout = layoutOf([{ figure: { value: 4_000, qualifier: 'exact' } }]);
		const [mark] = layout.marks;
		expect(layout.valueTicks.map((tick) => tick.label)).toEqual([
			'0',
			'1,000',
			'2,000',
			'3,000',
			'4,000',
		]);
		expect(mark).toMatchObject({
			href: '/claims/claim-1/',
			title: 'NIS, as of 18 Oct 2024: 4,000 troops (claimed)',
			y: tickY(layout, '4,000'),
			bar: undefined,
			arrow: undefined,
			whisker: undefined,
		});
		// A circle 11 pixels across, centred on the mark: d3 starts it at its rightmost point.
		const [startX, startY] = /^M(-?[\d.]+),(-?[\d.]+)A5\.5,5\.5/
			.exec(mark!.marker)!
			.slice(1)
			.map(Number);
		expect(startX).toBeCloseTo(mark!.x + 5.5, 1);
		expect(startY).toBeCloseTo(mark!.y, 1);
		expect(mark!.label).toMatchObject({ text: '4,000', anchor: 'start' });
		expect(layout.encodings).toEqual(['point']);
	});

	it('draws a range as a capped bar from min to max, the marker at its middle', () => {
		const layout = layoutOf([{ figure: { qualifier: 'range', min: 2_000, max: 4_000 } }]);
		const [{ x, y, bar }] = layout.marks as [ChartLayout['marks'][number]];
		const [top, bottom] = [tickY(layout, '4,000'), tickY(layout, '2,000')];
		expect(y).toBe(tickY(layout, '3,000'));
		expect(bar).toEqual({
			kind: 'range',
			path: `M${x - 4} ${top}h8M${x} ${top}V${bottom}M${x - 4} ${bottom}h8`,
		});
		expect(layout.encodings).toEqual(['range']);
	});

	it('puts a range’s marker at its central estimate when it has one', () => {
		const layout = layoutOf([
			{ figure: { value: 3_000, qualifier: 'range', min: 1_000, max: 4_000 } },
		]);
		expect(layout.marks[0]!.y).toBe(tickY(layout, '3,000'));
	});

	it('draws “more than” as a marker with a short arrow upwards, never a line to the edge of the plot', () => {
		const layout = layoutOf([
			{ figure: { value: 1_000, qualifier: 'more-than' } },
			{ figure: { value: 4_000, qualifier: 'exact' }, claimed: '2024-11-18' },
		]);
		const [{ x, y, bar, arrow }] = layout.marks as [ChartLayout['marks'][number]];
		expect(y).toBe(tickY(layout, '1,000'));
		expect(bar).toEqual({ kind: 'more-than', path: `M${x} ${y - 5.5}V${y - 14.5}` });
		expect(arrow).toBe(`M${x} ${y - 21.5}l3.5 7h-7Z`);
		expect(y - 21.5).toBeGreaterThan(layout.plot.top);
		expect(layout.encodings).toEqual(['point', 'more-than']);
	});

	it('draws “up to” as a marker with a short arrow downwards, never a line to zero', () => {
		const layout = layoutOf([{ figure: { value: 4_000, qualifier: 'up-to' } }]);
		const [{ x, y, bar, arrow }] = layout.marks as [ChartLayout['marks'][number]];
		expect(bar).toEqual({ kind: 'up-to', path: `M${x} ${y + 5.5}V${y + 14.5}` });
		expect(arrow).toBe(`M${x} ${y + 21.5}l3.5 -7h-7Z`);
		expect(y + 21.5).toBeLessThan(layout.plot.bottom);
		expect(layout.encodings).toEqual(['up-to']);
	});

	it('draws a vague figure as a faint band over its min and max', () => {
		const layout = layoutOf([{ figure: { qualifier: 'vague', min: 25, max: 75 } }]);
		const [{ x, y, bar }] = layout.marks as [ChartLayout['marks'][number]];
		const [top, bottom] = [tickY(layout, '75'), tickY(layout, '25')];
		expect(y).toBe(tickY(layout, '50'));
		expect(bar).toEqual({ kind: 'band', path: `M${x - 6} ${top}h12V${bottom}h-12Z` });
		expect(layout.encodings).toEqual(['band']);
	});
});

describe('chartLayout: axes', () => {
	it('labels the value ticks left of the plot, each with a grid line across it', () => {
		const layout = layoutOf([{ figure: { value: 12_000, qualifier: 'exact' } }]);
		const { left, right, bottom } = layout.plot;
		expect(layout.valueTicks[0]).toEqual({
			y: bottom,
			label: '0',
			labelX: left - 6,
			grid: `M${left} ${bottom}H${right}`,
		});
		expect(layout.valueTicks.at(-1)!.label).toBe('12,500');
		expect(layout.baseline).toBe(`M${left} ${bottom}H${right}`);
		expect(layout.axisLabel.text).toBe('troops');
	});

	it('marks the time ticks below the baseline, with their labels under them', () => {
		const layout = layoutOf([{ figure: { value: 12_000, qualifier: 'exact' } }]);
		const { bottom } = layout.plot;
		expect(layout.timeTicks.map(({ lines }) => lines)).toEqual([['Oct', '2024'], ['Nov']]);
		for (const tick of layout.timeTicks) {
			expect(tick.mark).toBe(`M${tick.x} ${bottom}v5`);
			expect(tick.labelY).toBeGreaterThan(bottom);
			expect(tick.labelY).toBeLessThan(layout.height);
		}
	});
});

describe('chartLayout: dates', () => {
	it('places a claim dated to a month at its first day, with a whisker to its end', () => {
		const layout = layoutOf([{ figure: { value: 4_000, qualifier: 'exact' }, claimed: '2024-10' }]);
		const [{ x, y, whisker }] = layout.marks as [ChartLayout['marks'][number]];
		const [october, november] = layout.timeTicks.map((tick) => tick.x) as [number, number];
		expect(x).toBe(october);
		expect(whisker).toEqual({
			path: `M${x} ${y - 3}v6M${x} ${y}H${november}M${november} ${y - 3}v6`,
			open: false,
			period: false,
		});
		expect(layout.encodings).toEqual(['point', 'date-span']);
	});

	it('spans an interval of days from its first to the end of its last', () => {
		const layout = layoutOf([
			{ figure: { value: 4_000, qualifier: 'exact' }, claimed: '2024-10-07/2024-10-11' },
			{ figure: { value: 1_000, qualifier: 'exact' }, claimed: '2024-10-07' },
			{ figure: { value: 2_000, qualifier: 'exact' }, claimed: '2024-10-12' },
		]);
		const [interval, firstDay, dayAfter] = ['claim-1', 'claim-2', 'claim-3'].map((id) =>
			layout.marks.find((mark) => mark.href === `/claims/${id}/`)
		);
		expect(interval!.x).toBe(firstDay!.x);
		expect(interval!.whisker!.path).toContain(`H${dayAfter!.x}M`);
	});

	it('places an “on or before” date at its last day, with a short open whisker reaching back', () => {
		const layout = layoutOf([
			{ figure: { value: 4_000, qualifier: 'exact' }, claimed: '/2024-10-18' },
			{ figure: { value: 1_000, qualifier: 'exact' }, claimed: '2024-10-18' },
		]);
		const [open, day] = layout.marks;
		expect(open!.x).toBe(day!.x);
		expect(open!.whisker).toEqual({
			path: `M${open!.x - 16} ${open!.y}H${open!.x}`,
			open: true,
			period: false,
		});
		expect(day!.whisker).toBeUndefined();
		expect(layout.encodings).toEqual(['point', 'date-open']);
	});
});

describe('chartLayout: how many points', () => {
	it('has nothing to draw without points', () => {
		expect(() => chartLayout([], 'troops', SIZE)).toThrow(RangeError);
	});

	it('draws a single point inside the plot, with one legend entry', () => {
		const layout = layoutOf([{ figure: { value: 1_500, qualifier: 'exact' } }]);
		expect(layout.marks).toHaveLength(1);
		expect(layout.legend).toEqual([
			{
				name: 'NIS',
				colour: 'blue',
				hollow: false,
				marker: expect.stringMatching(/^M5\.5,0A5\.5,5\.5/),
			},
		]);
		const [{ x, y }] = layout.marks as [ChartLayout['marks'][number]];
		expect(x).toBeGreaterThan(layout.plot.left);
		expect(x).toBeLessThan(layout.plot.right);
		expect(y).toBe(layout.plot.top);
		expect(layout.valueTicks.at(-1)!.label).toBe('1,500');
	});

	it('tells eight claimants without a marker of their own apart by shape, then by hollow shapes, in name order', () => {
		const claimants = ['h', 'g', 'f', 'e', 'd', 'c', 'b', 'a'];
		const layout = layoutOf(
			claimants.map((claimant, index) => ({
				figure: { value: 1_000 + index * 1_000, qualifier: 'exact' },
				claimant,
			}))
		);
		expect(layout.legend.map((entry) => entry.name)).toEqual([
			'A',
			'B',
			'C',
			'D',
			'E',
			'F',
			'G',
			'H',
		]);
		expect(new Set(layout.legend.slice(0, 6).map((entry) => entry.marker)).size).toBe(6);
		expect(layout.legend.map((entry) => [entry.colour, entry.hollow])).toEqual([
			['blue', false],
			['rose', false],
			['green', false],
			['purple', false],
			['amber', false],
			['slate', false],
			['blue', true],
			['rose', true],
		]);
	});

	it('nudges markers that would cover each other apart, and keeps their labels from overlapping', () => {
		const layout = layoutOf(
			['a', 'b', 'c', 'd', 'e'].map((claimant, index) => ({
				figure: { value: 10_000 + index * 100, qualifier: 'exact' },
				claimant,
			}))
		);
		const marks = layout.marks;
		for (const [index, mark] of marks.entries()) {
			for (const other of marks.slice(index + 1)) {
				const apart = Math.abs(mark.x - other.x) > 11 || Math.abs(mark.y - other.y) > 11;
				expect(apart, `${mark.title} and ${other.title}`).toBe(true);
			}
		}
		const boxes = marks.flatMap((mark) => {
			if (!mark.label) return [];
			const width = mark.label.text.length * SIZE.fontSize * 0.6;
			const left = mark.label.anchor === 'start' ? mark.label.x : mark.label.x - width;
			return [
				{ left, right: left + width, top: mark.label.y - SIZE.fontSize, bottom: mark.label.y },
			];
		});
		expect(boxes.length).toBeGreaterThan(0);
		for (const [index, box] of boxes.entries()) {
			for (const other of boxes.slice(index + 1)) expect(overlaps(box, other)).toBe(false);
		}
	});

	it('keeps every mark and label inside the drawing at both sizes', () => {
		const claims = Array.from({ length: 20 }, (_, index) => ({
			figure: { value: 500 + index * 750, qualifier: index % 3 === 0 ? 'more-than' : 'exact' },
			claimed: `2024-${String((index % 12) + 1).padStart(2, '0')}-15`,
			claimant: `claimant-${index % 7}`,
		}));
		for (const size of Object.values(CHART_SIZES)) {
			const records = claims.map(({ figure, claimed, claimant }, index) =>
				claimRecord(`claim-${index}`, {
					claimed,
					claimant,
					figures: [{ unit: 'troops', measure: 'troops', ...figure }],
				})
			);
			const claimants = [...new Set(claims.map((claim) => claim.claimant))].map((id) =>
				claimantRecord(id)
			);
			const points = measureEstimates(
				buildSiteIndex(records, claimants, [], [], MEASURES),
				'troops'
			);
			const layout = chartLayout(points, 'troops', size);
			expect(layout.marks).toHaveLength(20);
			for (const mark of layout.marks) {
				expect(mark.x).toBeGreaterThanOrEqual(0);
				expect(mark.x).toBeLessThanOrEqual(size.width);
				expect(mark.y).toBeGreaterThanOrEqual(layout.plot.top);
				expect(mark.y).toBeLessThanOrEqual(layout.plot.bottom);
				if (mark.label) {
					expect(mark.label.x).toBeGreaterThanOrEqual(layout.plot.left);
					expect(mark.label.x).toBeLessThanOrEqual(size.width);
				}
			}
			expect(layout.timeTicks.length).toBeLessThanOrEqual(size.maxTimeTicks);
		}
	});

	it('draws a claimant the same way on every chart, whoever else is on it', () => {
		const claimants = ['aaa', 'bbb', 'nis', 'hur'].map((id) =>
			claimantRecord(id, { shortName: id.toUpperCase() })
		);
		const figure = (measure: string, value: number) => ({
			value,
			unit: measure,
			qualifier: 'about',
			measure,
		});
		const records = [
			claimRecord('aaa-shells', { claimant: 'aaa', figures: [figure('shells', 9)] }),
			claimRecord('bbb-shells', { claimant: 'bbb', figures: [figure('shells', 7)] }),
			claimRecord('nis-troops', { claimant: 'nis', figures: [figure('troops', 3000)] }),
			claimRecord('nis-shells', { claimant: 'nis', figures: [figure('shells', 5)] }),
			claimRecord('hur-troops', { claimant: 'hur', figures: [figure('troops', 12000)] }),
		];
		const index = buildSiteIndex(records, claimants, [], [], MEASURES);
		const drawn = (measure: string) =>
			chartLayout(measureEstimates(index, measure), 'n', SIZE).legend.find(
				(entry) => entry.name === 'NIS'
			);
		const onTroops = drawn('troops');
		expect(onTroops).toBeDefined();
		expect(onTroops).toEqual(drawn('shells'));
	});
});

describe('chartLayout: periods and spread', () => {
	it('draws a number over a period as a thick span across the period, its marker in the middle', () => {
		const index = buildSiteIndex(
			[
				claimRecord('sent', {
					claimed: '2025-02-27',
					event: '2025-01/2025-02',
					figures: [{ value: 2_000, unit: 'troops', qualifier: 'about', measure: 'troops-sent' }],
				}),
			],
			[claimantRecord('nis', { shortName: 'NIS' })],
			[],
			[],
			MEASURES
		);
		const layout = chartLayout(measureEstimates(index, 'troops-sent'), 'troops', SIZE);
		const [mark] = layout.marks;
		expect(mark!.whisker).toMatchObject({ open: false, period: true });
		const [from, to] = mark!
			.whisker!.path.match(/[\d.]+/g)!
			.map(Number)
			.filter((_, i) => i !== 1);
		expect(mark!.x).toBeCloseTo((from! + to!) / 2, 0);
		expect(mark!.title).toBe('NIS, over January–February 2025: about 2,000 troops (claimed)');
		expect(layout.encodings).toEqual(['point', 'period']);
	});

	it('shades the spread of the latest estimates from where the oldest of them holds to the right edge', () => {
		const records = [
			claimRecord('early', {
				claimed: '2024-10-01',
				figures: [{ value: 3_000, unit: 'troops', qualifier: 'exact', measure: 'troops' }],
			}),
			claimRecord('late', {
				claimed: '2025-01-01',
				figures: [{ value: 5_000, unit: 'troops', qualifier: 'exact', measure: 'troops' }],
			}),
		];
		const index = buildSiteIndex(records, [claimantRecord('nis')], [], [], MEASURES);
		const estimates = measureEstimates(index, 'troops');
		const layout = chartLayout(estimates, 'troops', SIZE, {
			low: 4_000,
			high: 5_000,
			from: estimates[1]!.asOf,
			meaning: 'the spread of the latest estimates',
		});
		const [late] = layout.marks.slice(-1);
		expect(layout.spread!.path).toBe(
			`M${late!.x} ${tickY(layout, '5,000')}H${layout.plot.right}V${tickY(layout, '4,000')}H${late!.x}Z`
		);
		expect(layout.encodings).toContain('spread');
	});
});

describe('chartLayout: links', () => {
	it('puts a claim’s marks under one link named with every figure, and other claims under their own', () => {
		const records = [
			claimRecord('two-figures', {
				claimant: 'nis',
				claimed: '2024-10-23',
				figures: [
					{ value: 1_500, unit: 'troops', qualifier: 'about', measure: 'troops' },
					{ value: 3_000, unit: 'troops', qualifier: 'about', measure: 'troops' },
				],
			}),
			claimRecord('one-figure', {
				claimant: 'nis',
				claimed: '2024-11-05',
				figures: [{ value: 10_000, unit: 'troops', qualifier: 'exact', measure: 'troops' }],
			}),
		];
		const index = buildSiteIndex(
			records,
			[claimantRecord('nis', { shortName: 'NIS' })],
			[],
			[],
			MEASURES
		);
		const layout = chartLayout(measureEstimates(index, 'troops'), 'troops', SIZE);
		expect(layout.marks).toHaveLength(3);
		expect(layout.links.map((link) => [link.href, link.marks.length])).toEqual([
			['/claims/two-figures/', 2],
			['/claims/one-figure/', 1],
		]);
		expect(layout.links[0]!.title).toBe(
			'NIS, as of 23 Oct 2024: about 1,500 troops; about 3,000 troops (claimed)'
		);
		expect(layout.links[1]!.title).toBe(layout.marks[2]!.title);
	});
});

describe('encodingKey', () => {
	it('says what the shaded band stands for on each chart', () => {
		expect(
			encodingKey(['point', 'spread'], 'every other claimant’s estimates').at(-1)!.meaning
		).toBe('every other claimant’s estimates: a shaded band');
		expect(encodingKey(['spread']).at(-1)!.meaning).toBe('a range of estimates: a shaded band');
	});
});
