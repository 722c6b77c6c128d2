import { describe, expect, it } from 'vitest';
import { takeLabelledLines } from '../../../../../src/tools/ingest/extract/text/labelled-lines.ts';

const numbered = (...texts: string[]) => texts.map((text, index) => ({ text, number: index + 1 }));

describe('takeLabelledLines', () => {
	it('takes the address from a "URL:" or "Source:" line and removes the line', () => {
		const labelled = takeLabelledLines(
			numbered('Headline', 'URL: https://www.example.com/world/2024/oct/18/troops', 'Text.')
		);
		expect(labelled.url).toBe('https://www.example.com/world/2024/oct/18/troops');
		expect(labelled.remaining.map((line) => line.text)).toEqual(['Headline', 'Text.']);
		expect(takeLabelledLines(numbered('Source: https://example.org/a')).url).toBe(
			'https://example.org/a'
		);
	});

	it('never takes an address that is not labelled as the article’s', () => {
		const labelled = takeLabelledLines(numbered('Headline', 'See https://example.org/a for more.'));
		expect(labelled.url).toBeUndefined();
		expect(labelled.remaining).toHaveLength(2);
	});

	it('names the outlet from a Guardian copyright line and removes the line', () => {
		const labelled = takeLabelledLines(
			numbered(
				'Text.',
				'© 2024 Guardian News & Media Limited or its affiliated companies. All rights reserved.'
			)
		);
		expect(labelled.outlet).toBe('The Guardian');
		expect(labelled.remaining.map((line) => line.text)).toEqual(['Text.']);
		expect(takeLabelledLines(numbered('© 2024 Guardian News & Media Limited')).outlet).toBe(
			'The Guardian'
		);
	});

	it('names a known outlet at the start of a longer holder’s name', () => {
		expect(takeLabelledLines(numbered('Text.', '© 2024 Al Jazeera Media Network')).outlet).toBe(
			'Al Jazeera'
		);
	});

	it('removes a copyright line of an unknown holder without taking it for the outlet', () => {
		const labelled = takeLabelledLines(numbered('Text.', '© Picture Agency Ltd'));
		expect(labelled.outlet).toBeUndefined();
		expect(labelled.remaining).toHaveLength(1);
	});

	it('keeps the holder of a site’s own notice, known or not, apart from the known outlet', () => {
		expect(
			takeLabelledLines(
				numbered('Text.', 'Copyright 2025 Harbour Radio News. All rights reserved.')
			)
		).toMatchObject({ outlet: undefined, rightsHolder: 'Harbour Radio News' });
		expect(
			takeLabelledLines(
				numbered('Text.', 'Copyright (c) 2024 Yonhap News Agency. All rights reserved.')
			)
		).toMatchObject({ outlet: 'Yonhap', rightsHolder: 'Yonhap' });
		expect(
			takeLabelledLines(numbered('Copyright Sky UK Limited 2024. All rights reserved.'))
				.rightsHolder
		).toBe('Sky UK Limited');
		// A photo credit reserves no site's rights.
		expect(takeLabelledLines(numbered('© Picture Agency Ltd')).rightsHolder).toBeUndefined();
	});

	it('collects "Updated at" times with their line numbers', () => {
		const labelled = takeLabelledLines(numbered('Text.', 'Updated at 14.20 GMT'));
		expect(labelled.updates).toEqual([{ text: '14.20 GMT', number: 2 }]);
		expect(labelled.remaining).toHaveLength(1);
	});

	it('keeps an "Updated" line that is prose', () => {
		const labelled = takeLabelledLines(numbered('Updated figures were released on Friday.'));
		expect(labelled.updates).toEqual([]);
		expect(labelled.remaining).toHaveLength(1);
	});
});
