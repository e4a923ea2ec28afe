// Typed calls for township whistles (乡镇吹哨) and the department scorecard (部门考评).
import { whistleText } from './words';
import { request } from '../../api/http';
import { allPages, MAX_LIMIT, type Page, type PageQuery } from '../../api/page';
import { queryString } from '../../api/query';
import type { DepartmentScore, NewWhistle, Whistle, WhistleAction, WhistleRecommendation, WhistleStatus, WhistleTimelineEntry } from './types';

const enc = encodeURIComponent;

/** Chinese texts for statuses whose generic text would mislead here (the server's own Chinese title wins). */
const ACTION_MESSAGES: Partial<Record<number, string>> = {
  409: whistleText.errors.conflict,
  404: whistleText.errors.notFound,
  403: whistleText.errors.forbidden,
};

const query = queryString;

export interface WhistleQuery {
  status?: WhistleStatus;
  townshipId?: string;
  departmentId?: string;
}

/** One page of the whistles in the caller's scope (an officer: the whistles it is assigned to). */
export function getWhistles(q: WhistleQuery = {}, page: PageQuery = {}): Promise<Page<Whistle>> {
  return request<Page<Whistle>>(`/api/whistles${query({ ...q, ...page })}`);
}

/** Every page of them (bounded: see allPages). */
export function getAllWhistles(q: WhistleQuery = {}): Promise<Page<Whistle>> {
  return allPages((cursor) => getWhistles(q, { cursor, limit: MAX_LIMIT }));
}

export function getWhistle(id: string): Promise<Whistle> {
  return request<Whistle>(`/api/whistles/${enc(id)}`, { messages: { 404: whistleText.errors.notFound } });
}

export function createWhistle(body: NewWhistle): Promise<Whistle> {
  return request<Whistle>('/api/whistles', { method: 'POST', body, messages: { 403: whistleText.errors.forbidden } });
}

export function getWhistleTimeline(id: string): Promise<WhistleTimelineEntry[]> {
  return request<WhistleTimelineEntry[]>(`/api/whistles/${enc(id)}/timeline`);
}

export function getWhistleRecommendations(id: string, departmentId: string): Promise<WhistleRecommendation[]> {
  return request<WhistleRecommendation[]>(`/api/whistles/${enc(id)}/recommendations${query({ departmentId })}`);
}

export function postWhistleAction(id: string, action: WhistleAction, body: Record<string, unknown> = {}): Promise<Whistle> {
  return request<Whistle>(`/api/whistles/${enc(id)}/actions/${enc(action)}`, { method: 'POST', body, messages: ACTION_MESSAGES });
}

export interface ScorecardQuery {
  /** YYYY-MM-DD */
  from?: string;
  to?: string;
  zoneId?: string;
}

export function getDepartmentScores(q: ScorecardQuery = {}): Promise<DepartmentScore[]> {
  return request<DepartmentScore[]>(`/api/scorecards/departments${query(q)}`);
}
