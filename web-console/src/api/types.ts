// Backend contract types (JSON camelCase, WGS-84 degrees, ISO 8601 UTC times).

export type Role =
  | 'countyCommander'
  | 'zoneDispatcher'
  | 'departmentDesk'
  | 'townshipStaff'
  | 'officer'
  | 'gridWorker'
  | 'enterprise'
  | 'auditor'
  | 'admin';

export const OFFICER_STATUSES = ['offDuty', 'available', 'assigned', 'enRoute', 'onScene', 'busy'] as const;
export type OfficerStatus = (typeof OFFICER_STATUSES)[number];

export interface SystemInfo {
  mode: 'embedded' | 'cluster';
  persistence: 'memory' | 'redis';
  demo: boolean;
  countyName: string;
}

export interface LoginResponse {
  accessToken: string;
  role: Role;
  expiresAt: string;
}

export interface Me {
  username: string;
  role: Role;
  displayName: string;
  zoneIds: string[];
  townshipId: string | null;
  departmentId: string | null;
  officerId: string | null;
  /** Grid workers: their grid (may be absent on older servers). */
  gridId?: string | null;
}

export interface LatLon {
  lat: number;
  lon: number;
}

/** GeoJSON Polygon geometry; coordinates are [lon, lat]. */
export interface PolygonGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
}

export interface Zone {
  id: string;
  name: string;
  townshipIds: string[];
}

export interface Township {
  id: string;
  name: string;
  zoneId: string;
  outline: PolygonGeometry | null;
}

export interface Grid {
  id: string;
  name: string;
  townshipId: string;
  outline: PolygonGeometry | null;
}

export interface Department {
  id: string;
  name: string;
  shortName: string;
}

export interface County {
  id: string;
  name: string;
  center: LatLon;
  zones: Zone[];
  townships: Township[];
  grids: Grid[];
  departments: Department[];
}

export interface Position {
  lat: number;
  lon: number;
  accuracy: number | null;
  time: string;
}

export interface Officer {
  id: string;
  code: string;
  name: string;
  departmentId: string | null;
  townshipId: string | null;
  zoneId: string | null;
  status: OfficerStatus;
  position: Position | null;
}

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

export const INCIDENT_STATUSES = [
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
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const INCIDENT_ACTIONS = [
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
] as const;
export type IncidentAction = (typeof INCIDENT_ACTIONS)[number];

export type DeadlineKind = 'acknowledge' | 'arrive' | 'handle';

export const INCIDENT_SOURCES = ['grid', 'hotline', 'whistle', 'patrol', 'sensor', 'assigned'] as const;
export type IncidentSource = (typeof INCIDENT_SOURCES)[number];

export interface Category {
  id: string;
  name: string;
  departmentId: string;
  qualification: string | null;
  defaultPriority: Priority;
}

export interface IncidentDeadline {
  kind: DeadlineKind;
  due: string;
  missed: boolean;
  /** Not in the contract yet; honoured when the server sends it. */
  met?: boolean;
}

export interface Evidence {
  id: string;
  url: string;
  contentType: string;
  size: number;
  uploadedBy?: string | null;
  at?: string | null;
}

export interface Incident {
  id: string;
  status: IncidentStatus;
  category: string;
  priority: Priority;
  description: string;
  location: LatLon;
  townshipId: string | null;
  gridId: string | null;
  zoneId: string | null;
  departmentId: string | null;
  assignedOfficerId: string | null;
  deadlines: IncidentDeadline[];
  createdAt: string;
  updatedAt: string;
  source: IncidentSource | string;
  reportedBy: string | null;
  reports: number;
  result: string | null;
  score: number | null;
  evidence: Evidence[];
  /** The actions the caller may take now. */
  availableActions: IncidentAction[];
  merged?: boolean;
}

export interface NewIncident {
  category: string;
  description: string;
  priority?: Priority;
  location: LatLon;
  townshipId?: string;
  gridId?: string;
  source: IncidentSource;
}

export interface TimelineEntry {
  at: string;
  /** An IncidentAction, or report, merge, reminder, escalate, autoDispatch, evidence. */
  action: string;
  fromStatus: IncidentStatus | null;
  toStatus: IncidentStatus | null;
  username: string | null;
  role: Role | string | null;
  displayName: string | null;
  reason: string | null;
  data: Record<string, unknown> | null;
  location: LatLon | null;
}

export interface Recommendation {
  officerId: string;
  distanceMeters: number;
  etaSeconds: number;
}

export interface UploadedEvidence {
  id: string;
  url: string;
  contentType: string;
  size: number;
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

export type EscalationLevel = 'reminder' | 'zone' | 'county';

export interface IncidentEscalated {
  id: string;
  level: EscalationLevel;
  deadlineKind: DeadlineKind;
  due: string;
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
