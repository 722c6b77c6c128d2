/**
 * A time expression in a sentence, resolved to EDTF against the article's publication time. `text` is the
 * exact substring at `index`; it starts with the preposition that belongs to the expression when there is
 * one ("on Friday", "In June", "in the past week", "since 2019", "between 8 and 13 October") and otherwise
 * with the expression itself ("last week", "a day after"), and never ends in punctuation.
 */
export interface DateExpression {
	text: string;
	index: number;
	edtf: string;
}
