// What the whistle pages build from the rules: the field card standing in for an offer, whom a desk may send, the
// whistle timeline, the scorecard's numbers.
import { describe, expect, it } from 'vitest';
import type { Officer } from '../src/features/officers/types';
import { whistleFromOffer } from '../src/features/whistles/field/whistleTasks';
import { assignCandidates } from '../src/features/whistles/console/assignCandidates';
import { defaultRange, minutesText, orderScores, ratingText, shareText } from '../src/features/whistles/console/scorecardFormat';
import { officerStep, officerTasks } from '../src/features/whistles/whistleRoles';
import { renderWhistleTimeline } from '../src/features/whistles/console/whistleTimeline';
import { WhistleStore } from '../src/features/whistles/whistleStore';
import { iso, T0 } from './fixtures';
import { whistle } from './whistleFixtures';

describe('field whistle offer', () => {
  it('stands in for the whistle until the real copy arrives, which always wins', () => {
    const offer = { whistleId: 'W9', title: '夜间噪声扰民', urgency: 'emergency' as const, location: null, departmentId: 'sthj', deadline: iso(T0) };
    const w = whistleFromOffer(offer, 'O0001');
    expect(officerTasks([w], 'O0001')[0]?.part).toMatchObject({ departmentId: 'sthj', status: 'assigned', deadline: iso(T0) });
    expect(officerStep(w.departments[0]!)).toBe('acknowledge');
    const store = new WhistleStore();
    store.upsert(w);
    expect(store.upsert(whistle({ id: 'W9', updatedAt: iso(T0) }))).toBe(true);
  });
});

describe('assign candidates', () => {
  const officer = (id: string, name: string, status: Officer['status'], departmentId = 'scjg'): Officer => ({ id, code: id, name, status, departmentId, townshipId: 'T01', zoneId: 'Z1', position: null });
  const officers = [officer('O3', '王五', 'busy'), officer('O2', '李四', 'available'), officer('O1', '张三', 'available'), officer('O4', '赵六', 'offDuty'), officer('O5', '钱七', 'available', 'zhzf')];
  const byId = (id: string) => officers.find((o) => o.id === id);

  it('recommendations first (server order), then the department’s other on-duty officers, free first; none twice, none already on the part', () => {
    const recs = [{ officerId: 'O1', distanceMeters: 300, etaSeconds: 60 }, { officerId: 'O9', distanceMeters: 900, etaSeconds: 200 }];
    const list = assignCandidates({ departmentId: 'scjg', officerIds: ['O2'] }, recs, officers, byId);
    expect(list.map((c) => c.officerId)).toEqual(['O1', 'O9', 'O3']);
    expect(list[0]!.name).toBe('张三');
    expect(list[1]!.name).toBe('O9'); // not in the console's store: its id
    expect(list[2]!.recommendation).toBeNull();
  });
});

describe('whistle timeline', () => {
  const names = { department: (id: string) => ({ scjg: '市场监管' })[id] ?? id, officer: (id: string) => ({ O0001: '张三' })[id] ?? id };

  it('shows the entries in the incident timeline’s list with the whistle’s words', () => {
    const el = renderWhistleTimeline(
      [
        { at: iso(T0 + 60_000), action: 'assign', fromStatus: null, toStatus: null, actor: 'desk', actorRole: 'departmentDesk', data: { departmentId: 'scjg', officerIds: ['O0001'] } },
        { at: iso(T0), action: 'create', fromStatus: null, toStatus: 'pendingApproval', username: 'township', displayName: '城东街道 王芳', role: 'townshipStaff', data: null },
        { at: iso(T0 + 120_000), action: 'remind', fromStatus: null, toStatus: null, role: 'system', data: { departmentId: 'scjg', stage: 'report', approvalWaived: null, extra: 3 } },
      ],
      names,
    );
    const items = [...el.querySelectorAll<HTMLElement>('.timeline-item')];
    expect(el.id).toBe('whistle-timeline');
    expect(items.map((i) => i.dataset.action)).toEqual(['create', 'assign', 'remind']);
    expect(items[0]!.querySelector('.tl-action')!.textContent).toBe('发起吹哨');
    expect(items[0]!.querySelector('.tl-change')!.textContent).toBe('待审批');
    expect(items[1]!.querySelector('.tl-who')!.textContent).toBe('desk（部门值班）');
    expect(items[1]!.querySelector('.tl-data[data-field="officerIds"]')!.textContent).toBe('队员：张三');
    expect(items[2]!.querySelector('.tl-data[data-field="stage"]')!.textContent).toBe('时限：报到');
    expect(items[2]!.querySelector('.tl-data[data-field="approvalWaived"]')).toBeNull();
    expect(items[2]!.querySelector('.tl-data[data-field="extra"]')!.textContent).toBe('extra：3');
  });
});

describe('scorecard', () => {
  it('shows on-time counts with their share, medians in minutes and the rating to one decimal', () => {
    expect(shareText(8, 10)).toBe('8（80%）');
    expect(shareText(0, 0)).toBe('0');
    expect(minutesText(270)).toBe('4.5 分钟');
    expect(minutesText(null)).toBe('—');
    expect(ratingText(4.25)).toBe('4.3');
    expect(ratingText(null)).toBe('—');
  });

  it('orders rows as the county lists departments and defaults to the last 30 days in the county’s calendar', () => {
    const row = (departmentId: string) => ({ departmentId, whistlesReceived: 1, reportedOnTime: 1, arrivedOnTime: 1, medianReportSeconds: null, medianArriveSeconds: null, averageRating: null });
    expect(orderScores([row('x'), row('zhzf'), row('scjg')], ['scjg', 'zhzf']).map((r) => r.departmentId)).toEqual(['scjg', 'zhzf', 'x']);
    expect(defaultRange(T0 + 17 * 3600_000)).toEqual({ from: '2025-10-26', to: '2025-11-25' }); // 23:00 UTC is the next day in Shanghai
  });
});
