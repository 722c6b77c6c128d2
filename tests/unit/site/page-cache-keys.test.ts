import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/lib/site/site-index.ts';
import { PAGE_CACHE_KEYS } from '../../../src/lib/site/page-cache-keys.ts';
import { claimantRecord, claimRecord, placeRecord, sourceRecord } from '../support/records.ts';

const russia = placeRecord('russia', { kind: 'country', location: { country: 'RU' } });
const farEast = placeRecord('eastern-russia', { kind: 'region', location: { within: 'russia' } });
const sergeevka = placeRecord('sergeevka', {
	kind: 'facility',
	location: { within: 'eastern-russia' },
});
const kursk = placeRecord('kursk', { location: { geonames: 538560 } });

function keys(places = [russia, farEast, sergeevka, kursk], title = 'Training at Sergeevka') {
	const index = buildSiteIndex(
		[
			claimRecord('training', { title, places: ['sergeevka'] }),
			claimRecord('elsewhere', { places: ['kursk'] }),
		],
		[claimantRecord('nis')],
		[sourceRecord('guardian')],
		places
	);
	return {
		claim: PAGE_CACHE_KEYS.claim(index, index.claim('training')),
		place: PAGE_CACHE_KEYS.place(index, index.place('sergeevka')),
	};
}

const renamed = (record: typeof russia, en: string) => ({
	...record,
	data: { ...record.data, names: { ...record.data.names, en } },
});

describe('page cache keys and places', () => {
	const before = keys();

	it('re-render a claim page when a place it names, or any place that one lies within, changes', () => {
		expect(keys([russia, farEast, renamed(sergeevka, 'Sergeevka range'), kursk]).claim).not.toBe(
			before.claim
		);
		expect(keys([renamed(russia, 'Russian Federation'), farEast, sergeevka, kursk]).claim).not.toBe(
			before.claim
		);
	});

	it('keep a claim page when only a place it does not name changes', () => {
		expect(keys([russia, farEast, sergeevka, renamed(kursk, 'Kursk city')]).claim).toBe(
			before.claim
		);
	});

	it('re-render a place page when a claim naming it changes', () => {
		expect(keys(undefined, 'Training at the Sergeevka range').place).not.toBe(before.place);
		expect(keys().place).toBe(before.place);
	});
});
