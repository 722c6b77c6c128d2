import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/tools/ingest/segment/split-sentences.ts';

describe('splitSentences', () => {
	it('keeps quotations with an ellipsis, and abbreviations, inside one sentence', () => {
		const paragraphs = [
			'“The North Korean soldiers … are expected to be deployed to the frontlines as soon as they complete their adaptation training,” the agency said. NIS said more would follow.',
			'Mr. Smith met the U.S. envoy in Brussels. He left at 5 p.m. on Friday.',
		];
		expect(splitSentences(paragraphs)).toEqual([
			{
				text: '“The North Korean soldiers … are expected to be deployed to the frontlines as soon as they complete their adaptation training,” the agency said.',
				paragraph: 0,
				position: 0,
			},
			{ text: 'NIS said more would follow.', paragraph: 0, position: 1 },
			{ text: 'Mr. Smith met the U.S. envoy in Brussels.', paragraph: 1, position: 0 },
			{ text: 'He left at 5 p.m. on Friday.', paragraph: 1, position: 1 },
		]);
	});

	it('keeps a name after a country’s initials, a title or an initial in its sentence, but not a new sentence', () => {
		const sentences = splitSentences([
			'The ship was hit, U.S. Central Command said. It was bound for the U.S. The crew was rescued by Gen. Valery Smith and John F. Kennedy.',
		]).map((sentence) => sentence.text);
		expect(sentences).toEqual([
			'The ship was hit, U.S. Central Command said.',
			'It was bound for the U.S.',
			'The crew was rescued by Gen. Valery Smith and John F. Kennedy.',
		]);
	});

	it('ends a sentence after a whole number, which the splitter takes for an ordinal', () => {
		expect(
			splitSentences(['The war began in 2023. The toll rose to 61,000. Is that true?']).map(
				(sentence) => sentence.text
			)
		).toEqual(['The war began in 2023.', 'The toll rose to 61,000.', 'Is that true?']);
	});
});
