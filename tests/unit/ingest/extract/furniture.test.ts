import { describe, expect, it } from 'vitest';
import { isFurniture } from '../../../../src/tools/ingest/extract/furniture.ts';

describe('isFurniture', () => {
	it.each([
		'2 min read',
		'Listen to this article · 4 min',
		'Share',
		'×',
		'Menu',
		'Ad Feedback',
		'Advertisement',
		'READ ALSO: Seoul summons Russian ambassador',
		'**Read more:** [Kim visits the front](https://example.org/kim)',
		'Most read',
		'Related articles',
		'Sign up for our morning newsletter',
		'Subscribe to our Telegram channel',
		'Follow us on X',
		'Support independent journalism in Ukraine. Become a member today.',
		'Photo: AFP',
		'Photograph: Anatolii Stepanov/AFP/Getty Images',
		'[YONHAP]',
		'GETTY IMAGES',
		'© Reuters 2024',
		'(END)',
		'Copyright 2024 Yonhap News Agency. All rights reserved.',
		'Reporting by Hyonhee Shin; Editing by Ed Davies',
		'dana@heraldcorp.com',
		'Han Seo-yeon covers North Korea and defense for Korea Pulse. Reach her at seoyeon.han@koreapulse.example.',
		'Jane Doe is a senior defence correspondent based in Seoul.',
		'Comments (47)',
		'Comments are subject to our community guidelines, which can be viewed here.',
		'KOREAN',
		'Every donation helps Novaya Gazeta Europe stay independent.',
		'Powered by WordPress',
		'This transcript was produced from a recording and may not be 100% accurate.',
		'[00:02:48]',
		'[VIDEO CLIP]',
		'[END CLIP]',
		'We use cookies and other data for a number of reasons, such as keeping the site reliable and secure.',
		'Manage cookies',
		'Accept all cookies',
		'Published via Substack',
		'Novaya Gazeta Europe is blocked in Russia and relies on its readers. Support independent journalism.',
	])('drops %j', (paragraph) => {
		expect(isFurniture(paragraph)).toBe(true);
	});

	it.each([
		'Russia’s share of the shells fired came to about half, according to the Estonian intelligence service.',
		'Read more widely, the report suggests North Korea has sent 12,000 troops.',
		'The NIS said the photos showed mass gatherings in Ussuriysk and Khabarovsk.',
		'Related claims by Kyiv put the number at 11,000, the ministry said on Monday.',
		'The AFP news agency reported that the soldiers had arrived on 23 October.',
		'Russia donated 100 tanks to the Korean People’s Army, the ministry said.',
		'Kim Jong Un is the leader who ordered the troops to Kursk, the agency said.',
		'The cards were signed in Korean.',
		'Published On 27 Dec 2024',
		'Powered by Iranian engines, the drones were built in Alabuga, the report said.',
	])('keeps article text: %j', (paragraph) => {
		expect(isFurniture(paragraph)).toBe(false);
	});
});
