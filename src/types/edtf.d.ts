/** The slice of the untyped `edtf` package this project uses: its parser's plain-object output. */
declare module 'edtf' {
	export interface ParsedEdtf {
		type: 'Date' | 'Year' | 'Season' | 'Interval' | 'Set' | 'List' | 'Century' | 'Decade';
		level: number;
		values: Array<number | ParsedEdtf | null>;
		approximate?: boolean;
		uncertain?: boolean;
		unspecified?: number;
		offset?: number;
	}
	export function parse(input: string, constraints?: { level?: number }): ParsedEdtf;
}
