// A part's deadline as a line: which limit (报到 / 到场), time left or how late, and whether it is missed. The text
// itself is the incidents' countdown ("剩 04:32", "已超时 12分"), so whistles and incidents read the same.
import type { WhistlePart } from './types';
import { countdownText } from '../incidents/words';
import { PART_DEADLINE_NAMES } from './words';
import { isoTime } from '../../shared/keyedStore';
import { deadlineKind, isPartOverdue, partStage } from './whistleRules';

export interface PartCountdown {
  kind: 'report' | 'arrive';
  text: string;
  missed: boolean;
}

/** The part's running deadline, or null when none runs (before approval, once arrived or handled). */
export function partCountdown(p: WhistlePart, now: number): PartCountdown | null {
  if (!p.deadline || partStage(p) === 'handled') return null;
  const kind = deadlineKind(p);
  return { kind, text: `${PART_DEADLINE_NAMES[kind]} ${countdownText(isoTime(p.deadline) - now)}`, missed: isPartOverdue(p, now) };
}

/** Writes a countdown into an element (text and data-kind / data-missed), touching the DOM only when it changed. */
export function showCountdown(el: HTMLElement, c: PartCountdown | null): void {
  const text = c?.text ?? '';
  if (el.textContent !== text) el.textContent = text;
  if (c) {
    el.dataset.kind = c.kind;
    el.dataset.missed = String(c.missed);
  } else {
    delete el.dataset.kind;
    delete el.dataset.missed;
  }
}
