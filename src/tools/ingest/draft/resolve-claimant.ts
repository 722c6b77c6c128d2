import nlp from 'compromise';
import type { ClaimantKind } from '../../../core/claimants/claimant-kinds.ts';
import type { ClaimantRecord } from '../../../core/schemas/records.ts';
import { ClaimantSchema } from '../../../core/schemas/claimant.ts';
import { kebabCase } from '../../../core/ids/record-ids.ts';
import { findPlaces } from '../find/find-places.ts';
import { ROLE_WORD, TITLE_ABBREVIATIONS, UNNAMED_PEOPLE } from '../find/speakers/role-words.ts';
import { nameKey } from '../../../core/claimants/claimant-names.ts';
import { knownOutlet } from '../extract/outlet/known-outlets.ts';
import { matchClaimant } from './match-claimant.ts';

/**
 * Words that point back to a speaker named earlier, the kinds of claimant each means, and the kinds it may mean when
 * none of those was named ("the agency" after a draft claimant whose kind was only guessed).
 */
const REFERRING: Array<{
	pattern: RegExp;
	kinds: ClaimantKind[] | 'any';
	otherwise?: ClaimantKind[];
}> = [
	{
		pattern:
			/^(?:he|she|him|her|the (?:president|minister|official|spokesperson|spokesman|spokeswoman|secretary general))$/i,
		kinds: ['official'],
	},
	{
		pattern: /^the (?:agency|service|spy agency|intelligence agency)$/i,
		kinds: ['intelligence-agency'],
		otherwise: ['government', 'military', 'media'],
	},
	// "the aviation agency", "the statistics service": a body named by what it does, the last speaker named before it.
	// Lower case only: "the Palestinian Authority" and "the Security Service" are names, not references.
	{ pattern: /^[Tt]he \p{Ll}[\p{Ll}-]* (?:agency|service|authority|regulator)$/u, kinds: 'any' },
	{
		pattern: /^the (?:alliance|organisation|organization)$/i,
		kinds: ['international-organisation'],
	},
	{ pattern: /^the (?:ministry|government|administration)$/i, kinds: ['government'] },
	{ pattern: /^the (?:newspaper|paper|outlet|broadcaster)$/i, kinds: ['media'] },
	{ pattern: /^the (?:source|official source)$/i, kinds: ['anonymous-source'] },
	// A company, or a report standing for whoever wrote it, is the last speaker named before it.
	{
		pattern:
			/^(?:it|they|the (?:compan(?:y|ies)|firm|operator|owner|manager|report|study|statement|group|collective|military|army|office|mission))$/i,
		kinds: 'any',
	},
];

const PERSONAL_PRONOUN = /^(?:he|she|him|her)$/i;
const REFLEXIVE = /\s+(?:itself|themselves|himself|herself)\s*$/i;

/**
 * The name as the sentence writes it in full: compromise knows "Lee" as a person but not "Seong-kweun", so the
 * capitalised words that follow a name are part of it.
 */
function fullName(sentence: string, name: string): string {
	const at = sentence.indexOf(name);
	if (name === '' || at < 0) return name;
	const rest = /^(?:\s+\p{Lu}[\p{L}’'-]*)*/u.exec(sentence.slice(at + name.length))?.[0] ?? '';
	return `${name}${rest}`.replace(/[’']s$/u, '');
}

/** "the lawmaker", "the captured soldier": a person known by a role, whose last word is the role noun. */
const ROLE_NOUN = /^[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,})$/u;
/** Words for people the war stories name beside an office's (ROLE_WORD): "the soldier", "the prisoner". */
const PERSON_WORD = /^(?:soldier|prisoner|captive|fighter|defector|veteran|witness)s?$/i;
/** A sentence that opens with a name and says who they are: "Hichem Chkiouat, the civil aviation minister, …". */
const INTRODUCED_PERSON =
	/^((?:\p{Lu}[\p{L}’'-]+\s+){1,2}\p{Lu}[\p{L}’'-]+),\s+(who\s|(?:an?|the)\s[^,]{3,90})/u;
/** How many words either side of a name may give its role: "Rep. Lee Seong-kweun, a lawmaker on the committee". */
const ROLE_WINDOW = 5;

const SPEAKING_FOR =
	/^(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:spokes(?:person|man|woman)|representative)\s+(?:for|of)\s+(.+)$/u;

/**
 * Turns speaker phrases into claimants, in reading order, high-precision sieves first: "the agency" and "he" refer
 * back to the last speaker of their kind; a phrase that names a known claimant resolves to it; a phrase that names a
 * person, organisation, country or anonymous source becomes a new draft claimant. Anything else (a role with nobody
 * named before it, words around a verb) resolves to nobody: the speaker is unknown, never invented.
 */
export function createClaimantResolver(
	known: readonly ClaimantRecord[],
	outlet?: string,
	/** Words the article writes capitalised inside its sentences and never in lower case: its names. */
	properNouns: ReadonlySet<string> = new Set()
) {
	const claimants = [...known];
	const created: ClaimantRecord[] = [];
	const mentioned: ClaimantRecord[] = [];
	// The sentence each claimant was last a speaker in, counted by `notice`.
	const mentionedIn = new Map<ClaimantRecord, number>();
	// People the article has named so far, newest last, each with the words around their name and its sentence.
	const named: Array<{ name: string; context: string[]; sentence: number }> = [];
	// Bodies the article has named so far, newest last, each with the words of its name and of what it is said to be.
	const bodies: Array<{ name: string; words: string[] }> = [];
	let sentences = 0;
	return {
		/**
		 * Takes note of the people a sentence names ("lawmaker Lee Seong-kweun", "Kim, a North Korean soldier"), for
		 * a role noun after it to point back to: "the lawmaker said" is Lee.
		 */
		notice(sentence: string): void {
			sentences += 1;
			const words = sentence.toLowerCase().split(/[^\p{L}-]+/u);
			const people = (nlp(sentence).people().json() as Array<{ text: string }>).map(
				(person) => person.text
			);
			// "Tamer Ramadan, who heads …": a name compromise does not know is a person's all the same.
			const [, introduced, description = ''] = INTRODUCED_PERSON.exec(sentence) ?? [];
			const saysWho =
				/^who\s/.test(description) ||
				ROLE_WORD.test(description) ||
				UNNAMED_PEOPLE.test(description.split(/\s+(?:of|for|in|from|at|who)\s/)[0]!);
			if (
				introduced !== undefined &&
				saysWho &&
				!people.some((person) => introduced.includes(person))
			)
				people.push(introduced);
			for (const person of people) {
				const name = fullName(
					sentence,
					person
						.replace(/[,.;:]+$/u, '')
						.replace(/['’]s$/u, '')
						.trim()
				);
				const first = words.indexOf(name.split(/\s+/)[0]!.toLowerCase());
				if (name === '' || first < 0) continue;
				named.push({
					name,
					context: words.slice(Math.max(0, first - ROLE_WINDOW), first + ROLE_WINDOW + 1),
					sentence: sentences,
				});
			}
			bodies.push(...namedBodies(sentence, properNouns));
		},
		/**
		 * The claimant a speaker phrase names; undefined for a phrase that names nobody, or a pronoun with nobody to
		 * refer to. `kind` overrides the guess for a new one; `setApart` says the page itself sets the phrase apart as
		 * a speaker (a transcript's "ZELENSKYY:", whom a report is "citing"), so it names someone however it is spelt.
		 */
		resolve(
			phrase: string,
			kind?: ClaimantKind,
			{ setApart = false }: { setApart?: boolean } = {}
		): ClaimantRecord | undefined {
			// "JNIM itself" is JNIM.
			if (REFLEXIVE.test(phrase))
				return this.resolve(phrase.replace(REFLEXIVE, ''), kind, { setApart });
			// "the same ministry" is "the ministry", and so is "its ministry" or "his government": the body of one named before.
			if (/^(?:the same|his|her|its|their)\s/i.test(phrase.trim()))
				return this.resolve(
					phrase.trim().replace(/^(?:the same|his|her|its|their)\s+/i, 'the '),
					kind,
					{
						setApart,
					}
				);
			// An article's "we" is its outlet, speaking in its own voice ("we estimate together with Meduza").
			if (!setApart && /^we$/i.test(phrase.trim()) && outlet !== undefined)
				return this.resolve(outlet, 'media');
			// An unnamed spokesperson speaks for the body named after them: "a spokesperson for the agency" is the agency.
			const body = SPEAKING_FOR.exec(phrase.trim())?.[1];
			if (body !== undefined) return this.resolve(body, undefined, { setApart });
			// "the lawmaker": the latest person named with that role beside their name.
			// Only a word for a person: "the agency" or "the newspaper" refers back to a speaker of that kind instead.
			const role = isReferring(phrase) ? undefined : ROLE_NOUN.exec(phrase.trim())?.[1];
			const person =
				role &&
				(ROLE_WORD.test(role) || PERSON_WORD.test(role)) &&
				named.findLast(({ context }) => context.includes(role));
			if (person) return this.resolve(person.name, undefined, { setApart });
			// "He said" after a sentence that names a person who was not speaking: the pronoun is that person
			// ("That's Petr Fiala, speaking to reporters. He said …"), not the last speaker before.
			const namedBefore = PERSONAL_PRONOUN.test(phrase.trim()) ? latestNamedPerson() : undefined;
			if (namedBefore) return this.resolve(namedBefore, undefined, { setApart });
			// An article names its own outlet only when it speaks for itself: "it said" is someone it reports.
			const referred = referredTo(
				phrase,
				mentioned.filter((claimant) => !isOutlet(claimant.data.name))
			);
			const matched = referred ? undefined : matchClaimant(phrase, claimants);
			if (matched) recordAlias(matched, phrase);
			// "The bank said" after "Keremet Bank responded": the latest body whose name or description has that noun.
			const head = referred || matched ? undefined : ROLE_NOUN.exec(phrase.trim())?.[1];
			const namedBody =
				head !== undefined && !ROLE_WORD.test(head) && !PERSON_WORD.test(head)
					? bodies.findLast(({ words }) => words.includes(head))
					: undefined;
			if (namedBody) return this.resolve(namedBody.name, undefined, { setApart });
			const claimant =
				referred ??
				matched ??
				(isReferring(phrase) || !(setApart || isOutlet(phrase) || namesSomeone(phrase, properNouns))
					? undefined
					: create(phrase, kind));
			if (claimant) {
				mentioned.push(claimant);
				mentionedIn.set(claimant, sentences);
			}
			return claimant;
		},
		/** The draft claimants made so far. */
		created: (): readonly ClaimantRecord[] => created,
	};

	/**
	 * The person named last by first and last name, when named in a later sentence than the one the last speaker a
	 * pronoun could mean spoke in ("Peskov, Putin's spokesman, said …" keeps "he" for Peskov).
	 */
	function latestNamedPerson(): string | undefined {
		const person = named.at(-1);
		if (!person || !/\s/.test(person.name)) return undefined;
		const lastOfficial = mentioned.findLast((claimant) => claimant.data.kind === 'official');
		// A speaker is resolved before its sentence is noticed: its sentence is the count then, plus one.
		const spokeIn = lastOfficial ? (mentionedIn.get(lastOfficial) ?? 0) + 1 : 0;
		return person.sentence > spokeIn ? person.name : undefined;
	}

	/** Another name this article uses for a claimant it created ("Zelenskiy" after "Volodymyr Zelenskiy") becomes an alias. */
	function recordAlias(claimant: ClaimantRecord, phrase: string): void {
		if (!created.includes(claimant) || !isName(phrase)) return;
		const alias = phrase.trim().replace(/^the\s+/i, '');
		const keys = [claimant.data.name, claimant.data.shortName, ...claimant.data.aliases].map(
			nameKey
		);
		if (!keys.includes(nameKey(alias))) claimant.data.aliases.push(alias);
	}

	/** The outlet's own name, as the page gives it: a name whatever its spelling ("ukrinform"). */
	function isOutlet(phrase: string): boolean {
		return outlet !== undefined && sameName(phrase, outlet);
	}

	function create(phrase: string, kind: ClaimantKind | undefined): ClaimantRecord {
		// The outlet speaking of itself ("The Guardian earlier revealed") is the outlet, by the name it goes by.
		const own = isOutlet(phrase);
		const draft = newDraftClaimant(
			own ? outlet! : phrase,
			claimants.map((claimant) => claimant.id),
			own ? 'media' : kind
		);
		claimants.push(draft);
		created.push(draft);
		return draft;
	}
}

/**
 * Whether a speaker phrase names someone a claimant can be made of: a person, organisation or place compromise
 * recognises, a proper noun or acronym, a capitalised word after the first (the first is capitalised anyway) or one
 * the article itself treats as a name ("Peskov"), a known outlet ("Reuters"), or an anonymous source ("a senior
 * official", "sources"), which the site records as such. "As he", "it has been", "the company", "Statement" and
 * "the soldier" name nobody.
 */
function namesSomeone(phrase: string, properNouns: ReadonlySet<string>): boolean {
	const words = phrase.trim().split(/\s+/);
	if (words.slice(1).some((word) => /^\p{Lu}/u.test(word))) return true;
	if (words.some((word) => properNouns.has(bareWord(word)))) return true;
	// "UNICEF", "OCHA": an acronym names a body, though compromise tags few of them.
	if (words.some((word) => /^\p{Lu}{2,}[\p{Lu}\p{N}-]*$/u.test(bareWord(word)))) return true;
	if (knownOutlet(phrase) !== undefined) return true;
	if (
		/\b(?:sources?|officials?|diplomats?|people familiar|authorities|experts|analysts|researchers)\b/i.test(
			phrase
		)
	)
		return true;
	const text = nlp(phrase);
	if (isGroupOfPeople(text) || isUnnamedPerson(phrase, text)) return true;
	// "the health ministry in the besieged enclave", "state television": a body described by what it does.
	if (DESCRIBED_BODY.test(phrase.trim())) return true;
	// "residents", "a volunteer": not "the volunteer", who is someone named before.
	if (UNNAMED_PEOPLE.test(phrase) && !/^the\s/i.test(phrase.trim())) return true;
	return (
		text.people().length > 0 ||
		text.organizations().length > 0 ||
		text.places().length > 0 ||
		text.match('(#ProperNoun|#Acronym)').found
	);
}

/**
 * "Analysts", "Three survivors", "Several former separatist commanders": people compromise knows by what they do, in
 * the plural. An unnamed group is a source the site records as such, as it does "sources" and "officials".
 */
function isGroupOfPeople(text: ReturnType<typeof nlp>): boolean {
	const terms = termTags(text);
	const head = new Set(terms.at(-1) ?? []);
	return (
		terms.length <= GROUP_WORDS &&
		head.has('Plural') &&
		head.has('Actor') &&
		terms.every((tags) => !tags.includes('Verb'))
	);
}

/** The tags compromise gives each word of a phrase, in order (its JSON output is untyped). */
function termTags(text: ReturnType<typeof nlp>): string[][] {
	const [sentence] = text.json() as Array<{ terms?: Array<{ tags?: string[] }> }>;
	return (sentence?.terms ?? []).map((term) => term.tags ?? []);
}

const GROUP_WORDS = 5;

/**
 * A public body named by a description with at least one word before its kind ("the maritime prefecture", "state
 * television", "the health ministry in …"); "the ministry" alone points back to one named before.
 */
const DESCRIBED_BODY =
	/^(?:the\s+)?(?:[\p{L}-]+\s+){1,3}(?:ministry|prefecture|police|coastguard|coast guard|army|navy|military|television|radio|broadcaster|government|administration|authorit(?:y|ies)|council|court|parliament|commission|committee|ombudsman|prosecutor'?s office|prosecutors?)(?:\s+(?:in|of|for|at)\s+.+)?$/iu;

/**
 * "A volunteer", "a local resident": one person the article does not name, a source the site records as such. Not an
 * office ("a lawmaker", "a spokesperson"): someone holding it passes on what their office says.
 */
function isUnnamedPerson(phrase: string, text: ReturnType<typeof nlp>): boolean {
	const words = /^(?:[Aa]n?|[Oo]ne)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}+)$/u.exec(phrase.trim());
	if (!words || ROLE_WORD.test(words[1]!)) return false;
	const head = new Set(termTags(text).at(-1) ?? []);
	return head.has('Actor') && head.has('Singular');
}

/**
 * The article's names, read from how it writes them: a word capitalised where a sentence does not start, and never
 * written in lower case ("Peskov", "Yonhap"; not "Statement", which it also writes as "the statement").
 */
export function articleProperNouns(sentences: readonly string[]): Set<string> {
	const capitalised = new Set<string>();
	const opening = new Set<string>();
	const lower = new Set<string>();
	for (const sentence of sentences)
		sentence
			.split(/\s+/)
			.map(bareWord)
			.forEach((word, position) => {
				if (/^\p{Ll}/u.test(word)) lower.add(word.toLowerCase());
				else if (position > 0 && /^\p{Lu}\p{Ll}/u.test(word)) capitalised.add(word);
				else if (position === 0 && /^\p{Lu}/u.test(word)) opening.add(word);
			});
	// A word seen only opening sentences is a name when compromise reads it as a singular noun ("Lukoil said",
	// "Kigali denies"), not a determiner, number, verb or a plural such as "Analysts".
	const openingNames = [...opening].filter((word) => {
		const tags = new Set(termTags(nlp(word))[0] ?? []);
		return tags.has('Singular') && !tags.has('Pronoun') && !tags.has('Determiner');
	});
	return new Set(
		[...capitalised, ...openingNames].filter((word) => !lower.has(word.toLowerCase()))
	);
}

/** Words that join the capitalised words of one name: "Observatory for Human Rights". */
const NAME_JOINER = /^(?:of|for|and|on|de|al)$/;
/** How many words of an appositive after a name may say what it is: ", a UK-based war monitor with …". */
const DESCRIPTION_WINDOW = 6;

/**
 * The bodies a sentence names: runs of capitalised words that start with one of the article's names ("Keremet Bank",
 * "Syrian Observatory for Human Rights"), each with the lower-cased words of its name and of the description after
 * it, for "the bank" or "the monitor" to point back to.
 */
function namedBodies(
	sentence: string,
	properNouns: ReadonlySet<string>
): Array<{ name: string; words: string[] }> {
	const tokens = sentence.split(/\s+/);
	const found: Array<{ name: string; words: string[] }> = [];
	for (let start = 0; start < tokens.length; start++) {
		if (!properNouns.has(bareWord(tokens[start]!))) continue;
		let end = start + 1;
		// A name goes on through capitalised words and joiners between them, and stops after a comma or possessive.
		while (
			end < tokens.length &&
			!/[,;:.’']\p{L}?$/u.test(tokens[end - 1]!) &&
			(/^\p{Lu}/u.test(tokens[end]!) ||
				(NAME_JOINER.test(tokens[end]!) && /^\p{Lu}/u.test(tokens[end + 1] ?? '')))
		)
			end++;
		if (end - start < 2) continue;
		const name = tokens.slice(start, end).map(bareWord).join(' ');
		// Only an appositive describes the name: "Smith told the newspaper" does not make Smith a newspaper.
		const described = tokens[end - 1]!.endsWith(',') ? DESCRIPTION_WINDOW : 0;
		const words = tokens.slice(start, end + described).map((word) => bareWord(word).toLowerCase());
		found.push({ name, words });
		start = end - 1;
	}
	return found;
}

/** A word without the punctuation and possessive around it: "Peskov’s," → "Peskov". */
export function bareWord(word: string): string {
	return word.replace(/^[^\p{L}]+|(?:['’]s)?[^\p{L}]*$/gu, '');
}

function sameName(a: string, b: string): boolean {
	const bare = (text: string) =>
		text
			.trim()
			.toLowerCase()
			.replace(/^the\s+/, '');
	return bare(a) === bare(b);
}

function isReferring(phrase: string): boolean {
	return REFERRING.some(({ pattern }) => pattern.test(phrase.trim()));
}

function referredTo(
	phrase: string,
	mentioned: readonly ClaimantRecord[]
): ClaimantRecord | undefined {
	const rule = REFERRING.find(({ pattern }) => pattern.test(phrase.trim()));
	if (!rule) return undefined;
	const { kinds, otherwise = [] } = rule;
	return (
		mentioned.findLast((claimant) => kinds === 'any' || kinds.includes(claimant.data.kind)) ??
		mentioned.findLast((claimant) => claimant.data.draft && otherwise.includes(claimant.data.kind))
	);
}

/** A draft claimant from a speaker phrase: "the Pentagon's press secretary, Pat Ryder" → "Pat Ryder", an official (a named person). */
function newDraftClaimant(
	phrase: string,
	takenIds: readonly string[],
	kind: ClaimantKind | undefined
): ClaimantRecord {
	// A name given as it is ("The Guardian" for the outlet) keeps its article; a description drops it.
	const words = (kind ? phrase.trim() : phrase.replace(/^(?:the|a|an)\s+/i, '').trim()).replace(
		LEADING_TITLES,
		''
	);
	// An appositive names the person: "the Pentagon's press secretary, Pat Ryder" or "Dmitry Peskov, Putin's
	// spokesman"; so does a title before the name: "HUR chief Kyrylo Budanov".
	const appositive = ROLE_THEN_NAME.exec(words) ?? nameThenRole(words) ?? titledName(words);
	// "eKathimerini" keeps its lower-case first letter: a capital inside the word says the name is written so.
	const name = appositive
		? appositive[2]
		: /^\p{Ll}+\p{Lu}/u.test(words)
			? words
			: words.charAt(0).toUpperCase() + words.slice(1);
	// "the National Intelligence Service (NIS)" is known by its acronym.
	const acronym = /\(([\p{Lu}]{2,})\)$/u.exec(name)?.[1];
	const role = appositive
		? appositive[1].charAt(0).toUpperCase() + appositive[1].slice(1)
		: undefined;
	const base = kebabCase(acronym ?? name) || 'unnamed-claimant';
	let id = base;
	for (let suffix = 2; takenIds.includes(id); suffix++) id = `${base}-${suffix}`;
	const data = ClaimantSchema.parse({
		name,
		shortName: acronym ?? name,
		kind: kind ?? (appositive ? 'official' : guessKind(words)),
		...(role ? { role } : {}),
		draft: true,
	});
	return { id, data };
}

// A word of a person's name, with the particle some keep in lower case: "al-Houthi", "van Dyke".
const PERSON_NAME_WORD =
	"(?:(?:al|el|ad|bin|ibn|abu|van|von|de|der|da|du|la|le)[- ])?\\p{Lu}[\\p{L}’'-]+";
/** "the Pentagon's press secretary, Pat Ryder", "A senior Houthi official, Mohammed Ali al-Houthi". */
const ROLE_THEN_NAME = new RegExp(
	`^(.+?),\\s*(${PERSON_NAME_WORD}(?:\\s+${PERSON_NAME_WORD})+),?$`,
	'u'
);

// "Gen. Valery Gerasimov", "Rep. Lee Seong-kweun": a rank or title abbreviation is not part of the name.
const LEADING_TITLES = new RegExp(`^(?:(?:${TITLE_ABBREVIATIONS})\\.?\\s+)+(?=\\p{Lu})`, 'u');

/** "Dmitry Peskov, Putin's spokesman" → [, "Putin's spokesman", "Dmitry Peskov"]: a name, then its role. */
function nameThenRole(words: string): [string, string, string] | undefined {
	const match =
		/^([\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+){1,2}),\s*(?:the\s+|a\s+|an\s+)?(.+)$/u.exec(
			words
		);
	if (!match || !ROLE_WORD.test(match[2]!)) return undefined;
	return [words, match[2]!, match[1]!];
}

/** "HUR chief Kyrylo Budanov" → [, "HUR chief", "Kyrylo Budanov"]: a name of two or three words after a title with a role word. */
function titledName(words: string): [string, string, string] | undefined {
	const tokens = words.split(/\s+/);
	let start = tokens.length;
	while (
		start > 0 &&
		tokens.length - start < 3 &&
		/^\p{Lu}[\p{Ll}’'-]+$/u.test(tokens[start - 1]!) &&
		!ROLE_WORD.test(tokens[start - 1]!) &&
		!/^(?:of|for)$/i.test(tokens[start - 2] ?? '')
	)
		start--;
	const title = tokens.slice(0, start).join(' ');
	if (tokens.length - start < 2 || !ROLE_WORD.test(title)) return undefined;
	return [words, title, tokens.slice(start).join(' ')];
}

/** A phrase that names someone, not a pronoun or a description: "Budanov", "the NIS", "Ukraine's military intelligence". */
function isName(phrase: string): boolean {
	const bare = phrase.trim().replace(/^the\s+/i, '');
	return /^\p{Lu}/u.test(bare) && bare.split(/\s+/).length <= 6 && !isReferring(phrase);
}

function guessKind(words: string): ClaimantKind {
	const text = words.toLowerCase();
	// A country speaking ("Russia has denied") is its government.
	if (findPlaces(words).join(' ') === words && words !== '') return 'government';
	if (/\bintelligence\b/.test(text)) return 'intelligence-agency';
	// An acronym ("KPIA") names an organisation, not a person; which kind, the editor decides.
	if (/^\p{Lu}{2,6}$/u.test(words.trim())) return 'government';
	if (
		/\b(?:source|sources|official said on condition)\b/.test(text) ||
		isGroupOfPeople(nlp(words)) ||
		UNNAMED_PEOPLE.test(words)
	)
		return 'anonymous-source';
	if (/\b(?:media|newspaper|agency reported|television|tv|radio|outlet|news)\b/.test(text))
		return 'media';
	if (
		/\b(?:army|military|forces|command|general staff|defence ministry|defense ministry)\b/.test(
			text
		)
	)
		return 'military';
	if (/\b(?:nato|united nations|un|eu|european union|alliance)\b/.test(text))
		return 'international-organisation';
	if (
		/\b(?:ministry|government|kremlin|white house|pentagon|department|office|authorities)\b/.test(
			text
		)
	)
		return 'government';
	return 'official';
}
