import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, localSiteUrlNotice } from '../../../src/site/site-url.ts';

describe('localSiteUrlNotice', () => {
	it('tells a build without SITE_URL where its links point and how to set it', () => {
		const notice = localSiteUrlNotice({});
		expect(notice).toContain(LOCAL_SITE_URL);
		expect(notice).toContain('SITE_URL=');
	});

	it('says nothing when SITE_URL is set', () => {
		expect(localSiteUrlNotice({ SITE_URL: 'https://claims.example.org' })).toBeUndefined();
	});
});
