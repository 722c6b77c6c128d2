import { describe, expect, it } from 'vitest';
import { shareCard, type CardElement } from '../../../src/site/share-image/share-card.ts';
import type { ShareImageInput } from '../../../src/site/share-image/share-image-input.ts';

const input: ShareImageInput = {
	title: 'NIS: 1,500 North Korean special forces shipped to Vladivostok',
	claimantName: 'National Intelligence Service (South Korea)',
	verdict: 'disputed',
	verdictDefinition: 'Credible contrary evidence or a denial.',
	claimed: '18 Oct 2024',
	figures: ['1,500 special operation forces', 'four brigades'],
	siteName: 'Claims tracker',
};

describe('shareCard', () => {
	it('shows the site, title, claimant, claimed date, status word and figures', () => {
		const texts = textsOf(shareCard(input));
		for (const text of [
			'Claims tracker',
			input.title,
			input.claimantName,
			'18 Oct 2024',
			'disputed',
			'Credible contrary evidence or a denial.',
			'1,500 special operation forces',
			'four brigades',
		]) {
			expect(texts).toContain(text);
		}
	});

	it('puts the status word in a pill bordered in the status colour', () => {
		const pill = elementsOf(shareCard(input)).find((node) => node.props.children === 'disputed');
		expect(pill?.props.style?.['border']).toBe('3px solid #b45309');
		expect(pill?.props.style?.['color']).toBe('#b45309');
	});

	it('shows at most two figures and counts the rest', () => {
		const texts = textsOf(shareCard({ ...input, figures: ['one', 'two', 'three', 'four'] }));
		expect(texts).toEqual(expect.arrayContaining(['one', 'two', '+2 more']));
		expect(texts).not.toContain('three');
	});

	it('leaves the figure lines out when the claim has none', () => {
		const texts = textsOf(shareCard({ ...input, figures: [] }));
		expect(texts).not.toContain('Figure');
		expect(texts).not.toContain('Figures');
	});

	it('clamps the title with an ellipsis, to fewer lines when two figures need the room', () => {
		const title = (card: CardElement) =>
			elementsOf(card).find((node) => node.props.children === input.title)?.props.style;
		expect(title(shareCard({ ...input, figures: [] }))?.['lineClamp']).toBe(4);
		expect(title(shareCard(input))?.['lineClamp']).toBe(3);
	});
});

function elementsOf(node: CardElement): CardElement[] {
	const children = [node.props.children ?? []].flat();
	return [
		node,
		...children.flatMap((child) => (typeof child === 'string' ? [] : elementsOf(child))),
	];
}

function textsOf(node: CardElement): string[] {
	return elementsOf(node).flatMap((element) =>
		[element.props.children ?? []].flat().filter((child) => typeof child === 'string')
	);
}
