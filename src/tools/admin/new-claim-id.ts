import { ID_PATTERN } from '../../core/ids/record-ids.ts';

/** Why a new claim may not be saved under this id, or undefined when it may. */
export function newClaimIdProblem(id: string, retired: readonly string[]): string | undefined {
	if (!ID_PATTERN.test(id))
		return `The title would give the address /claims/${id}/, which is not lowercase words joined by single hyphens. Leave out characters such as _ or ~ from the title.`;
	if (!retired.includes(id)) return undefined;
	return `The address /claims/${id}/ once belonged to another claim and still leads to it. Change the title a little (add the month, or the figure) so this claim gets an address of its own.`;
}
