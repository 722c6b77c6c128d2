/** The outlet's usual name when a text names a known outlet or its publishing company ("Guardian News & Media Limited"). */
export function knownOutlet(name: string): string | undefined {
	return OUTLETS_BY_ALIAS.get(name.trim().toLowerCase());
}

/** Whether two names are one outlet: "Yonhap" and "Yonhap News Agency", "The Guardian" and "the guardian". */
export function sameOutlet(one: string, other: string): boolean {
	const bare = (name: string) => name.trim().toLowerCase();
	if (bare(one) === bare(other)) return true;
	const known = knownOutlet(one);
	return known !== undefined && known === knownOutlet(other);
}

// Only names that cannot be anything but the outlet: a guessed outlet is worse than none.
const OUTLETS_BY_ALIAS: ReadonlyMap<string, string> = new Map([
	['the guardian', 'The Guardian'],
	['guardian news & media limited', 'The Guardian'],
	['guardian news and media limited', 'The Guardian'],
	['guardian news & media ltd', 'The Guardian'],
	['the observer', 'The Observer'],
	['reuters', 'Reuters'],
	['thomson reuters', 'Reuters'],
	['the associated press', 'The Associated Press'],
	['associated press', 'The Associated Press'],
	['agence france-presse', 'AFP'],
	['afp', 'AFP'],
	['bbc', 'BBC'],
	['bbc news', 'BBC'],
	['the new york times', 'The New York Times'],
	['the new york times company', 'The New York Times'],
	['the washington post', 'The Washington Post'],
	['financial times', 'Financial Times'],
	['the financial times ltd', 'Financial Times'],
	['al jazeera', 'Al Jazeera'],
	['bloomberg', 'Bloomberg'],
	['bloomberg l.p.', 'Bloomberg'],
	['the times', 'The Times'],
	['the sunday times', 'The Sunday Times'],
	['the telegraph', 'The Telegraph'],
	['the independent', 'The Independent'],
	['sky news', 'Sky News'],
	// "Sky's diplomatic correspondent …": the broadcaster's name for itself on air.
	['sky', 'Sky News'],
	['the economist', 'The Economist'],
	['cnn', 'CNN'],
	['npr', 'NPR'],
	['politico', 'Politico'],
	['the wall street journal', 'The Wall Street Journal'],
	['yonhap', 'Yonhap'],
	['yonhap news agency', 'Yonhap'],
	['the korea herald', 'The Korea Herald'],
	['the korea times', 'The Korea Times'],
	['korea joongang daily', 'Korea JoongAng Daily'],
	['the chosun ilbo', 'The Chosun Ilbo'],
	['kbs world', 'KBS World'],
	['nk news', 'NK News'],
	['the japan times', 'The Japan Times'],
	['the japan news', 'The Japan News'],
	['nikkei asia', 'Nikkei Asia'],
	['nhk world-japan', 'NHK World-Japan'],
	['nhk world', 'NHK World-Japan'],
	['kyodo news', 'Kyodo News'],
	['the kyiv independent', 'The Kyiv Independent'],
	['kyiv independent', 'The Kyiv Independent'],
	['kyiv post', 'Kyiv Post'],
	['ukrainska pravda', 'Ukrainska Pravda'],
	['ukrinform', 'Ukrinform'],
	['meduza', 'Meduza'],
	['novaya gazeta europe', 'Novaya Gazeta Europe'],
	['the moscow times', 'The Moscow Times'],
	['tass', 'TASS'],
	['interfax', 'Interfax'],
	['deutsche welle', 'DW'],
	['dw', 'DW'],
	['france 24', 'France 24'],
	['euronews', 'Euronews'],
	['radio free europe/radio liberty', 'RFE/RL'],
	['rfe/rl', 'RFE/RL'],
	['abc news', 'ABC News'],
	['voice of america', 'Voice of America'],
	['voa', 'Voice of America'],
	["lloyd's list", "Lloyd's List"],
	['lloyd’s list', "Lloyd's List"],
]);

/** The outlet a web address belongs to: "https://www.theguardian.com/world/…" is The Guardian's. */
export function outletOfAddress(address: string | undefined): string | undefined {
	if (address === undefined || !URL.canParse(address)) return undefined;
	const host = new URL(address).hostname.toLowerCase().replace(/^(?:www|amp|m|edition|en)\./, '');
	return OUTLETS_BY_DOMAIN.get(host);
}

// Each outlet's own domains, for the outlets above: a guessed outlet is worse than none.
const OUTLETS_BY_DOMAIN: ReadonlyMap<string, string> = new Map([
	['theguardian.com', 'The Guardian'],
	['reuters.com', 'Reuters'],
	['apnews.com', 'The Associated Press'],
	['afp.com', 'AFP'],
	['bbc.co.uk', 'BBC'],
	['bbc.com', 'BBC'],
	['nytimes.com', 'The New York Times'],
	['washingtonpost.com', 'The Washington Post'],
	['ft.com', 'Financial Times'],
	['aljazeera.com', 'Al Jazeera'],
	['bloomberg.com', 'Bloomberg'],
	['thetimes.com', 'The Times'],
	['thetimes.co.uk', 'The Times'],
	['telegraph.co.uk', 'The Telegraph'],
	['independent.co.uk', 'The Independent'],
	['news.sky.com', 'Sky News'],
	['economist.com', 'The Economist'],
	['cnn.com', 'CNN'],
	['npr.org', 'NPR'],
	['politico.com', 'Politico'],
	['politico.eu', 'Politico'],
	['wsj.com', 'The Wall Street Journal'],
	['yna.co.kr', 'Yonhap'],
	['koreaherald.com', 'The Korea Herald'],
	['koreatimes.co.kr', 'The Korea Times'],
	['koreajoongangdaily.joins.com', 'Korea JoongAng Daily'],
	['chosun.com', 'The Chosun Ilbo'],
	['world.kbs.co.kr', 'KBS World'],
	['nknews.org', 'NK News'],
	['japantimes.co.jp', 'The Japan Times'],
	['japannews.yomiuri.co.jp', 'The Japan News'],
	['asia.nikkei.com', 'Nikkei Asia'],
	['kyodonews.net', 'Kyodo News'],
	['kyivindependent.com', 'The Kyiv Independent'],
	['kyivpost.com', 'Kyiv Post'],
	['pravda.com.ua', 'Ukrainska Pravda'],
	['ukrinform.net', 'Ukrinform'],
	['meduza.io', 'Meduza'],
	['novayagazeta.eu', 'Novaya Gazeta Europe'],
	['themoscowtimes.com', 'The Moscow Times'],
	['tass.com', 'TASS'],
	['interfax.com', 'Interfax'],
	['dw.com', 'DW'],
	['france24.com', 'France 24'],
	['euronews.com', 'Euronews'],
	['rferl.org', 'RFE/RL'],
	['abcnews.go.com', 'ABC News'],
	['voanews.com', 'Voice of America'],
	['lloydslist.com', "Lloyd's List"],
]);
