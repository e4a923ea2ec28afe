// Whom a desk (or a zone centre stepping in) may send for a department's part: the server's recommendations first
// (nearest first, with distance and ETA), then the department's other on-duty officers the console knows, by name.
// Officers already on the part are left out.
import type { Officer } from '../../officers/types';
import type { WhistlePart, WhistleRecommendation } from '../types';

export interface Candidate {
  officerId: string;
  name: string;
  officer: Officer | undefined;
  recommendation: WhistleRecommendation | null;
}

export function assignCandidates(part: Pick<WhistlePart, 'departmentId' | 'officerIds'>, recs: WhistleRecommendation[], officers: Iterable<Officer>, officer: (id: string) => Officer | undefined): Candidate[] {
  const taken = new Set(part.officerIds);
  const out: Candidate[] = [];
  for (const r of recs) {
    if (taken.has(r.officerId)) continue;
    taken.add(r.officerId);
    const o = officer(r.officerId);
    out.push({ officerId: r.officerId, name: o?.name ?? r.officerId, officer: o, recommendation: r });
  }
  const rest = [...officers].filter((o) => o.departmentId === part.departmentId && o.status !== 'offDuty' && !taken.has(o.id));
  rest.sort((a, b) => Number(b.status === 'available') - Number(a.status === 'available') || a.name.localeCompare(b.name, 'zh-CN'));
  for (const o of rest) out.push({ officerId: o.id, name: o.name, officer: o, recommendation: null });
  return out;
}
