/** Words at each end of a long quote that identify it in a text-fragment link. */
const EDGE_WORDS = 6;

/**
 * A link that opens the original at the quoted words (`#:~:text=`). Long quotes become a start and an end,
 * so the link stays short and survives small differences in the middle.
 * @see https://wicg.github.io/scroll-to-text-fragment/
 */
export function textFragmentUrl(url: string, quote: string): string {
	const words = quote.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
	if (words.length === 0) return url;
	const directive =
		words.length <= EDGE_WORDS * 2
			? encodeFragmentText(words.join(' '))
			: `${encodeFragmentText(words.slice(0, EDGE_WORDS).join(' '))},${encodeFragmentText(words.slice(-EDGE_WORDS).join(' '))}`;
	return `${url.split('#')[0]}#:~:text=${directive}`;
}

/** Percent-encodes text for a fragment directive, including the characters the directive syntax reserves. */
function encodeFragmentText(text: string): string {
	return encodeURIComponent(text).replace(
		/[-,&]/g,
		(character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`
	);
}
