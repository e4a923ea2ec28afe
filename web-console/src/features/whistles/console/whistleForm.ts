// 发起吹哨 (township staff): title, description, urgency, the location (a click on the map), the departments summoned
// (exactly one 主办, any 协办, each with what it must bring) and an optional incident it concerns. Validation is
// checkDraft (whistleDraft.ts); the new whistle waits for the township leader's approval.
// Hooks (all #whistle-form-…, apart from the panel's #whistle-…): #whistle-form, #whistle-form-title,
// #whistle-form-description, #whistle-form-urgency, #whistle-form-location (data-lat / data-lon once picked), department
// rows .whistle-dept[data-department-id] with #whistle-form-role-<departmentId> ('' | lead | assist) and
// #whistle-form-needs-<departmentId>, #whistle-form-incident, #whistle-form-submit, #whistle-form-cancel,
// #whistle-form-error.
import type L from 'leaflet';
import { createWhistle } from '../api';
import { URGENCIES, type PartRole, type Urgency, type Whistle } from '../types';
import { partRoleName, urgencyName, whistleText as t } from '../words';
import { LocationPicker } from '../../../shared/locationPicker';
import { MapFormPanel } from '../../../shared/mapFormPanel';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';
import { checkDraft, isProblem, type DraftPart } from './whistleDraft';

interface DeptRow {
  departmentId: string;
  role: HTMLSelectElement;
  needs: HTMLInputElement;
}

export class WhistleForm {
  readonly el: HTMLElement;
  private readonly title = h('input', { id: 'whistle-form-title', type: 'text', maxlength: 100, placeholder: t.titlePlaceholder });
  private readonly description = h('textarea', { id: 'whistle-form-description', rows: 4, maxlength: 1000, placeholder: t.descriptionPlaceholder });
  private readonly urgency = h('select', { id: 'whistle-form-urgency' }, ...URGENCIES.map((u) => h('option', { value: u }, urgencyName(u))));
  private readonly incident = h('input', { id: 'whistle-form-incident', type: 'text', maxlength: 64, inputmode: 'numeric' });
  private readonly picker: LocationPicker;
  private readonly rows: DeptRow[];
  private readonly error = h('div', { class: 'form-error', id: 'whistle-form-error', role: 'alert', 'aria-live': 'polite' });
  private readonly panel: MapFormPanel;
  readonly open = (): void => this.panel.open();
  readonly close = (): void => this.panel.close();

  constructor(
    map: L.Map,
    private readonly lookup: Lookup,
    private readonly townshipId: string | null,
    private readonly onCreated: (w: Whistle) => void,
    onClose: () => void,
  ) {
    this.urgency.value = 'urgent';
    this.picker = new LocationPicker({ id: 'whistle-form-location', text: { none: t.pickOnMap, map: t.pickedAt }, onError: (m) => (this.error.textContent = m), zIndexOffset: 5000 });
    this.rows = lookup.departmentList().map((d) => {
      const role = h(
        'select',
        { id: `whistle-form-role-${d.id}`, class: 'dept-role', 'aria-label': d.name },
        h('option', { value: '' }, t.partNone),
        h('option', { value: 'lead' }, partRoleName('lead')),
        h('option', { value: 'assist' }, partRoleName('assist')),
      );
      const needs = h('input', { id: `whistle-form-needs-${d.id}`, class: 'dept-needs', type: 'text', maxlength: 200, placeholder: t.needsPlaceholder, 'aria-label': `${d.name} ${t.needs}`, disabled: true });
      role.addEventListener('change', () => {
        needs.disabled = !role.value;
        if (role.value) needs.focus();
      });
      return { departmentId: d.id, role, needs };
    });
    this.panel = new MapFormPanel(map, {
      id: 'whistle-form',
      title: t.formTitle,
      closeLabel: t.close,
      picker: this.picker,
      error: this.error,
      submit: { id: 'whistle-form-submit', label: t.submit, busy: t.loading },
      cancel: { id: 'whistle-form-cancel', label: t.cancel },
      onSubmit: () => void this.send(),
      onClose,
      first: () => this.title,
      body: [
        h('label', { for: 'whistle-form-title' }, t.title),
        this.title,
        h('label', { for: 'whistle-form-description' }, t.description),
        this.description,
        h('label', { for: 'whistle-form-urgency' }, t.urgency),
        this.urgency,
        h('div', { class: 'dialog-label' }, t.location),
        this.picker.el,
        h('div', { class: 'dialog-label' }, t.departments),
        h(
          'div',
          { class: 'whistle-depts' },
          ...this.rows.map((r) => h('div', { class: 'whistle-dept', 'data-department-id': r.departmentId }, h('span', { class: 'wd-name' }, lookup.departmentShort(r.departmentId)), r.role, r.needs)),
        ),
        h('label', { for: 'whistle-form-incident' }, t.incidentId),
        this.incident,
      ],
    });
    this.el = this.panel.el;
    this.el.addEventListener('input', () => (this.error.textContent = ''));
  }

  private reset(): void {
    this.title.value = '';
    this.description.value = '';
    this.urgency.value = 'urgent';
    this.incident.value = '';
    for (const r of this.rows) {
      r.role.value = '';
      r.needs.value = '';
      r.needs.disabled = true;
    }
    this.picker.reset();
    this.error.textContent = '';
  }

  private async send(): Promise<void> {
    const parts: DraftPart[] = this.rows.map((r) => ({ departmentId: r.departmentId, role: r.role.value as PartRole | '', needs: r.needs.value }));
    const checked = checkDraft(
      {
        title: this.title.value,
        description: this.description.value,
        location: this.picker.point,
        townshipId: this.townshipId,
        urgency: this.urgency.value as Urgency,
        parts,
        incidentId: this.incident.value,
      },
      (id) => this.lookup.departmentShort(id),
    );
    if (isProblem(checked)) {
      this.error.textContent = checked.message;
      this.focus(checked.field);
      return;
    }
    const created = await this.panel.runner.run(() => createWhistle(checked));
    if (!created) return;
    this.reset();
    this.onCreated(created);
  }

  private focus(field: string): void {
    const row = this.rows.find((r) => r.departmentId === field);
    const el = { title: this.title, description: this.description, lead: this.rows[0]?.role }[field] ?? row?.needs;
    el?.focus();
  }
}
