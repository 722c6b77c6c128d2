import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/tools/ingest/extract/article.ts';
import { parseIngestArguments } from '../../../src/tools/ingest/ingest-arguments.ts';

describe('parseIngestArguments', () => {
	it('reads a file and every option', () => {
		expect(
			parseIngestArguments([
				'a.txt',
				'--out',
				'x',
				'--id',
				'a-b',
				'--url',
				'https://example.org/a',
				'--outlet',
				' The Guardian ',
				'--published',
				'2024-10-18T09:51:00-04:00',
				'--dry-run',
			])
		).toEqual({
			file: 'a.txt',
			options: {
				out: 'x',
				id: 'a-b',
				url: 'https://example.org/a',
				outlet: 'The Guardian',
				published: '2024-10-18T09:51:00-04:00',
			},
			dryRun: true,
			help: false,
		});
	});

	it('defaults the content folder to content/', () => {
		expect(parseIngestArguments(['a.txt']).options.out).toBe('content');
	});

	it('asks for help without a file', () => {
		expect(parseIngestArguments(['--help']).help).toBe(true);
	});

	it.each([
		[[], 'no article file given — run npm run ingest -- <file> [options]; see --help'],
		[
			['a.txt', 'b.txt'],
			'one article at a time, got 2 files — run npm run ingest -- <file> [options]; see --help',
		],
		[['a.txt', '--bogus'], "Unknown option '--bogus' — see npm run ingest -- --help"],
		[
			['a.txt', '--published', '18/10/2024'],
			'--published "18/10/2024" is not a time with its UTC offset — write it like 2024-10-18T09:51:00-04:00',
		],
		[
			['a.txt', '--published', '2024-10-18T09:51:00'],
			'--published "2024-10-18T09:51:00" is not a time with its UTC offset — write it like 2024-10-18T09:51:00-04:00',
		],
		[
			['a.txt', '--url', 'www.example.org'],
			'--url "www.example.org" is not an http(s) address — paste the article\'s address',
		],
		[
			['a.txt', '--id', 'My Id'],
			'--id "My Id" is not kebab-case — use lowercase words joined by hyphens',
		],
		[
			['a.txt', '--outlet', ' '],
			'--outlet is empty — name the publication, e.g. --outlet "The Guardian"',
		],
	])('rejects %j with a message that says what to do', (args, message) => {
		expect(() => parseIngestArguments(args)).toThrow(new IngestError(message));
	});
});
