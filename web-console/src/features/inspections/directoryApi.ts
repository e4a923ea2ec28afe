// The directories joint inspections draw on (名录): the enterprises under supervision (监管对象名录) and the inspectors
// (检查人员名录), each imported from a CSV (every row valid or nothing imported; ?dryRun=true only checks), the inspector
// pool draws use, and the enterprise search. EnterpriseView is the gateway document's; the inspector routes are newer than
// the generated document, so their shapes are written by hand from the backend's endpoint.
import type { components } from '../../api/generated/openapi';
import { postFile, request } from '../../api/http';
import { queryString } from '../../api/query';

export type EnterpriseView = components['schemas']['EnterpriseView'];

/** 200 of an import (or of its dry run: what would be added and what replaced). */
export interface ImportAnswer {
  imported: number;
  updated: number;
  dryRun: boolean;
}

/** One problem of a refused import (400 problem details `rows`); row 1 is the header line. */
export interface ImportRowError {
  row: number;
  field: string;
  error: string;
}

export const STAFF_KINDS = ['officer', 'gridWorker', 'auxiliary'] as const;
export type StaffKind = (typeof STAFF_KINDS)[number];

export interface InspectorView {
  certificateNo: string;
  name: string;
  departmentId: string;
  officerId: string | null;
  qualifications: string[];
  staffKind: StaffKind;
  recusals: string[];
  /** import: the imported directory; county: the county's officers (nothing imported yet). */
  source: 'import' | 'county';
}

export type DirectoryKind = 'enterprise' | 'inspector';

const IMPORT_URL: Record<DirectoryKind, string> = {
  enterprise: '/api/enterprises/import',
  inspector: '/api/inspectors/import',
};

/** Check (dryRun) or import one directory's CSV; a refused file is an ApiError (400) whose problem lists the rows. */
export function importDirectory(kind: DirectoryKind, file: File, dryRun: boolean): Promise<ImportAnswer> {
  return postFile<ImportAnswer>(`${IMPORT_URL[kind]}${queryString({ dryRun: dryRun || undefined })}`, file, file.name);
}

export function getInspectors(): Promise<InspectorView[]> {
  return request<InspectorView[]>('/api/inspectors');
}

/** Enterprises whose name or credit code contains q (the server answers at most 500). */
export function searchEnterprises(q: string): Promise<EnterpriseView[]> {
  return request<EnterpriseView[]>(`/api/enterprises${queryString({ q: q.trim() })}`);
}
