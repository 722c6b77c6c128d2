import { verdictColours } from '../statuses/verdict-colours.ts';
import { verdictLabel, type VerdictKey } from '../../core/statuses/verdict-keys.ts';
import type { ShareImageInput } from './share-image-input.ts';

/** A satori element: the plain-object form of a JSX element, so no JSX transform is needed. */
export interface CardElement {
	type: string;
	props: {
		style?: Record<string, string | number>;
		children?: CardChild | CardChild[];
	};
}

type CardChild = CardElement | string;

/** The share card for a claim as a satori element tree, sized to fill the image it is rendered into. */
export function shareCard(input: ShareImageInput): CardElement {
	const colour = verdictColours()[input.verdict].light;
	return element(
		{
			display: 'flex',
			flexDirection: 'column',
			width: '100%',
			height: '100%',
			boxSizing: 'border-box',
			padding: '40px 72px 40px',
			backgroundColor: BACKGROUND,
			color: TEXT,
			// A band in the status colour reinforces the status word; it never stands in for it.
			borderTop: `12px solid ${colour}`,
		},
		[
			element({ fontSize: 26, fontWeight: 700, color: MUTED, letterSpacing: 0.5 }, input.siteName),
			element(
				{
					// satori clamps lines only on block text; with two figure lines below, only three title lines fit.
					display: 'block',
					lineClamp: input.figures.length > 1 ? 3 : 4,
					marginTop: 16,
					fontSize: 52,
					fontWeight: 700,
					lineHeight: 1.16,
				},
				input.title
			),
			element({ flexGrow: 1 }, []),
			verdictRow(input.verdict, input.verdictDefinition),
			element(
				{
					display: 'flex',
					flexDirection: 'column',
					marginTop: 22,
					paddingTop: 18,
					borderTop: `2px solid ${BORDER}`,
				},
				[
					fact('Claimant', input.claimantName),
					fact('Said', input.claimed),
					...figureFacts(input.figures),
				]
			),
		]
	);
}

// The light scheme of src/styles/tokens.css; the verdict colours come from verdict-colours.ts.
const TEXT = '#1b1d21';
const MUTED = '#5a606b';
const BACKGROUND = '#fdfdfc';
const BORDER = '#d5d8dc';

const MAX_FIGURES = 2;
const FACT_LABEL_WIDTH = 170;

function verdictRow(verdict: VerdictKey, definition: string | undefined): CardElement {
	const colour = verdictColours()[verdict].light;
	const pill = element(
		{
			display: 'flex',
			flexShrink: 0,
			padding: '2px 24px 6px',
			border: `3px solid ${colour}`,
			borderRadius: 999,
			color: colour,
			fontSize: 32,
			fontWeight: 700,
		},
		verdictLabel(verdict)
	);
	if (definition === undefined) return element({ display: 'flex', marginTop: 22 }, [pill]);
	const explanation = element(
		{ display: 'block', lineClamp: 1, marginLeft: 22, fontSize: 26, color: MUTED },
		definition
	);
	return element({ display: 'flex', alignItems: 'center', marginTop: 22 }, [pill, explanation]);
}

function figureFacts(figures: string[]): CardElement[] {
	const shown = figures.slice(0, MAX_FIGURES);
	const hidden = figures.length - shown.length;
	return shown.map((figure, index) => {
		const label = index > 0 ? '' : shown.length > 1 ? 'Figures' : 'Figure';
		const last = index === shown.length - 1;
		return fact(label, figure, last && hidden > 0 ? `+${hidden} more` : undefined);
	});
}

function fact(label: string, value: string, note?: string): CardElement {
	return element({ display: 'flex', alignItems: 'baseline', marginTop: 4 }, [
		element({ width: FACT_LABEL_WIDTH, flexShrink: 0, fontSize: 24, color: MUTED }, label),
		element(
			{ display: 'block', lineClamp: 1, flexShrink: 1, fontSize: 28, fontWeight: 700 },
			value
		),
		...(note === undefined
			? []
			: [element({ flexShrink: 0, marginLeft: 14, fontSize: 24, color: MUTED }, note)]),
	]);
}

function element(
	style: Record<string, string | number>,
	children: CardChild | CardChild[]
): CardElement {
	return { type: 'div', props: { style, children } };
}
