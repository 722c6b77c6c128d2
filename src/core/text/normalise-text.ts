/** Typographic variants that must not make a verbatim quote miss its source. */
const EQUIVALENTS: Array<[RegExp, string]> = [
	[/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'"],
	[/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
	[/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-'],
	[/\u2026/g, '...'],
	// Alternatives, not a class: a class holding the zero-width joiner reads as one joined character.
	[/\u200B|\u200C|\u200D|\uFEFF/g, ''],
	[/\s+/g, ' '],
];

/** Normalises curly quotes, dashes, ellipses and whitespace so that quotes compare with their source text. */
export function normaliseText(text: string): string {
	let normalised = text.normalize('NFC');
	for (const [pattern, replacement] of EQUIVALENTS)
		normalised = normalised.replace(pattern, replacement);
	return normalised.trim();
}

/** A name printed in capitals as it is written: "SAMIR BEN RACHED" → "Samir Ben Rached", "O'BRIEN" → "O'Brien". */
export function titleCase(name: string): string {
	return name
		.toLowerCase()
		.replace(
			/(^|[\s'’-])(\p{L})/gu,
			(_, before: string, letter: string) => before + letter.toUpperCase()
		);
}
