import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src/tools/ingest/extract/parse-article.ts';

const BODY =
	'Between 3,000 and 4,000 Rwandan soldiers are operating in eastern Congo alongside M23 rebels, a report by United Nations experts said on Monday.';

describe('metadata a page prints, in shapes met on other stories (issue 25)', () => {
	it('takes the masthead above a menu for the outlet, and the wire in its copyright line for the original', () => {
		const { metadata } = parseArticle(
			[
				'U.S. News & World Report',
				'Sign In',
				'Subscribe',
				'News',
				'UN Experts Say 3,000-4,000 Rwandan Troops Fighting Alongside M23 Rebels in Congo',
				'July 8, 2024, at 11:42 a.m.',
				BODY,
				'© 2024 Reuters. All rights reserved.',
			].join('\n'),
			'page.txt'
		);
		expect(metadata.outlet).toBe('U.S. News & World Report');
		expect(metadata.originalOutlet).toBe('Reuters');
	});

	it('finds the masthead under a menu button', () => {
		const { metadata } = parseArticle(
			[
				'☰',
				'Caspian Courier',
				'Search',
				'Home',
				'Politics',
				'UN mission finds Karabakh nearly empty',
				'2023-10-03 | 09:15',
				BODY,
			].join('\n'),
			'page.txt'
		);
		expect(metadata.outlet).toBe('Caspian Courier');
		expect(metadata.headline).toBe('UN mission finds Karabakh nearly empty');
	});

	it('reads a broadcast transcript’s fields: the title line is the headline, “TRANSCRIPT” and the programme are not', () => {
		const { metadata } = parseArticle(
			[
				'TRANSCRIPT',
				'Programme: The World',
				'Broadcast: 10 September 2024, 19:00 BST',
				'Title: Iran has sent ballistic missiles to Russia, US says',
				`PRESENTER (CLAIRE HOLLAND): ${BODY} Sky's diplomatic correspondent Mark Dalton reports.`,
			].join('\n'),
			'transcript.txt'
		);
		expect(metadata.headline).toBe('Iran has sent ballistic missiles to Russia, US says');
		expect(metadata.outlet).toBe('Sky News');
	});

	it('reads a byline without “By” when a printed date follows it', () => {
		const { metadata } = parseArticle(
			[
				'US hits Russia’s shadow fleet with sweeping sanctions',
				'Washington targets 183 vessels in a final push by the Biden administration',
				'Harriet Lyle in London and Aaron Pike in Washington',
				'Published January 10 2025',
				BODY,
			].join('\n'),
			'page.txt'
		);
		expect(metadata.authors).toEqual(['Harriet Lyle', 'Aaron Pike']);
	});

	it('names no publishing software as author and writes a known outlet by its usual name', () => {
		const { metadata } = parseArticle(
			`<html><head><meta property="og:site_name" content="euronews"><meta name="author" content="Newspack"></head><body><article><h1>UN mission finds Karabakh nearly empty</h1><p>${BODY}</p></article></body></html>`,
			'page.html'
		);
		expect(metadata.authors).toEqual([]);
		expect(metadata.outlet).toBe('Euronews');
	});

	it('reads a clipped page’s site and wiki-linked author fields', () => {
		const { metadata } = parseArticle(
			`---\ntitle: "Wagner fighters still guard the president"\nsite: "Stars and Stripes"\nauthor:\n  - "[[Jane Doe]]"\n  - "[[WordPress]]"\npublished: 2024-02-20\n---\n\n${BODY}`,
			'clip.md'
		);
		expect(metadata.outlet).toBe('Stars and Stripes');
		expect(metadata.authors).toEqual(['Jane Doe']);
	});

	it('reads a byline and date printed beside the headline, and a home link its copyright line confirms', () => {
		const { metadata } = parseArticle(
			`<html><body><div class="topbar"><a href="/">L'Orient Today</a><a href="/login">Log in</a></div><div class="article"><h1>Israeli attacks have killed 3,544 people in Lebanon</h1><div class="meta"><span>By Nour Haddad</span><span>2024-11-19 | 17:42</span></div><p>${BODY}</p><p>The ministry's figures do not distinguish between civilians and combatants, officials said.</p></div><p>© 2024 L'Orient Today. All rights reserved.</p></body></html>`,
			'page.html'
		);
		expect(metadata).toMatchObject({
			outlet: "L'Orient Today",
			authors: ['Nour Haddad'],
			published: '2024-11-19',
		});
	});

	it('takes no unconfirmed home link for the outlet', () => {
		const { metadata } = parseArticle(
			`<html><body><div><a href="/">Home</a></div><div class="article"><h1>Israeli attacks have killed 3,544 people in Lebanon</h1><p>${BODY}</p></div></body></html>`,
			'page.html'
		);
		expect(metadata.outlet).toBeUndefined();
	});

	it('takes a programme’s name over the date for a section label, and the hand-over for the outlet', () => {
		const { metadata } = parseArticle(
			[
				'NEWSHOUR',
				'Friday 8 August 2025',
				"Counting Russia's war dead, name by name",
				`PRESENTER (MARK ELLERY): ${BODY} The BBC's Yulia Sorokina reports.`,
			].join('\n'),
			'transcript.txt'
		);
		expect(metadata).toMatchObject({
			headline: "Counting Russia's war dead, name by name",
			outlet: 'BBC',
			published: '2025-08-08',
		});
	});

	it('reads a name under a printed time as the byline, but not a live blog’s title-case entry heading', () => {
		const page = (line: string) =>
			parseArticle(
				[
					'Russia answered on fewer than a fifth of 339 deported children, Yermak says',
					'24 July 2025, 18:10',
					line,
					BODY,
				].join('\n'),
				'page.txt'
			).metadata.authors;
		expect(page('Iryna Bondar')).toEqual(['Iryna Bondar']);
		expect(page('Nato Confirms North Korean Deployment')).toEqual([]);
	});

	it('takes the link the page calls its logo for the outlet', () => {
		const { metadata } = parseArticle(
			`<html><body><div class="header"><a class="logo" href="https://news.err.ee/">ERR News</a></div><div class="article"><h1>Estonia summons Russian envoy over GPS jamming</h1><p>${BODY}</p></div></body></html>`,
			'page.html'
		);
		expect(metadata.outlet).toBe('ERR News');
	});

	it('reads a masthead in capitals over a menu button, and a wire byline with its time after a bar', () => {
		const { metadata } = parseArticle(
			[
				'KYIV POST',
				'Menu',
				"Russia's Combined Strike on Kyiv Kills 12, Injures 90",
				'by Interfax-Ukraine | Apr. 24, 2025, 10:41',
				`KYIV (Interfax-Ukraine) –${BODY}`,
			].join('\n'),
			'page.txt'
		);
		expect(metadata).toMatchObject({
			outlet: 'Kyiv Post',
			originalOutlet: 'Interfax-Ukraine',
			authors: [],
			published: '2025-04-24',
		});
	});

	it('takes no known outlet for a copyright holder whose name only starts like it', () => {
		const { metadata } = parseArticle(
			['Liveblog December 10, 2024', BODY, '© 2024 THE TIMES OF ISRAEL, ALL RIGHTS RESERVED'].join(
				'\n'
			),
			'page.txt'
		);
		expect(metadata.outlet).not.toBe('The Times');
	});

	it('reads the masthead’s logo image, and not the site header’s “today” above the headline', () => {
		const { metadata } = parseArticle(
			`<html><body><div id="site-top-nav"><div class="site-date">Friday, September 1, 2023</div></div><div id="site-masthead"><a href="/"><img src="/logo.svg" alt="The Daily Progress"></a></div><h1>Wagner chief Prigozhin was on plane that crashed</h1><div class="asset-byline"><span class="byline">By Katya Morozova</span><time>Aug 24, 2023</time></div><p>${BODY}</p></body></html>`,
			'page.html'
		);
		expect(metadata).toMatchObject({ outlet: 'The Daily Progress', published: '2023-08-24' });
	});

	it('names no read-later app as the author', () => {
		const { metadata } = parseArticle(
			`---\ntitle: "Houthis claim missile hit on tanker"\nauthor: Readwise Reader\nsite: "Lloyd's List"\n---\n\n${BODY}`,
			'clip.md'
		);
		expect(metadata.authors).toEqual([]);
	});

	it('keeps a terse title-case headline over its date, and skips only a programme name in capitals', () => {
		const { metadata } = parseArticle(
			[
				'Gaza Ceasefire Collapses',
				'8 August 2025',
				'Israeli strikes resume across the enclave after talks stall',
				BODY,
			].join('\n'),
			'page.txt'
		);
		expect(metadata.headline).toBe('Gaza Ceasefire Collapses');
	});

	it('reads a logo image’s name past a “Home” label, and no home link the copyright line only contains', () => {
		const logo = parseArticle(
			`<html><body><a class="site-logo" href="/"><span>Home</span></a><h1>Estonia summons Russian envoy over GPS jamming</h1><p>${BODY}</p></body></html>`,
			'page.html'
		).metadata.outlet;
		expect(logo).toBeUndefined();
		const withAlt = parseArticle(
			`<html><body><a class="site-logo" href="/">Home<img src="/l.svg" alt="ERR News"></a><h1>Estonia summons Russian envoy over GPS jamming</h1><p>${BODY}</p></body></html>`,
			'page.html'
		).metadata.outlet;
		expect(withAlt).toBe('ERR News');
		const partial = parseArticle(
			`<html><body><a href="/">News</a><h1>Estonia summons Russian envoy over GPS jamming</h1><p>${BODY}</p><p>© 2025 Daily News Ltd. All rights reserved.</p></body></html>`,
			'page.html'
		).metadata.outlet;
		expect(partial).not.toBe('News');
	});
});
