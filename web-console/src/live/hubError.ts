// Turn SignalR invocation errors into the server's Chinese HubException message.
import { errorText } from '../api/words';

/**
 * ASP.NET Core sends HubException failures as
 * "An unexpected error occurred invoking 'X' on the server. HubException: <message>".
 */
export function hubErrorMessage(e: unknown): string {
  const raw = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  if (!raw) return errorText.unexpected;
  const m = /\b\w*Exception:\s*([\s\S]+)$/.exec(raw);
  if (m) return m[1]!.trim();
  if (/not in the 'Connected' State|connection is not|Invocation canceled/i.test(raw)) return errorText.notConnected;
  return raw;
}

/** Negotiate/connect failures that mean the token was rejected. */
export function isUnauthorized(e: unknown): boolean {
  const raw = e instanceof Error ? e.message : String(e ?? '');
  return /Status code '401'|\b401\b.*Unauthorized|Unauthorized/i.test(raw);
}
