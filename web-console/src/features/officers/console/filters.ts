// Console filter state: department, status and free-text search.
import type { Officer, OfficerStatus } from '../types';

export interface Filters {
  departmentId: string; // '' = all
  status: OfficerStatus | ''; // '' = all
  search: string;
}

export const emptyFilters = (): Filters => ({ departmentId: '', status: '', search: '' });

/** Everything except the status filter (the status chips count within this scope). */
export function matchesScope(o: Officer, f: Filters): boolean {
  if (f.departmentId && o.departmentId !== f.departmentId) return false;
  if (f.search) {
    const q = f.search.toLowerCase();
    if (!o.name.toLowerCase().includes(q) && !o.code.toLowerCase().includes(q)) return false;
  }
  return true;
}

export function matches(o: Officer, f: Filters): boolean {
  return matchesScope(o, f) && (!f.status || o.status === f.status);
}
