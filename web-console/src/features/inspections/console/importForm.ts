// One directory's CSV import (监管对象名录 / 检查人员名录): a file, 校验 (the server checks every row, imports nothing)
// and 导入 (every row valid or nothing imported). Success: "新增 N 户，更新 M 户"; refusal: the rows' errors as a table.
// Hooks (kind = enterprise | inspector): <kind>-import-file, <kind>-import-check, <kind>-import-submit,
// <kind>-import-result[data-state=ok|refused], <kind>-import-errors (the rows import-error-row and the line
// import-error-count), <kind>-import-header (the expected header line).
import { importDirectory, type DirectoryKind, type ImportAnswer } from '../directoryApi';
import { ApiError } from '../../../api/http';
import { inspectionText } from '../words';
import { BusyRunner } from '../../../shared/busy';
import { h } from '../../../util/dom';
import { field, resultLine, showResult } from './formParts';
import { importErrors, renderImportErrors, type ImportErrors } from './importErrors';

const t = inspectionText.directory;

export interface ImportFormOptions {
  kind: DirectoryKind;
  title: string;
  /** The header line the file must start with. */
  header: string;
  note?: string;
  /** After a real import (not a check). */
  onImported?: (answer: ImportAnswer) => void;
}

export class ImportForm {
  readonly el: HTMLElement;
  private readonly file: HTMLInputElement;
  private readonly check: HTMLButtonElement;
  private readonly submit: HTMLButtonElement;
  private readonly result: HTMLElement;
  private readonly errors: HTMLElement;
  private readonly error = h('div', { class: 'panel-notice', role: 'alert' });
  private readonly runner: BusyRunner;

  constructor(private readonly o: ImportFormOptions) {
    const id = (part: string) => `${o.kind}-import-${part}`;
    this.file = h('input', { type: 'file', accept: '.csv,text/csv', 'data-testid': id('file') });
    this.check = h('button', { type: 'button', class: 'btn', 'data-testid': id('check') }, t.check);
    this.submit = h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': id('submit') }, t.submit);
    this.result = resultLine(id('result'));
    this.errors = h('div', { class: 'insp-import-error-box', 'data-testid': id('errors') });
    this.runner = new BusyRunner({ error: this.error, setBusy: (b) => (this.check.disabled = this.submit.disabled = b), clear: () => this.clear() });
    this.check.addEventListener('click', () => void this.send(true));
    this.submit.addEventListener('click', () => void this.send(false));
    this.file.addEventListener('change', () => this.clear());
    this.el = h(
      'div',
      { class: 'insp-form insp-import' },
      h('h3', {}, o.title),
      h('div', { class: 'insp-hint muted' }, t.header, h('code', { 'data-testid': id('header') }, o.header)),
      o.note ? h('div', { class: 'insp-hint muted' }, o.note) : null,
      h('div', { class: 'insp-actions' }, field(t.file, this.file), this.check, this.submit),
      this.error,
      this.result,
      this.errors,
    );
  }

  private clear(): void {
    showResult(this.result, '', '');
    this.errors.replaceChildren();
  }

  private async send(dryRun: boolean): Promise<void> {
    const file = this.file.files?.[0];
    if (!file) {
      this.clear();
      return showResult(this.result, 'refused', t.noFile);
    }
    const outcome = await this.runner.run(() => importOutcome(this.o.kind, file, dryRun));
    if (!outcome) return;
    if ('refused' in outcome) return void this.errors.replaceChildren(...renderImportErrors(outcome.refused));
    const a = outcome.answer;
    const unit = t.units[this.o.kind];
    showResult(this.result, 'ok', dryRun ? t.checked(a.imported, a.updated, unit) : t.imported(a.imported, a.updated, unit));
    if (!dryRun) this.o.onImported?.(a);
  }
}

/** The import's answer, or its refusal as rows (shown as a table rather than as the error line); other failures throw. */
async function importOutcome(kind: DirectoryKind, file: File, dryRun: boolean): Promise<{ answer: ImportAnswer } | { refused: ImportErrors }> {
  try {
    return { answer: await importDirectory(kind, file, dryRun) };
  } catch (e) {
    const refused = e instanceof ApiError ? importErrors(e.problem) : null;
    if (!refused) throw e;
    return { refused };
  }
}
