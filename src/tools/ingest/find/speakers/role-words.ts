/** Words naming an office or function: what an appositive or a title before a name is made of ("HUR chief", "Ukraine’s president"). */
export const ROLE_WORD =
	/\b(?:president|prime minister|minister|secretary|spokes(?:man|woman|person)|chief|head|director|commander|leader|ambassador|lawmaker|official|general|envoy|adviser|advisor|deputy|press|analyst|researcher|expert|officer|representative|mayor|governor|chairman|chair|commissioner|prosecutor|ombuds(?:man|person)|chancellor|diplomat|coordinator|administrator|inspector)\b/i;

/** Ranks and titles written shortened before a name: "Rep. Lee", "Gen. Valery Gerasimov", "Dr Smith". */
export const TITLE_ABBREVIATIONS = 'Rep|Sen|Gen|Maj|Lt|Col|Capt|Adm|Sgt|Gov|Dr|Mr|Mrs|Ms|Prof';

/**
 * Words for people an article quotes without naming them, beside those compromise knows as actors: "residents said",
 * "a volunteer said", "aid agencies say". Each is a source the site records as such.
 */
export const UNNAMED_PEOPLE =
	/\b(?:residents?|locals?|villagers?|volunteers?|witness(?:es)?|survivors?|relatives?|medics?|rescuers?|activists?|aid (?:agenc(?:y|ies)|workers?|groups?)|humanitarian (?:agenc(?:y|ies)|groups?))$/i;
