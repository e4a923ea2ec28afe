// Joint inspections (综合查一次): contract types and typed calls, written by hand from the backend's specification (the
// pages were built while the backend was being written, before the gateway's document described these routes). They
// can become aliases of components['schemas'][…] once it does, like src/api/types.ts.
import { inspectionText as t } from './words';
import { postFile, request } from '../../api/http';
import { PHOTO_MESSAGES } from '../incidents/api';
import type { Evidence } from '../../api/types';
import { queryString } from '../../api/query';

const enc = encodeURIComponent;

const query = queryString;

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

// Hub /hubs/field, to each drawn inspector
export interface InspectionTaskOffered {
  taskId: string;
  enterpriseName: string;
  plannedDate: string;
  items: TaskItem[];
  code: string | null;
}

// ---- Calls

export function getCatalogue(): Promise<Catalogue> {
  return request<Catalogue>('/api/inspections/scenarios');
}

export function getPlans(year?: number): Promise<PlanView[]> {
  return request<PlanView[]>(`/api/inspections/plans${query({ year })}`);
}

export function filePlan(body: NewPlan): Promise<PlanView> {
  return request<PlanView>('/api/inspections/plans', { method: 'POST', body, messages: { 403: t.errors.forbidden } });
}

/** Filings whose planned date is in the year (the server's default: this year). */
export function getAdhoc(year?: number): Promise<AdhocView[]> {
  return request<AdhocView[]>(`/api/inspections/adhoc${query({ year })}`);
}

/** 201 when allowed; a refusal (409, queued for the next plan) comes back as an ApiError whose problem holds the filing. */
export function fileAdhoc(body: NewAdhoc): Promise<AdhocView> {
  return request<AdhocView>('/api/inspections/adhoc', { method: 'POST', body, messages: { 403: t.errors.forbidden, 409: t.adhoc.refusedFallback } });
}

/** The year's runs (the server's default: this year), newest first. */
export function getRuns(year?: number): Promise<PlannerRun[]> {
  return request<PlannerRun[]>(`/api/inspections/planner/runs${query({ year })}`);
}

export function startRun(year: number, period: string): Promise<PlannerRun> {
  return request<PlannerRun>('/api/inspections/planner/runs', { method: 'POST', body: { year, period } });
}

/** Without runId or year the server lists this year's visits, or every year's for an inspector or an enterprise. */
export interface TaskQuery {
  runId?: string;
  inspectorId?: string;
  enterpriseId?: string;
  year?: number;
}

export function getTasks(q: TaskQuery = {}): Promise<InspectionTask[]> {
  return request<InspectionTask[]>(`/api/inspections/tasks${query(q)}`);
}

export function postResults(taskId: string, items: ItemResult[]): Promise<InspectionTask> {
  return request<InspectionTask>(`/api/inspections/tasks/${enc(taskId)}/results`, { method: 'POST', body: { items }, messages: { 409: t.errors.published } });
}

/** A photo for the visit's results (201 the stored photo); its id then goes with an item's evidenceIds. */
export function uploadInspectionEvidence(taskId: string, file: Blob, fileName: string): Promise<Evidence> {
  return postFile<Evidence>(`/api/inspections/tasks/${enc(taskId)}/evidence`, file, fileName, { ...PHOTO_MESSAGES, 409: t.errors.published });
}

/** Where a recorded photo of the visit is read (results carry only the ids; an upload answers with this url). */
export function inspectionEvidenceUrl(taskId: string, evidenceId: string): string {
  return `/api/inspections/tasks/${enc(taskId)}/evidence/${enc(evidenceId)}`;
}

export function publishTask(taskId: string): Promise<InspectionTask> {
  return request<InspectionTask>(`/api/inspections/tasks/${enc(taskId)}/publish`, { method: 'POST', messages: { 409: t.errors.notAllRecorded } });
}

/** A recusal of the draw: this officer (id or certificate number) is never drawn for this enterprise (credit code). */
export interface DrawRecusal {
  officerId: string;
  enterpriseId: string;
}

/** Draw the run's inspectors; recusals are sent only when there are any. */
export function startDraw(runId: string, inspectorsPerVisit: number, recusals: DrawRecusal[] = []): Promise<Draw> {
  const body = recusals.length ? { runId, inspectorsPerVisit, recusals } : { runId, inspectorsPerVisit };
  return request<Draw>('/api/inspections/draws', { method: 'POST', body, messages: { 409: t.draw.nothingLeft } });
}

export function getDraw(id: string): Promise<Draw> {
  return request<Draw>(`/api/inspections/draws/${enc(id)}`);
}

export function verifyDraw(id: string): Promise<DrawVerification> {
  return request<DrawVerification>(`/api/inspections/draws/${enc(id)}/verify`);
}

export function getIndicators(q: IndicatorQuery): Promise<Indicators> {
  return request<Indicators>(`/api/indicators${query(q)}`);
}

/** The same figures as CSV (header line + one row). */
export function getIndicatorsCsv(q: IndicatorQuery): Promise<string> {
  return request<string>(`/api/indicators${query(q)}`, { headers: { Accept: 'text/csv' }, text: true });
}

export function getPublicInspection(code: string): Promise<PublicInspection> {
  return request<PublicInspection>(`/api/public/inspections/${enc(code)}`, { anonymous: true, messages: { 404: t.code.notFound } });
}

export function ratePublicInspection(code: string, score: number, comment: string): Promise<void> {
  return request<void>(`/api/public/inspections/${enc(code)}/rating`, {
    method: 'POST',
    body: comment ? { score, comment } : { score },
    anonymous: true,
    messages: { 409: t.code.rateRefused, 404: t.code.notFound },
  });
}
