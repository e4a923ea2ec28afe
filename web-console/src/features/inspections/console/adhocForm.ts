// 计划外检查报备: an out-of-plan check must be filed a number of days ahead unless an exemption applies. A refusal is not
// an error of the form: the server answers 409 with its reason (e.g. 已转入后续检查计划, the check is queued for the
// next plan), shown plainly in the result line.
// Hooks: [data-testid=adhoc-form] with adhoc-department, adhoc-enterprise, adhoc-item, adhoc-date, adhoc-exemption,
// adhoc-submit, adhoc-error; adhoc-result[data-state=ok|refused][data-status=<adhoc status>].
import { ApiError, errorMessage } from '../../../api/http';
import { EXEMPTIONS, type AdhocView, type Catalogue, type Exemption, type NewAdhoc } from '../types';
import { fileAdhoc } from '../api';
import { adhocStatusName, EXEMPTION_NAMES, inspectionText } from '../words';
import { BusyRunner } from '../../../shared/busy';
import { isoDate } from '../../../shared/format';
import { h } from '../../../util/dom';
import { departmentSelect, field, fillItems, resultLine, showResult } from './formParts';
import { creditCodes } from './planDraft';

const t = inspectionText.adhoc;

/** The refusal's words: the server's reason (problem detail), else the filing's own reason, else a fallback. */
export function refusalText(e: ApiError): string {
  const p = e.problem as (ApiError['problem'] & { filing?: AdhocView }) | null;
  const reason = p?.detail || p?.filing?.reason || (p?.filing ? adhocStatusName(p.filing.status) : '') || t.refusedFallback;
  // Where the check went must be plain even when the reason only says why (e.g. "须提前 5 日报备").
  const queued = adhocStatusName('queued');
  return t.refused + (reason.includes(queued) || (p?.filing && p.filing.status !== 'queued') ? reason : `${reason}（${queued}）`);
}

export class AdhocForm {
  readonly el: HTMLFormElement;
  private readonly department: HTMLSelectElement;
  private readonly enterprise = h('input', { type: 'text', maxlength: 18, autocomplete: 'off', 'data-testid': 'adhoc-enterprise' });
  private readonly item = h('select', { 'data-testid': 'adhoc-item' });
  private readonly date = h('input', { type: 'date', 'data-testid': 'adhoc-date' });
  private readonly exemption = h(
    'select',
    { 'data-testid': 'adhoc-exemption' },
    h('option', { value: '' }, t.noExemption),
    ...EXEMPTIONS.map((x) => h('option', { value: x }, EXEMPTION_NAMES[x])),
  );
  private readonly submit = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'adhoc-submit' }, t.submit);
  private readonly error = h('div', { class: 'panel-notice', role: 'alert', 'data-testid': 'adhoc-error' });
  private readonly result = resultLine('adhoc-result');
  private readonly runner = new BusyRunner({ error: this.error, setBusy: (b) => (this.submit.disabled = b), clear: () => showResult(this.result, '', '') });
  private catalogue: Catalogue = { items: [], scenarios: [] };

  constructor(
    departments: { id: string; name: string }[],
    /** Called with the year of the filing's planned date (the year it is listed under). */
    private readonly onFiled: (year: number) => void,
  ) {
    this.department = departmentSelect('adhoc-department', departments);
    this.department.addEventListener('change', () => fillItems(this.item, this.catalogue, this.department.value));
    this.date.value = isoDate(Date.now() + 7 * 86_400_000);
    this.el = h(
      'form',
      { class: 'insp-form', 'data-testid': 'adhoc-form', novalidate: true },
      h('h3', {}, t.title),
      h('div', { class: 'insp-grid' }, field(inspectionText.department, this.department), field(t.enterprise, this.enterprise, 'wide')),
      h('div', { class: 'insp-grid' }, field(inspectionText.item, this.item, 'wide'), field(inspectionText.plannedDate, this.date)),
      h('div', { class: 'insp-grid' }, field(t.exemption, this.exemption, 'wide'), h('div', { class: 'insp-actions' }, this.submit)),
      this.error,
      this.result,
    );
    this.el.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.send();
    });
  }

  setCatalogue(c: Catalogue): void {
    this.catalogue = c;
    fillItems(this.item, c, this.department.value);
  }

  private async send(): Promise<void> {
    const enterpriseId = creditCodes(this.enterprise.value)[0] ?? '';
    if (!enterpriseId) return void (this.error.textContent = t.noEnterprise);
    if (!this.date.value) return void (this.error.textContent = t.noDate);
    const body: NewAdhoc = { departmentId: this.department.value, enterpriseId, itemCode: this.item.value, plannedDate: this.date.value };
    if (this.exemption.value) body.exemption = this.exemption.value as Exemption;
    try {
      const filed = await this.runner.run(() => fileAdhoc(body), { rethrow: true });
      if (!filed) return;
      this.result.dataset.status = filed.status;
      showResult(this.result, 'ok', filed.status === 'allowed' ? t.allowed : `${adhocStatusName(filed.status)}${filed.reason ? `：${filed.reason}` : ''}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        const p = e.problem as { filing?: AdhocView } | null;
        this.result.dataset.status = p?.filing?.status ?? 'queued';
        showResult(this.result, 'refused', refusalText(e));
      } else {
        this.error.textContent = errorMessage(e);
        return;
      }
    }
    this.onFiled(Number(body.plannedDate.slice(0, 4))); // a refused filing is kept (queued) too: the list shows it
  }
}
