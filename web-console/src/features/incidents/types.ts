// Contract types of incidents (事件闭环): aliases of the gateway document's schemas (src/api/types.ts says why), the
// lists the console iterates over (checked against the generated enums), and what the document does not describe:
// the request body the console sends (NewIncident) and the receipt of a merged report. Their hub events are in
// src/live/hubContract.ts.
import { every, type Holds, type Same } from '../../api/contractChecks';
import type { components } from '../../api/generated/openapi';
import type { Page } from '../../api/page';
import type { LatLon } from '../../api/types';

type Schemas = components['schemas'];

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

export type IncidentDeadline = Schemas['DeadlineView'];
export type Incident = Schemas['IncidentView'];
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

// ---- Held to the gateway's document: the paged list is exactly its IncidentPageView (see src/api/page.ts).
export type ContractChecks = Holds<[Same<Schemas['IncidentPageView'], Page<Incident>>]>;
