// Joint inspections (综合查一次): the typed calls (the CSV export asks with `Accept: text/csv`, `text: true`). The
// contract types are in ./types.ts, the words in ./words.ts.
import { postFile, request } from '../../api/http';
import { queryString } from '../../api/query';
import type { Evidence } from '../../api/types';
import { PHOTO_MESSAGES } from '../incidents/api';
import type { AdhocView, Catalogue, Draw, DrawVerification, IndicatorQuery, Indicators, InspectionTask, ItemResult, NewAdhoc, NewPlan, PlanView, PlannerRun, PublicInspection } from './types';
import { inspectionText as t } from './words';

const enc = encodeURIComponent;

const query = queryString;

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
