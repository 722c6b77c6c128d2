import { describe, expect, it } from 'vitest';
import { claimCitation } from '../../../src/site/links/claim-citation.ts';

describe('claimCitation', () => {
	it('writes a plain citation and a Wikipedia template', () => {
		expect(
			claimCitation({
				title: 'NIS: 1,500 forces shipped',
				verdict: 'claimed',
				lastUpdated: '2024-10-18',
				url: 'https://example.org/claims/nis/',
				siteName: 'Claims tracker',
			})
		).toEqual({
			text: 'Claims tracker. “NIS: 1,500 forces shipped.” Claim record, status claimed, last updated 18 October 2024. https://example.org/claims/nis/',
			wiki: '{{cite web |url=https://example.org/claims/nis/ |title=NIS: 1,500 forces shipped |website=Claims tracker |date=2024-10-18}}',
		});
	});

	it('keeps template syntax out of the Wikipedia title', () => {
		expect(
			claimCitation({
				title: 'A | B {{x}}',
				verdict: 'claimed',
				lastUpdated: '2024-01-02',
				url: 'u',
				siteName: 's',
			}).wiki
		).toBe('{{cite web |url=u |title=A   B   x   |website=s |date=2024-01-02}}');
	});
});
