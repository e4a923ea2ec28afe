// Joint inspections (综合查一次): contract types, written by hand from the backend's specification (the pages were built
// while the backend was being written, before the gateway's document described these routes). They can become aliases
// of components['schemas'][…] once it does, like src/features/incidents/types.ts. The calls are in ./api.ts.

// ---- Catalogue

export type RiskLevel = 'low' | 'medium' | 'high';
export const CREDIT_GRADES = ['A', 'B', 'C', 'D'] as const;
export type CreditGrade = (typeof CREDIT_GRADES)[number];

export interface InspectionItem {
  code: string;
  name: string;
  departmentId: string;
  qualification: string;
  legalBasis: string;
}

export interface Scenario {
  id: string;
  name: string;
  leadDepartmentId: string;
  departments: { departmentId: string; itemCodes: string[] }[];
  filter: { industries: string[]; riskLevels: RiskLevel[]; townshipIds: string[] };
}

export interface Catalogue {
  items: InspectionItem[];
  scenarios: Scenario[];
}

// ---- Plans

/**
 * Either named enterprises (credit codes) or a sampling ratio (0..1) per credit grade. The server writes both names, the
 * unused one null; the console sends only the one it means.
 */
export interface PlanTarget {
  enterpriseIds?: string[] | null;
  ratioByGrade?: Partial<Record<CreditGrade, number>> | null;
}

export interface PlanItem {
  itemCode: string;
  scenarioId?: string | null;
  target: PlanTarget;
  /** A quarter, "2026-Q4". */
  period: string;
}

export interface NewPlan {
  departmentId: string;
  year: number;
  items: PlanItem[];
}

export interface PlanView {
  departmentId: string;
  year: number;
  items: PlanItem[];
  filedBy: string;
  filedAt: string;
}

// ---- Out-of-plan checks (计划外检查报备)

export const EXEMPTIONS = ['commitmentApproval', 'environmentSafety', 'specialCampaign'] as const;
export type Exemption = (typeof EXEMPTIONS)[number];
export type AdhocStatus = 'allowed' | 'queued' | 'planned';

export interface NewAdhoc {
  departmentId: string;
  enterpriseId: string;
  itemCode: string;
  /** YYYY-MM-DD */
  plannedDate: string;
  exemption?: Exemption;
}

export interface AdhocView {
  id: string;
  departmentId: string;
  enterpriseId: string;
  enterpriseName: string | null;
  itemCode: string;
  plannedDate: string;
  exemption: Exemption | null;
  status: AdhocStatus;
  reason: string | null;
  runId: string | null;
  filedBy: string;
  filedAt: string;
}

// ---- Planner runs and tasks

export interface RunViolation {
  enterpriseId: string;
  rule: string;
  message: string;
}

export const TASK_STATUSES = ['planned', 'drawn', 'inspected', 'published'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const OUTCOMES = ['pass', 'problem', 'severe'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface TaskItem {
  itemCode: string;
  name: string;
  departmentId: string;
}

export interface TaskInspector {
  officerId: string;
  name: string;
  departmentId: string;
  certificateNo: string;
}

export interface ItemResult {
  itemCode: string;
  outcome: Outcome;
  note: string | null;
  evidenceIds: string[];
  recordedBy?: string;
  recordedAt?: string;
}

export interface InspectionTask {
  id: string;
  runId: string;
  enterpriseId: string;
  enterpriseName: string;
  townshipId: string;
  leadDepartmentId: string;
  departmentIds: string[];
  items: TaskItem[];
  plannedDate: string;
  /** "08:00-11:00;14:00-17:00", or "" when the enterprise has no peak hours. */
  avoidHours: string;
  noticeAllowed: boolean;
  inspectorIds: string[];
  inspectors: TaskInspector[];
  drawId: string | null;
  /** The inspection code (亮码), null until drawn. */
  code: string | null;
  status: TaskStatus;
  results: ItemResult[];
  publishDeadline: string | null;
  publishedAt: string | null;
  publishOverdue: boolean;
  escalated: boolean;
  rating: { score: number; comment: string | null; ratedAt: string } | null;
  repeatFlag: boolean;
}

export interface PlannerRun {
  id: string;
  year: number;
  period: string;
  visitsPlanned: number;
  naiveVisits: number;
  lowerBound: number;
  violations: RunViolation[];
  repeatFlags: number;
  /** Empty in the list of past runs. */
  tasks: InspectionTask[];
  createdAt: string;
  createdBy: string;
}

// ---- Draws (双随机)

export interface Draw {
  id: string;
  seedCommitment: string;
  seed: string;
  poolHash: string;
  parameters: { inspectorsPerVisit: number };
  result: { taskId: string; inspectorIds: string[] }[];
  unstaffed: { taskId: string; reason: string }[];
  poolSize: number;
  createdAt: string;
  createdBy: string;
}

export interface DrawVerification {
  match: boolean;
  details: string;
}

// ---- Public code page (no sign-in)

export interface PublicInspection {
  enterpriseName: string;
  plannedDate: string;
  departments: string[];
  items: string[];
  legalBasis: string[];
  inspectors: { name: string; certificateNo: string }[];
  status: 'drawn' | 'inspected' | 'published';
}

// ---- Indicators

export type IndicatorScope = 'county' | 'zone' | 'department';

export interface Indicators {
  scope: IndicatorScope;
  id: string | null;
  from: string | null;
  to: string | null;
  visits: number;
  checks: number;
  jointRate: number | null;
  visitsSaved: number;
  plannedRate: number | null;
  repeatRate: number | null;
  jointInspectionRate: number | null;
  codeRate: number | null;
  publishedOnTimeRate: number | null;
}

export interface IndicatorQuery {
  scope: IndicatorScope;
  id?: string;
  from?: string;
  to?: string;
}
