// Typed calls for officers (the console's list and the officer's own profile).
import { request } from '../../api/http';
import type { Officer, OfficerStatus } from './types';

export interface OfficerQuery {
  zoneId?: string;
  departmentId?: string;
  status?: OfficerStatus;
}

export function getOfficers(q: OfficerQuery = {}): Promise<Officer[]> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) params.set(k, v);
  const qs = params.toString();
  return request<Officer[]>(`/api/officers${qs ? `?${qs}` : ''}`);
}

export function getOfficer(id: string): Promise<Officer> {
  return request<Officer>(`/api/officers/${encodeURIComponent(id)}`);
}
