// The public inspection-code page (亮码核验) an enterprise opens from the code an inspector shows: it confirms the visit
// is a registered, planned inspection and shows only what the contract gives (enterprise, planned date, departments,
// items, legal basis, inspectors with certificate numbers, status), then takes one rating (1–5 + comment) after the
// visit. No sign-in: the calls are anonymous and a 401 sends nobody anywhere.
// Hooks: code-error, [data-testid=code-card][data-status] with code-enterprise, code-planned-date, code-departments,
// code-items, code-legal-basis, code-inspectors (li per inspector), code-status; the rating form as in ratingForm.ts.
import { errorMessage } from '../../../api/http';
import { getPublicInspection } from '../api';
import type { PublicInspection } from '../types';
import { inspectionText } from '../words';
import type { PageController } from '../../../shared/page';
import { h } from '../../../util/dom';
import { CodeRatingForm } from './codeRatingForm';

const t = inspectionText.code;

/** The code from /code/{code} (or ?code= when the page is opened as code.html, e.g. in development). */
export function codeFromLocation(loc: Pick<Location, 'pathname' | 'search'>): string | null {
  const m = /\/code\/([^/?#]+)\/?$/.exec(loc.pathname);
  const raw = m?.[1] ?? new URLSearchParams(loc.search).get('code');
  if (!raw) return null;
  try {
    return decodeURIComponent(raw).trim() || null;
  } catch {
    return null;
  }
}

export function publicStatusName(status: string): string {
  return t.statuses[status] ?? status;
}

export class CodePage implements PageController {
  constructor(private readonly code: string | null) {}

  async mount(root: HTMLElement): Promise<void> {
    const main = h('main', { class: 'code-main' });
    root.replaceChildren(h('header', { class: 'code-header' }, h('h1', {}, t.title)), main);
    if (!this.code) return void main.replaceChildren(this.error(t.noCode));
    let view: PublicInspection;
    try {
      view = await getPublicInspection(this.code);
    } catch (e) {
      main.replaceChildren(this.error(errorMessage(e)));
      return;
    }
    main.replaceChildren(this.card(view), new CodeRatingForm(this.code, view.status).el, h('p', { class: 'muted' }, t.subtitle));
  }

  dispose(): void {}

  private error(text: string): HTMLElement {
    return h('div', { class: 'code-card' }, h('div', { class: 'code-error', 'data-testid': 'code-error', role: 'alert' }, text));
  }

  private card(v: PublicInspection): HTMLElement {
    const list = (testid: string, items: string[]) => h('ul', { 'data-testid': testid }, ...items.map((x) => h('li', {}, x)));
    return h(
      'section',
      { class: 'code-card', 'data-testid': 'code-card', 'data-status': v.status },
      h('div', { class: 'code-verified' }, t.verified),
      h(
        'dl',
        {},
        h('dt', {}, t.enterprise),
        h('dd', { 'data-testid': 'code-enterprise' }, v.enterpriseName),
        h('dt', {}, t.plannedDate),
        h('dd', { 'data-testid': 'code-planned-date' }, v.plannedDate),
        h('dt', {}, t.departments),
        h('dd', {}, list('code-departments', v.departments)),
        h('dt', {}, t.items),
        h('dd', {}, list('code-items', v.items)),
        h('dt', {}, t.legalBasis),
        h('dd', {}, list('code-legal-basis', v.legalBasis)),
        h('dt', {}, t.inspectors),
        h('dd', {}, list('code-inspectors', v.inspectors.map((i) => `${i.name}（${t.certificate} ${i.certificateNo}）`))),
        h('dt', {}, t.status),
        h('dd', { 'data-testid': 'code-status' }, publicStatusName(v.status)),
      ),
    );
  }
}
