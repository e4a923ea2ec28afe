// The rows of a list kept by id: each item's row is made once and then updated in place, the list's children are
// replaced only when the order of the rows shown changed, and one row may be marked selected.
export class KeyedRows<R extends { el: HTMLElement }> {
  private readonly rows = new Map<string, R>();
  private order: R[] = [];
  private selectedId: string | null = null;

  constructor(
    private readonly list: HTMLElement,
    /** Shown instead of the rows when there are none. */
    private readonly empty: HTMLElement,
  ) {}

  /** The rows shown, in order. */
  get shown(): readonly R[] {
    return this.order;
  }

  /** The row of `id`: made by `make` the first time (marked selected when it is the selected one). */
  row(id: string, make: () => R): R {
    let r = this.rows.get(id);
    if (!r) {
      r = make();
      if (id === this.selectedId) r.el.classList.add('selected');
      this.rows.set(id, r);
    }
    return r;
  }

  select(id: string | null): void {
    if (this.selectedId) this.rows.get(this.selectedId)?.el.classList.remove('selected');
    this.selectedId = id;
    if (id) this.rows.get(id)?.el.classList.add('selected');
  }

  /** Show these rows in this order (the list is left alone when they are the ones shown already). */
  show(next: R[]): void {
    const same = next.length === this.order.length && next.every((r, i) => r === this.order[i]);
    if (same) return;
    if (next.length) this.list.replaceChildren(...next.map((r) => r.el));
    else this.list.replaceChildren(this.empty);
    this.order = next;
  }

  /** Forget the rows of items that no longer exist. */
  prune(exists: (id: string) => boolean): void {
    for (const id of [...this.rows.keys()]) if (!exists(id)) this.rows.delete(id);
  }
}
