import { describe, expect, it } from 'vitest';
import { parsedMentions } from '../../../../../src/tools/ingest/find/speakers/parse-mentions.ts';
import { findAttribution } from '../../../../../src/tools/ingest/find/speakers/find-attribution.ts';

describe('findAttribution', () => {
	it.each([
		[
			'South Korea’s intelligence agency said on Friday that North Korea had dispatched troops.',
			'South Korea’s intelligence agency',
			'said',
		],
		[
			'In a statement on its website, the National Intelligence Service (NIS) said Russian navy ships transferred 1,500 forces.',
			'the National Intelligence Service (NIS)',
			'said',
		],
		[
			'“The North Korean soldiers … are expected to be deployed,” the agency said, adding that more troops were expected.',
			'the agency',
			'said',
		],
		[
			'The NIS also published satellite and other photos showing ship movements.',
			'The NIS',
			'published',
		],
		[
			'The statements come a day after Ukraine’s president, Volodymyr Zelenskyy, said his country had intelligence reports.',
			'Ukraine’s president, Volodymyr Zelenskyy',
			'said',
		],
		['“This is the first step to a world war,” he told reporters in Brussels.', 'he', 'told'],
		[
			'On Friday the Ukrainian foreign minister, Andrii Sybiha, demanded an “immediate and strong reaction” from Kyiv’s allies.',
			'the Ukrainian foreign minister, Andrii Sybiha',
			'demanded',
		],
		['Russia has denied using North Korean troops in the war.', 'Russia', 'denied'],
		[
			'A Kremlin spokesperson, Dmitry Peskov, dismissed the claims at a media conference last week as “another piece of fake news”.',
			'A Kremlin spokesperson, Dmitry Peskov',
			'dismissed',
		],
		[
			'The Guardian earlier revealed that North Korean military engineers had already been deployed.',
			'The Guardian',
			'revealed',
		],
		[
			'If confirmed, South Korean intelligence suggests that North Korea plans to engage in the war.',
			'South Korean intelligence',
			'suggests',
		],
		[
			'Pyongyang is estimated to have provided about half the ammunition, more than 2m rounds, a Ukrainian source said.',
			'a Ukrainian source',
			'said',
		],
		[
			'It also provided KN-23 missiles, which were used in dozens of strikes across Ukraine last winter, Ukrainian media reported.',
			'Ukrainian media',
			'reported',
		],
		['“We will respond,” said Peskov.', 'Peskov', 'said'],
		[
			'The troops crossed the border, according to Ukrainian military intelligence.',
			'Ukrainian military intelligence',
			'according to',
		],
		[
			'Mohamed Ramadane, a spokesman for the Strategic Framework, a coalition of rebel groups, told The Associated Press on Sunday that 47 soldiers had been killed.',
			'Mohamed Ramadane',
			'told',
		],
		[
			"The tanker is believed to have dragged its anchor, Robin Lardot, director of Finland's National Bureau of Investigation, told a news conference on Friday.",
			'Robin Lardot',
			'told',
		],
		[
			'More than 12 million people have fled, according to the International Organization for Migration (IOM), making it the largest crisis.',
			'the International Organization for Migration (IOM)',
			'according to',
		],
		[
			'More than 61,000 people died, according to a new estimate by researchers, far more than recorded.',
			'researchers',
			'according to',
		],
		[
			'Western officials estimate that Wagner has deployed between 1,000 and 1,500 fighters.',
			'Western officials',
			'estimate',
		],
		[
			'Foreign Ministry spokesman Nasser Kanaani on September 9 dismissed the reports.',
			'Foreign Ministry spokesman Nasser Kanaani',
			'dismissed',
		],
		[
			'Russia’s foreign ministry said the sanctions were “an attempt to destabilise markets” and said they would not go unanswered.',
			'Russia’s foreign ministry',
			'said',
		],
	])('finds the speaker of “%s”', (sentence, speaker, verb) => {
		const attribution = findAttribution(sentence);
		expect(attribution?.speaker).toBe(speaker);
		expect(attribution?.verb).toBe(verb);
		expect(sentence.slice(attribution!.verbIndex, attribution!.verbIndex + verb.length)).toBe(verb);
	});

	it.each([
		'Borrell also called on member states to give priority to Ukraine in their export contracts.',
		'Gulf states struggle to stop the re-exports, officials in Brussels believe.',
	])('reads "states" before anything but a clause or quotation as the noun: %j', (sentence) => {
		expect(findAttribution(sentence)?.verb).not.toBe('states');
		expect(parsedMentions(sentence).map(({ verb }) => verb)).not.toContain('states');
	});

	it.each([
		[
			'The Houthis have launched dozens of attacks on shipping since November in what they say is solidarity with Gaza.',
			'The Houthis',
		],
		[
			"The fire came a week after Ukrainian forces launched an incursion into Russia's Kursk region, where Moscow has said it is concerned about the plant.",
			'Moscow',
		],
		[
			'Residents of Rafah, where more than 1.4 million people are sheltering, told MEE they had nothing left.',
			'Residents of Rafah',
		],
		[
			'The drills came four days after President Lai delivered his National Day address, in which he said the two sides were not subordinate.',
			'he',
		],
		[
			'Gerasimov said Russian forces had fully retaken the region, a claim Ukraine’s military rejected.',
			'Gerasimov',
		],
		[
			'On Sunday evening, acting Sumy mayor Artem Kobzar put the toll at 34.',
			'acting Sumy mayor Artem Kobzar',
		],
		[
			'The Defense Ministry of Azerbaijan has updated the list of servicemen who died, raising the number to 77.',
			'The Defense Ministry of Azerbaijan',
		],
		['The UN revised down its estimate of the dead to 3,958 on Saturday.', 'The UN'],
		['JNIM itself claimed to have killed nearly 300 people.', 'JNIM itself'],
		[
			'Researchers at the James Martin Center for Nonproliferation Studies in the United States, working with CNN, say two ships carried the troops.',
			'Researchers at the James Martin Center for Nonproliferation Studies',
		],
		[
			'The vessel is believed to have crossed the pipeline, according to ship-tracking data analysed by HS.',
			'HS',
		],
	])('finds the speaker, not the words around it, in %j', (sentence, speaker) => {
		expect(findAttribution(sentence)?.speaker).toBe(speaker);
	});

	it.each([
		'The dams had not been maintained for years, despite warnings from a hydrologist in a paper published last year that the dam was at risk.',
		'Russia launched a massive drone attack on Ukraine overnight, with explosions reported in Kyiv and Odesa.',
		'The IOM figure includes the roughly 600 people believed to have died off Pylos in June.',
	])(
		'names no speaker where a preposition’s object or a participle stands before the verb: %j',
		(sentence) => {
			expect(findAttribution(sentence)).toBeUndefined();
			expect(parsedMentions(sentence)).toEqual([]);
		}
	);

	it('takes no one for a speaker of a participle: "people accused of helping them" are described, not reporting', () => {
		expect(
			findAttribution(
				'The office documented 315 lynchings of gang members and people accused of helping them.'
			)
		).toBeUndefined();
	});

	it.each([
		[
			'Kremlin spokesman Dmitry Peskov on June 6 rejected Ukraine’s accusation that Russian forces blew up the dam.',
			'Kremlin spokesman Dmitry Peskov',
		],
		[
			"According to the Kremlin's readout of the call, the plane repeatedly tried to land in Grozny.",
			'the Kremlin',
		],
		[
			'Thirteen EU countries, including the three Baltic states, wrote to the European Commission last month.',
			'Thirteen EU countries',
		],
		[
			'A volunteer who asked not to be named for fear of reprisal said she collected at least 100 bodies.',
			'A volunteer',
		],
		[
			'The EU will deliver only half of the shells, the bloc’s top diplomat Josep Borrell admitted on Wednesday (31 January), as member states struggle to ramp up production.',
			'the bloc’s top diplomat Josep Borrell',
		],
		['The ministry conceded that 40 soldiers had died.', 'The ministry'],
		['The report states that 40 soldiers had died.', 'The report'],
		[
			'Using data from the National Probate Registry, we estimate that about 165,000 Russian men had been killed.',
			'we',
		],
	])(
		'finds the speaker of a rejection, a readout, a named group, an unnamed person, the outlet’s “we”: %j',
		(sentence, speaker) => {
			expect(findAttribution(sentence)?.speaker).toBe(speaker);
		}
	);

	it.each([
		[
			'At least 40 tankers changed flags in March, a Bloomberg analysis has found.',
			'Bloomberg',
			'found',
		],
		[
			'Strikes have cut the plant’s output by a third, Reuters calculations show, as repairs stall.',
			'Reuters',
			'show',
		],
		[
			'A 2024 report by the Kiel Institute for the World Economy identified 1,200 transfers.',
			'the Kiel Institute for the World Economy',
			'identified',
		],
		[
			'Ships were hit 120 times in 2024, according to data compiled by the Armed Conflict Location & Event Data project (ACLED).',
			'the Armed Conflict Location & Event Data project (ACLED)',
			'according to',
		],
		[
			'The jet fell 8,000 metres in a minute, according to Flightradar24.',
			'Flightradar24',
			'according to',
		],
		[
			'Only 40 of the tanks had arrived, according to figures the Commission released in May.',
			'the Commission',
			'according to',
		],
		[
			'A total of 9,000 people crossed, according to figures released on Tuesday by the Migration Service (SNM).',
			'the Migration Service (SNM)',
			'according to',
		],
	])('reads a work’s finding as the claim of whoever made it: %j', (sentence, speaker, verb) => {
		expect(findAttribution(sentence)).toMatchObject({ speaker, verb });
	});

	it('leaves a past participle phrase after the speaker out of it: “X, released on Wednesday, estimated”', () => {
		expect(
			findAttribution(
				'The survey by the Migration Institute, released on Wednesday as a preprint, estimated that 9,000 had left.'
			)?.speaker
		).toBe('the Migration Institute');
	});

	it('reads past a verb in the opening phrase and a relative clause before an auxiliary', () => {
		expect(
			findAttribution(
				'In an interview with Politico and the tabloid Bild published on Sunday, Prime Minister Anna Berg said 300 had died.'
			)
		).toMatchObject({ speaker: 'Prime Minister Anna Berg', verb: 'said' });
		expect(
			findAttribution(
				'The World Food Programme (WFP), which runs convoys between Aden and Marib, has said 40 trucks were stopped.'
			)?.speaker
		).toBe('The World Food Programme (WFP)');
	});

	it('reads “…, telling journalists that” as the sentence’s subject speaking, and “telling stories” as nothing', () => {
		expect(
			findAttribution(
				'Putin did not deny the reports last Thursday, telling journalists that it was a sovereign matter.'
			)
		).toMatchObject({ speaker: 'Putin', verb: 'telling' });
		expect(findAttribution('He spent the day telling stories.')).toBeUndefined();
	});

	it('leaves a time of day that opens the sentence out of the speaker: "Early Monday, residents said"', () => {
		expect(
			findAttribution('Early Monday, residents said they heard explosions before the dam broke.')
				?.speaker
		).toBe('residents');
		expect(findAttribution('Late on Friday night, the ministry said 40 had died.')?.speaker).toBe(
			'the ministry'
		);
	});

	it('takes no one for a speaker of a passive hedge: "is believed" says nobody believes it', () => {
		expect(findAttribution('The Eagle S is believed to have damaged the cables.')).toBeUndefined();
	});

	it.each([
		[
			'But the Wall Street Journal reported last week, citing US and European officials, that more than 200 missiles had been shipped.',
			'US and European officials',
		],
		[
			'The independent outlet Verstka reported last year, citing sources in the Defense Ministry, that the corps aimed to recruit 40,000.',
			'sources in the Defense Ministry',
		],
		[
			"RFE/RL's Ukrainian Service reported, citing the regional governor, that the water had risen by five metres.",
			'the regional governor',
		],
		[
			'Pilots reported interference on 1,022 occasions in June, the Baltic News Service reported, citing Oro Navigacija.',
			'Oro Navigacija',
		],
		[
			'The trade journal Tanker Weekly reported, citing a port official, that the ship had loaded 700,000 barrels.',
			'a port official',
		],
		[
			'The rebel-run Al-Nour TV reported, citing rescue workers, that 40 people were killed in the strike.',
			'rescue workers',
		],
	])(
		'reads an outlet reporting, citing someone, as that someone’s claim: %j',
		(sentence, speaker) => {
			expect(findAttribution(sentence)).toMatchObject({ speaker, cited: true });
		}
	);

	it.each([
		[
			'At least 2,900 people were killed in Goma, Vivian van de Perre, the deputy head of the UN mission, said on Friday.',
			'Vivian van de Perre',
		],
		[
			'The killings bring the toll this year to about 5,000, the U.N. human rights chief, Volker Türk, said in a statement.',
			'the U.N. human rights chief, Volker Türk',
		],
		[
			'“There is no serious damage,” Rustam Minnikhanov, head of the Republic of Tatarstan, said in a statement.',
			'Rustam Minnikhanov',
		],
		[
			'There are between 1,500 and 2,000 Russian fighters in the country, according to Western diplomats who spoke on condition of anonymity.',
			'Western diplomats',
		],
		[
			'The Collectif Justice pour Barsalogho (CJB), set up by relatives of the victims, said on Monday that at least 400 people had been killed.',
			'The Collectif Justice pour Barsalogho (CJB)',
		],
		[
			'Between 3,000 and 4,000 Rwandan soldiers are operating in Congo, a report by United Nations experts seen by Reuters on Monday said.',
			'United Nations experts',
		],
		[
			"DTEK, Ukraine's largest private energy company, said its thermal power plants were seriously damaged.",
			'DTEK',
		],
		[
			'Lawrence Kanyuka, the spokesman for the Alliance Fleuve Congo (AFC), the political coalition that includes the M23, said on Thursday that most of the dead were soldiers.',
			'Lawrence Kanyuka',
		],
		['On Friday, the ministry said 12 people had died.', 'the ministry'],
	])('finds a speaker named with a role, or described after the name: %j', (sentence, speaker) => {
		expect(findAttribution(sentence)?.speaker).toBe(speaker);
	});

	it('notes whom a speaker cites', () => {
		expect(
			findAttribution(
				'Additionally, South Korean media said on Friday, citing anonymous sources, that Pyongyang had decided to dispatch troops.'
			)
		).toEqual({
			speaker: 'South Korean media',
			verb: 'said',
			verbIndex: 33,
			citing: 'citing anonymous sources',
		});
	});

	it.each([
		'The NIS did not immediately confirm these reports.',
		'The statement was the most comprehensive official report to date.',
		'The extraordinary move also highlights Russia’s need to find new personnel, amid reports of record casualties.',
		'In June, the two leaders signed a pact that includes a mutual-aid clause.',
		"Ukraine's military intelligence agency has given higher casualty estimates than Seoul.",
		'“We require an immediate and strong reaction from the Euro-Atlantic community and the world.”',
	])('finds nobody speaking in “%s”', (sentence) => {
		expect(findAttribution(sentence)).toBeUndefined();
	});

	it('ignores a reporting verb inside a quotation', () => {
		expect(findAttribution('“They said nothing,” the minister told reporters.')?.speaker).toBe(
			'the minister'
		);
	});

	it.each([
		[
			'Most of the troops, State Department deputy spokesperson Vedant Patel told a briefing on Tuesday, have moved to Kursk.',
			'State Department deputy spokesperson Vedant Patel',
		],
		[
			"North Korea appears to have sent more troops, South Korea's spy agency said on Thursday, adding that they had returned.",
			"South Korea's spy agency",
		],
		['About 2,000 soldiers have been killed, the NIS told lawmakers on Tuesday.', 'the NIS'],
		['Units are back at the front, the agency said in a message to reporters.', 'the agency'],
		[
			'Secretary of State Antony Blinken, speaking after talks with his counterparts, said 8,000 were in Kursk.',
			'Secretary of State Antony Blinken',
		],
		[
			'Rep. Lee Seong-kweun, who sits on the intelligence committee, told reporters the troops were in combat.',
			'Rep. Lee Seong-kweun',
		],
		[
			'At a state ceremony reported by the Korean Central News Agency, Kim said the soldiers were heroes.',
			'Kim',
		],
	])(
		'finds the speaker set off by commas, or after a clause about it: “%s”',
		(sentence, speaker) => {
			expect(findAttribution(sentence)?.speaker).toBe(speaker);
		}
	);

	it('leaves adverbs between the speaker and its verb out of the speaker', () => {
		expect(
			findAttribution('North Korea first acknowledged in late April that it had sent troops.')
				?.speaker
		).toBe('North Korea');
	});

	it('reads an estimate put at a number as a report', () => {
		expect(
			findAttribution('On Monday, Zelenskyy put North Korean losses at more than 3,000.')?.speaker
		).toBe('Zelenskyy');
		expect(findAttribution('The army put up a fence at the border.')).toBeUndefined();
	});

	it('reads an estimate put at a vague or quoted number, and a time "ago" before the speaker', () => {
		expect(
			findAttribution('On December 17, a US military official put casualties at “several hundred”.')
				?.speaker
		).toBe('a US military official');
		expect(findAttribution('A week ago Dmitry Peskov said there was no news.')?.speaker).toBe(
			'Dmitry Peskov'
		);
	});

	it('takes the sentence’s subject for a second verb, and leaves a day out of the speaker', () => {
		expect(
			findAttribution(
				'South Korean intelligence has more than tripled its estimate since April, and says 6,000 more will go.'
			)?.speaker
		).toBe('South Korean intelligence');
		expect(
			findAttribution(
				'North Korea on Monday acknowledged for the first time that it had sent troops.'
			)?.speaker
		).toBe('North Korea');
	});

	it.each([
		['A US official told CNN that 3,000 troops were moving.', 'A US official'],
		['“We have seen their papers,” he told NPR on Monday.', 'he'],
		['The first units would arrive on Wednesday, Budanov told The War Zone.', 'Budanov'],
	])('takes the outlet told as the addressee, not the speaker: “%s”', (sentence, speaker) => {
		expect(findAttribution(sentence)?.speaker).toBe(speaker);
	});
});

describe('findAttribution: the reporter is not the speaker (issue 25)', () => {
	it.each([
		[
			'About 3,000 North Korean troops have been killed, military experts said, according to Reuters.',
			'military experts',
			'said',
		],
		[
			'According to Lee, the NIS also said that Pyongyang was planning to send more troops.',
			'the NIS',
			'said',
		],
		[
			'He was reportedly killed in Kursk, Yonhap reported, citing a lawmaker.',
			'a lawmaker',
			'reported',
		],
		[
			'About 3,000 troops have been killed, a Ukrainian commander told Reuters.',
			'a Ukrainian commander',
			'told',
		],
		['According to the SBU, 3,000 troops were killed.', 'the SBU', 'according to'],
		['3,000 troops were killed, according to Reuters.', 'Reuters', 'according to'],
		['It pointed out that 12,000 troops had been sent.', 'It', 'pointed out'],
	])('%j → %j', (sentence, speaker, verb) => {
		const attribution = findAttribution(sentence);
		expect(attribution).toMatchObject({ speaker, verb });
		expect(sentence.slice(attribution!.verbIndex).toLowerCase().startsWith(verb)).toBe(true);
	});

	it('keeps an outlet that cites anonymous sources as the speaker, noting whom it cites', () => {
		expect(
			findAttribution(
				'South Korean media reported, citing anonymous sources, that troops had arrived.'
			)
		).toMatchObject({ speaker: 'South Korean media', citing: 'citing anonymous sources' });
	});
});

describe('findAttribution on awkward text (review of issue 25)', () => {
	it('takes no relative clause after an opening “According to X,” for a speaker', () => {
		expect(
			findAttribution('According to the report, which Kim said was accurate, 3,000 troops arrived.')
		).toMatchObject({ speaker: 'the report', verb: 'according to' });
	});

	it('reads a long unbroken word after “citing” or “according to” at once', () => {
		const started = performance.now();
		findAttribution(`Troops arrived, citing ${'a'.repeat(80)}1`);
		findAttribution(`Troops arrived, according to ${'a'.repeat(80)}1`);
		// Before: over a second for 40 letters, ten times longer for every ten more.
		expect(performance.now() - started).toBeLessThan(100);
	});
});
