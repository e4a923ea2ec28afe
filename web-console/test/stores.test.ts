// The keyed store under the officer and incident stores, and the busy runner every panel and form uses.
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api/http';
import type { Officer } from '../src/features/officers/types';
import type { OfficerMoved } from '../src/live/hubContract';
import { IncidentStore } from '../src/features/incidents/incidentStore';
import { OfficerStore } from '../src/features/officers/officerStore';
import { BusyRunner, CoalescedFetch } from '../src/shared/busy';
import type { ChangeSet } from '../src/shared/keyedStore';
import { incident, iso, T0 } from './fixtures';

describe('incident store', () => {
  it('never replaces a newer copy with an older one', () => {
    const store = new IncidentStore();
    const changes: ChangeSet[] = [];
    store.onChange((c) => changes.push(c));
    expect(store.upsert(incident({ id: 'a', status: 'acknowledged', updatedAt: iso(T0 + 1000) }))).toBe(true);
    expect(store.upsert(incident({ id: 'a', status: 'dispatched', updatedAt: iso(T0) }))).toBe(false);
    store.replaceAll([incident({ id: 'a', status: 'dispatched', updatedAt: iso(T0) }), incident({ id: 'b' })]);
    expect(store.get('a')?.status).toBe('acknowledged');
    expect(store.size).toBe(2);
    expect(changes).toEqual([new Set(['a']), 'all']);
    store.remove('b');
    expect(store.has('b')).toBe(false);
  });
});

describe('officer store', () => {
  const officer = (time: string): Officer => ({
    id: 'O1',
    code: 'ZF00001',
    name: '李刚',
    status: 'available',
    departmentId: 'zhzf',
    townshipId: 'T01',
    zoneId: 'Z1',
    position: { lat: 28.4, lon: 119.8, accuracy: 5, time },
  });
  const move = (officerId: string, lat: number, time: string): OfficerMoved => ({ officerId, lat, lon: 119.9, status: 'available', time });

  it('a snapshot keeps a position that an event made newer', () => {
    const store = new OfficerStore();
    store.replaceAll([officer(iso(T0))]);
    store.applyMoves([move('O1', 28.5, iso(T0 + 5000))]);
    store.replaceAll([officer(iso(T0 + 1000))]);
    expect(store.get('O1')?.position?.lat).toBe(28.5);
  });

  it('reports officers it does not know', () => {
    const store = new OfficerStore();
    expect(store.applyMoves([move('X', 28.5, iso(T0))])).toEqual(['X']);
  });
});

describe('busy runner', () => {
  it('runs one task at a time, disables meanwhile and shows the error', async () => {
    const error = document.createElement('div');
    const states: boolean[] = [];
    const runner = new BusyRunner({ error, setBusy: (b) => states.push(b) });
    let release!: () => void;
    const first = runner.run(() => new Promise<string>((r) => (release = () => r('ok'))));
    expect(await runner.run(async () => 'second')).toBeUndefined();
    release();
    expect(await first).toBe('ok');
    expect(states).toEqual([true, false]);
    expect(await runner.run(() => Promise.reject(new Error('网络错误')))).toBeUndefined();
    expect(error.textContent).toBe('网络错误');
  });

  it('refetches after a 409', async () => {
    const refetch = vi.fn();
    const runner = new BusyRunner({ error: document.createElement('div'), setBusy: () => undefined, refetch });
    await runner.run(() => Promise.reject(new ApiError(409, '状态已变化', null, null)));
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('coalesces refetches of one id', async () => {
    const calls: [string, boolean][] = [];
    let release!: () => void;
    const fetch = new CoalescedFetch((id, again) => {
      calls.push([id, again]);
      return new Promise<void>((r) => (release = r));
    });
    fetch.request('a');
    fetch.request('a');
    fetch.request('a');
    expect(calls).toEqual([['a', false]]);
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual([
      ['a', false],
      ['a', true],
    ]);
  });
});
