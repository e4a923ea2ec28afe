// A modal form for the inputs an action needs (reason, minutes, result, verdict, score).
// Test hooks: #action-dialog[data-action], fields #action-<name>, radios #action-<name>-<value>,
// stars #action-score .star[data-value], #action-confirm, #action-cancel, #action-error.
import { formText as t } from './words';
import { BusyRunner, isConflict } from './busy';
import { h } from '../util/dom';

export type Field =
  | { kind: 'text' | 'textarea'; name: string; label: string; required?: boolean; placeholder?: string; value?: string; maxLength?: number }
  | { kind: 'number'; name: string; label: string; min: number; max: number; value: number; invalid: string }
  | { kind: 'stars'; name: string; label: string; required?: string }
  | { kind: 'choice'; name: string; label: string; options: { value: string; label: string }[]; value: string };

export interface FormSpec {
  title: string;
  /** Written to data-action on the dialog. */
  action?: string;
  /** Text above the fields. */
  intro?: string;
  fields: Field[];
  confirm?: string;
  /** Extra check across fields; return a message to block the submission. */
  validate?: (values: Record<string, string>) => string | null;
}

/**
 * Shows the form; `submit` runs on 确定 and the dialog stays open (with the error) when it throws.
 * Resolves true after a successful submit, false when cancelled.
 */
export function runForm(spec: FormSpec, submit: (values: Record<string, string>) => Promise<void>): Promise<boolean> {
  document.getElementById('action-dialog')?.remove();
  const readers: (() => [string, string])[] = [];
  const checks: (() => string | null)[] = [];
  let firstFocus: HTMLElement | null = null;

  const body = h('div', { class: 'dialog-fields' });
  for (const f of spec.fields) {
    const id = `action-${f.name}`;
    if (f.kind === 'text' || f.kind === 'textarea') {
      const input =
        f.kind === 'textarea'
          ? h('textarea', { id, name: f.name, rows: 3, placeholder: f.placeholder ?? '', maxlength: f.maxLength ?? 500 })
          : h('input', { id, name: f.name, type: 'text', placeholder: f.placeholder ?? '', maxlength: f.maxLength ?? 200 });
      input.value = f.value ?? '';
      readers.push(() => [f.name, input.value.trim()]);
      if (f.required) checks.push(() => (input.value.trim() ? null : t.required(f.label)));
      body.append(h('label', { for: id }, f.label), input);
      firstFocus ??= input;
    } else if (f.kind === 'number') {
      const input = h('input', { id, name: f.name, type: 'number', min: f.min, max: f.max, step: 1, inputmode: 'numeric' });
      input.value = String(f.value);
      readers.push(() => [f.name, input.value.trim()]);
      checks.push(() => {
        const n = Number(input.value);
        return Number.isInteger(n) && n >= f.min && n <= f.max ? null : f.invalid;
      });
      body.append(h('label', { for: id }, f.label), input);
      firstFocus ??= input;
    } else if (f.kind === 'choice') {
      let value = f.value;
      const group = h('div', { class: 'dialog-choice', id, role: 'radiogroup', 'aria-label': f.label });
      for (const o of f.options) {
        const rid = `${id}-${o.value}`;
        const radio = h('input', { type: 'radio', id: rid, name: f.name, value: o.value, checked: o.value === value });
        radio.addEventListener('change', () => (value = o.value));
        group.append(h('label', { class: 'dialog-choice-option', for: rid }, radio, h('span', {}, o.label)));
      }
      readers.push(() => [f.name, value]);
      body.append(h('div', { class: 'dialog-label' }, f.label), group);
    } else {
      let value = 0;
      const caption = h('span', { class: 'star-caption' });
      const group = h('div', { class: 'star-input', id, role: 'radiogroup', 'aria-label': f.label });
      const starButtons = [1, 2, 3, 4, 5].map((n) => {
        const b = h('button', { type: 'button', class: 'star', 'data-value': n, role: 'radio', 'aria-checked': 'false', 'aria-label': `${n}`, title: t.scoreNames[n - 1] }, '★');
        b.addEventListener('click', () => {
          value = n;
          for (const [i, x] of starButtons.entries()) {
            x.classList.toggle('on', i < n);
            x.setAttribute('aria-checked', String(i + 1 === n));
          }
          caption.textContent = t.scoreNames[n - 1]!;
        });
        return b;
      });
      group.append(...starButtons, caption);
      readers.push(() => [f.name, value ? String(value) : '']);
      const requiredText = typeof f.required === 'string' ? f.required : null;
      if (requiredText) checks.push(() => (value ? null : requiredText));
      body.append(h('div', { class: 'dialog-label' }, f.label), group);
    }
  }

  const error = h('div', { class: 'form-error', id: 'action-error', role: 'alert', 'aria-live': 'polite' });
  const confirm = h('button', { type: 'submit', class: 'btn btn-primary', id: 'action-confirm' }, spec.confirm ?? t.confirm);
  const cancel = h('button', { type: 'button', class: 'btn', id: 'action-cancel' }, t.cancel);
  const form = h(
    'form',
    { method: 'dialog', class: 'dialog-form', novalidate: true },
    h('h2', { class: 'dialog-title' }, spec.title),
    spec.intro ? h('p', { class: 'dialog-intro' }, spec.intro) : null,
    body,
    error,
    h('div', { class: 'dialog-buttons' }, cancel, confirm),
  );
  const dialog = h('dialog', { id: 'action-dialog', class: 'action-dialog', 'data-action': spec.action ?? null }, form);
  form.addEventListener('input', () => (error.textContent = ''));
  form.addEventListener('click', (ev) => {
    if ((ev.target as HTMLElement).closest('.star, .dialog-choice-option')) error.textContent = '';
  });
  document.body.append(dialog);

  return new Promise<boolean>((resolve) => {
    const label = confirm.textContent;
    const runner = new BusyRunner({
      error,
      setBusy: (b) => {
        confirm.disabled = b;
        cancel.disabled = b;
        confirm.textContent = b ? t.working : label;
      },
    });
    const finish = (ok: boolean) => {
      if (dialog.open) dialog.close();
      dialog.remove();
      resolve(ok);
    };
    cancel.addEventListener('click', () => !runner.busy && finish(false));
    dialog.addEventListener('cancel', (ev) => {
      ev.preventDefault();
      if (!runner.busy) finish(false);
    });
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      if (runner.busy) return;
      error.textContent = '';
      const message = checks.map((c) => c()).find((m): m is string => !!m) ?? null;
      const values = Object.fromEntries(readers.map((r) => r()));
      const problem: string | null = message || (spec.validate?.(values) ?? null);
      if (problem) {
        error.textContent = problem;
        return;
      }
      // A 409 is the caller's to answer (performAction refetches); the error stays in the dialog.
      const done = await runner.run(async () => {
        await submit(values);
        return true;
      });
      if (done) finish(true);
    });
    dialog.showModal();
    firstFocus?.focus();
  });
}

/**
 * Shows the form and posts what it asks for; resolves with the server's answer, or null when the user cancelled. The
 * error stays in the dialog; on a 409 (the state moved on) `onConflict` fetches the item again.
 */
export async function postFromForm<T>(spec: FormSpec, post: (values: Record<string, string>) => Promise<T>, onConflict?: () => void): Promise<T | null> {
  let answer: T | null = null;
  const ok = await runForm(spec, async (values) => {
    try {
      answer = await post(values);
    } catch (e) {
      if (isConflict(e)) onConflict?.();
      throw e; // the dialog shows it
    }
  });
  return ok ? answer : null;
}
