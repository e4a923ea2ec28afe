// The new-whistle form's one validation path, as a pure function: title, description, location, then the departments
// (exactly one 主办, and what every named department must bring). The first problem is said and its field focused.
import type { LatLon } from '../../../api/types';
import type { NewWhistle, PartRole, Urgency } from '../types';
import { whistleText as t } from '../words';

export interface DraftPart {
  departmentId: string;
  /** '' = the department is not named. */
  role: PartRole | '';
  needs: string;
}

export interface WhistleDraft {
  title: string;
  description: string;
  location: LatLon | null;
  townshipId: string | null;
  urgency: Urgency;
  parts: DraftPart[];
  incidentId: string;
}

/** Which field a problem belongs to: 'title', 'description', 'location', 'township', 'lead', or a department id (its needs). */
export type DraftProblem = { field: string; message: string };

export function checkDraft(d: WhistleDraft, departmentName: (id: string) => string): DraftProblem | NewWhistle {
  const title = d.title.trim();
  const description = d.description.trim();
  if (!d.townshipId) return { field: 'township', message: t.missingTownship };
  if (!title) return { field: 'title', message: t.missingTitle };
  if (!description) return { field: 'description', message: t.missingDescription };
  if (!d.location) return { field: 'location', message: t.missingLocation };
  const named = d.parts.filter((p) => p.role);
  const leads = named.filter((p) => p.role === 'lead').length;
  if (leads === 0) return { field: 'lead', message: t.missingLead };
  if (leads > 1) return { field: 'lead', message: t.tooManyLeads };
  const vague = named.find((p) => !p.needs.trim());
  if (vague) return { field: vague.departmentId, message: t.missingNeeds(departmentName(vague.departmentId)) };
  const incidentId = d.incidentId.trim().replace(/^#/, '');
  return {
    title,
    description,
    location: d.location,
    townshipId: d.townshipId,
    urgency: d.urgency,
    // The lead first: the server's order of parts is the township's order of importance.
    departments: [...named]
      .sort((a, b) => Number(b.role === 'lead') - Number(a.role === 'lead'))
      .map((p) => ({ departmentId: p.departmentId, role: p.role as PartRole, needs: p.needs.trim() })),
    ...(incidentId ? { incidentId } : {}),
  };
}

export function isProblem(x: DraftProblem | NewWhistle): x is DraftProblem {
  return 'message' in x && 'field' in x;
}
