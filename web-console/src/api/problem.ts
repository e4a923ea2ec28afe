// RFC 7807 problem details -> readable Chinese message.
import { errorText } from './words';

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[] | string> | string[];
}

const CJK = /[\u3400-\u9fff]/;

export function hasChinese(s: string | null | undefined): s is string {
  return !!s && CJK.test(s);
}

export function statusText(status: number): string {
  return errorText.byStatus[status] ?? errorText.httpStatus(status);
}

function fieldErrors(errors: ProblemDetails['errors']): string[] {
  if (!errors) return [];
  const out: string[] = [];
  const values = Array.isArray(errors) ? errors : Object.values(errors);
  for (const v of values) {
    if (Array.isArray(v)) out.push(...v.filter((x): x is string => typeof x === 'string'));
    else if (typeof v === 'string') out.push(v);
  }
  return [...new Set(out)];
}

/**
 * Prefer the server's own Chinese detail/title; fall back to a Chinese text for the
 * HTTP status (ASP.NET's default titles are English). Field errors are appended.
 */
export function describeProblem(status: number, problem: ProblemDetails | null, fallback?: string): string {
  let main: string | undefined;
  if (problem) {
    if (hasChinese(problem.detail)) main = problem.detail;
    else if (hasChinese(problem.title)) main = problem.title;
  }
  main ??= fallback ?? statusText(status);
  const extra = fieldErrors(problem?.errors).filter((e) => e !== main);
  return extra.length ? `${main}：${extra.join('；')}` : main;
}

export function isProblem(x: unknown): x is ProblemDetails {
  return typeof x === 'object' && x !== null && ('title' in x || 'detail' in x || 'errors' in x);
}
