// The calls every page makes to the gateway's REST API (same origin, relative URLs): the system, sign-in, who is
// signed in, the county. A feature's own calls are in src/features/<feature>/api.ts.
import { request } from './http';
import type { County, LoginResponse, Me, SystemInfo } from './types';

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
