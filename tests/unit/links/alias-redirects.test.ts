import { describe, expect, it } from 'vitest';
import { aliasRedirects, formatRedirectsFile } from '../../../src/site/links/alias-redirects.ts';
import { claimRecord } from '../support/records.ts';

describe('aliasRedirects and formatRedirectsFile', () => {
	const renamed = claimRecord('nis-1500-special-forces', {
		aliases: ['nis-special-forces', 'nis-forces'],
	});
	const draft = claimRecord('draft-claim', { aliases: ['old-draft'], draft: true });

	it('redirects every old id of a published claim, in path order, and none of a draft', () => {
		expect(
			aliasRedirects('claims', [renamed, draft]).map(({ alias, from, to }) => ({ alias, from, to }))
		).toEqual([
			{ alias: 'nis-forces', from: '/claims/nis-forces/', to: '/claims/nis-1500-special-forces/' },
			{
				alias: 'nis-special-forces',
				from: '/claims/nis-special-forces/',
				to: '/claims/nis-1500-special-forces/',
			},
		]);
	});

	it('writes a permanent redirect with and without the trailing slash', () => {
		expect(formatRedirectsFile(aliasRedirects('claims', [renamed]))).toBe(
			[
				'/claims/nis-forces/ /claims/nis-1500-special-forces/ 301',
				'/claims/nis-forces /claims/nis-1500-special-forces/ 301',
				'/claims/nis-special-forces/ /claims/nis-1500-special-forces/ 301',
				'/claims/nis-special-forces /claims/nis-1500-special-forces/ 301',
				'',
			].join('\n')
		);
		expect(formatRedirectsFile([])).toBe('');
	});
});
