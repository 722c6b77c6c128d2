/** One line of the input file with its 1-based line number, so errors can point at it. */
export interface NumberedLine {
	text: string;
	number: number;
}
