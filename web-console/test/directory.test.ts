// 名录 on the client: a refused import's rows as a table, the import form (dry run and real, the file sent as multipart
// with the token), the inspector pool's source line, the draw's recusal lines, and who may import.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type InspectorView, STAFF_KINDS } from '../src/features/inspections/directoryApi';
import { startDraw } from '../src/features/inspections/api';
import { saveSession } from '../src/api/session';
import { RISK_NAMES, STAFF_KIND_NAMES } from '../src/features/inspections/words';
import { DirectorySection } from '../src/features/inspections/console/directorySection';
import { DrawSection } from '../src/features/inspections/console/drawSection';
import { errorSummary, importErrors, renderImportErrors } from '../src/features/inspections/console/importErrors';
import { ImportForm } from '../src/features/inspections/console/importForm';
import { poolSource, poolSourceText, renderPool } from '../src/features/inspections/console/inspectorPool';
import { parseRecusals } from '../src/features/inspections/console/recusals';
import { Lookup } from '../src/shared/lookup';
import { run } from './inspectionFixtures';

const CJK = /[\u3400-\u9fff]/;
const lookup = new Lookup(null);

function inspector(over: Partial<InspectorView> = {}): InspectorView {
  return {
    certificateNo: '33110012345',
    name: '张三',
    departmentId: 'scjg',
    officerId: 'O0012',
    qualifications: ['market', 'food'],
    staffKind: 'officer',
    recusals: ['91331100MA2A000001'],
    source: 'import',
    ...over,
  };
}

const refusal = {
  type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
  title: '导入文件有误，未导入任何数据',
  status: 400,
  rows: [
    { row: 3, field: 'creditCode', error: '统一社会信用代码校验位不对' },
    { row: 7, field: 'townshipId', error: '未知乡镇 T99' },
  ],
  errorCount: 2,
};

describe('a refused import', () => {
  it('reads the rows and the count from the problem details', () => {
    expect(importErrors(refusal)).toEqual({ rows: refusal.rows, errorCount: 2 });
    expect(errorSummary(importErrors(refusal)!)).toBe('共 2 处错误，未导入任何数据');
  });

  it('says when the server listed only the first of many errors', () => {
    const many = importErrors({ ...refusal, errorCount: 1500 })!;
    expect(many.errorCount).toBe(1500);
    expect(errorSummary(many)).toBe('共 1500 处错误，未导入任何数据（仅列出前 2 处）');
  });

  it('is not a row table when the problem has no rows (a missing file, a 403), and skips malformed entries', () => {
    expect(importErrors({ title: '缺少导入文件', errors: { file: ['请选择要导入的 CSV 文件'] } })).toBeNull();
    expect(importErrors(null)).toBeNull();
    expect(importErrors({ rows: [] })).toBeNull();
    expect(importErrors({ rows: [{ row: 1, field: null, error: '文件为空或缺少表头行' }, { oops: true }] })).toEqual({ rows: [{ row: 1, field: '', error: '文件为空或缺少表头行' }], errorCount: 1 });
  });

  it('renders one row per entry: 行, 列, 问题', () => {
    const box = document.createElement('div');
    box.append(...renderImportErrors(importErrors(refusal)!));
    expect([...box.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['行', '列', '问题']);
    const rows = [...box.querySelectorAll('[data-testid="import-error-row"]')];
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['3', 'creditCode', '统一社会信用代码校验位不对'],
      ['7', 'townshipId', '未知乡镇 T99'],
    ]);
    expect(box.querySelector('[data-testid="import-error-count"]')!.textContent).toBe('共 2 处错误，未导入任何数据');
  });
});

describe('the import form', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function pick(form: ImportForm, kind: string): void {
    const input = form.el.querySelector<HTMLInputElement>(`[data-testid="${kind}-import-file"]`)!;
    Object.defineProperty(input, 'files', { value: [new File(['creditCode,name\n'], 'qy.csv', { type: 'text/csv' })], configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  it('checks with ?dryRun=true, imports without it, and refreshes the pool only after a real import', async () => {
    saveSession({ accessToken: 'tok', role: 'planner', expiresAt: '2099-01-01T00:00:00Z' });
    const fetch = vi.fn(async (url: string) => Response.json({ imported: 3, updated: 1, dryRun: url.includes('dryRun') }));
    vi.stubGlobal('fetch', fetch);
    const onImported = vi.fn();
    const form = new ImportForm({ kind: 'inspector', title: '检查人员名录导入', header: 'certificateNo,name', onImported });
    const result = form.el.querySelector<HTMLElement>('[data-testid="inspector-import-result"]')!;

    form.el.querySelector<HTMLButtonElement>('[data-testid="inspector-import-check"]')!.click();
    expect(result.dataset.state).toBe('refused'); // no file yet
    expect(fetch).not.toHaveBeenCalled();

    pick(form, 'inspector');
    form.el.querySelector<HTMLButtonElement>('[data-testid="inspector-import-check"]')!.click();
    await vi.waitFor(() => expect(result.dataset.state).toBe('ok'));
    expect(result.textContent).toBe('校验通过：将新增 3 人，更新 1 人（尚未导入）');
    expect(onImported).not.toHaveBeenCalled();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/inspectors/import?dryRun=true');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect((init.body as FormData).get('file')).toBeInstanceOf(File);

    form.el.querySelector<HTMLButtonElement>('[data-testid="inspector-import-submit"]')!.click();
    await vi.waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(fetch.mock.calls[1]![0]).toBe('/api/inspectors/import');
    expect(result.textContent).toBe('新增 3 人，更新 1 人');
  });

  it('shows a refused file as its table of rows', async () => {
    saveSession({ accessToken: 'tok', role: 'planner', expiresAt: '2099-01-01T00:00:00Z' });
    vi.stubGlobal('fetch', vi.fn(async () => Response.json(refusal, { status: 400 })));
    const form = new ImportForm({ kind: 'enterprise', title: '监管对象名录导入', header: 'creditCode' });
    pick(form, 'enterprise');
    form.el.querySelector<HTMLButtonElement>('[data-testid="enterprise-import-submit"]')!.click();
    const errors = form.el.querySelector('[data-testid="enterprise-import-errors"]')!;
    await vi.waitFor(() => expect(errors.querySelectorAll('[data-testid="import-error-row"]')).toHaveLength(2));
    expect(errors.textContent).toContain('共 2 处错误，未导入任何数据');
    expect(form.el.querySelector('[data-testid="enterprise-import-result"]')!.textContent).toBe('');
  });
});

describe('the inspector pool', () => {
  it('says whether draws use the imported directory or the county officer list', () => {
    expect(poolSource([inspector()])).toBe('import');
    expect(poolSourceText([inspector(), inspector({ certificateNo: '2' })])).toBe('抽取使用已导入的检查人员名录（2 人）');
    expect(poolSource([inspector({ source: 'county', recusals: [] })])).toBe('county');
    expect(poolSourceText([inspector({ source: 'county' })])).toBe('尚未导入检查人员名录，抽取使用全县执法人员名单（1 人）');
    expect(poolSource([])).toBe('county');
  });

  it('lists 执法证号, 姓名, 部门, 资格, 类别 and the number of recusals', () => {
    const box = document.createElement('div');
    box.append(...renderPool([inspector(), inspector({ certificateNo: 'W-1', name: '李四', staffKind: 'gridWorker', qualifications: [], recusals: [] })], lookup));
    expect(box.querySelector('[data-testid="inspector-pool-source"]')!.getAttribute('data-source')).toBe('import');
    const rows = [...box.querySelectorAll('[data-testid="inspector-pool-row"]')].map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows[0]).toEqual(['33110012345', '张三', lookup.departmentShort('scjg'), 'market、food', '执法人员', '1']);
    expect(rows[1]).toEqual(['W-1', '李四', lookup.departmentShort('scjg'), '—', '网格员', '0']);
  });

  it('names every staff kind and risk level in Chinese', () => {
    expect(Object.keys(STAFF_KIND_NAMES).sort()).toEqual([...STAFF_KINDS].sort());
    for (const v of [...Object.values(STAFF_KIND_NAMES), ...Object.values(RISK_NAMES)]) expect(v).toMatch(CJK);
  });
});

describe('the draw’s recusals', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads one officerId,enterpriseId pair a line, as typed (the code upper-cased), skipping blank lines', () => {
    expect(parseRecusals('')).toEqual({ recusals: [] });
    expect(parseRecusals('O0012,91331100MA2A000001\n\n  33110012345 ， 91331100ma2a000002  \r\nO0013\t91331100MA2A000003\n')).toEqual({
      recusals: [
        { officerId: 'O0012', enterpriseId: '91331100MA2A000001' },
        { officerId: '33110012345', enterpriseId: '91331100MA2A000002' },
        { officerId: 'O0013', enterpriseId: '91331100MA2A000003' },
      ],
    });
  });

  it('names the first malformed line', () => {
    for (const bad of ['O0012', 'O0012,91331100MA2A000001,x', 'O0012,123', ',91331100MA2A000001', 'O 12,91331100MA2A000001']) {
      const r = parseRecusals(`O0011,91331100MA2A000001\n${bad}`);
      expect(r).toEqual({ error: expect.stringContaining(`第 2 行`) });
    }
  });

  it('are sent with the draw only when there are any', async () => {
    saveSession({ accessToken: 'tok', role: 'planner', expiresAt: '2099-01-01T00:00:00Z' });
    const fetch = vi.fn(async () => Response.json({}, { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    await startDraw('R1', 2);
    await startDraw('R1', 3, [{ officerId: 'O0012', enterpriseId: '91331100MA2A000001' }]);
    const bodies = fetch.mock.calls.map((c) => JSON.parse(String((c as unknown as [string, RequestInit])[1].body)));
    expect(bodies).toEqual([
      { runId: 'R1', inspectorsPerVisit: 2 },
      { runId: 'R1', inspectorsPerVisit: 3, recusals: [{ officerId: 'O0012', enterpriseId: '91331100MA2A000001' }] },
    ]);
  });
});

describe('the 名录 sub-view', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const enterprise = {
    id: '91331100MA2A000001', creditCode: '91331100MA2A000001', name: '星光娱乐有限公司', industry: 'entertainment', townshipId: 'T01',
    location: { lat: 28.45, lon: 119.92 }, riskLevel: 'high', creditGrade: 'B', keyList: true, peakHours: '', inspections: [],
  };

  function serve(): ReturnType<typeof vi.fn> {
    saveSession({ accessToken: 'tok', role: 'auditor', expiresAt: '2099-01-01T00:00:00Z' });
    const fetch = vi.fn(async (url: string) => Response.json(url.startsWith('/api/inspectors') ? [inspector({ source: 'county' })] : [enterprise]));
    vi.stubGlobal('fetch', fetch);
    return fetch;
  }

  it('offers the imports to the planner only; everyone reads the pool and searches enterprises', async () => {
    const fetch = serve();
    const planner = document.createElement('section');
    new DirectorySection(planner, { lookup, canImport: true });
    for (const id of ['enterprise-import-file', 'enterprise-import-check', 'enterprise-import-submit', 'inspector-import-file', 'inspector-import-check', 'inspector-import-submit']) {
      expect(planner.querySelector(`[data-testid="${id}"]`), id).not.toBeNull();
    }
    expect(planner.querySelector('[data-testid="enterprise-import-header"]')!.textContent).toBe('creditCode,name,industry,townshipId,lat,lon,riskLevel,creditGrade,keyList,peakHours');
    expect(planner.querySelector<HTMLInputElement>('[data-testid="enterprise-import-file"]')!.accept).toContain('.csv');

    const auditor = document.body.appendChild(document.createElement('section'));
    const s = new DirectorySection(auditor, { lookup, canImport: false });
    expect(auditor.querySelector('[data-testid$="-import-file"]')).toBeNull();
    s.shown();
    await vi.waitFor(() => expect(auditor.querySelectorAll('[data-testid="enterprise-row"]')).toHaveLength(1));
    await vi.waitFor(() => expect(auditor.querySelectorAll('[data-testid="inspector-pool-row"]')).toHaveLength(1));
    expect(auditor.querySelector('[data-testid="inspector-pool-source"]')!.getAttribute('data-source')).toBe('county');
    const cells = [...auditor.querySelectorAll('[data-testid="enterprise-row"] td')].map((td) => td.textContent);
    expect(cells).toEqual(['星光娱乐有限公司', '91331100MA2A000001', lookup.township('T01'), 'entertainment', '高', 'B', '重点']);

    auditor.querySelector<HTMLInputElement>('[data-testid="enterprise-search"]')!.value = ' 星光 ';
    auditor.querySelector<HTMLButtonElement>('[data-testid="enterprise-search-button"]')!.click();
    await vi.waitFor(() => expect(fetch.mock.calls.map((c) => c[0])).toContain(`/api/enterprises?q=${encodeURIComponent('星光')}`));
    auditor.remove();
  });

  it('stops a draw with a malformed recusal line before sending anything', () => {
    const fetch = serve();
    const draw = new DrawSection(true);
    draw.setRun(run({ tasks: [] }));
    draw.el.querySelector<HTMLTextAreaElement>('[data-testid="draw-recusals"]')!.value = 'O0012 91331100MA2A000001';
    draw.el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(draw.el.querySelector('[data-testid="draw-error"]')!.textContent).toContain('回避名单第 1 行格式不对');
    expect(fetch).not.toHaveBeenCalled();
  });
});
