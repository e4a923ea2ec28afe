// Who sees what of joint inspections in the console. The county joint-meeting office (planner) does everything; the
// county commander and the auditor read; a department's desk files its own plans and out-of-plan checks and sees the
// tasks naming its department. The server has the last word on every call; this only decides what is offered.
import type { Me, Role } from '../../../api/types';

export type InspectionSection = 'plans' | 'merge' | 'draw' | 'indicators' | 'directory';

const READERS: ReadonlySet<Role> = new Set(['countyCommander', 'auditor']);

/** The console shows the 综合查一次 tab to these roles. */
export function seesInspections(role: Role): boolean {
  return role === 'planner' || role === 'departmentDesk' || READERS.has(role);
}

/**
 * The sub-views of the tab, in order. A desk has no runs, draws or directories to read (the server lists them to the
 * county only); 名录 is the planner's to import, the county's and the auditor's to read.
 */
export function inspectionSections(role: Role): InspectionSection[] {
  if (role === 'departmentDesk') return ['plans', 'merge', 'indicators'];
  return ['plans', 'merge', 'draw', 'indicators', 'directory'];
}

/** May file plans and out-of-plan checks: the planner for any department, a desk for its own. */
export function canFile(role: Role): boolean {
  return role === 'planner' || role === 'departmentDesk';
}

/** The departments the signed-in account may file for (all for the planner). */
export function fileableDepartments(me: Pick<Me, 'role' | 'departmentId'>, all: { id: string; name: string }[]): { id: string; name: string }[] {
  if (me.role === 'planner') return all;
  if (me.role !== 'departmentDesk' || !me.departmentId) return [];
  const own = all.find((d) => d.id === me.departmentId);
  return [own ?? { id: me.departmentId, name: me.departmentId }];
}

/** Runs the planner and the draw. */
export function canPlan(role: Role): boolean {
  return role === 'planner';
}

/** Reads the past runs (and so picks a run): the planner, the county and the auditor. */
export function readsRuns(role: Role): boolean {
  return role === 'planner' || READERS.has(role);
}

/** The indicators the role may read: the county (and each department) or only its own department. */
export function indicatorScope(me: Pick<Me, 'role' | 'departmentId'>): { scope: 'county' } | { scope: 'department'; id: string } | null {
  if (me.role === 'departmentDesk') return me.departmentId ? { scope: 'department', id: me.departmentId } : null;
  return { scope: 'county' };
}
