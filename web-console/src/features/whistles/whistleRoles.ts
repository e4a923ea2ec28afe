// Who may do what on a whistle, as the console shows it. The whistle view carries no availableActions, so the console
// offers what the contract gives each role in each state and lets the server have the last word: a refusal (403/409)
// is shown as the server words it. Township staff raise, cancel, close and rate; the approver approves or rejects; a
// department's desk assigns its officers and marks its part handled; zone dispatchers and the county commander may step
// in for a department (assign, and handle once officers were named); the auditor reads.
import type { Me, Role } from '../../api/types';
import type { Viewer, Whistle, WhistleAction, WhistlePart } from './types';
import { allHandled, partStage } from './whistleRules';

/** Roles that step in for a department (assign its officers). */
const STEP_IN: ReadonlySet<Role> = new Set(['zoneDispatcher', 'countyCommander']);

/** The signed-in account as the whistle rules read it. */
export function viewerOf(me: Me): Viewer {
  return { role: me.role, townshipId: me.townshipId, departmentId: me.departmentId, officerId: me.officerId, approver: me.approver === true };
}

/** Whistle-level buttons, in workflow order. */
export function whistleActions(w: Whistle, v: Viewer): WhistleAction[] {
  if (v.role !== 'townshipStaff') return [];
  const out: WhistleAction[] = [];
  if (w.status === 'pendingApproval' && v.approver) out.push('approve', 'reject');
  if (w.status === 'open' && allHandled(w)) out.push('close');
  if (w.status === 'closed') out.push('rate');
  if (w.status === 'pendingApproval' || w.status === 'open') out.push('cancel');
  return out;
}

/** A part's buttons for the console: assign and handle, for its desk or a zone centre / the county stepping in. */
export function partActions(w: Whistle, p: WhistlePart, v: Viewer): WhistleAction[] {
  if (w.status !== 'open') return [];
  const stage = partStage(p);
  if (stage === 'handled') return [];
  const ownDesk = v.role === 'departmentDesk' && !!v.departmentId && v.departmentId === p.departmentId;
  if (!ownDesk && !STEP_IN.has(v.role)) return [];
  const out: WhistleAction[] = [];
  // Officers can be added until they are on scene; after that the part is the officers' to finish.
  if (stage !== 'arrived') out.push('assign');
  // The outcome can be reported once officers were named (the officers may also do it from the field).
  if (p.officerIds.length > 0) out.push('handle');
  return out;
}

/** May raise whistles: township staff of a township. */
export function canRaise(v: Viewer): boolean {
  return v.role === 'townshipStaff' && !!v.townshipId;
}

/** The department scorecard (部门考评) is for the county, the zone centres and the auditor. */
export function seesScorecard(role: Role): boolean {
  return role === 'countyCommander' || role === 'zoneDispatcher' || role === 'auditor';
}

/** The field card's one next step for an officer's part: 确认 → 到场 → 完成本部门任务. */
export function officerStep(p: WhistlePart): 'acknowledge' | 'arrive' | 'handle' | null {
  switch (partStage(p)) {
    case 'assigned':
      return 'acknowledge';
    case 'acknowledged':
      return 'arrive';
    case 'arrived':
      return 'handle';
    default:
      return null;
  }
}

/** The officer's open whistle work: open whistles whose part lists the officer and is not handled yet. */
export function officerTasks(list: Iterable<Whistle>, officerId: string): { whistle: Whistle; part: WhistlePart }[] {
  const out: { whistle: Whistle; part: WhistlePart }[] = [];
  for (const w of list) {
    if (w.status !== 'open') continue;
    const part = w.departments.find((p) => p.officerIds.includes(officerId) && partStage(p) !== 'handled');
    if (part) out.push({ whistle: w, part });
  }
  return out;
}
