// Access token kept in sessionStorage (per browser tab).
import type { Role } from './types';

const KEY = 'dispatch.session';

export interface Session {
  accessToken: string;
  role: Role;
  expiresAt: string;
}

export function saveSession(s: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(s));
}

export function loadSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Session;
    if (!s.accessToken) return null;
    const exp = Date.parse(s.expiresAt);
    if (!Number.isNaN(exp) && exp <= Date.now()) {
      clearSession();
      return null;
    }
    return s;
  } catch {
    clearSession();
    return null;
  }
}

export function getToken(): string | null {
  return loadSession()?.accessToken ?? null;
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}

/** Forget the token and go back to the sign-in page. */
export function signOut(): void {
  clearSession();
  location.replace('index.html');
}
