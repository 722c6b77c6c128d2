import { describe, expect, it } from 'vitest';
import { draftsOf } from '../../support/drafting.ts';

describe('a hedged report is a claim of its own (issue 25)', () => {
	it('drafts “was reportedly killed” as the outlet’s report, suggested as claimed', () => {
		const { claims } = draftsOf(['A North Korean general was reportedly killed in Kursk.']);
		expect(claims).toHaveLength(1);
		expect(claims[0]!.frontmatter).toMatchObject({ claimant: 'test-outlet', status: 'claimed' });
		expect(claims[0]!.frontmatter.statusHistory?.[0]?.note).toMatch(/reportedly/);
	});

	it('still reads “This could not be independently verified” as a comment on the claim before it', () => {
		const { claims } = draftsOf([
			'About 40 North Korean soldiers died in the attack, Kyrylo Budanov said. This could not be independently verified.',
		]);
		expect(claims).toHaveLength(1);
		expect(claims[0]!.frontmatter.sources).toHaveLength(2);
	});
});
