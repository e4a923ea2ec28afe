// Test data: an incident as the server sends it, with what a test changes.
import type { Incident, IncidentDeadline, TimelineData, TimelineEntry } from '../src/features/incidents/types';

export const T0 = Date.parse('2025-11-24T06:00:00Z'); // 14:00 in Asia/Shanghai

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function deadline(kind: IncidentDeadline['kind'], dueMs: number, extra: Partial<IncidentDeadline> = {}): IncidentDeadline {
  return { kind, due: iso(dueMs), missed: false, met: false, ...extra };
}

export function incident(extra: Partial<Incident> = {}): Incident {
  return {
    id: '42',
    status: 'dispatched',
    category: 'cat-1',
    categoryName: null,
    priority: 'normal',
    description: '占道经营',
    location: { lat: 28.45, lon: 119.92 },
    townshipId: 'T01',
    gridId: null,
    zoneId: 'Z1',
    departmentId: 'scjg',
    assignedOfficerId: 'O0001',
    deadlines: [],
    createdAt: iso(T0),
    updatedAt: iso(T0),
    source: 'hotline',
    reportedBy: 'dispatcher',
    reports: 1,
    result: null,
    score: null,
    evidence: [],
    availableActions: [],
    merged: false,
    requestedPriority: null,
    requestedSource: null,
    awaitingOfficer: false,
    whistleIds: [],
    ...extra,
  };
}

const NO_DATA: TimelineData = {
  officerId: null,
  replaces: null,
  outsideDepartment: null,
  result: null,
  evidenceIds: null,
  accepted: null,
  comment: null,
  score: null,
  minutes: null,
  deadlineKind: null,
  level: null,
  due: null,
  source: null,
  requestedSource: null,
  priority: null,
  requestedPriority: null,
  description: null,
  evidenceId: null,
  contentType: null,
  whistleId: null,
};

export function entry(extra: Omit<Partial<TimelineEntry>, 'data'> & { data?: Partial<TimelineData> | null } = {}): TimelineEntry {
  const { data, ...rest } = extra;
  return {
    at: iso(T0),
    action: 'report',
    fromStatus: null,
    toStatus: 'reported',
    username: 'dispatcher',
    role: 'zoneDispatcher',
    displayName: '值班员甲',
    reason: null,
    data: data === null ? null : data ? { ...NO_DATA, ...data } : null,
    location: null,
    ...rest,
  };
}
