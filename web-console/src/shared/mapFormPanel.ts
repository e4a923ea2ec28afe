// A form over the console's map that takes its location from clicks on the map (hotline intake, new whistle): the
// panel with its title and × button, the error line, 取消 / submit buttons and the busy runner that sends it, the form
// submitted without a page load, and opening / closing it with the crosshair cursor and the picker listening to the map.
import type L from 'leaflet';
import { h } from '../util/dom';
import { BusyRunner } from './busy';
import type { LocationPicker } from './locationPicker';

export interface MapFormOptions {
  /** Id of the panel (its hook). */
  id: string;
  title: string;
  closeLabel: string;
  /** The form's labels and fields, in order (the error line and the buttons follow). */
  body: (Node | null)[];
  error: HTMLElement;
  submit: { id: string; label: string; busy: string };
  cancel: { id: string; label: string };
  picker: LocationPicker;
  onSubmit: () => void;
  onClose: () => void;
  /** What gets the focus when the panel opens. */
  first: () => HTMLElement;
}

export class MapFormPanel {
  readonly el: HTMLElement;
  /** Runs the submission: one at a time, the submit button disabled and saying so, the error in the error line. */
  readonly runner: BusyRunner;

  constructor(
    private readonly map: L.Map,
    private readonly o: MapFormOptions,
  ) {
    const close = h('button', { type: 'button', class: 'ip-close', 'aria-label': o.closeLabel, title: o.closeLabel }, '×');
    const cancel = h('button', { type: 'button', class: 'btn', id: o.cancel.id }, o.cancel.label);
    const submit = h('button', { type: 'submit', class: 'btn btn-primary', id: o.submit.id }, o.submit.label);
    for (const b of [close, cancel]) b.addEventListener('click', () => o.onClose());
    this.runner = new BusyRunner({
      error: o.error,
      setBusy: (b) => {
        submit.disabled = b;
        submit.textContent = b ? o.submit.busy : o.submit.label;
      },
    });
    const form = h('form', { class: 'new-incident-body', novalidate: true }, ...o.body, o.error, h('div', { class: 'dialog-buttons' }, cancel, submit));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      o.onSubmit();
    });
    this.el = h(
      'section',
      { class: 'incident-panel new-incident', id: o.id, hidden: true, 'aria-label': o.title },
      h('header', { class: 'ip-header' }, h('div', { class: 'ip-head' }, h('h2', { class: 'ip-title' }, o.title)), close),
      h('div', { class: 'ip-scroll' }, form),
    );
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  open(): void {
    if (this.isOpen) return;
    this.el.hidden = false;
    this.map.getContainer().classList.add('picking');
    this.o.picker.listen(this.map);
    this.o.first().focus();
  }

  close(): void {
    if (!this.isOpen) return;
    this.el.hidden = true;
    this.map.getContainer().classList.remove('picking');
    this.o.picker.unlisten();
  }
}
