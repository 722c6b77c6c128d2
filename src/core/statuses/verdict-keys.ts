import { STATUS_DEFINITIONS, STATUSES, type Status } from './statuses.ts';

/** Every verdict a claim can show: one of the statuses, or not-rated for an opinion. */
export const VERDICT_KEYS = [...STATUSES, 'not-rated'] as const;

export type VerdictKey = (typeof VERDICT_KEYS)[number];

/** What each verdict means, for legends and share cards. */
export const VERDICT_DEFINITIONS: Record<VerdictKey, string> = {
	...STATUS_DEFINITIONS,
	'not-rated':
		'An opinion (a characterisation, judgement or demand): recorded and linked to evidence, never rated.',
};

/** A claim's verdict key: its status, or not-rated when it has none (an opinion). */
export function verdictKeyOf(data: { status?: Status | undefined }): VerdictKey {
	return data.status ?? 'not-rated';
}

/** How a verdict reads: the status word, or "not rated". */
export function verdictLabel(key: VerdictKey): string {
	return key === 'not-rated' ? 'not rated' : key;
}
