// Backend contract types (JSON camelCase, WGS-84 degrees, ISO 8601 UTC times).
//
// Everything the REST API returns is generated from the gateway's OpenAPI document (src/api/generated/openapi.ts,
// written by `npm run gen:api` from openapi.json, which the gateway build writes): these are aliases of those schemas,
// so a change on the server that the console does not follow fails `tsc`. What the document does not describe stays
// hand-written below: the SignalR hub payloads (pushes and hub calls), the request bodies the console sends, and the
// lists the console iterates over (checked against the generated enums).
import type { components } from './generated/openapi';

type Schemas = components['schemas'];

/** A list the console iterates over that names every value of the generated enum U (tsc says which one is missing). */
const every =
  <U extends string>() =>
  <const L extends readonly U[]>(list: L & ([U] extends [L[number]] ? unknown : { missing: Exclude<U, L[number]> })): L =>
    list;

export type Role = Schemas['Role'];

export type OfficerStatus = Schemas['OfficerStatus'];
export const OFFICER_STATUSES = every<OfficerStatus>()(['offDuty', 'available', 'assigned', 'enRoute', 'onScene', 'busy']);

export type SystemInfo = Schemas['SystemInfo'];
export type LoginResponse = Schemas['LoginResponse'];
export type Me = Schemas['MeResponse'];
export type LatLon = Schemas['LatLon'];
/** GeoJSON Polygon geometry; coordinates are [lon, lat]. */
export type PolygonGeometry = Schemas['GeoJsonPolygon'];
export type Zone = Schemas['ZoneView'];
export type Township = Schemas['TownshipData'];
export type Grid = Schemas['GridData'];
export type Department = Schemas['DepartmentData'];
export type County = Schemas['CountyView'];
export type Position = Schemas['PositionView'];
export type Officer = Schemas['OfficerView'];

// Hub /hubs/console events
export interface OfficerMoved {
  officerId: string;
  lat: number;
  lon: number;
  status: OfficerStatus;
  time: string;
}

export interface OfficerStatusChanged {
  officerId: string;
  status: OfficerStatus;
  time: string;
}

// Hub /hubs/field client -> server
export interface PositionReport {
  lat: number;
  lon: number;
  accuracy: number | null;
  deviceTime: string;
}

/** ReportPosition's result: ignored fixes are not errors (devices resend, GPS jumps). */
export type FixOutcome = 'accepted' | 'ignoredOutOfOrder' | 'ignoredImpossibleSpeed' | 'ignoredTooFrequent' | 'ignoredOffDuty' | 'rejected';

export interface PositionReportResult {
  accepted: boolean;
  outcome: FixOutcome;
}

// ---- Incidents (事件闭环)

export type IncidentStatus = Schemas['IncidentStatus'];
export const INCIDENT_STATUSES = every<IncidentStatus>()([
  'reported',
  'registered',
  'rejected',
  'dispatched',
  'acknowledged',
  'onScene',
  'handled',
  'verified',
  'closed',
  'evaluated',
  'parked',
]);

export type Priority = Schemas['Priority'];
export const PRIORITIES = every<Priority>()(['urgent', 'high', 'normal', 'low']);

/** The actions a caller may take (IncidentView.availableActions). */
export type IncidentAction = Schemas['IncidentAction'];
export const INCIDENT_ACTIONS = every<IncidentAction>()([
  'register',
  'reject',
  'dispatch',
  'acknowledge',
  'decline',
  'arrive',
  'handle',
  'verify',
  'close',
  'evaluate',
  'sendBack',
  'extend',
  'park',
  'rework',
]);

export type DeadlineKind = Schemas['DeadlineKind'];
export type EscalationLevel = Schemas['EscalationLevel'];

export type IncidentSource = Schemas['IncidentSource'];
export const INCIDENT_SOURCES = every<IncidentSource>()(['grid', 'hotline', 'whistle', 'patrol', 'sensor', 'assigned']);

export type Category = Schemas['IncidentCategory'];
export type IncidentDeadline = Schemas['DeadlineView'];
export type Evidence = Schemas['EvidenceView'];
export type Incident = Schemas['IncidentView'];

// 12345 hotline intake (the triage queue and the results sent back)
export type TriageTicket = Schemas['TriageView'];
export type HotlineDelivery = Schemas['DeliveryView'];
export type HotlineAnswer = Schemas['HotlineAnswer'];
/** The delivery states the list filters by (the server's DeliveryState, written as a string in DeliveryView). */
export const DELIVERY_STATES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];
export type TimelineEntry = Schemas['TimelineView'];
/** What a timeline entry records: each action fills the fields it has, the rest are null. */
export type TimelineData = Schemas['TimelineData'];
export type Recommendation = Schemas['Recommendation'];
export type UploadedEvidence = Schemas['EvidenceView'];

/** POST /api/incidents body (hand-written: stricter than the server's lenient ReportRequest). */
export interface NewIncident {
  category: string;
  description: string;
  priority?: Priority;
  location: LatLon;
  townshipId?: string;
  gridId?: string;
  source: IncidentSource;
}

// Hub /hubs/console incident events
export interface IncidentChanged {
  id: string;
  status: IncidentStatus;
  priority: Priority;
  assignedOfficerId: string | null;
  location: LatLon;
  updatedAt: string;
}

export interface IncidentEscalated {
  id: string;
  level: EscalationLevel;
  deadlineKind: DeadlineKind;
  due: string;
}

/**
 * The answer to a report merged into an incident the reporter may not see (POST /api/incidents, 200): only that it was
 * received and which case it joined. Hand-written: the document declares the 200 as the incident itself, which is what
 * those who may see the incident get.
 */
export interface ReportReceipt {
  id: string;
  merged: true;
  category: string;
  categoryName: string | null;
}

/** A receipt, not the incident: the reporter's words joined a case it does not follow. */
export function isReceipt(answer: Incident | ReportReceipt): answer is ReportReceipt {
  return !('status' in answer);
}

/** An urgent incident auto-dispatch could not place yet (nobody free and qualified). */
export interface IncidentAwaitingOfficer {
  id: string;
  category: string;
  priority: Priority;
  departmentId: string;
  location: LatLon;
  since: string;
}

// Hub /hubs/field incident events
export interface AssignmentOffered {
  incidentId: string;
  category: string;
  priority: Priority;
  description: string;
  location: LatLon;
  distanceMeters: number | null;
  deadline: string | null;
}

export interface AssignmentWithdrawn {
  incidentId: string;
  reason: string | null;
}
