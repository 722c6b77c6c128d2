/** How a later report bears on a claim without changing its status. */
export const EVIDENCE_BEARINGS = ['supports', 'contradicts', 'context'] as const;

export type EvidenceBearing = (typeof EVIDENCE_BEARINGS)[number];

/** How each bearing reads in the evidence log. */
export const EVIDENCE_BEARING_LABELS: Record<EvidenceBearing, string> = {
	supports: 'Supports',
	contradicts: 'Contradicts',
	context: 'Context',
};
