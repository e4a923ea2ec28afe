// Counts by status as clickable chips; clicking filters by that status (click again to clear).
import { OFFICER_STATUSES, type OfficerStatus } from '../types';
import { statusName } from '../words';
import { officerText as t } from './words';
import { statusColor } from '../statusStyle';
import { h } from '../../../util/dom';

export class StatusChips {
  readonly el: HTMLElement;
  private readonly counts = new Map<OfficerStatus | '', HTMLElement>();
  private readonly chips = new Map<OfficerStatus | '', HTMLElement>();

  constructor(onPick: (status: OfficerStatus | '') => void) {
    this.el = h('div', { class: 'status-chips', id: 'status-chips' });
    const keys: (OfficerStatus | '')[] = ['', ...OFFICER_STATUSES];
    for (const s of keys) {
      const count = h('span', { class: 'chip-count' }, '0');
      const chip = h(
        'button',
        { type: 'button', class: 'chip', 'data-chip': s || 'all', style: s ? `--c:${statusColor(s)}` : null },
        s ? h('span', { class: 'dot' }) : null,
        h('span', { class: 'chip-label' }, s ? statusName(s) : t.all),
        count,
      );
      chip.addEventListener('click', () => onPick(s));
      this.counts.set(s, count);
      this.chips.set(s, chip);
      this.el.append(chip);
    }
  }

  update(counts: Map<OfficerStatus, number>, total: number, selected: OfficerStatus | ''): void {
    for (const [s, el] of this.counts) {
      const n = String(s ? (counts.get(s) ?? 0) : total);
      if (el.textContent !== n) el.textContent = n;
    }
    for (const [s, chip] of this.chips) chip.classList.toggle('selected', s === selected);
  }
}
