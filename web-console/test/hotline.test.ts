// The console's hotline lists as rendered: a triaged ticket with its reason, caller and deadline class in Chinese, and
// the dead letters with their attempts and last error.
import type L from 'leaflet';
import { describe, expect, it } from 'vitest';
import type { HotlineDelivery, TriageTicket } from '../src/features/hotline/types';
import { DeliveryList } from '../src/features/hotline/console/deliveryList';
import { TriageQueue } from '../src/features/hotline/console/triageQueue';
import { Lookup } from '../src/shared/lookup';

const ticket = (over: Partial<TriageTicket> = {}): TriageTicket => ({
  ticketId: 'ZJ12345-0001',
  category: '噪声扰民',
  description: '夜间施工噪声',
  address: '人民路 8 号',
  location: null,
  deadlineClass: '7d',
  contact: { name: '王女士', phone: '13900000000' },
  reason: 'unmappedCategory',
  zoneId: null,
  receivedAt: '2026-11-30T02:00:00Z',
  ...over,
});

describe('triage queue', () => {
  it('shows each waiting ticket with its reason, caller and deadline class', () => {
    const queue = new TriageQueue({} as L.Map, new Lookup(null), () => undefined);
    queue.show([ticket(), ticket({ ticketId: 'ZJ12345-0002', reason: 'noLocation', contact: null, address: null })]);
    expect(queue.count).toBe(2);
    const first = queue.el.querySelector('[data-ticket-id="ZJ12345-0001"]')!;
    expect(first.textContent).toContain('分类未对应');
    expect(first.querySelector('.triage-caller')!.textContent).toBe('王女士 13900000000');
    expect(first.textContent).toContain('7 个工作日');
    const second = queue.el.querySelector('[data-ticket-id="ZJ12345-0002"]')!;
    expect(second.textContent).toContain('缺少位置');
    expect(second.querySelector('.triage-caller')!.textContent).toBe('（未留联系方式）');
  });

  it('says so when nothing waits', () => {
    const queue = new TriageQueue({} as L.Map, new Lookup(null), () => undefined);
    queue.show([]);
    expect(queue.count).toBe(0);
    expect(queue.el.textContent).toContain('没有待分拣的工单');
  });
});

describe('dead letters', () => {
  it('lists each result that could not go back, with attempts and the last error', () => {
    const list = new DeliveryList();
    const letter: HotlineDelivery = {
      ticketId: 'ZJ12345-0003', incidentId: 'Z1-20261130-0001', status: 'closed', result: '已劝离', closedAt: '2026-11-30T03:00:00Z',
      state: 'failed', attempts: 8, nextAttemptAt: null, lastError: 'HTTP 500', updatedAt: '2026-11-30T04:00:00Z',
    };
    list.show([letter]);
    expect(list.count).toBe(1);
    const row = list.el.querySelector('[data-ticket-id="ZJ12345-0003"]')!;
    expect(row.textContent).toContain('已尝试 8 次');
    expect(row.textContent).toContain('HTTP 500');
    expect(row.textContent).toContain('已结案');
  });
});
