import { closestIds } from '../site/links/closest-ids.ts';
import { PAGE_PATHS, parsePagePath } from '../core/links/page-paths.ts';

/**
 * On the 404 page, for a mistyped claim address: fetches the list of claim ids and shows links to the closest.
 * Built with DOM text nodes only, so nothing in the address can become markup.
 */
export async function suggestClaims(section: HTMLElement, path: string): Promise<void> {
	const page = parsePagePath(path.endsWith('/') ? path : `${path}/`);
	if (page?.collection !== 'claims') return;
	const response = await fetch('/claim-ids.json');
	if (!response.ok) return;
	const { claims } = (await response.json()) as { claims: Array<{ id: string; title: string }> };
	const titles = new Map(claims.map((claim) => [claim.id, claim.title]));
	const closest = closestIds(page.id.toLowerCase(), [...titles.keys()]);
	if (closest.length === 0) return;
	const list = section.querySelector('ul')!;
	for (const id of closest) {
		const link = document.createElement('a');
		link.href = PAGE_PATHS.claims(id);
		link.textContent = titles.get(id)!;
		const item = document.createElement('li');
		item.append(link, ` (${id})`);
		list.append(item);
	}
	section.hidden = false;
}
