/** How one claim bears on another. Each is shown on both claims, read forwards and backwards. */
export const RELATION_TYPES = [
	'contradicts',
	'corroborates',
	'updates',
	'supersedes',
	'relates-to',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * Relations by which a later claim can show that an earlier one, accurate when made, was overtaken: `updates` from the
 * same claimant's later statement, `contradicts` or `relates-to` from someone else's.
 */
export const OVERTAKING_RELATION_TYPES: readonly RelationType[] = [
	'updates',
	'contradicts',
	'relates-to',
];

/** How a relation reads from the claim that declares it, and from the claim it points to. */
export const RELATION_LABELS: Record<RelationType, { forward: string; backward: string }> = {
	contradicts: { forward: 'Contradicts', backward: 'Contradicted by' },
	corroborates: { forward: 'Corroborates', backward: 'Corroborated by' },
	updates: { forward: 'Updates', backward: 'Updated by' },
	supersedes: { forward: 'Supersedes', backward: 'Superseded by' },
	'relates-to': { forward: 'Related to', backward: 'Related to' },
};
