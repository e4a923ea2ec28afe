// Cursor-paged lists: following nextCursor (to the end, to the page cap, never in a loop), the open work the queue and
// the officer's tasks ask for, and a snapshot that lags the pushes (the newer copy stays).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getAllTriageTickets } from '../src/features/hotline/api';
import { incidentsUrl } from '../src/features/incidents/api';
import { allPages, MAX_LIMIT, MAX_PAGES, readPages, type Page } from '../src/api/page';
import { saveSession } from '../src/api/session';
import { getAllWhistles } from '../src/features/whistles/api';
import type { Incident } from '../src/features/incidents/types';
import { IncidentQueue } from '../src/features/incidents/console/incidentQueue';
import { getOpenIncidents, IncidentStore } from '../src/features/incidents/incidentStore';
import { changedAfter } from '../src/shared/keyedStore';
import { LiveItems } from '../src/shared/liveItems';
import { Lookup } from '../src/shared/lookup';
import { incident, iso, T0 } from './fixtures';

const page = <T>(items: T[], nextCursor: string | null, asOf = iso(T0)): Page<T> => ({ items, nextCursor, asOf });

/** A list served page by page: the answer for each cursor asked (undefined: the first page). */
function served<T>(pages: Record<string, Page<T>>) {
  return vi.fn(async (cursor: string | undefined) => {
    const p = pages[cursor ?? ''];
    if (!p) throw new Error(`no page for cursor ${cursor}`);
    return p;
  });
}

/** Stubs fetch with a JSON answer per request; the requests' URLs are read back from the mock. */
function serveFetch(answer: (url: URL) => unknown) {
  const fetch = vi.fn(async (url: string) => Response.json(answer(new URL(url, 'http://console.test'))));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const urls = (fetch: ReturnType<typeof serveFetch>) => fetch.mock.calls.map((c) => new URL(String(c[0]), 'http://console.test'));

describe('following nextCursor', () => {
  it('passes each nextCursor on and stops at the page whose nextCursor is null', async () => {
    const fetchPage = served({
      '': page(['a', 'b'], 'c1', iso(T0 + 2000)),
      c1: page([], 'c2', iso(T0 + 1000)), // a short (here empty) page while more follow
      c2: page(['c'], null, iso(T0 + 3000)),
    });
    const all = await allPages(fetchPage);
    expect(fetchPage.mock.calls.map((c) => c[0])).toEqual([undefined, 'c1', 'c2']);
    expect(all.items).toEqual(['a', 'b', 'c']);
    expect(all.nextCursor).toBeNull();
    expect(all.asOf).toBe(iso(T0 + 1000)); // the earliest: what every item reflects at least
  });

  it('stops at the page cap on a list that never ends, and says where it stopped', async () => {
    let n = 0;
    const fetchPage = vi.fn(async () => page([n], `c${++n}`));
    const all = await allPages(fetchPage);
    expect(fetchPage).toHaveBeenCalledTimes(MAX_PAGES);
    expect(all.items).toHaveLength(MAX_PAGES);
    expect(all.nextCursor).toBe(`c${MAX_PAGES}`);
    expect(await allPages(vi.fn(async () => page([1], 'more')), 3).then((p) => p.items)).toHaveLength(2); // the same cursor again: stop
  });

  it('reads on from a cursor until enough items (a page may be short)', async () => {
    const fetchPage = served({ c1: page([1], 'c2'), c2: page([2, 3], 'c3'), c3: page([4], null) });
    const some = await readPages(fetchPage, { cursor: 'c1', enough: 3 });
    expect(fetchPage.mock.calls.map((c) => c[0])).toEqual(['c1', 'c2']);
    expect(some).toEqual(page([1, 2, 3], 'c3'));
  });
});

describe('the list calls', () => {
  beforeEach(() => saveSession({ accessToken: 'tok', role: 'zoneDispatcher', expiresAt: '2099-01-01T00:00:00Z' }));
  afterEach(() => vi.unstubAllGlobals());

  it('the queue asks for every open status, the longest pages, and follows nextCursor to the end', async () => {
    const fetch = serveFetch((url) =>
      url.searchParams.get('cursor') === 'p2' ? page([incident({ id: 'b' })], null) : page([incident({ id: 'a' })], 'p2'),
    );
    const open = await getOpenIncidents();
    expect(open.items.map((i) => i.id)).toEqual(['a', 'b']);
    const [first, second] = urls(fetch);
    expect(first!.pathname).toBe('/api/incidents');
    expect(first!.searchParams.get('status')).toBe('reported,registered,dispatched,acknowledged,onScene,handled,verified,parked');
    expect(first!.searchParams.get('limit')).toBe(String(MAX_LIMIT));
    expect(first!.searchParams.has('cursor')).toBe(false);
    expect(second!.searchParams.get('cursor')).toBe('p2');
    expect(second!.searchParams.get('status')).toBe(first!.searchParams.get('status'));
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('the queue offers no ended status to filter by (ended incidents are 历史’s)', () => {
    const queue = new IncidentQueue(new Lookup(null), (id) => id, () => undefined, () => undefined, false);
    const values = [...queue.toolbar.querySelectorAll<HTMLOptionElement>('#incident-filter option')].map((o) => o.value);
    expect(values[0]).toBe('open');
    expect(values).not.toContain('all');
    for (const ended of ['rejected', 'closed', 'evaluated']) expect(values).not.toContain(ended);
    expect(queue.matches(incident({ status: 'closed' }))).toBe(false);
  });

  it('leaves out empty filters and sends several statuses comma-separated', () => {
    const url = new URL(incidentsUrl({ status: ['closed', 'rejected'], townshipId: '', q: '占道' }, { cursor: 'x', limit: 50 }), 'http://console.test');
    expect([...url.searchParams.keys()]).toEqual(['status', 'q', 'cursor', 'limit']);
    expect(url.searchParams.get('status')).toBe('closed,rejected');
  });

  it('the whistle list and the triage queue read every page too', async () => {
    const fetch = serveFetch((url) => (url.searchParams.get('cursor') ? page([{ id: '2' }], null) : page([{ id: '1' }], 'n')));
    expect((await getAllWhistles({ townshipId: 'T01' })).items).toHaveLength(2);
    expect((await getAllTriageTickets()).items).toHaveLength(2);
    expect(urls(fetch).map((u) => `${u.pathname}?${u.searchParams}`)).toEqual([
      '/api/whistles?townshipId=T01&limit=200',
      '/api/whistles?townshipId=T01&cursor=n&limit=200',
      '/api/intake/hotline/triage?limit=200',
      '/api/intake/hotline/triage?cursor=n&limit=200',
    ]);
  });
});

describe('a snapshot that lags the pushes', () => {
  it('keeps the newer pushed copy over an older listed one, and what changed after asOf over its absence', async () => {
    let listed: Page<Incident> = page([], null);
    const items = new LiveItems(new IncidentStore(), {
      list: async () => listed,
      one: async (id) => incident({ id }),
      keep: changedAfter,
    });
    const store = items.store;
    // Pushed and refetched: a acknowledged at T0+5s; b made at T0+6s; c last changed at T0.
    store.upsert(incident({ id: 'a', status: 'acknowledged', updatedAt: iso(T0 + 5000) }));
    store.upsert(incident({ id: 'b', status: 'reported', updatedAt: iso(T0 + 6000) }));
    store.upsert(incident({ id: 'c', status: 'dispatched', updatedAt: iso(T0) }));
    // The list reflects changes up to T0+1s: a as it was (dispatched), no b yet, c no longer in scope.
    listed = page([incident({ id: 'a', status: 'dispatched', updatedAt: iso(T0) })], null, iso(T0 + 1000));
    await items.refresh(document.createElement('div'), '加载事件失败：');
    expect(store.get('a')?.status).toBe('acknowledged');
    expect(store.get('b')?.status).toBe('reported');
    expect(store.has('c')).toBe(false);
  });
});
