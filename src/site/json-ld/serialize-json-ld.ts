/**
 * Serialises structured data for a `<script type="application/ld+json">` block. Escapes `<`, `>` and `&` (and the
 * JavaScript line separators) so no content, however hostile, can close the script element or start markup.
 */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data).replace(
		/[<>&\u2028\u2029]/g,
		(character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}
