// Typed calls to the gateway's REST API (same origin, relative URLs).
import { request } from './http';
import type { County, LoginResponse, Me, Officer, OfficerStatus, SystemInfo } from './types';

export function getSystem(): Promise<SystemInfo> {
  return request<SystemInfo>('/api/system', { anonymous: true });
}

export function login(username: string, password: string, messages?: Partial<Record<number, string>>): Promise<LoginResponse> {
  return request<LoginResponse>('/api/auth/login', {
    method: 'POST',
    body: { username, password },
    anonymous: true,
    messages,
  });
}

export function getMe(): Promise<Me> {
  return request<Me>('/api/me');
}

export function getCounty(): Promise<County> {
  return request<County>('/api/county');
}

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
