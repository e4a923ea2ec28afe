// Typed calls for incidents (事件闭环): categories, intake, queue, actions, timeline, evidence.
import { incidentText } from './words';
import { postFile, request } from '../../api/http';
import { allPages, MAX_LIMIT, type Page, type PageQuery } from '../../api/page';
import { queryString } from '../../api/query';
import type { Category } from '../../api/types';
import type { Incident, IncidentAction, IncidentStatus, NewIncident, Recommendation, ReportReceipt, TimelineEntry, UploadedEvidence } from './types';

const enc = encodeURIComponent;

/** A refused photo (also used by the inspection evidence upload). */
export const PHOTO_MESSAGES: Partial<Record<number, string>> = {
  413: incidentText.errors.tooLarge,
  415: incidentText.errors.badImageType,
};

/** Chinese texts for statuses whose generic text would mislead here. */
const ACTION_MESSAGES: Partial<Record<number, string>> = {
  409: incidentText.errors.conflict,
  404: incidentText.errors.notFound,
  403: incidentText.errors.forbidden,
};

export function getCategories(): Promise<Category[]> {
  return request<Category[]>('/api/categories');
}

/** GET /api/incidents filters; empty ones are left out. */
export interface IncidentQuery {
  /** Any of these (sent comma-separated); none: every status. */
  status?: readonly IncidentStatus[];
  zoneId?: string;
  townshipId?: string;
  departmentId?: string;
  category?: string;
  /** createdAt from (inclusive) / to (exclusive): an ISO date-time, or YYYY-MM-DD for that day's start in China. */
  from?: string;
  to?: string;
  /** Free text matched against the id, the description and the category's name. */
  q?: string;
}

/** The query string of one page of incidents (filters, then the page's cursor and limit). */
export function incidentsUrl(q: IncidentQuery = {}, page: PageQuery = {}): string {
  return `/api/incidents${queryString({ ...q, status: q.status?.join(','), ...page })}`;
}

/**
 * One page of the incidents in the caller's scope (grid workers: their own reports; officers: their assignments),
 * newest first.
 */
export function getIncidents(q: IncidentQuery = {}, page: PageQuery = {}): Promise<Page<Incident>> {
  return request<Page<Incident>>(incidentsUrl(q, page));
}

/** Every page of them (bounded: see allPages). */
export function getAllIncidents(q: IncidentQuery = {}): Promise<Page<Incident>> {
  return allPages((cursor) => getIncidents(q, { cursor, limit: MAX_LIMIT }));
}

export function getIncident(id: string): Promise<Incident> {
  return request<Incident>(`/api/incidents/${enc(id)}`, { messages: { 404: incidentText.errors.notFound } });
}

/**
 * Report an incident. The same key must be sent again when the same submission is retried, so a
 * retry after a lost response does not create a second incident. 201 = new; 200 with merged = true.
 */
export function createIncident(body: NewIncident, idempotencyKey: string): Promise<Incident | ReportReceipt> {
  return request<Incident | ReportReceipt>('/api/incidents', {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function getTimeline(id: string): Promise<TimelineEntry[]> {
  return request<TimelineEntry[]>(`/api/incidents/${enc(id)}/timeline`);
}

export function getRecommendations(id: string): Promise<Recommendation[]> {
  return request<Recommendation[]>(`/api/incidents/${enc(id)}/recommendations`);
}

export type ActionBody = Record<string, unknown>;

export function postAction(id: string, action: IncidentAction, body: ActionBody = {}): Promise<Incident> {
  return request<Incident>(`/api/incidents/${enc(id)}/actions/${enc(action)}`, {
    method: 'POST',
    body,
    messages: ACTION_MESSAGES,
  });
}

export function uploadEvidence(id: string, file: Blob, fileName: string): Promise<UploadedEvidence> {
  return postFile<UploadedEvidence>(`/api/incidents/${enc(id)}/evidence`, file, fileName, { ...PHOTO_MESSAGES, ...ACTION_MESSAGES });
}
