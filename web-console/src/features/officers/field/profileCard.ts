// The officer's profile card and the duty button (上岗 / 下岗). Hooks: #officer-name, #officer-code,
// #officer-department, #officer-township, #officer-status, #duty-button[data-on-duty].
import { getOfficer } from '../api';
import { ApiError, errorMessage } from '../../../api/http';
import type { County, Me } from '../../../api/types';
import type { Officer } from '../types';
import { common } from '../../../shared/words';
import { statusName } from '../words';
import { officerFieldText as t } from './words';
import type { LiveConnection } from '../../../live';
import { statusColor } from '../statusStyle';
import { h } from '../../../util/dom';
import { hubMethods } from '../../../live/hubContract';

export interface ProfileDeps {
  live: LiveConnection;
  me: Me;
  officerId: string;
  county: County | null;
  showError: (message: string) => void;
  clearError: () => void;
  info: (text: string) => void;
  /** On duty or not may have changed: the position sources follow. */
  onChanged: () => void;
}

export class ProfileCard {
  readonly card: HTMLElement;
  readonly dutyButton = h('button', { type: 'button', id: 'duty-button', class: 'btn btn-duty' });
  officer: Officer | null;
  private readonly nameEl = h('div', { class: 'field-name', id: 'officer-name' });
  private readonly codeEl = h('span', { id: 'officer-code' });
  private readonly deptEl = h('span', { id: 'officer-department' });
  private readonly townEl = h('span', { id: 'officer-township' });
  private readonly statusEl = h('span', { class: 'status-pill', id: 'officer-status' });

  constructor(
    private readonly d: ProfileDeps,
    officer: Officer | null,
  ) {
    this.officer = officer;
    this.card = h(
      'section',
      { class: 'card' },
      this.nameEl,
      h('dl', { class: 'field-props' },
        h('dt', {}, t.code), h('dd', {}, this.codeEl),
        h('dt', {}, t.department), h('dd', {}, this.deptEl),
        h('dt', {}, t.township), h('dd', {}, this.townEl),
        h('dt', {}, t.status), h('dd', {}, this.statusEl),
      ),
    );
    this.dutyButton.addEventListener('click', () => void this.toggleDuty());
  }

  get onDuty(): boolean {
    return !!this.officer && this.officer.status !== 'offDuty';
  }

  render(): void {
    const { me, county } = this.d;
    const officer = this.officer;
    this.nameEl.textContent = officer?.name ?? me.displayName;
    this.codeEl.textContent = officer?.code ?? me.username;
    const dept = county?.departments.find((x) => x.id === (officer?.departmentId ?? me.departmentId));
    this.deptEl.textContent = dept?.name ?? officer?.departmentId ?? common.none;
    const town = county?.townships.find((x) => x.id === (officer?.townshipId ?? me.townshipId));
    this.townEl.textContent = town?.name ?? officer?.townshipId ?? common.none;
    const status = officer?.status ?? 'offDuty';
    this.statusEl.textContent = officer ? statusName(status) : common.unknown;
    this.statusEl.style.setProperty('--c', statusColor(status));
    this.dutyButton.textContent = this.onDuty ? t.goOffDuty : t.goOnDuty;
    this.dutyButton.classList.toggle('on-duty', this.onDuty);
    this.dutyButton.dataset.onDuty = String(this.onDuty);
    this.d.onChanged();
  }

  /** The officer's record again (status follows the work and dispatchers may change it). */
  async reload(): Promise<void> {
    try {
      this.officer = await getOfficer(this.d.officerId);
      this.render();
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) this.d.showError(t.profileFailed + errorMessage(e));
    }
  }

  private async toggleDuty(): Promise<void> {
    const target = !this.onDuty;
    this.dutyButton.disabled = true;
    this.dutyButton.textContent = t.switching;
    try {
      const status = await this.d.live.invoke(hubMethods.SetOnDuty, target);
      this.d.clearError();
      this.d.info(target ? t.onDutyDone : t.offDutyDone);
      const o = this.officer;
      if (o) o.status = status ?? (target ? (o.status === 'offDuty' ? 'available' : o.status) : 'offDuty');
      this.render();
      void this.reload();
    } catch (e) {
      this.d.showError(e instanceof Error ? e.message : String(e));
    } finally {
      this.dutyButton.disabled = false;
      this.render();
    }
  }
}
