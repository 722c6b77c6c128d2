/**
 * The admin's preview of a claim, laid out as the claim page leads: title, statement, the verdict in its colours,
 * then the status history and evidence, in the site's own stylesheet. It renders with the React that Sveltia CMS
 * carries (`window.h`), as its preview templates must.
 */
import { toFuzzyDate } from '../core/dates/fuzzy-date.ts';
import { formatFuzzyDate } from '../core/dates/format-fuzzy-date.ts';
import { STATUSES, type Status } from '../core/statuses/statuses.ts';
import {
	VERDICT_DEFINITIONS,
	verdictLabel,
	type VerdictKey,
} from '../core/statuses/verdict-keys.ts';

type Element = unknown;
type CreateElement = (
	type: string,
	props: Record<string, unknown> | null,
	...children: unknown[]
) => Element;

interface PreviewProps {
	entry: {
		toJS?: () => { data?: Record<string, unknown> };
		get: (key: string) => { toJS?: () => unknown } | undefined;
	};
	widgetFor: (name: string) => Element;
}

/** A status change or an evidence entry, as the form holds it while it is typed. */
interface Change {
	date?: string;
	status?: string;
	bearing?: string;
	note?: string;
	source?: string;
}

/** A date as the site shows it, or the text as typed while it is not a valid EDTF date yet. */
function readableDate(edtf: string | undefined): string {
	if (!edtf) return '';
	try {
		return formatFuzzyDate(toFuzzyDate(edtf)).label;
	} catch {
		return edtf;
	}
}

/** A form value as text: what has been typed so far, or nothing. */
function text(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

function verdictKey(status: unknown): VerdictKey {
	return STATUSES.includes(status as Status) ? (status as Status) : 'not-rated';
}

function fieldsOf(props: PreviewProps): Record<string, unknown> {
	const data = props.entry.get('data');
	return ((data?.toJS ? data.toJS() : data) ?? {}) as Record<string, unknown>;
}

/** The preview component for the claims and opinions forms. */
export function claimPreview(h: CreateElement) {
	const badge = (key: VerdictKey, large = false) =>
		h(
			'span',
			{
				className: `status status--${key}${large ? ' status--large' : ''}`,
				title: VERDICT_DEFINITIONS[key],
			},
			verdictLabel(key)
		);
	/** A section of dated entries, each its date, what kind of entry it is, and its note; nothing when empty. */
	const datedList = (
		heading: string,
		list: 'ol' | 'ul',
		entries: readonly Change[],
		kindOf: (entry: Change) => unknown[]
	) =>
		entries.length === 0
			? null
			: h(
					'section',
					null,
					h('h2', null, heading),
					h(
						list,
						null,
						...entries.map((entry) =>
							h(
								'li',
								null,
								h('strong', null, readableDate(entry.date)),
								' ',
								...kindOf(entry),
								' ',
								entry.note ?? ''
							)
						)
					)
				);
	return (props: PreviewProps) => {
		const data = fieldsOf(props);
		const history = (data['statusHistory'] as Change[] | undefined) ?? [];
		const evidence = (data['evidence'] as Change[] | undefined) ?? [];
		const key = verdictKey(data['status']);
		const last = history.at(-1);
		return h(
			'main',
			null,
			h('h1', null, text(data['title'])),
			h('p', { className: 'lede' }, text(data['statement'])),
			h(
				'section',
				{ className: `verdict verdict--${key}` },
				h('h2', { className: 'verdict__label' }, 'Verdict'),
				h(
					'p',
					{ className: 'verdict__status' },
					badge(key, true),
					last?.date
						? h('span', { className: 'verdict__since' }, `since ${readableDate(last.date)}`)
						: null
				),
				h(
					'p',
					{ className: 'verdict__why' },
					key === 'not-rated' ? text(data['whyNotRated']) : (last?.note ?? '')
				),
				h(
					'p',
					{ className: 'verdict__meta' },
					`Claimed by ${text(data['claimant']) || '…'}, ${readableDate(data['claimed'] as string | undefined)}`
				)
			),
			datedList('Status history', 'ol', history, (change) => [badge(verdictKey(change.status))]),
			datedList('Evidence', 'ul', evidence, (entry) => [`(${entry.bearing ?? ''})`]),
			props.widgetFor('body')
		);
	};
}
