// The hubs' contract, declared once: what the server pushes (event name → payload) and the hub methods the console
// calls. The gateway's OpenAPI document does not describe SignalR, so this is written by hand from the server's
// HubEvents and its event records (silo/Dispatch.Live/Hubs); every enum, position and item in it is the generated
// schema's, so a server change to those fails `tsc` here. (The server may later generate this file.)
import type { components } from '../api/generated/openapi';

type Schemas = components['schemas'];
type LatLon = Schemas['LatLonDto'];

// ---- /hubs/console: officers

export interface OfficerMoved {
  officerId: string;
  lat: number;
  lon: number;
  status: Schemas['OfficerStatus'];
  time: string;
}

export interface OfficerStatusChanged {
  officerId: string;
  status: Schemas['OfficerStatus'];
  time: string;
}

// ---- /hubs/console (and the assigned officer's /hubs/field): incidents

export interface IncidentChanged {
  id: string;
  status: Schemas['IncidentStatus'];
  priority: Schemas['Priority'];
  assignedOfficerId: string | null;
  location: LatLon;
  updatedAt: string;
}

export interface IncidentEscalated {
  id: string;
  level: Schemas['EscalationLevel'];
  deadlineKind: Schemas['DeadlineKind'];
  due: string;
}

/** An urgent incident auto-dispatch could not place yet (nobody free and qualified). */
export interface IncidentAwaitingOfficer {
  id: string;
  category: string;
  priority: Schemas['Priority'];
  departmentId: string;
  location: LatLon;
  since: string;
}

// ---- /hubs/field: an officer's incident work

export interface AssignmentOffered {
  incidentId: string;
  category: string;
  priority: Schemas['Priority'];
  description: string;
  location: LatLon;
  distanceMeters: number | null;
  deadline: string | null;
}

export interface AssignmentWithdrawn {
  incidentId: string;
  reason: string | null;
}

// ---- /hubs/console (and the officers sent, on /hubs/field): whistles

export interface WhistleChanged {
  id: string;
  status: Schemas['WhistleStatus'];
  townshipId: string;
  urgency: Schemas['WhistleUrgency'];
  departments: { departmentId: string; status: Schemas['PartStatus'] }[];
  updatedAt: string;
}

/** /hubs/field, to each assigned officer. */
export interface WhistleTaskOffered {
  whistleId: string;
  title: string;
  urgency: Schemas['WhistleUrgency'];
  location: LatLon | null;
  departmentId: string;
  deadline: string | null;
}

// ---- /hubs/field: joint inspections, to each drawn inspector

export interface InspectionTaskOffered {
  taskId: string;
  enterpriseName: string;
  plannedDate: string;
  items: Schemas['InspectionItemDto'][];
  code: string | null;
}

// ---- /hubs/field: the officer's device calls these

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

// ---- The names, each written once

/** What the server pushes, by event name (the server's HubEvents), and the payload each carries. */
export interface HubEvents {
  officersMoved: OfficerMoved[];
  officerStatusChanged: OfficerStatusChanged;
  incidentChanged: IncidentChanged;
  incidentEscalated: IncidentEscalated;
  incidentAwaitingOfficer: IncidentAwaitingOfficer;
  assignmentOffered: AssignmentOffered;
  assignmentWithdrawn: AssignmentWithdrawn;
  whistleChanged: WhistleChanged;
  whistleTaskOffered: WhistleTaskOffered;
  inspectionTaskOffered: InspectionTaskOffered;
}
export type HubEvent = keyof HubEvents;

/** Pages subscribe by these: `live.on(hubEvents.incidentChanged, (e) => …)` hands the handler an IncidentChanged. */
export const hubEvents: { readonly [E in HubEvent]: E } = {
  officersMoved: 'officersMoved',
  officerStatusChanged: 'officerStatusChanged',
  incidentChanged: 'incidentChanged',
  incidentEscalated: 'incidentEscalated',
  incidentAwaitingOfficer: 'incidentAwaitingOfficer',
  assignmentOffered: 'assignmentOffered',
  assignmentWithdrawn: 'assignmentWithdrawn',
  whistleChanged: 'whistleChanged',
  whistleTaskOffered: 'whistleTaskOffered',
  inspectionTaskOffered: 'inspectionTaskOffered',
};

/** The hub methods the field app calls (/hubs/field): their arguments and what they answer. */
export interface HubMethods {
  ReportPosition: { args: [report: PositionReport]; result: PositionReportResult | null };
  /** Answers the officer's status after the change. */
  SetOnDuty: { args: [onDuty: boolean]; result: Schemas['OfficerStatus'] | null };
}
export type HubMethod = keyof HubMethods;

export const hubMethods: { readonly [M in HubMethod]: M } = {
  ReportPosition: 'ReportPosition',
  SetOnDuty: 'SetOnDuty',
};
