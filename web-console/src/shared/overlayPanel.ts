// The panel that opens over the console's map for one item (an incident, a whistle): its head, × button, a success
// line and an error line at the top of a scrolling body of sections, and Escape to close (unless a dialog is open).
// Hooks: #<prefix>-panel, #<prefix>-panel-close, #<prefix>-message, #<prefix>-error.
import { h } from '../util/dom';

export interface OverlayOptions {
  /** 'incident' → #incident-panel, #incident-panel-close, #incident-message, #incident-error. */
  prefix: string;
  label: string;
  closeLabel: string;
  /** Extra class on the panel (its look beside .incident-panel). */
  extraClass?: string;
  sections: Node[];
  onClose: () => void;
}

export class OverlayPanel {
  readonly el: HTMLElement;
  readonly head = h('div', { class: 'ip-head' });
  readonly message: HTMLElement;
  readonly error: HTMLElement;
  private readonly scroller: HTMLElement;

  constructor(o: OverlayOptions) {
    this.message = h('div', { class: 'ip-message', id: `${o.prefix}-message`, role: 'status', 'aria-live': 'polite' });
    this.error = h('div', { class: 'ip-error', id: `${o.prefix}-error`, role: 'alert', 'aria-live': 'assertive' });
    const close = h('button', { type: 'button', class: 'ip-close', id: `${o.prefix}-panel-close`, 'aria-label': o.closeLabel, title: o.closeLabel }, '×');
    close.addEventListener('click', () => o.onClose());
    this.scroller = h('div', { class: 'ip-scroll' }, this.message, this.error, ...o.sections);
    this.el = h(
      'section',
      { class: `incident-panel ${o.extraClass ?? ''}`.trim(), id: `${o.prefix}-panel`, hidden: true, 'aria-label': o.label },
      h('header', { class: 'ip-header' }, this.head, close),
      this.scroller,
    );
    this.el.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape' && !document.querySelector('dialog[open]')) o.onClose();
    });
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  /** Shows the panel; for another item than before (`fresh`) the notes are cleared and the body scrolls to the top. */
  show(fresh: boolean): void {
    if (fresh) {
      this.message.textContent = '';
      this.error.textContent = '';
      this.scroller.scrollTop = 0;
    }
    this.el.hidden = false;
  }

  hide(): void {
    this.el.hidden = true;
  }
}
