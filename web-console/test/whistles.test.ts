// Whistles (乡镇吹哨): which buttons each role sees in each state, the parts' stages behind `overdue`, countdowns,
// labels, list order, the officer's tasks and steps, the form's validation and the rating body.
import { describe, expect, it } from 'vitest';
import { PART_STATUSES, URGENCIES, WHISTLE_ACTIONS, WHISTLE_STATUSES } from '../src/features/whistles/types';
import { partStatusName, urgencyName, whistleActionName, whistleStatusName } from '../src/features/whistles/words';
import { partCountdown } from '../src/features/whistles/countdown';
import { ratingBody, ratingSpec } from '../src/features/whistles/console/ratingForm';
import { checkDraft, isProblem, type WhistleDraft } from '../src/features/whistles/console/whistleDraft';
import { canRaise, officerStep, officerTasks, partActions, seesScorecard, whistleActions } from '../src/features/whistles/whistleRoles';
import { allHandled, compareWhistles, isPartOverdue, knowsChange, lateParts, nextDeadline, partStage } from '../src/features/whistles/whistleRules';
import { WhistleStore } from '../src/features/whistles/whistleStore';
import { iso, T0 } from './fixtures';
import { auditor, county, desk, dispatcher, leader, part, township, whistle } from './whistleFixtures';

const MIN = 60_000;
const handled = part({ status: 'handled', officerIds: ['O1'], arrivedAt: iso(T0), handledAt: iso(T0), deadline: null });

describe('whistle buttons per role', () => {
  it('the approver approves or rejects a pending whistle; other township staff only cancel it', () => {
    const w = whistle({ status: 'pendingApproval' });
    expect(whistleActions(w, leader)).toEqual(['approve', 'reject', 'cancel']);
    expect(whistleActions(w, township)).toEqual(['cancel']);
  });

  it('township staff close only when every part is handled, then rate', () => {
    expect(whistleActions(whistle(), township)).toEqual(['cancel']);
    const done = whistle({ departments: [handled, { ...handled, departmentId: 'zhzf', role: 'assist' }] });
    expect(whistleActions(done, township)).toEqual(['close', 'cancel']);
    expect(whistleActions(whistle({ status: 'closed', departments: done.departments }), township)).toEqual(['rate']);
    expect(whistleActions(whistle({ status: 'rated' }), leader)).toEqual([]);
  });

  it('desks, zone centres, the county and the auditor get no whistle-level buttons', () => {
    for (const v of [desk, dispatcher, county, auditor]) expect(whistleActions(whistle({ status: 'pendingApproval' }), v)).toEqual([]);
  });

  it('a desk assigns and handles only its own department’s part', () => {
    const w = whistle();
    const [scjg, zhzf] = w.departments as [ReturnType<typeof part>, ReturnType<typeof part>];
    expect(partActions(w, scjg, desk)).toEqual(['assign']);
    expect(partActions(w, zhzf, desk)).toEqual([]);
    const out = part({ status: 'assigned', officerIds: ['O1'] });
    expect(partActions(whistle({ departments: [out] }), out, desk)).toEqual(['assign', 'handle']);
  });

  it('zone centres and the county step in to assign, and to handle once officers were named; the auditor reads only', () => {
    const w = whistle();
    const p = w.departments[1]!;
    expect(partActions(w, p, dispatcher)).toEqual(['assign']);
    expect(partActions(w, p, county)).toEqual(['assign']);
    const out = part({ departmentId: 'zhzf', status: 'acknowledged', officerIds: ['O3'] });
    expect(partActions(whistle({ departments: [out] }), out, dispatcher)).toEqual(['assign', 'handle']);
    expect(partActions(w, p, auditor)).toEqual([]);
    expect(partActions(w, p, township)).toEqual([]);
  });

  it('no part buttons before approval, after closing, once on scene (no new officers) or handled', () => {
    expect(partActions(whistle({ status: 'pendingApproval' }), part(), desk)).toEqual([]);
    expect(partActions(whistle({ status: 'closed' }), part(), desk)).toEqual([]);
    const arrived = part({ status: 'arrived', officerIds: ['O1'], arrivedAt: iso(T0) });
    expect(partActions(whistle({ departments: [arrived] }), arrived, desk)).toEqual(['handle']);
    expect(partActions(whistle({ departments: [handled] }), handled, desk)).toEqual([]);
  });

  it('an overdue part is still open: it keeps the buttons of the stage behind it', () => {
    const late = part({ status: 'overdue' });
    expect(partStage(late)).toBe('notified');
    expect(partActions(whistle({ departments: [late] }), late, desk)).toEqual(['assign']);
    expect(partStage(part({ status: 'overdue', officerIds: ['O1'] }))).toBe('assigned');
    expect(partStage(part({ status: 'overdue', officerIds: ['O1'], arrivedAt: iso(T0) }))).toBe('arrived');
  });

  it('raising whistles is township staff’s; the scorecard is the county’s, the zones’ and the auditor’s', () => {
    expect(canRaise(township)).toBe(true);
    expect(canRaise({ ...township, townshipId: null })).toBe(false);
    expect(canRaise(desk)).toBe(false);
    expect(['countyCommander', 'zoneDispatcher', 'auditor', 'departmentDesk', 'townshipStaff'].map((r) => seesScorecard(r as never))).toEqual([true, true, true, false, false]);
  });
});

describe('whistle state', () => {
  it('a part is overdue when the server marks it or its deadline passed, never once handled', () => {
    expect(isPartOverdue(part({ status: 'overdue', deadline: null }), T0)).toBe(true);
    expect(isPartOverdue(part({ deadline: iso(T0 - 1) }), T0)).toBe(true);
    expect(isPartOverdue(part({ deadline: iso(T0 + MIN) }), T0)).toBe(false);
    expect(isPartOverdue(handled, T0 + 99 * MIN)).toBe(false);
  });

  it('counts the late parts that concern a viewer: a desk its own department’s, everyone else all', () => {
    const w = whistle({ departments: [part({ deadline: iso(T0 + MIN) }), part({ departmentId: 'zhzf', status: 'overdue' })] });
    expect(lateParts(w, T0, null)).toBe(1);
    expect(lateParts(w, T0, 'scjg')).toBe(0);
    expect(lateParts(w, T0 + 2 * MIN, 'scjg')).toBe(1);
    expect(lateParts({ ...w, status: 'closed' }, T0 + 2 * MIN, null)).toBe(0);
  });

  it('closes only when every part is handled', () => {
    expect(allHandled(whistle())).toBe(false);
    expect(allHandled(whistle({ departments: [handled] }))).toBe(true);
    expect(allHandled(whistle({ departments: [] }))).toBe(false);
  });

  it('the next deadline is the earliest running one, optionally of one department', () => {
    const w = whistle({ departments: [part({ deadline: iso(T0 + 20 * MIN) }), part({ departmentId: 'zhzf', deadline: iso(T0 + 5 * MIN) }), handled] });
    expect(nextDeadline(w)?.part.departmentId).toBe('zhzf');
    expect(nextDeadline(w, 'scjg')?.due).toBe(T0 + 20 * MIN);
    expect(nextDeadline(whistle({ status: 'pendingApproval' }))).toBeNull();
  });

  it('lists active whistles first, then by urgency, then by deadline', () => {
    const closed = whistle({ id: 'c', status: 'rated', urgency: 'emergency' });
    const normal = whistle({ id: 'n', urgency: 'normal' });
    const soon = whistle({ id: 's', departments: [part({ deadline: iso(T0 + MIN) })] });
    const later = whistle({ id: 'l', departments: [part({ deadline: iso(T0 + 9 * MIN) })] });
    const emergency = whistle({ id: 'e', urgency: 'emergency' });
    expect([closed, normal, later, soon, emergency].sort(compareWhistles).map((w) => w.id)).toEqual(['e', 's', 'l', 'n', 'c']);
  });

  it('refetches only what the stored copy does not show yet, and never keeps an older copy', () => {
    const w = whistle({ updatedAt: iso(T0 + 1000) });
    expect(knowsChange(w, { status: 'open', updatedAt: iso(T0) })).toBe(true);
    expect(knowsChange(w, { status: 'closed', updatedAt: iso(T0 + 1000) })).toBe(false);
    expect(knowsChange(undefined, { status: 'open', updatedAt: iso(T0) })).toBe(false);
    const store = new WhistleStore();
    store.upsert(w);
    expect(store.upsert(whistle({ status: 'pendingApproval', updatedAt: iso(T0) }))).toBe(false);
    expect(store.get('W1')?.status).toBe('open');
  });
});

describe('countdowns and labels', () => {
  it('counts down to reporting until officers are assigned, then to arrival; late reads 已超时', () => {
    expect(partCountdown(part({ deadline: iso(T0 + 4 * MIN + 32_000) }), T0)).toEqual({ kind: 'report', text: '报到 剩 04:32', missed: false });
    expect(partCountdown(part({ status: 'assigned', officerIds: ['O1'], deadline: iso(T0 - 12 * MIN) }), T0)).toEqual({ kind: 'arrive', text: '到场 已超时 12分', missed: true });
    expect(partCountdown(part({ deadline: null }), T0)).toBeNull();
    expect(partCountdown(handled, T0)).toBeNull();
  });

  it('names every status, urgency and action in Chinese', () => {
    for (const s of WHISTLE_STATUSES) expect(whistleStatusName(s)).toMatch(/[\u4e00-\u9fff]/);
    for (const s of PART_STATUSES) expect(partStatusName(s)).toMatch(/[\u4e00-\u9fff]/);
    for (const a of WHISTLE_ACTIONS) expect(whistleActionName(a)).toMatch(/[\u4e00-\u9fff]/);
    expect(URGENCIES.map(urgencyName)).toEqual(['紧急', '较急', '一般']);
    expect(partStatusName('overdue')).toBe('已超时');
    expect(whistleActionName('escalate')).toBe('超时上报');
    expect(whistleStatusName(null)).toBe('—');
  });
});

describe('officer whistle tasks', () => {
  it('lists open whistles whose part names the officer and is not handled', () => {
    const mine = whistle({ id: 'a', departments: [part({ status: 'assigned', officerIds: ['O0001'] })] });
    const done = whistle({ id: 'b', departments: [{ ...handled, officerIds: ['O0001'] }] });
    const other = whistle({ id: 'c', departments: [part({ status: 'assigned', officerIds: ['O0002'] })] });
    const closed = whistle({ id: 'd', status: 'closed', departments: mine.departments });
    expect(officerTasks([mine, done, other, closed], 'O0001').map((t) => t.whistle.id)).toEqual(['a']);
  });

  it('steps 确认 → 到场 → 完成本部门任务, also when the part is overdue', () => {
    expect(officerStep(part({ status: 'assigned', officerIds: ['O1'] }))).toBe('acknowledge');
    expect(officerStep(part({ status: 'acknowledged', officerIds: ['O1'] }))).toBe('arrive');
    expect(officerStep(part({ status: 'overdue', officerIds: ['O1'] }))).toBe('acknowledge');
    expect(officerStep(part({ status: 'arrived', officerIds: ['O1'], arrivedAt: iso(T0) }))).toBe('handle');
    expect(officerStep(handled)).toBeNull();
  });
});

describe('new whistle form', () => {
  const names = (id: string) => ({ scjg: '市场监管', zhzf: '综合执法' })[id] ?? id;
  const draft = (extra: Partial<WhistleDraft> = {}): WhistleDraft => ({
    title: ' 占道经营 ',
    description: '需要执法',
    location: { lat: 28.45, lon: 119.92 },
    townshipId: 'T01',
    urgency: 'urgent',
    incidentId: '',
    parts: [
      { departmentId: 'zhzf', role: 'assist', needs: '执法车辆' },
      { departmentId: 'scjg', role: 'lead', needs: '快检设备' },
      { departmentId: 'sthj', role: '', needs: '' },
    ],
    ...extra,
  });

  it('sends the named departments, the lead first, trimmed', () => {
    const body = checkDraft(draft({ incidentId: '#42' }), names);
    expect(isProblem(body)).toBe(false);
    expect(body).toMatchObject({
      title: '占道经营',
      townshipId: 'T01',
      incidentId: '42',
      departments: [
        { departmentId: 'scjg', role: 'lead', needs: '快检设备' },
        { departmentId: 'zhzf', role: 'assist', needs: '执法车辆' },
      ],
    });
    expect('incidentId' in (checkDraft(draft(), names) as object)).toBe(false);
  });

  it('needs exactly one lead department', () => {
    const none = draft({ parts: [{ departmentId: 'zhzf', role: 'assist', needs: 'x' }] });
    expect(checkDraft(none, names)).toEqual({ field: 'lead', message: '请指定一个主办部门' });
    const two = draft({ parts: [{ departmentId: 'zhzf', role: 'lead', needs: 'x' }, { departmentId: 'scjg', role: 'lead', needs: 'y' }] });
    expect(checkDraft(two, names)).toEqual({ field: 'lead', message: '只能指定一个主办部门' });
  });

  it('says the first thing missing: title, description, location, then a department’s needs', () => {
    expect(checkDraft(draft({ title: '  ' }), names)).toMatchObject({ field: 'title' });
    expect(checkDraft(draft({ description: '' }), names)).toMatchObject({ field: 'description' });
    expect(checkDraft(draft({ location: null }), names)).toMatchObject({ field: 'location' });
    expect(checkDraft(draft({ townshipId: null }), names)).toMatchObject({ field: 'township' });
    const vague = draft({ parts: [{ departmentId: 'scjg', role: 'lead', needs: 'x' }, { departmentId: 'zhzf', role: 'assist', needs: ' ' }] });
    expect(checkDraft(vague, names)).toEqual({ field: 'zhzf', message: '请填写需要「综合执法」做什么' });
  });
});

describe('rating form', () => {
  const w = whistle({ status: 'closed' });
  const name = (id: string) => id.toUpperCase();

  it('asks three star rows per department and requires them all', () => {
    const spec = ratingSpec(w, name);
    expect(spec.fields.map((f) => f.name)).toEqual(['scjg-response', 'scjg-result', 'scjg-attitude', 'zhzf-response', 'zhzf-result', 'zhzf-attitude']);
    const values = { 'scjg-response': '5', 'scjg-result': '4', 'scjg-attitude': '5', 'zhzf-response': '3', 'zhzf-result': '', 'zhzf-attitude': '4' };
    expect(spec.validate!(values)).toContain('ZHZF');
    values['zhzf-result'] = '2';
    expect(spec.validate!(values)).toBeNull();
    expect(ratingBody(w, values).ratings).toEqual([
      { departmentId: 'scjg', response: 5, result: 4, attitude: 5 },
      { departmentId: 'zhzf', response: 3, result: 2, attitude: 4 },
    ]);
  });
});
