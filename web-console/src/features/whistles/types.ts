// Contract types of township whistles (乡镇吹哨、部门报到) and the department scorecard, written by hand from the issue's
// public contract (JSON camelCase, ISO 8601 UTC times, WGS-84 degrees): the pages were built before the gateway's
// document described these routes. The checks at the end hold them to the generated schemas, so a server change the
// pages do not follow fails tsc; they can become plain aliases of components['schemas'][…] like src/features/incidents/types.ts.
import type { Fits, Holds, Same } from '../../api/contractChecks';
import type { components } from '../../api/generated/openapi';
import type { Page } from '../../api/page';
import type { LatLon, Me } from '../../api/types';

export const WHISTLE_STATUSES = ['pendingApproval', 'open', 'closed', 'rated', 'rejected', 'cancelled'] as const;
export type WhistleStatus = (typeof WHISTLE_STATUSES)[number];

/** A named department's part. `overdue` keeps the part open; it only marks lateness. */
export const PART_STATUSES = ['notified', 'assigned', 'acknowledged', 'arrived', 'handled', 'overdue'] as const;
export type PartStatus = (typeof PART_STATUSES)[number];

/** Most urgent first (紧急 / 较急 / 一般). */
export const URGENCIES = ['emergency', 'urgent', 'normal'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** 主办 (exactly one per whistle) or 协办. */
export type PartRole = 'lead' | 'assist';

export const WHISTLE_ACTIONS = ['approve', 'reject', 'cancel', 'assign', 'acknowledge', 'arrive', 'handle', 'close', 'rate'] as const;
export type WhistleAction = (typeof WHISTLE_ACTIONS)[number];

/** The township's rating of one department's response, each 1–5. */
export interface PartRating {
  response: number;
  result: number;
  attitude: number;
}

export interface WhistlePart {
  departmentId: string;
  role: PartRole;
  /** What the department must bring (free text). */
  needs: string | null;
  status: PartStatus;
  officerIds: string[];
  /** The next limit the part must meet: reporting until officers are assigned, then arrival; null once arrived or before approval. */
  deadline: string | null;
  reportedAt: string | null;
  arrivedAt: string | null;
  handledAt: string | null;
  result: string | null;
  rating: PartRating | null;
  /** The zone centre was told that this part is late (sent by the gateway beyond the contract; read if present). */
  escalated?: boolean;
}

export interface Whistle {
  id: string;
  status: WhistleStatus;
  title: string;
  description: string;
  urgency: Urgency;
  townshipId: string;
  zoneId: string;
  location: LatLon | null;
  incidentId: string | null;
  departments: WhistlePart[];
  createdAt: string;
  updatedAt: string;
}

/** POST /api/whistles body. */
export interface NewWhistle {
  title: string;
  description: string;
  location: LatLon;
  townshipId: string;
  urgency: Urgency;
  departments: { departmentId: string; role: PartRole; needs: string }[];
  incidentId?: string;
}

/**
 * A whistle timeline entry, shaped like the incident's (TimelineView). The actor's fields are read under either name the
 * issue uses (`username`/`displayName`/`role` as incidents, or `actor`/`actorRole`); `data` holds what the action records.
 */
export interface WhistleTimelineEntry {
  at: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  username?: string | null;
  displayName?: string | null;
  role?: string | null;
  actor?: string | null;
  actorRole?: string | null;
  reason?: string | null;
  data: Record<string, unknown> | null;
}

export interface WhistleRecommendation {
  officerId: string;
  distanceMeters: number | null;
  etaSeconds: number | null;
}

/** GET /api/scorecards/departments row; medians and the average are null when there is nothing to measure. */
export interface DepartmentScore {
  departmentId: string;
  whistlesReceived: number;
  reportedOnTime: number;
  arrivedOnTime: number;
  medianReportSeconds: number | null;
  medianArriveSeconds: number | null;
  averageRating: number | null;
}

/** Who is looking, as the whistle rules read it; GET /api/me says `"approver": true` for the township's principal leader. */
export type Viewer = Pick<Me, 'role' | 'townshipId' | 'departmentId' | 'officerId'> & { approver?: boolean };

// ---- Held to the gateway's document: what it sends must fit what the pages read, and the enums must be the same sets.
type Schemas = components['schemas'];
export type ContractChecks = Holds<
  [
    Fits<Schemas['WhistleView'], Whistle>,
    Fits<Schemas['WhistlePartView'], WhistlePart>,
    Fits<Schemas['WhistleTimelineView'], WhistleTimelineEntry>,
    Fits<Schemas['Recommendation'], WhistleRecommendation>,
    Fits<Schemas['DepartmentScore'], DepartmentScore>,
    Same<Schemas['WhistleStatus'], WhistleStatus>,
    Same<Schemas['PartStatus'], PartStatus>,
    Same<Schemas['WhistleUrgency'], Urgency>,
    Same<Schemas['PartRole'], PartRole>,
    // The paged list reads WhistlePageView, with the same paging fields (see src/api/page.ts).
    Fits<Schemas['WhistlePageView'], Page<Whistle>>,
    Same<Omit<Schemas['WhistlePageView'], 'items'>, Omit<Page<Whistle>, 'items'>>,
  ]
>;
