// Id -> name lookups built from /api/county (and /api/categories for incidents).
import type { Category, County } from '../api/types';
import { common } from './words';

export class Lookup {
  private readonly departments = new Map<string, { name: string; shortName: string }>();
  private readonly townships = new Map<string, string>();
  private readonly grids = new Map<string, string>();
  private readonly categories = new Map<string, Category>();

  constructor(county: County | null) {
    for (const d of county?.departments ?? []) this.departments.set(d.id, d);
    for (const t of county?.townships ?? []) this.townships.set(t.id, t.name);
    for (const g of county?.grids ?? []) this.grids.set(g.id, g.name);
  }

  setCategories(list: Category[]): void {
    this.categories.clear();
    for (const c of list) this.categories.set(c.id, c);
  }

  categoryList(): Category[] {
    return [...this.categories.values()];
  }

  categoryInfo(id: string): Category | undefined {
    return this.categories.get(id);
  }

  category(id: string | null): string {
    return nameOf(id, (x) => this.categories.get(x)?.name);
  }

  grid(id: string | null): string {
    return nameOf(id, (x) => this.grids.get(x));
  }

  /** Departments in county order, for grouping categories. */
  departmentList(): { id: string; name: string }[] {
    return [...this.departments.entries()].map(([id, d]) => ({ id, name: d.name }));
  }

  /** Townships in county order, for pickers. */
  townshipList(): { id: string; name: string }[] {
    return [...this.townships.entries()].map(([id, name]) => ({ id, name }));
  }

  departmentShort(id: string | null): string {
    return nameOf(id, (x) => {
      const d = this.departments.get(x);
      return d && (d.shortName || d.name);
    });
  }

  departmentName(id: string | null): string {
    return nameOf(id, (x) => this.departments.get(x)?.name);
  }

  township(id: string | null): string {
    return nameOf(id, (x) => this.townships.get(x));
  }
}

/** The name for an id: — when there is no id, the id itself when it is not known. */
function nameOf(id: string | null, find: (id: string) => string | undefined): string {
  if (!id) return common.none;
  return find(id) ?? id;
}
