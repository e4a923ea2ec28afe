// Joint inspections (综合查一次) on the client: indicator formatting and the CSV file, the plan form's validation, the
// run's figures and task rows, the officer's results form, the public code page's parsing, who sees what, and the
// Chinese tables covering every value the contract names.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api/http';
import { EXEMPTIONS, OUTCOMES, TASK_STATUSES } from '../src/features/inspections/types';
import { saveSession } from '../src/api/session';
import type { Evidence, Me } from '../src/api/types';
import { ADHOC_STATUS_NAMES, EXEMPTION_NAMES, INDICATOR_KEYS, INDICATOR_NAMES, OUTCOME_NAMES, TASK_STATUS_NAMES } from '../src/features/inspections/words';
import { codeFromLocation } from '../src/features/inspections/code/codePage';
import { pickedScore } from '../src/features/inspections/code/codeRatingForm';
import { codeLink, InspectionTaskCard } from '../src/features/inspections/field/inspectionTaskCard';
import { canPublish, canRecord, draftFrom, isDirty, itemEvidenceIds, itemPhotos, orderFieldTasks, photoRoom, resultItems } from '../src/features/inspections/field/resultDraft';
import { refusalText } from '../src/features/inspections/console/adhocForm';
import { csvBlob } from '../src/features/inspections/console/csvDownload';
import { drawIdsOf } from '../src/features/inspections/console/drawSection';
import { chartSeries, chartValue, csvFileName, defaultPeriod, indicatorText, percentText, RATE_KEYS } from '../src/features/inspections/console/indicatorFormat';
import { canFile, canPlan, fileableDepartments, indicatorScope, inspectionSections, readsRuns, seesInspections } from '../src/features/inspections/console/inspectionRoles';
import { creditCodes, planDraft, quarterOf, targetText, type PlanFields } from '../src/features/inspections/console/planDraft';
import { PlanSection } from '../src/features/inspections/console/planSection';
import { renderRunFigures, visitsSaved } from '../src/features/inspections/console/runFigures';
import { inspectorNames, renderTaskTable } from '../src/features/inspections/console/taskTable';
import { isoDate } from '../src/shared/format';
import { Lookup } from '../src/shared/lookup';
import { indicators, run, task } from './inspectionFixtures';

const CJK = /[\u3400-\u9fff]/;
const lookup = new Lookup(null);

describe('indicator formatting', () => {
  it('shows rates as percentages to one decimal and — when there was nothing to count', () => {
    expect(percentText(0.3269)).toBe('32.7%');
    expect(percentText(0.0968)).toBe('9.7%');
    expect(percentText(1)).toBe('100.0%');
    expect(percentText(0)).toBe('0.0%');
    expect(percentText(null)).toBe('—');
    expect(percentText(Number.NaN)).toBe('—');
  });

  it('shows each of the seven indicators: the visits saved as 户次, the rest as rates', () => {
    const ind = indicators();
    expect(INDICATOR_KEYS.map((k) => indicatorText(k, ind))).toEqual(['65.4%', '190 户次', '95.0%', '9.7%', '50.0%', '100.0%', '—']);
  });

  it('charts the six rates per department in percentage points, a missing rate as a gap', () => {
    expect(RATE_KEYS).not.toContain('visitsSaved');
    expect(chartValue(0.6543)).toBe(65.4);
    expect(chartValue(null)).toBeNull();
    const data = chartSeries([
      { label: '市场监管', indicators: indicators() },
      { label: '应急管理', indicators: indicators({ jointRate: null }) },
    ]);
    expect(data.categories).toEqual(['市场监管', '应急管理']);
    expect(data.series.map((s) => s.name)).toEqual(['综合查一次实施率', '计划检查率', '重复检查率', '联合检查率', '亮码检查率', '按期公示率']);
    expect(data.series[0]!.data).toEqual([65.4, null]);
  });

  it('defaults to this calendar year in the county (Shanghai time, even on New Year’s Eve in UTC)', () => {
    expect(defaultPeriod(Date.parse('2026-11-30T12:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(defaultPeriod(Date.parse('2026-12-31T17:00:00Z'))).toEqual({ from: '2027-01-01', to: '2027-12-31' });
  });

  it('names the CSV after the scope and the period, without characters a file system refuses', () => {
    expect(csvFileName('全县', '2026-01-01', '2026-12-31')).toBe('综合查一次指标_全县_2026-01-01_2026-12-31.csv');
    expect(csvFileName('市场/监管 局', '', '2026-12-31')).toBe('综合查一次指标_市场_监管_局_全部_2026-12-31.csv');
  });

  it('saves the CSV with a BOM once, so spreadsheets read the Chinese header as UTF-8', async () => {
    const text = async (b: Blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await b.arrayBuffer()) // keep the BOM to see it;
    expect(await text(csvBlob('scope,jointRate\ncounty,0.5\n'))).toBe('\ufeffscope,jointRate\ncounty,0.5\n');
    expect(await text(csvBlob('\ufeffa\n'))).toBe('\ufeffa\n');
    expect(csvBlob('a').type).toBe('text/csv;charset=utf-8');
  });
});

describe('plan form', () => {
  const fields = (over: Partial<PlanFields> = {}): PlanFields => ({
    departmentId: 'scjg',
    year: '2026',
    itemCode: 'SC-01',
    scenarioId: '',
    period: '2026-q4',
    targetKind: 'ratio',
    ratios: { A: '5', B: '10', C: '', D: '50' },
    enterprises: '',
    ...over,
  });

  it('sends ratios as fractions of the grades filled in, the period upper-cased, no scenario when none is chosen', () => {
    const r = planDraft(fields());
    expect(r).toEqual({ ok: true, body: { departmentId: 'scjg', year: 2026, items: [{ itemCode: 'SC-01', period: '2026-Q4', target: { ratioByGrade: { A: 0.05, B: 0.1, D: 0.5 } } }] } });
  });

  it('sends named enterprises as credit codes, deduplicated, with the scenario', () => {
    const r = planDraft(fields({ targetKind: 'list', scenarioId: 'S-ENT', enterprises: '91331100MA2A000001\n91331100ma2a000001, 91331100MA2A00002X' }));
    expect(r.ok && r.body.items[0]).toEqual({ itemCode: 'SC-01', scenarioId: 'S-ENT', period: '2026-Q4', target: { enterpriseIds: ['91331100MA2A000001', '91331100MA2A00002X'] } });
  });

  it('says what is wrong, in Chinese', () => {
    const error = (f: Partial<PlanFields>) => {
      const r = planDraft(fields(f));
      return r.ok ? null : r.error;
    };
    expect(error({ period: '2026-4' })).toContain('2026-Q4');
    expect(error({ year: '2025' })).toBe('周期的年份须与年度一致');
    expect(error({ itemCode: '' })).toBe('请选择检查事项');
    expect(error({ ratios: { A: '', B: '0', C: '', D: '' } })).toContain('比例');
    expect(error({ ratios: { A: '120', B: '', C: '', D: '' } })).toContain('比例');
    expect(error({ targetKind: 'list', enterprises: ' ' })).toBe('请至少填写一个统一社会信用代码');
    expect(error({ targetKind: 'list', enterprises: '12345' })).toBe('统一社会信用代码格式不对：12345');
  });

  it('knows the quarter of a day, splits credit codes and describes a target', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-11-30'].map(quarterOf)).toEqual(['2026-Q1', '2026-Q1', '2026-Q2', '2026-Q4']);
    expect(creditCodes('a；b，c  a')).toEqual(['A', 'B', 'C']);
    expect(targetText({ ratioByGrade: { A: 0.05, D: 0.5 } }, percentText)).toBe('抽查 A 5.0% · D 50.0%');
    expect(targetText({ enterpriseIds: ['x', 'y', 'z'] }, percentText)).toBe('指定 3 家');
    // As the server writes it: both names, the unused one null.
    expect(targetText({ enterpriseIds: null, ratioByGrade: { A: 0.1, B: 0.2, C: null as never, D: 1 } }, percentText)).toBe('抽查 A 10.0% · B 20.0% · D 100.0%');
    expect(targetText({ enterpriseIds: ['x'], ratioByGrade: null }, percentText)).toBe('指定 1 家');
  });

  it('shows a refused out-of-plan check with the server’s reason, or the filing’s, or 已转入后续检查计划', () => {
    const refused = (problem: object | null) => refusalText(new ApiError(409, 'x', problem, null));
    expect(refused({ title: 'Conflict', detail: '未提前 5 日报备，已转入后续检查计划' })).toBe('未准予：未提前 5 日报备，已转入后续检查计划');
    expect(refused({ title: 'Conflict', filing: { status: 'queued', reason: null } })).toBe('未准予：已转入后续检查计划');
    expect(refused(null)).toBe('未准予：未准予，已转入后续检查计划');
    expect(refused({ detail: '须提前 5 日报备' })).toBe('未准予：须提前 5 日报备（已转入后续检查计划）');
  });
});

describe('plan lists', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('list the plans and filings of this year in the county at first, then of the year picked', async () => {
    saveSession({ accessToken: 'tok', role: 'countyCommander', expiresAt: '2099-01-01T00:00:00Z' });
    const fetch = vi.fn(async () => Response.json([]));
    vi.stubGlobal('fetch', fetch);
    const urls = () => fetch.mock.calls.map((c) => String((c as unknown[])[0]));
    const el = document.createElement('div');
    const section = new PlanSection(el, { lookup, me: { role: 'countyCommander' } as unknown as Me, catalogue: async () => ({ items: [], scenarios: [] }) });

    await section.load();
    const year = isoDate(Date.now()).slice(0, 4);
    expect(urls()).toEqual([`/api/inspections/plans?year=${year}`, `/api/inspections/adhoc?year=${year}`]);

    const picker = el.querySelector<HTMLInputElement>('[data-testid="plan-list-year"]')!;
    expect(picker.value).toBe(year);
    picker.value = '2037';
    picker.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(4));
    expect(urls().slice(2)).toEqual(['/api/inspections/plans?year=2037', '/api/inspections/adhoc?year=2037']);
  });
});

describe('planner run and tasks', () => {
  it('counts the visits saved against each department alone', () => {
    expect(visitsSaved(run())).toBe(190);
    expect(visitsSaved({ naiveVisits: 3, visitsPlanned: 5 })).toBe(0);
  });

  it('shows the figures and zero violations, or lists the violations', () => {
    const ok = renderRunFigures(run());
    const value = (id: string) => ok.querySelector(`[data-testid="${id}"]`)?.textContent;
    expect([value('run-visits-planned'), value('run-naive-visits'), value('run-lower-bound'), value('run-visits-saved')]).toEqual(['120', '310', '118', '190']);
    expect(ok.querySelector('[data-testid="inspection-run-violations"]')?.getAttribute('data-count')).toBe('0');
    const bad = renderRunFigures(run({ violations: [{ enterpriseId: 'E1', rule: 'yearCap', message: '同类检查超过年度上限' }] }));
    expect(bad.querySelectorAll('[data-testid="inspection-violation-row"]')).toHaveLength(1);
    expect(bad.querySelector('[data-testid="inspection-run-violations"]')?.textContent).toContain('规则冲突：1');
  });

  it('lists tasks by planned date with names, status and code', () => {
    const table = renderTaskTable([task({ id: 'B', plannedDate: '2026-12-09' }), task({ id: 'A', status: 'planned', code: null, inspectors: [], inspectorIds: [] })], lookup);
    const rows = [...table.querySelectorAll<HTMLElement>('[data-testid="inspection-task-row"]')];
    expect(rows.map((r) => [r.dataset.taskId, r.dataset.status])).toEqual([['A', 'planned'], ['B', 'drawn']]);
    expect(rows[1]!.querySelector('[data-col="inspectors"]')?.textContent).toBe('张明、李娜');
    expect(rows[1]!.querySelector('[data-col="code"] a')?.getAttribute('href')).toBe('/code/JC8K2M');
    expect(rows[0]!.querySelector('[data-col="status"]')?.textContent).toBe('待抽取');
    expect(inspectorNames({ inspectors: [], inspectorIds: ['O1', 'O2'] })).toBe('O1、O2');
  });

  it('finds the draw records a run’s tasks point at', () => {
    expect(drawIdsOf([{ drawId: 'D1' }, { drawId: null }, { drawId: 'D2' }, { drawId: 'D1' }])).toEqual(['D1', 'D2']);
  });
});

describe('officer results form', () => {
  it('starts from the recorded results and sends only items with an outcome', () => {
    const x = task({ status: 'inspected', results: [{ itemCode: 'SC-01', outcome: 'problem', note: '经营范围超项', evidenceIds: [] }] });
    const draft = draftFrom(x);
    expect([...draft.entries()]).toEqual([
      ['SC-01', { outcome: 'problem', note: '经营范围超项', uploaded: [] }],
      ['YJ-02', { outcome: null, note: '', uploaded: [] }],
    ]);
    expect(isDirty(draft, x)).toBe(false);
    draft.get('YJ-02')!.outcome = 'pass';
    draft.get('YJ-02')!.note = '  ';
    expect(isDirty(draft, x)).toBe(true);
    expect(resultItems(draft, x)).toEqual({
      ok: true,
      items: [
        { itemCode: 'SC-01', outcome: 'problem', note: '经营范围超项', evidenceIds: [] },
        { itemCode: 'YJ-02', outcome: 'pass', note: null, evidenceIds: [] },
      ],
    });
    expect(resultItems(draftFrom(task()), task())).toEqual({ ok: false, error: '请为每个检查事项选择结果' });
  });

  it('sends each item its own photos, after those already recorded for it', () => {
    const x = task({ status: 'inspected', results: [{ itemCode: 'SC-01', outcome: 'problem', note: '超项', evidenceIds: ['E1', 'E2'] }] });
    const draft = draftFrom(x);
    expect(isDirty(draft, x)).toBe(false);
    expect(itemEvidenceIds(x, 'SC-01', draft.get('SC-01'))).toEqual(['E1', 'E2']);
    draft.get('SC-01')!.uploaded.push(photo('E3'));
    draft.get('YJ-02')!.uploaded.push(photo('E4'), photo('E5'));
    expect(isDirty(draft, x)).toBe(true); // a new photo alone is worth saving
    expect(resultItems(draft, x)).toEqual({ ok: false, error: '已上传照片的检查事项请选择结果，否则照片不会保存' });
    draft.get('YJ-02')!.outcome = 'pass';
    expect(resultItems(draft, x)).toEqual({
      ok: true,
      items: [
        { itemCode: 'SC-01', outcome: 'problem', note: '超项', evidenceIds: ['E1', 'E2', 'E3'] },
        { itemCode: 'YJ-02', outcome: 'pass', note: null, evidenceIds: ['E4', 'E5'] },
      ],
    });
    expect(itemPhotos(x, 'SC-01', draft.get('SC-01'))).toEqual([
      { id: 'E1', url: '/api/inspections/tasks/IT1/evidence/E1' },
      { id: 'E2', url: '/api/inspections/tasks/IT1/evidence/E2' },
      photo('E3'),
    ]);
    expect(photoRoom(x, 'SC-01', draft.get('SC-01'))).toBe(7);
    expect(photoRoom(x, 'YJ-02', draft.get('YJ-02'))).toBe(8);
  });

  it('keeps earlier photos across a save and a refetch, and carries photos uploaded while saving', () => {
    const saved = task({
      status: 'inspected',
      results: [
        { itemCode: 'SC-01', outcome: 'pass', note: null, evidenceIds: ['E1', 'E3'] },
        { itemCode: 'YJ-02', outcome: 'pass', note: null, evidenceIds: ['E4'] },
      ],
    });
    const before = draftFrom(task());
    before.get('SC-01')!.uploaded.push(photo('E3'), photo('E6')); // E6 arrived after the save left
    const after = draftFrom(saved, before);
    expect(after.get('SC-01')!.uploaded).toEqual([photo('E6')]);
    expect(after.get('YJ-02')!.uploaded).toEqual([]);
    expect(isDirty(after, saved)).toBe(true);
    after.get('YJ-02')!.note = '通道畅通';
    const r = resultItems(after, saved);
    expect(r.ok && r.items.map((i) => [i.itemCode, i.evidenceIds])).toEqual([
      ['SC-01', ['E1', 'E3', 'E6']],
      ['YJ-02', ['E4']], // a re-save keeps the recorded photo
    ]);
    // nothing new: a refetch restarts the draft without photos to send twice
    const fresh = draftFrom(saved, draftFrom(saved));
    expect(isDirty(fresh, saved)).toBe(false);
    expect(itemEvidenceIds(saved, 'SC-01', fresh.get('SC-01'))).toEqual(['E1', 'E3']);
    const full = task({ results: [{ itemCode: 'SC-01', outcome: 'pass', note: null, evidenceIds: Array.from({ length: 10 }, (_, i) => `E${i}`) }] });
    expect(photoRoom(full, 'SC-01', undefined)).toBe(0);
  });

  it('offers 公示 once every item is recorded, and recording until published', () => {
    const all = [
      { itemCode: 'SC-01', outcome: 'pass' as const, note: null, evidenceIds: [] },
      { itemCode: 'YJ-02', outcome: 'severe' as const, note: '通道堵塞', evidenceIds: [] },
    ];
    expect(canPublish(task({ status: 'inspected', results: all.slice(0, 1) }))).toBe(false);
    expect(canPublish(task({ status: 'inspected', results: all }))).toBe(true);
    expect(canPublish(task({ status: 'published', results: all }))).toBe(false);
    expect(canRecord(task({ status: 'drawn' }))).toBe(true);
    expect(canRecord(task({ status: 'published' }))).toBe(false);
    const order = orderFieldTasks([task({ id: 'P', status: 'published', plannedDate: '2026-12-01' }), task({ id: 'I', status: 'inspected', plannedDate: '2026-12-20' }), task({ id: 'D', status: 'drawn', plannedDate: '2026-12-10' })]);
    expect(order.map((x) => x.id)).toEqual(['D', 'I', 'P']);
  });

  it('keeps what the officer picked when the same task is rendered again, and shows the code and teammates', () => {
    const card = new InspectionTaskCard(task(), 'O0010', lookup, () => {});
    card.render(task(), false);
    const severe = card.el.querySelector<HTMLInputElement>('[data-item-code="YJ-02"] [data-testid="inspection-outcome-severe"]')!;
    severe.checked = true;
    severe.dispatchEvent(new Event('change'));
    card.render(task(), true); // a refetch while busy: rebuilt, the pick stays
    expect(card.el.querySelector<HTMLInputElement>('[data-item-code="YJ-02"] [data-testid="inspection-outcome-severe"]')!.checked).toBe(true);
    expect(card.el.querySelector('[data-testid="inspection-task-code"]')?.textContent).toBe('JC8K2M');
    expect(card.el.querySelector('[data-testid="inspection-code-link"]')?.getAttribute('href')).toBe(codeLink('JC8K2M'));
    expect(card.el.querySelector('[data-testid="inspection-task-teammates"]')?.textContent).toContain('李娜');
    expect(card.el.querySelector('[data-testid="inspection-task-teammates"]')?.textContent).not.toContain('张明');
    expect(card.el.querySelector<HTMLButtonElement>('[data-testid="inspection-publish"]')!.disabled).toBe(true);
  });
});

describe('officer results photos', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('picks photos per item while recording and shows them read-only once published', async () => {
    const fetch = vi.fn(async () => new Response(new Blob(['x'], { type: 'image/jpeg' }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const card = new InspectionTaskCard(task(), 'O0010', lookup, () => {});
    card.render(task(), false);
    const input = card.el.querySelector<HTMLInputElement>('[data-item-code="SC-01"] [data-testid="inspection-result-photo"]')!;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('image/jpeg,image/png,image/webp');
    expect(input.multiple).toBe(true);
    expect(card.el.querySelectorAll('[data-testid="inspection-result-photo"]')).toHaveLength(2);
    expect(card.el.querySelector('[data-item-code="SC-01"] [data-testid="inspection-result-evidence"]')!.children).toHaveLength(0);

    const done = task({ status: 'published', results: [{ itemCode: 'SC-01', outcome: 'pass', note: null, evidenceIds: ['E1', 'E2'] }, { itemCode: 'YJ-02', outcome: 'pass', note: null, evidenceIds: [] }] });
    card.render(done, false);
    expect(card.el.querySelector('[data-testid="inspection-result-photo"]')).toBeNull();
    const thumbs = card.el.querySelector('[data-item-code="SC-01"] [data-testid="inspection-result-evidence"]')!;
    expect([...thumbs.children].map((c) => (c as HTMLElement).dataset.id)).toEqual(['E1', 'E2']);
    expect(card.el.querySelector('[data-item-code="YJ-02"] [data-testid="inspection-result-evidence"]')!.children).toHaveLength(0);
    await vi.waitFor(() => expect(thumbs.querySelectorAll('img[data-loaded="true"]')).toHaveLength(2));
    expect(fetch.mock.calls.map((c) => String((c as unknown[])[0]))).toEqual([expect.stringContaining('/api/inspections/tasks/IT1/evidence/E1'), expect.stringContaining('/api/inspections/tasks/IT1/evidence/E2')]);
  });

  it('uploads a pick at once with the token, keeps its id for the item, and shows the server\'s refusal', async () => {
    saveSession({ accessToken: 'tok', role: 'officer', expiresAt: '2099-01-01T00:00:00Z' });
    let answer: Response = Response.json(photo('E9'), { status: 201 });
    const fetch = vi.fn(async (_url: string, init?: RequestInit) => (init?.method === 'POST' ? answer : new Response(new Blob(['x'], { type: 'image/jpeg' }))));
    vi.stubGlobal('fetch', fetch);
    const card = new InspectionTaskCard(task(), 'O0010', lookup, () => {});
    card.render(task(), false);
    const pick = (name: string) => {
      const input = card.el.querySelector<HTMLInputElement>('[data-item-code="YJ-02"] [data-testid="inspection-result-photo"]')!;
      Object.defineProperty(input, 'files', { value: [new File(['jpeg'], name, { type: 'image/jpeg' })], configurable: true });
      input.dispatchEvent(new Event('change'));
    };
    pick('a.jpg');
    await vi.waitFor(() => expect(card.draft.get('YJ-02')!.uploaded.map((e) => e.id)).toEqual(['E9']));
    const [url, init] = fetch.mock.calls.find((c) => c[1]?.method === 'POST')!;
    expect(url).toBe('/api/inspections/tasks/IT1/evidence');
    expect((init!.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect((init!.body as FormData).get('file')).toBeInstanceOf(File);
    const item = () => card.el.querySelector('[data-item-code="YJ-02"]')!;
    await vi.waitFor(() => expect(item().querySelector('[data-testid="inspection-result-evidence"]')!.children).toHaveLength(1));
    expect(card.draft.get('SC-01')!.uploaded).toEqual([]);

    answer = Response.json({ title: '照片太大（上限 5 MB）', status: 413 }, { status: 413 });
    pick('b.jpg');
    await vi.waitFor(() => expect(item().querySelector('[data-testid="inspection-result-photo-status"]')!.textContent).toBe('照片上传失败：照片太大（上限 5 MB）'));
    expect(card.draft.get('YJ-02')!.uploaded).toHaveLength(1);
  });
});

describe('public code page', () => {
  it('reads the code from /code/{code} (or ?code= on code.html)', () => {
    expect(codeFromLocation({ pathname: '/code/JC8K2M', search: '' })).toBe('JC8K2M');
    expect(codeFromLocation({ pathname: '/code/JC8K2M/', search: '' })).toBe('JC8K2M');
    expect(codeFromLocation({ pathname: '/code/%E6%B5%8B1', search: '' })).toBe('测1');
    expect(codeFromLocation({ pathname: '/code.html', search: '?code=AB12' })).toBe('AB12');
    expect(codeFromLocation({ pathname: '/code/', search: '' })).toBeNull();
    expect(codeFromLocation({ pathname: '/code/%E0%A4%A', search: '' })).toBeNull();
  });

  it('takes a whole score from 1 to 5 only', () => {
    expect(['1', '5', '0', '6', '2.5', '', null].map((v) => pickedScore(v))).toEqual([1, 5, null, null, null, null, null]);
  });
});

describe('who sees what', () => {
  it('gives the planner everything, the county and the auditor reading, a desk its own department', () => {
    expect(['planner', 'countyCommander', 'auditor', 'departmentDesk', 'zoneDispatcher', 'townshipStaff', 'officer'].map((r) => seesInspections(r as never))).toEqual([true, true, true, true, false, false, false]);
    expect(inspectionSections('planner')).toEqual(['plans', 'merge', 'draw', 'indicators', 'directory']);
    expect(inspectionSections('auditor')).toEqual(['plans', 'merge', 'draw', 'indicators', 'directory']);
    expect(inspectionSections('departmentDesk')).toEqual(['plans', 'merge', 'indicators']);
    expect([canFile('planner'), canFile('departmentDesk'), canFile('countyCommander'), canFile('auditor')]).toEqual([true, true, false, false]);
    expect([canPlan('planner'), canPlan('countyCommander')]).toEqual([true, false]);
    expect([readsRuns('auditor'), readsRuns('departmentDesk')]).toEqual([true, false]);
    const all = [{ id: 'scjg', name: '市场监督管理局' }, { id: 'yjgl', name: '应急管理局' }];
    expect(fileableDepartments({ role: 'planner', departmentId: null }, all)).toEqual(all);
    expect(fileableDepartments({ role: 'departmentDesk', departmentId: 'yjgl' }, all)).toEqual([all[1]]);
    expect(fileableDepartments({ role: 'auditor', departmentId: null }, all)).toEqual([]);
    expect(indicatorScope({ role: 'departmentDesk', departmentId: 'yjgl' })).toEqual({ scope: 'department', id: 'yjgl' });
    expect(indicatorScope({ role: 'planner', departmentId: null })).toEqual({ scope: 'county' });
  });
});

describe('Chinese tables', () => {
  it('name every status, outcome, exemption and indicator the contract has, in Chinese', () => {
    const covers = (table: Record<string, string>, values: readonly string[]) => {
      expect(Object.keys(table).sort()).toEqual([...values].sort());
      for (const v of Object.values(table)) expect(v).toMatch(CJK);
    };
    covers(TASK_STATUS_NAMES, TASK_STATUSES);
    covers(OUTCOME_NAMES, OUTCOMES);
    covers(EXEMPTION_NAMES, EXEMPTIONS);
    covers(ADHOC_STATUS_NAMES, ['allowed', 'queued', 'planned']);
    covers(INDICATOR_NAMES, INDICATOR_KEYS);
    expect(ADHOC_STATUS_NAMES.queued).toBe('已转入后续检查计划');
  });
});

function photo(id: string): Evidence {
  return { id, url: `/api/inspections/tasks/IT1/evidence/${id}`, contentType: 'image/jpeg', size: 1000, uploadedBy: 'O0010', at: '2026-12-08T09:00:00+08:00' };
}
