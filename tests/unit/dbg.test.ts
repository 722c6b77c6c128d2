import { it } from 'vitest';
import { draftsOf } from './support/drafting.ts';
import { findAttribution } from '../../src/lib/ingest/find/speakers/find-attribution.ts';
it('x', () => {
	console.log(
		JSON.stringify(findAttribution('The NIS did not immediately confirm these reports.'))
	);
	console.log(
		JSON.stringify(
			draftsOf([
				'Additionally, South Korean media said on Friday, citing anonymous sources, that Pyongyang had decided to dispatch a total of 12,000 troops, formed into four brigades, to Russia. The NIS did not immediately confirm these reports.',
			]).claims.map((c) => c.frontmatter.sources.map((q) => q.quote))
		)
	);
});
