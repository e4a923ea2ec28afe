// Test data: a whistle and its parts as the server sends them, with what a test changes.
import type { Viewer, Whistle, WhistlePart } from '../src/features/whistles/types';
import { iso, T0 } from './fixtures';

export function part(extra: Partial<WhistlePart> = {}): WhistlePart {
  return {
    departmentId: 'scjg',
    role: 'lead',
    needs: '食品快检设备',
    status: 'notified',
    officerIds: [],
    deadline: iso(T0 + 30 * 60_000),
    reportedAt: null,
    arrivedAt: null,
    handledAt: null,
    result: null,
    rating: null,
    ...extra,
  };
}

export function whistle(extra: Partial<Whistle> = {}): Whistle {
  return {
    id: 'W1',
    status: 'open',
    title: '菜市场周边占道经营',
    description: '乡镇无执法权',
    urgency: 'urgent',
    townshipId: 'T01',
    zoneId: 'Z1',
    location: { lat: 28.45, lon: 119.92 },
    incidentId: null,
    departments: [part(), part({ departmentId: 'zhzf', role: 'assist', needs: '执法车辆' })],
    createdAt: iso(T0),
    updatedAt: iso(T0),
    ...extra,
  };
}

export const township: Viewer = { role: 'townshipStaff', townshipId: 'T01', departmentId: null, officerId: null, approver: false };
export const leader: Viewer = { ...township, approver: true };
export const desk: Viewer = { role: 'departmentDesk', townshipId: null, departmentId: 'scjg', officerId: null };
export const dispatcher: Viewer = { role: 'zoneDispatcher', townshipId: null, departmentId: null, officerId: null };
export const county: Viewer = { ...dispatcher, role: 'countyCommander' };
export const auditor: Viewer = { ...dispatcher, role: 'auditor' };
