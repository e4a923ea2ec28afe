// fetch wrapper: adds the bearer token, parses problem details, sends 401s back to sign-in.
import { errorText } from './words';
import { describeProblem, isProblem, type ProblemDetails } from './problem';
import { getToken, signOut } from './session';

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails | null;
  readonly retryAfterSeconds: number | null;

  constructor(status: number, message: string, problem: ProblemDetails | null, retryAfterSeconds: number | null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  /** Do not send the token and do not redirect on 401 (sign-in, system info). */
  anonymous?: boolean;
  /** Chinese messages that replace the generic ones for particular statuses. */
  messages?: Partial<Record<number, string>>;
  signal?: AbortSignal;
  /** Extra request headers (e.g. Idempotency-Key). */
  headers?: Record<string, string>;
  /** multipart/form-data body (the browser sets the boundary); excludes `body`. */
  form?: FormData;
  /** Answer with the body as text, not JSON (a CSV export asked for with an Accept header). */
  text?: boolean;
}

function retryAfter(res: Response): number | null {
  const h = res.headers.get('Retry-After');
  if (!h) return null;
  const n = Number(h);
  if (Number.isFinite(n)) return Math.max(0, Math.round(n));
  const t = Date.parse(h);
  return Number.isNaN(t) ? null : Math.max(0, Math.round((t - Date.now()) / 1000));
}

const READ_RETRIES = 2;
const MAX_READ_RETRY_WAIT_SECONDS = 5;

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    }, { once: true });
  });
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function request<T>(url: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
  if (opts.body !== undefined && !opts.form) headers['Content-Type'] = 'application/json';
  const hasBody = opts.body !== undefined || opts.form !== undefined;
  if (!opts.anonymous) {
    const token = getToken();
    if (!token) {
      signOut();
      throw new ApiError(401, errorText.byStatus[401]!, null, null);
    }
    headers.Authorization = `Bearer ${token}`;
  }

  const method = opts.method ?? (hasBody ? 'POST' : 'GET');
  const send = async (): Promise<Response> => {
    try {
      return await fetch(url, {
        method,
        headers,
        body: opts.form ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined),
        signal: opts.signal,
        credentials: 'same-origin',
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new ApiError(0, errorText.network, null, null);
    }
  };

  let res = await send();
  // A 503 means the cluster is moving work off a failed node; a read is safe to repeat, so try it again
  // after the server's Retry-After rather than showing an error for a hiccup of a few seconds.
  for (let attempt = 0; method === 'GET' && res.status === 503 && attempt < READ_RETRIES; attempt++) {
    const wait = retryAfter(res);
    if (wait === null || wait > MAX_READ_RETRY_WAIT_SECONDS) break;
    await delay(wait * 1000, opts.signal);
    res = await send();
  }

  if (res.ok) {
    if (res.status === 204) return undefined as T;
    if (opts.text) return (await res.text()) as T;
    const data = await readJson(res);
    if (data === null && res.status !== 200) return undefined as T;
    if (data === null) throw new ApiError(res.status, errorText.badResponse, null, null);
    return data as T;
  }

  const body = await readJson(res);
  const problem = isProblem(body) ? body : null;
  const wait = retryAfter(res);
  let message = describeProblem(res.status, problem, opts.messages?.[res.status]);
  if ((res.status === 429 || res.status === 503) && wait) message = `${message}，${errorText.retryAfter(wait)}`;

  if (res.status === 401 && !opts.anonymous) signOut();
  throw new ApiError(res.status, message, problem, wait);
}

/** POST one file as multipart field `file` (evidence photos); `messages` as for request(). */
export function postFile<T>(url: string, file: Blob, fileName: string, messages?: RequestOptions['messages']): Promise<T> {
  const form = new FormData();
  form.append('file', file, fileName);
  return request<T>(url, { method: 'POST', form, messages });
}

export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error && e.message) return e.message;
  return errorText.unexpected;
}

/**
 * GET a binary resource (evidence photos) with the bearer token; <img src> cannot send the header.
 * The token is only sent to this page's own origin.
 */
export async function requestBlob(url: string, signal?: AbortSignal): Promise<Blob> {
  const target = new URL(url, location.href);
  const headers: Record<string, string> = {};
  if (target.origin === location.origin) {
    const token = getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
  }
  let res: Response;
  try {
    res = await fetch(target.href, { headers, signal, credentials: 'same-origin' });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, errorText.network, null, null);
  }
  if (!res.ok) {
    const body = await readJson(res);
    throw new ApiError(res.status, describeProblem(res.status, isProblem(body) ? body : null), isProblem(body) ? body : null, null);
  }
  return res.blob();
}
