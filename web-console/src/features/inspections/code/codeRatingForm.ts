// The enterprise's one rating of a visit: a score of 1–5 and an optional comment. 204 → 已评价; a 409 (already rated,
// or not inspected yet) is shown as the server words it. Hooks: [data-testid=code-rating-form], rating-score-1 …
// rating-score-5 (radios), rating-comment, rating-submit, rating-error, rating-result.
import { ratePublicInspection } from '../api';
import { inspectionText } from '../words';
import { BusyRunner } from '../../../shared/busy';
import { h } from '../../../util/dom';

const t = inspectionText.code;
export const SCORES = [1, 2, 3, 4, 5] as const;

/** The score picked, or null when none (or something else) is. */
export function pickedScore(value: string | null | undefined): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : null;
}

export class CodeRatingForm {
  readonly el: HTMLFormElement;
  private readonly comment = h('textarea', { rows: 3, maxlength: 500, placeholder: t.comment, 'aria-label': t.comment, 'data-testid': 'rating-comment' });
  private readonly submit = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'rating-submit' }, t.submit);
  private readonly error = h('div', { class: 'code-error', role: 'alert', 'data-testid': 'rating-error' });
  private readonly result = h('div', { class: 'code-rated', role: 'status', 'data-testid': 'rating-result' });
  private readonly runner = new BusyRunner({ error: this.error, setBusy: (b) => (this.submit.disabled = b) });

  constructor(
    private readonly code: string,
    status: string,
  ) {
    const stars = SCORES.map((n) => h('label', {}, h('input', { type: 'radio', name: 'rating-score', value: n, 'data-testid': `rating-score-${n}` }), t.stars(n)));
    this.el = h(
      'form',
      { class: 'code-card', 'data-testid': 'code-rating-form', novalidate: true },
      h('strong', {}, t.rateTitle),
      h('div', { class: 'code-stars', role: 'radiogroup', 'aria-label': t.score }, ...stars),
      this.comment,
      this.submit,
      this.error,
      this.result,
    );
    // Before the visit the server refuses a rating; the form stays (the server has the last word) but says so.
    if (status === 'drawn') this.el.insertBefore(h('div', { class: 'muted', 'data-testid': 'rating-after-visit' }, t.rateAfterVisit), this.submit);
    this.el.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.send();
    });
  }

  private async send(): Promise<void> {
    const checked = this.el.querySelector<HTMLInputElement>('input[name="rating-score"]:checked');
    const score = pickedScore(checked?.value);
    if (score === null) return void (this.error.textContent = t.noScore);
    const comment = this.comment.value.trim();
    const done = await this.runner.run(async () => {
      await ratePublicInspection(this.code, score, comment);
      return true;
    });
    if (!done) return;
    this.result.textContent = t.rated;
    for (const el of this.el.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement>('input, textarea, button')) el.disabled = true;
  }
}
