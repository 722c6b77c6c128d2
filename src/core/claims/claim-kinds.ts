import { anyOf } from '../text/word-list.ts';

/** What sort of assertion a claim is; only facts and predictions are rated. */
export const CLAIM_KINDS = ['fact', 'prediction', 'opinion'] as const;

export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Kinds that carry a status; an opinion is recorded and linked to evidence but never rated. */
export type RatedKind = Exclude<ClaimKind, 'opinion'>;

/** How each kind is named and what it means, for legends, filters and forms. */
export const CLAIM_KIND_DEFINITIONS: Record<ClaimKind, { label: string; definition: string }> = {
	fact: { label: 'Fact', definition: 'About what is or was; rated by its status.' },
	prediction: {
		label: 'Prediction',
		definition: 'About what will happen; rated once it is due.',
	},
	opinion: {
		label: 'Opinion',
		definition:
			'A characterisation, judgement or demand: recorded and linked to evidence, never rated.',
	},
};

/** The kinds in one phrase, each glossed: "fact (about what is or was; rated by its status), … or opinion (…)". */
export function describeClaimKinds(): string {
	return anyOf(
		CLAIM_KINDS.map((kind) => {
			const definition = CLAIM_KIND_DEFINITIONS[kind].definition.replace(/\.$/, '');
			return `${kind} (${definition.charAt(0).toLowerCase()}${definition.slice(1)})`;
		})
	);
}
