// 历史 (the 事件 tab's ended incidents): the query the filters make, the pages appended on 加载更多 and the button gone on
// the last page, 数据截至, the empty and refused answers, a click opening the incident, and a newer copy the console
// holds winning over the listed one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Page } from '../src/api/page';
import { saveSession } from '../src/api/session';
import type { County } from '../src/api/types';
import type { Incident } from '../src/features/incidents/types';
import { appendPage, historyQuery, nextDay, NO_FILTERS } from '../src/features/incidents/console/historyQuery';
import { IncidentHistory } from '../src/features/incidents/console/incidentHistory';
import { Lookup } from '../src/shared/lookup';
import { incident, iso, T0 } from './fixtures';

const outline = { type: 'Polygon', coordinates: [] };
const county: County = {
  id: 'C1',
  name: '演示县',
  center: { lat: 28.45, lon: 119.92 },
  zones: [{ id: 'Z1', name: '城区片区', townshipIds: ['T01', 'T02'] }],
  townships: [
    { id: 'T01', name: '城东街道', zoneId: 'Z1', outline },
    { id: 'T02', name: '城西街道', zoneId: 'Z1', outline },
  ],
  grids: [],
  departments: [
    { id: 'scjg', name: '市场监督管理局', shortName: '市场监管' },
    { id: 'zhzf', name: '综合行政执法局', shortName: '综合执法' },
  ],
};

function lookup(): Lookup {
  const l = new Lookup(county);
  l.setCategories([{ id: 'street-vending', name: '占道经营', departmentId: 'zhzf', qualification: null, defaultPriority: 'normal', deadlines: null }]);
  return l;
}

const ended = (id: string, extra: Partial<Incident> = {}) =>
  incident({ id, status: 'closed', category: 'street-vending', departmentId: 'zhzf', townshipId: 'T01', availableActions: [], ...extra });
const page = (items: Incident[], nextCursor: string | null, asOf = iso(T0)): Page<Incident> => ({ items, nextCursor, asOf });

/** Stubs fetch: one answer per request in turn (a Response for a refusal); the URLs asked are read back. */
function serve(...answers: (Page<Incident> | Response)[]) {
  const fetch = vi.fn(async () => {
    const a = answers.shift();
    if (!a) throw new Error('no more answers');
    return a instanceof Response ? a : Response.json(a);
  });
  vi.stubGlobal('fetch', fetch);
  return {
    fetch,
    urls: () => fetch.mock.calls.map((c) => new URL(String((c as unknown[])[0]), 'http://console.test')),
  };
}

function view(latest: (id: string) => Incident | undefined = () => undefined) {
  const onPick = vi.fn();
  const history = new IncidentHistory({ lookup: lookup(), onPick, latest });
  document.body.replaceChildren(history.el);
  const $ = <T extends HTMLElement>(sel: string) => history.el.querySelector<T>(sel)!;
  const rows = () => [...history.el.querySelectorAll<HTMLElement>('.history-row')].map((r) => r.dataset.id);
  return { history, onPick, $, rows };
}

describe('历史 query', () => {
  it('asks for the ended statuses ticked, or all three when none is', () => {
    expect(historyQuery(NO_FILTERS)).toEqual({
      query: { status: ['rejected', 'closed', 'evaluated'], townshipId: '', departmentId: '', category: '', from: '', to: '', q: '' },
    });
    const q = historyQuery({ ...NO_FILTERS, statuses: ['evaluated', 'rejected'], from: '2025-11-01', to: '2025-11-30', q: '  摊贩 ' });
    expect(q).toEqual({
      query: { status: ['rejected', 'evaluated'], townshipId: '', departmentId: '', category: '', from: '2025-11-01', to: '2025-12-01', q: '摊贩' },
    });
    expect(historyQuery({ ...NO_FILTERS, from: '2025-11-02', to: '2025-11-01' })).toEqual({ error: '开始日期不能晚于结束日期' });
  });

  it('sends the day after the end day (the server’s to is exclusive)', () => {
    expect(nextDay('2025-11-30')).toBe('2025-12-01');
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });

  it('appends a page, keeping an id already shown in its place with the newer copy', () => {
    const rows = appendPage([ended('1', { updatedAt: iso(T0) }), ended('2')], [ended('1', { status: 'evaluated', updatedAt: iso(T0 + 1000) }), ended('3')]);
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ['1', 'evaluated'],
      ['2', 'closed'],
      ['3', 'closed'],
    ]);
  });
});

describe('历史 view', () => {
  beforeEach(() => saveSession({ accessToken: 'tok', role: 'zoneDispatcher', expiresAt: '2099-01-01T00:00:00Z' }));
  afterEach(() => vi.unstubAllGlobals());

  it('builds the query string from the filters', async () => {
    const { urls } = serve(page([], null));
    const { history, $ } = view();
    $<HTMLInputElement>('#history-status-closed').checked = true;
    $<HTMLInputElement>('#history-status-rejected').checked = true;
    $<HTMLSelectElement>('#history-township').value = 'T02';
    $<HTMLSelectElement>('#history-department').value = 'zhzf';
    $<HTMLSelectElement>('#history-category').value = 'street-vending';
    $<HTMLInputElement>('#history-from').value = '2025-11-01';
    $<HTMLInputElement>('#history-to').value = '2025-11-24';
    $<HTMLInputElement>('#history-q').value = ' 东门 ';
    await history.search();
    const [url] = urls();
    expect(url!.pathname).toBe('/api/incidents');
    expect(Object.fromEntries(url!.searchParams)).toEqual({
      status: 'rejected,closed',
      townshipId: 'T02',
      departmentId: 'zhzf',
      category: 'street-vending',
      from: '2025-11-01',
      to: '2025-11-25',
      q: '东门',
      limit: '50',
    });
  });

  it('shows the first page with 数据截至, appends the next on 加载更多 and hides it on the last page', async () => {
    const first = Array.from({ length: 50 }, (_, i) => ended(`A${i}`));
    const { urls } = serve(page(first, 'cur-2', iso(T0 + 30_000)), page([ended('B1', { status: 'rejected' })], null, iso(T0 + 60_000)));
    const { history, $, rows } = view();
    history.shown(); // the first time the sub-view opens: the newest ended incidents
    await vi.waitFor(() => expect(rows()).toHaveLength(50));
    expect(Object.fromEntries(urls()[0]!.searchParams)).toEqual({ status: 'rejected,closed,evaluated', limit: '50' });
    const more = $<HTMLButtonElement>('#history-more');
    expect(more.hidden).toBe(false);
    expect($('#history-as-of').textContent).toBe('数据截至 11/24 14:00:30');
    const row = $('.history-row[data-id="A0"]');
    expect([...row.querySelectorAll('td')].map((td) => [td.dataset.col, td.dataset.label, td.textContent])).toEqual([
      ['id', '编号', '#A0'],
      ['category', '类别', '占道经营'],
      ['description', '描述', first[0]!.description],
      ['status', '状态', '已结案'],
      ['township', '乡镇', '城东街道'],
      ['department', '部门', '综合执法'],
      ['createdAt', '上报时间', '2025/11/24 14:00'], // with the year: the history spans years
      ['updatedAt', '更新时间', '2025/11/24 14:00'],
    ]);
    expect([...$('#history-table thead').querySelectorAll('th')].map((th) => th.textContent)).toEqual(['编号', '类别', '描述', '状态', '乡镇', '部门', '上报时间', '更新时间']);

    more.click();
    await vi.waitFor(() => expect(rows()).toHaveLength(51));
    expect(urls()[1]!.searchParams.get('cursor')).toBe('cur-2');
    expect(urls()[1]!.searchParams.get('status')).toBe('rejected,closed,evaluated');
    expect(rows().at(-1)).toBe('B1');
    expect(more.hidden).toBe(true);
    expect($('#history-as-of').textContent).toBe('数据截至 11/24 14:00:30'); // the earliest: the first page's
    expect($('#history-summary').textContent).toBe('共 51 件');
  });

  it('reads on past a short page so a search does not stop at a few rows', async () => {
    const { urls } = serve(page([ended('1')], 'c2'), page([], 'c3'), page([ended('2')], null));
    const { history, rows, $ } = view();
    await history.search();
    expect(rows()).toEqual(['1', '2']);
    expect(urls().map((u) => u.searchParams.get('cursor'))).toEqual([null, 'c2', 'c3']);
    expect($<HTMLButtonElement>('#history-more').hidden).toBe(true);
  });

  it('says so in Chinese when nothing matches', async () => {
    serve(page([], null));
    const { history, $, rows } = view();
    await history.search();
    expect(rows()).toEqual([]);
    expect($('#history-empty').textContent).toContain('没有符合条件的已办结事件');
    expect($<HTMLButtonElement>('#history-more').hidden).toBe(true);
  });

  it('shows the server’s problem details message on a refusal, and asks nothing for a backwards range', async () => {
    const { fetch } = serve(Response.json({ title: 'One or more validation errors occurred.', status: 400, errors: { q: ['关键词过长'] } }, { status: 400 }));
    const { history, $ } = view();
    await history.search();
    expect($('#history-error').textContent).toBe('请求参数有误：关键词过长');
    $<HTMLInputElement>('#history-from').value = '2025-11-24';
    $<HTMLInputElement>('#history-to').value = '2025-11-01';
    await history.search();
    expect($('#history-error').textContent).toBe('开始日期不能晚于结束日期');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('opens the incident of a clicked row', async () => {
    serve(page([ended('Z1-1'), ended('Z1-2')], null));
    const { history, $, onPick } = view();
    await history.search();
    $('.history-row[data-id="Z1-2"] td[data-col="category"]').click();
    expect(onPick).toHaveBeenCalledWith('Z1-2');
  });

  it('shows a newer copy the console holds (pushed) over the older listed one', async () => {
    const pushed = ended('1', { status: 'evaluated', score: 5, updatedAt: iso(T0 + 9000) });
    serve(page([ended('1', { updatedAt: iso(T0) }), ended('2', { updatedAt: iso(T0) })], null));
    const { history, $ } = view((id) => (id === '1' ? pushed : undefined));
    await history.search();
    expect($('.history-row[data-id="1"]').dataset.status).toBe('evaluated');
    // a push after the list arrived: the newer copy replaces the row, an older one does not
    history.offer(ended('2', { status: 'evaluated', updatedAt: iso(T0 + 5000) }));
    history.offer(ended('1', { status: 'closed', updatedAt: iso(T0 + 1000) }));
    expect($('.history-row[data-id="2"]').dataset.status).toBe('evaluated');
    expect($('.history-row[data-id="2"] td[data-col="status"]').textContent).toBe('已评价');
    expect($('.history-row[data-id="1"]').dataset.status).toBe('evaluated');
    history.offer(ended('3', { updatedAt: iso(T0 + 9000) })); // not listed: no row appears
    expect(history.shows('3')).toBe(false);
  });
});
