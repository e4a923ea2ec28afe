// Typed calls for incidents (事件闭环): categories, intake, queue, actions, timeline, evidence.
import { incidentText } from '../i18n/incidents';
import { postFile, request } from './http';
import type {
  Category,
  Incident,
  IncidentAction,
  IncidentStatus,
  NewIncident,
  Recommendation,
  ReportReceipt,
  TimelineEntry,
  UploadedEvidence,
} from './types';

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

export interface IncidentQuery {
  status?: IncidentStatus;
  zoneId?: string;
  townshipId?: string;
}

/** Incidents in the caller's scope (grid workers: their own reports; officers: their assignments). */
export function getIncidents(q: IncidentQuery = {}): Promise<Incident[]> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) params.set(k, v);
  const qs = params.toString();
  return request<Incident[]>(`/api/incidents${qs ? `?${qs}` : ''}`);
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
