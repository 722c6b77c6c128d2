import { describe, expect, it } from 'vitest';
import { selfNamedOutlet } from '../../../../../src/tools/ingest/extract/outlet/self-named-outlet.ts';

describe('selfNamedOutlet', () => {
	it('reads the outlet from a note on the author', () => {
		expect(
			selfNamedOutlet([
				'Troops were seen in Kursk.',
				'*Han Seo-yeon covers North Korea and defense for Korea Pulse. Reach her at han@koreapulse.example.*',
			])
		).toEqual({ outlet: 'Korea Pulse', reporters: [] });
	});

	it('reads the outlet from its own staff contributing, and a wire from the wire’s writer contributing', () => {
		expect(selfNamedOutlet(["CNN's Daniel Harker contributed to this report."])).toEqual({
			outlet: 'CNN',
			reporters: [],
		});
		expect(
			selfNamedOutlet([
				'Associated Press writer Olha Marchenko in Kyiv, Ukraine, contributed to this report.',
			])
		).toEqual({ originalOutlet: 'The Associated Press', reporters: [] });
	});

	it('reads the outlet from a line naming whose reporter reports (issue 25)', () => {
		expect(selfNamedOutlet(["The Guardian's Luke Harding reports from Kyiv."])).toEqual({
			outlet: 'The Guardian',
			reporters: [],
		});
		expect(selfNamedOutlet(['BBC’s Seoul correspondent Jean Mackenzie reports'])).toEqual({
			outlet: 'BBC',
			reporters: [],
		});
		// A report about a reporter is article text.
		expect(
			selfNamedOutlet([
				"The Guardian's Luke Harding reports that 3,000 troops had arrived in Kursk.",
			])
		).toEqual({ reporters: [] });
	});

	it('reads a transcript’s own reporter from the turn labelled BYLINE, not from a hand-over', () => {
		expect(
			selfNamedOutlet([
				'ANNA KOVAL, HOST: Shells are arriving. Our correspondent has the story.',
				"MARY-ANN O'NEIL, BYLINE: The first shipment reached the border on Monday.",
				'GENERAL VOLKOV: We fire forty rounds a day.',
			])
		).toEqual({ reporters: ["Mary-Ann O'Neil"] });
		expect(
			selfNamedOutlet(["The shells arrived last week. VOA's Renaud Pierre-Louis reports."])
		).toEqual({ outlet: 'Voice of America', reporters: [] });
	});

	it('finds nothing in article text', () => {
		expect(
			selfNamedOutlet([
				'Kirby said the troops were being sent into costly assaults.',
				'The agency covers intelligence for the government, the spokesman said.',
			])
		).toEqual({ reporters: [] });
	});
});
