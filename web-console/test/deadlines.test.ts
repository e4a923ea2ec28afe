// Deadline state as the console, the field app and the grid page show it: running, missed, met; countdown text.
import { describe, expect, it } from 'vitest';
import { countdownText, deadlineCountdown } from '../src/features/incidents/words';
import { compareIncidents, isMissed, isOpen, isRunning, knowsChange, msLeft, nextDeadline } from '../src/features/incidents/model';
import { deadline, incident, T0 } from './fixtures';

const MIN = 60_000;

describe('deadline state', () => {
  it('runs while the status has not passed it', () => {
    const inc = incident({ status: 'dispatched' });
    expect(isRunning(inc, deadline('acknowledge', T0 + 5 * MIN))).toBe(true);
    expect(isRunning(inc, deadline('arrive', T0 + 30 * MIN))).toBe(true);
    expect(isRunning(inc, deadline('handle', T0 + 120 * MIN))).toBe(true);
  });

  it('is met once the status has passed it (签收 after acknowledged, 到场 after onScene, 处置 after handled)', () => {
    expect(isRunning(incident({ status: 'acknowledged' }), deadline('acknowledge', T0))).toBe(false);
    expect(isRunning(incident({ status: 'acknowledged' }), deadline('arrive', T0))).toBe(true);
    expect(isRunning(incident({ status: 'onScene' }), deadline('arrive', T0))).toBe(false);
    expect(isRunning(incident({ status: 'onScene' }), deadline('handle', T0))).toBe(true);
    for (const status of ['handled', 'verified', 'closed', 'evaluated'] as const) {
      expect(isRunning(incident({ status }), deadline('handle', T0))).toBe(false);
    }
  });

  it('is met when the server says so, and never runs while parked or rejected', () => {
    expect(isRunning(incident({ status: 'dispatched' }), deadline('acknowledge', T0, { met: true }))).toBe(false);
    expect(isRunning(incident({ status: 'parked' }), deadline('handle', T0))).toBe(false);
    expect(isRunning(incident({ status: 'rejected' }), deadline('handle', T0))).toBe(false);
  });

  it('is missed once due has passed or the server marked it', () => {
    const d = deadline('acknowledge', T0);
    expect(isMissed(d, T0 - 1)).toBe(false);
    expect(isMissed(d, T0 + 1)).toBe(true);
    expect(isMissed(deadline('acknowledge', T0 + MIN, { missed: true }), T0)).toBe(true);
    expect(msLeft(d, T0 - 90_000)).toBe(90_000);
  });

  it('next deadline is the earliest running one', () => {
    const inc = incident({
      status: 'acknowledged',
      deadlines: [deadline('acknowledge', T0 + MIN), deadline('handle', T0 + 60 * MIN), deadline('arrive', T0 + 20 * MIN)],
    });
    expect(nextDeadline(inc)?.kind).toBe('arrive');
    expect(nextDeadline(incident({ status: 'handled', deadlines: inc.deadlines }))).toBeNull();
  });

  it('open statuses are everything but rejected, closed and evaluated', () => {
    expect(isOpen('handled')).toBe(true);
    expect(isOpen('parked')).toBe(true);
    expect(isOpen('closed')).toBe(false);
    expect(isOpen('rejected')).toBe(false);
    expect(isOpen('evaluated')).toBe(false);
  });
});

describe('countdown text', () => {
  it('shows minutes and seconds under an hour', () => {
    expect(countdownText(4 * MIN + 32_000)).toBe('剩 04:32');
    expect(countdownText(0)).toBe('剩 00:00');
  });

  it('shows hours and days beyond an hour', () => {
    expect(countdownText(3 * 60 * MIN + 5 * MIN)).toBe('剩 3小时5分');
    expect(countdownText(26 * 60 * MIN)).toBe('剩 1天2小时');
  });

  it('counts a started minute when overdue', () => {
    expect(countdownText(-1)).toBe('已超时 1分');
    expect(countdownText(-12 * MIN)).toBe('已超时 12分');
    expect(countdownText(-(61 * MIN + 1))).toBe('已超时 1小时2分');
  });

  it('names the deadline', () => {
    expect(deadlineCountdown('acknowledge', 30_000)).toMatch(/^\S+ 剩 00:30$/);
  });
});

describe('queue order', () => {
  it('urgency first, then the nearest unmet deadline, then oldest', () => {
    const urgent = incident({ id: 'u', priority: 'urgent' });
    const soon = incident({ id: 's', deadlines: [deadline('acknowledge', T0 + MIN)] });
    const later = incident({ id: 'l', deadlines: [deadline('acknowledge', T0 + 10 * MIN)] });
    const none = incident({ id: 'n' });
    expect([none, later, soon, urgent].sort(compareIncidents).map((i) => i.id)).toEqual(['u', 's', 'l', 'n']);
  });
});

describe('live changes', () => {
  it('refetches only what the stored copy does not show yet', () => {
    const known = incident({ status: 'dispatched', updatedAt: '2025-11-24T06:00:00Z' });
    expect(knowsChange(known, { status: 'dispatched', updatedAt: '2025-11-24T06:00:00Z' })).toBe(true);
    expect(knowsChange(known, { status: 'acknowledged', updatedAt: '2025-11-24T06:00:00Z' })).toBe(false);
    expect(knowsChange(known, { status: 'dispatched', updatedAt: '2025-11-24T06:00:01Z' })).toBe(false);
    expect(knowsChange(undefined, { status: 'dispatched', updatedAt: '2025-11-24T06:00:00Z' })).toBe(false);
  });
});
