/** Words naming an office or function: what an appositive or a title before a name is made of ("HUR chief", "Ukraine’s president"). */
export const ROLE_WORD =
	/\b(?:president|prime minister|minister|secretary|spokes(?:man|woman|person)|chief|head|director|commander|leader|ambassador|lawmaker|official|general|envoy|adviser|advisor|deputy|press|analyst|researcher|expert|officer|representative|mayor|governor|chairman|chair)\b/i;

/** Ranks and titles written shortened before a name: "Rep. Lee", "Gen. Valery Gerasimov", "Dr Smith". */
export const TITLE_ABBREVIATIONS = 'Rep|Sen|Gen|Maj|Lt|Col|Capt|Adm|Sgt|Gov|Dr|Mr|Mrs|Ms|Prof';
