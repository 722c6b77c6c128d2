import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from '../../../../../src/tools/ingest/extract/html/html-article.ts';
import { parseArticle } from '../../../../../src/tools/ingest/extract/parse-article.ts';
import { thrownIngestError } from '../../support/thrown-ingest-error.ts';

const BODY = [
	'SEOUL, Oct 25 (Reuters) - About 3,000 North Korean troops have been sent to Russia, South Korea’s spy agency told lawmakers on Friday.',
	'The National Intelligence Service said the number was expected to reach 10,000 by December, according to lawmaker Lee Seong-kweun.',
	'Russia has denied the reports, calling them “fake news”, while Pyongyang has said any deployment would be lawful.',
	'Ukraine’s President Volodymyr Zelenskyy said the first units could reach the front within days, and urged allies to respond.',
];

function page({ head, article }: { head: string; article?: string }): string {
	return `<!doctype html><html lang="en"><head>${head}</head><body>
<header><nav><a href="/">Menu</a> <a href="/world">World</a> <a href="/search">Search</a> <button>×</button></nav></header>
<main><article>
<h1>North Korea sends 3,000 troops to Russia, Seoul says</h1>
<div class="meta">2 min read</div>
<figure><img src="/a.jpg" alt="Soldiers"><figcaption>Soldiers at a railway station. Photo: AFP</figcaption></figure>
${article ?? BODY.map((text) => `<p>${text}</p>`).join('\n')}
<p>Read more: <a href="/x">Seoul weighs arms for Kyiv</a></p>
</article>
<aside><h2>Most read</h2><ol><li><a href="/1">Markets slide as rates rise and traders take stock</a></li><li><a href="/2">Storm hits the coast overnight</a></li></ol></aside>
<div class="newsletter">Sign up for our morning newsletter</div>
</main><footer>© 2024 The Japan Times. All rights reserved.</footer>
<script>window.analytics = {};</script></body></html>`;
}

const JSON_LD = `<script type="application/ld+json">${JSON.stringify({
	'@context': 'https://schema.org',
	'@graph': [
		{ '@type': 'WebPage', name: 'Page' },
		{
			'@type': 'NewsArticle',
			headline: 'North Korea sends 3,000 troops to Russia, Seoul says',
			datePublished: '2024-10-25T14:22:00+09:00',
			dateModified: '2024-10-25T16:05:00+0900',
			author: { '@type': 'Organization', name: 'Reuters' },
			publisher: { '@type': 'Organization', name: 'The Japan Times' },
			url: 'https://www.japantimes.co.jp/news/2024/10/25/asia-pacific/north-korea-troops/',
		},
	],
})}</script><title>North Korea sends 3,000 troops | The Japan Times</title>`;

describe('parseHtmlArticle', () => {
	it('reads a saved page: metadata from JSON-LD, the article text without the page around it', () => {
		const article = parseHtmlArticle(page({ head: JSON_LD }));
		expect(article.metadata).toEqual({
			headline: 'North Korea sends 3,000 troops to Russia, Seoul says',
			authors: [],
			published: '2024-10-25T14:22:00+09:00',
			updated: '2024-10-25T16:05:00+09:00',
			outlet: 'The Japan Times',
			originalOutlet: 'Reuters',
			url: 'https://www.japantimes.co.jp/news/2024/10/25/asia-pacific/north-korea-troops/',
		});
		expect(article.paragraphs).toEqual(BODY);
	});

	it('falls back to OpenGraph and meta tags, and keeps only the day of a time without its offset', () => {
		const head = `<title>Troops | Kyiv Independent</title>
<meta property="og:title" content="North Korea sends 3,000 troops to Russia, Seoul says">
<meta property="og:site_name" content="The Kyiv Independent">
<meta property="article:published_time" content="2024-10-25T11:17:00">
<meta name="author" content="Olena Goncharova and Martin Fornusek">
<meta property="og:url" content="https://kyivindependent.com/north-korea-troops/">`;
		const article = parseHtmlArticle(page({ head }));
		expect(article.metadata).toEqual({
			headline: 'North Korea sends 3,000 troops to Russia, Seoul says',
			authors: ['Olena Goncharova', 'Martin Fornusek'],
			published: '2024-10-25',
			outlet: 'The Kyiv Independent',
			originalOutlet: 'Reuters',
			url: 'https://kyivindependent.com/north-korea-troops/',
		});
		expect(article.paragraphs).toEqual(BODY);
	});

	it('names no author when the page puts its publishing platform where the byline goes', () => {
		const metaAuthor = `<meta property="og:title" content="Headline"><meta name="author" content="WordPress">`;
		expect(parseHtmlArticle(page({ head: metaAuthor })).metadata.authors).toEqual([]);
		const jsonLdAuthor = `<script type="application/ld+json">${JSON.stringify({
			'@type': 'NewsArticle',
			headline: 'Headline',
			author: [{ '@type': 'Person', name: 'admin' }],
		})}</script>`;
		expect(parseHtmlArticle(page({ head: jsonLdAuthor })).metadata.authors).toEqual([]);
	});

	it('reads a bare page’s outlet from its home link and its date from beside the headline, not the site header', () => {
		const html = `<html><body>
<header><a href="/">Lloyd's List</a><span class="date">Monday, 7 December 2026</span></header>
<div class="article"><h1>Eternity C crew feared dead as Houthis claim second sinking</h1>
<div class="meta"><span class="author">Tom Harwick</span> <span class="date">2025-07-10 | 14:05</span></div>
${BODY.map((text) => `<p>${text}</p>`).join('\n')}
</div>
<aside><h3>Most read</h3><span class="date">2025-06-01</span></aside>
</body></html>`;
		const { metadata } = parseHtmlArticle(html);
		expect(metadata.outlet).toBe("Lloyd's List");
		expect(metadata.published).toBe('2025-07-10');
	});

	it('says a page is broken, never crashes, when an unclosed <script> hides the article', () => {
		// A saved page cut where its analytics script closes: Readability walks off the document.
		const saved = readFileSync(
			'tests/fixtures/ingest-eval/tune/a-koreaherald-2024-11-13-nis-combat.html',
			'utf8'
		);
		const cut = saved.replace(/(gtag\('config'[^\n]*\n)<\/script>\n/, '$1');
		expect(cut).not.toBe(saved);
		expect(thrownIngestError(() => parseHtmlArticle(cut)).message).toMatch(
			/^the page’s HTML is cut off or broken .* paste the article’s text into a \.txt file$/
		);
	});

	it('names the outlet of a site that gives its name as its address, and no author where the page names the outlet', () => {
		const head = `<meta property="og:title" content="Headline"><meta property="og:site_name" content="www.euractiv.com"><meta name="author" content="Euractiv">`;
		const { metadata } = parseArticle(page({ head }), 'page.html');
		expect(metadata.outlet).toBe('Euractiv');
		expect(metadata.authors).toEqual([]);
	});

	it('names the outlet of a site that gives its address with a scheme by the logo that spells it', () => {
		const html = `<html><head><meta property="og:site_name" content="https://www.bangkokpost.com"></head><body>
<header><a href="https://www.bangkokpost.com/"><img src="/logo.svg" alt="Bangkok Post"></a></header>
<div class="headline"><h1>Border clash toll climbs as both sides trade blame</h1></div>
<div class="info"><p>PUBLISHED : 27 Jul 2025 at 13:05</p>
<p>WRITER: <a href="/a?q=1">Chanida Srisuwan</a> and <a href="/a?q=2">Nattapong Keawsri</a></p></div>
${BODY.map((text) => `<p>${text}</p>`).join('\n')}
<aside><p>By Someone Else</p></aside>
</body></html>`;
		const { metadata } = parseHtmlArticle(html);
		expect(metadata.outlet).toBe('Bangkok Post');
		expect(metadata.authors).toEqual(['Chanida Srisuwan', 'Nattapong Keawsri']);
	});

	it('names a site by its domain without the domain, and reads microdata and Dublin Core', () => {
		const withHead = (head: string, body = '') =>
			parseHtmlArticle(`<html><head>${head}</head><body>${body}<div><h1>Central Med deadliest route</h1></div>
${BODY.map((text) => `<p>${text}</p>`).join('\n')}</body></html>`).metadata;
		expect(withHead('<meta property="og:site_name" content="eKathimerini.com">').outlet).toBe(
			'eKathimerini'
		);
		const ansa = withHead(
			'<meta name="dc.publisher" content="ANSA"><meta name="dc.date" content="2024-01-03">',
			'<span itemprop="datePublished" content="2024-01-03T15:21:00+01:00">03 January 2024 15:21</span><span itemprop="author"><span itemprop="name">Redazione ANSA</span></span>'
		);
		expect(ansa).toMatchObject({ outlet: 'ANSA', published: '2024-01-03T15:21:00+01:00' });
	});

	it('names the outlet by the alt text of a logo linking home, when the copyright line agrees', () => {
		const html = `<html><body><div class="logo"><a href="/"><img src="/logo.png" alt="Stabroek News"></a></div>
<div><h1>Venezuela claims 10.5 million votes</h1></div>${BODY.map((text) => `<p>${text}</p>`).join('\n')}
<footer><p>&copy; 2023 Stabroek News. All rights reserved.</p></footer></body></html>`;
		expect(parseHtmlArticle(html).metadata.outlet).toBe('Stabroek News');
	});

	it('takes the printed headline where it revises the one in the page’s data, but not a masthead <h1>', () => {
		const withHeadlines = (declared: string, printed: string) =>
			parseHtmlArticle(`<html><head><meta property="og:title" content="${declared}"></head><body>
<div><h1>${printed}</h1></div>${BODY.map((text) => `<p>${text}</p>`).join('\n')}</body></html>`)
				.metadata.headline;
		expect(
			withHeadlines('Crocus attack death toll reaches 133', 'Crocus attack death toll rises to 137')
		).toBe('Crocus attack death toll rises to 137');
		expect(withHeadlines('Crocus attack death toll reaches 133', 'The Daily Courier')).toBe(
			'Crocus attack death toll reaches 133'
		);
	});

	it('reads the date printed in the kicker right above the headline', () => {
		const html = `<html><body>
<header><span class="date">Monday, 7 December 2026</span></header>
<div class="newsHeading"><a class="rubric" href="/war">War</a> <span class="date">14.04.2025 10:27</span></div>
<h1>Russian missile strike on Sumy: death toll rises to 35</h1>
<div class="newsText">${BODY.map((text) => `<p>${text}</p>`).join('\n')}</div>
</body></html>`;
		expect(parseHtmlArticle(html).metadata.published).toBe('2025-04-14');
	});

	it('keeps emphasis and links as Markdown, and drops captions, read times and link boxes', () => {
		const article = parseHtmlArticle(
			page({
				head: JSON_LD,
				article: `<p>The agency said the troops, <em>about 3,000</em>, were training in <a href="https://example.org/vl">Vladivostok</a> and other bases in Russia’s far east, and that more would follow.</p>
<p>Photo: Yonhap</p><p>READ ALSO: Seoul summons Russian ambassador</p>
<p>Kim Jong Un has not commented on the deployment, which Pyongyang’s vice-foreign minister called lawful at the United Nations.</p>`,
			})
		);
		expect(article.paragraphs).toEqual([
			'The agency said the troops, *about 3,000*, were training in [Vladivostok](https://example.org/vl) and other bases in Russia’s far east, and that more would follow.',
			'Kim Jong Un has not commented on the deployment, which Pyongyang’s vice-foreign minister called lawful at the United Nations.',
		]);
	});

	it('says what to do with a page that has no article on it', () => {
		expect(() =>
			parseHtmlArticle('<!doctype html><html><head><title>Home</title></head><body></body></html>')
		).toThrow('no article text found in the page — save the article page itself');
	});
});

describe('a bare saved page through parseArticle', () => {
	it('takes the outlet from the title, and the byline and date from the printed lines', () => {
		const html = `<!doctype html><html><head><title>Seoul says 2,000 North Korean soldiers killed | Korea Pulse</title></head>
<body><h1>Seoul says 2,000 North Korean soldiers killed</h1>
<p>By Han Seo-yeon</p><p>Sept. 2, 2025</p>
${BODY.map((text) => `<p>${text}</p>`).join('\n')}
<p>More North Korea coverage | Archive for September 2025</p></body></html>`;
		const article = parseArticle(html, 'pulse.html');
		expect(article.metadata).toEqual({
			headline: 'Seoul says 2,000 North Korean soldiers killed',
			authors: ['Han Seo-yeon'],
			published: '2025-09-02',
			outlet: 'Korea Pulse',
			originalOutlet: 'Reuters',
		});
		expect(article.paragraphs).toEqual(BODY);
	});
});

describe('parseHtmlArticle drops furniture inside the article body', () => {
	const page = (body: string) =>
		`<!doctype html><html><head><title>Seoul says troops in Kursk</title></head><body><article><h1>Seoul says troops in Kursk</h1><p>North Korean troops have reached the Kursk region and some of them are already fighting, South Korea's spy agency told lawmakers on Wednesday in a closed briefing.</p><p>The agency said about 11,000 soldiers had been sent so far, and more were expected to follow before the end of the year.</p>${body}</article></body></html>`;

	it('drops a list of links to other stories', () => {
		const { paragraphs } = parseHtmlArticle(
			page(
				'<ul><li><a href="/a">Kim honours soldiers</a></li><li><a href="/b">Shoigu visits Pyongyang</a></li></ul>'
			)
		);
		expect(paragraphs.join('\n')).not.toContain('Kim honours soldiers');
		expect(paragraphs).toHaveLength(2);
	});

	it('drops furniture lines broken off inside a paragraph, keeping the rest', () => {
		const { paragraphs } = parseHtmlArticle(
			page('<p>The NIS gave no breakdown of the losses.<br>jykim@yna.co.kr<br>(END)</p>')
		);
		expect(paragraphs.at(-1)).toBe('The NIS gave no breakdown of the losses.');
	});
});
