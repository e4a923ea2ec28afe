// Id -> name lookups built from /api/county.
import type { County } from '../../api/types';
import { common } from '../../i18n/common';

export class Lookup {
  private readonly departments = new Map<string, { name: string; shortName: string }>();
  private readonly townships = new Map<string, string>();

  constructor(county: County | null) {
    for (const d of county?.departments ?? []) this.departments.set(d.id, d);
    for (const t of county?.townships ?? []) this.townships.set(t.id, t.name);
  }

  departmentShort(id: string | null): string {
    if (!id) return common.none;
    const d = this.departments.get(id);
    return d ? d.shortName || d.name : id;
  }

  departmentName(id: string | null): string {
    if (!id) return common.none;
    return this.departments.get(id)?.name ?? id;
  }

  township(id: string | null): string {
    if (!id) return common.none;
    return this.townships.get(id) ?? id;
  }
}
