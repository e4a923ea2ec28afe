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
