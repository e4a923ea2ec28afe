// The incident's timeline as rendered: one item per entry, oldest first, times in Asia/Shanghai, one line per value.
import { describe, expect, it } from 'vitest';
import { renderTimeline } from '../src/features/incidents/timeline';
import { entry, iso, T0 } from './fixtures';

const names = (id: string) => ({ O0001: '张三' })[id] ?? id;

describe('timeline', () => {
  it('lists entries oldest first with action, time, actor and status change', () => {
    const el = renderTimeline(
      [
        entry({ at: iso(T0 + 60_000), action: 'dispatch', fromStatus: 'registered', toStatus: 'dispatched', data: { officerId: 'O0001' } }),
        entry({ at: iso(T0), action: 'report', toStatus: 'reported', data: { priority: 'urgent', source: 'hotline' } }),
      ],
      names,
    );
    const items = [...el.querySelectorAll<HTMLElement>('.timeline-item')];
    expect(el.id).toBe('incident-timeline');
    expect(items.map((i) => i.dataset.action)).toEqual(['report', 'dispatch']);
    expect(items[0]!.querySelector('time')!.textContent).toBe('11/24 14:00:00'); // 06:00 UTC
    expect(items[0]!.querySelector('.tl-who')!.textContent).toContain('值班员甲');
    expect(items[1]!.querySelector('.tl-change')!.textContent).toContain('→');
    expect(items[1]!.querySelector('.tl-data[data-field="officerId"]')!.textContent).toContain('张三');
  });

  it('writes one line per value that is set, named by its field', () => {
    const el = renderTimeline([entry({ action: 'extend', data: { minutes: 30, deadlineKind: 'handle' }, reason: '等待材料' })], names);
    const fields = [...el.querySelectorAll<HTMLElement>('.tl-data')].map((d) => d.dataset.field);
    expect(fields).toEqual(['minutes', 'deadlineKind']);
    expect(el.querySelector('.tl-data[data-field="minutes"]')!.textContent).toContain('30');
    expect(el.querySelector('.tl-reason')!.textContent).toContain('等待材料');
  });

  it('shows a verdict and a score', () => {
    const el = renderTimeline(
      [entry({ action: 'verify', data: { accepted: false, comment: '未清理干净' } }), entry({ at: iso(T0 + 1000), action: 'evaluate', data: { score: 4 } })],
      names,
    );
    expect(el.querySelector('.tl-data[data-field="accepted"]')!.textContent).toContain('不通过');
    expect(el.querySelector('.tl-data[data-field="score"]')!.textContent).toContain('★★★★☆');
  });

  it('says so when there is nothing yet', () => {
    const el = renderTimeline([], names);
    expect(el.querySelector('.timeline-item')).toBeNull();
    expect(el.textContent).not.toBe('');
  });
});
