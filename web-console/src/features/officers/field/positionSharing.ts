// Position sharing: the device's location (or the demo's simulated walk) sent while on duty, and the last fix sent.
// Hooks: #share-switch, #sim-switch (demo only), #duty-note, #last-fix, #last-outcome[data-outcome].
import type { County, LatLon } from '../../../api/types';
import type { PositionReportResult } from '../../../live/hubContract';
import { common } from '../../../shared/words';
import { officerFieldText as t } from './words';
import type { LiveConnection } from '../../../live';
import { clockTime, relativeTime } from '../../../shared/format';
import { Disposables } from '../../../shared/page';
import { h } from '../../../util/dom';
import { GeoSource } from './geoSource';
import { PositionSender, type Fix } from './positionSender';
import { SimWalk } from './simWalk';

function toggle(id: string, onText: string, offText: string, on: boolean): HTMLButtonElement {
  const b = h('button', { type: 'button', id, class: 'switch' });
  setToggle(b, on, onText, offText);
  return b;
}

function setToggle(b: HTMLButtonElement, on: boolean, onText: string, offText: string): void {
  b.setAttribute('aria-pressed', String(on));
  b.classList.toggle('on', on);
  b.textContent = on ? onText : offText;
}

export interface SharingDeps {
  live: LiveConnection;
  county: County | null;
  demo: boolean;
  onDuty: () => boolean;
  /** The server's latest accepted position of the officer (the walk starts there: the speed rule). */
  serverPosition: () => LatLon | null;
  /** Fresh officer record (before a walk starts). */
  reloadProfile: () => Promise<void>;
  showError: (message: string) => void;
  clearError: () => void;
}

export class PositionSharing {
  readonly card: HTMLElement;
  /** Latest fix from any source. */
  lastFix: Fix | null = null;
  private readonly sender: PositionSender;
  private readonly geo: GeoSource;
  private readonly sim: SimWalk;
  private sharing = true;
  private simulate = false;
  private readonly lastFixEl = h('div', { class: 'last-fix', id: 'last-fix' }, t.lastSentNone);
  private readonly dutyNote = h('div', { class: 'muted', id: 'duty-note' });
  private lastSentAt = '';
  private lastResult: PositionReportResult | null = null;
  private readonly disposables = new Disposables();

  constructor(private readonly d: SharingDeps) {
    this.sender = new PositionSender(
      d.live,
      (fix, result) => {
        d.clearError();
        this.lastResult = result;
        this.lastSentAt = new Date().toISOString();
        this.renderLastSent(fix);
      },
      d.showError,
    );
    const onFix = (fix: Fix) => {
      this.lastFix = fix;
      if (this.sharing && d.onDuty()) this.sender.offer(fix);
    };
    this.geo = new GeoSource(onFix, d.showError);
    this.sim = new SimWalk(onFix);

    const shareSwitch = toggle('share-switch', t.sharingOn, t.sharingOff, this.sharing);
    const simSwitch = toggle('sim-switch', t.simulateOn, t.simulateOff, this.simulate);
    shareSwitch.addEventListener('click', () => {
      this.sharing = !this.sharing;
      setToggle(shareSwitch, this.sharing, t.sharingOn, t.sharingOff);
      this.update();
    });
    simSwitch.addEventListener('click', async () => {
      this.simulate = !this.simulate;
      setToggle(simSwitch, this.simulate, t.simulateOn, t.simulateOff);
      if (this.simulate) await d.reloadProfile(); // fresh start point; reloading the profile also updates the sources
      this.update();
    });
    this.card = h(
      'section',
      { class: 'card' },
      h('h2', {}, t.sharingTitle),
      shareSwitch,
      d.demo ? h('div', { class: 'sim-block' }, simSwitch, h('div', { class: 'muted' }, t.simulateNote)) : null,
      this.dutyNote,
      h('h3', {}, t.lastSent),
      this.lastFixEl,
    );
    this.disposables.every(1000, () => {
      if (this.sender.lastSent) this.renderLastSent(this.sender.lastSent);
    });
  }

  /** Start or stop the sources as sharing, duty and simulation say. */
  update(): void {
    const active = this.sharing && this.d.onDuty();
    this.dutyNote.textContent = this.sharing && !this.d.onDuty() ? t.offDutyNote : '';
    if (!active) {
      this.geo.stop();
      this.sim.stop();
      this.sender.clear();
      return;
    }
    if (this.simulate) {
      this.geo.stop();
      this.sim.start(this.startPoint());
    } else {
      this.sim.stop();
      this.geo.start();
    }
  }

  dispose(): void {
    this.disposables.dispose();
    this.geo.stop();
    this.sim.stop();
    this.sender.clear();
  }

  // The server judges each fix against the last accepted one (speed rule), so the walk starts
  // from the server's own latest position when there is one.
  private startPoint(): LatLon {
    return this.d.serverPosition() ?? this.lastFix ?? this.d.county?.center ?? { lat: 29.1, lon: 120.0 };
  }

  private renderLastSent(fix: Fix): void {
    const fixIso = new Date(fix.time).toISOString();
    const result = this.lastResult;
    const rows = [
      h('div', {}, `${t.lat} ${fix.lat.toFixed(6)}　${t.lon} ${fix.lon.toFixed(6)}`),
      h('div', {}, `${t.accuracy} ${fix.accuracy != null ? t.meters(fix.accuracy) : common.none}`),
      h('div', {}, `${t.fixAt} ${clockTime(fixIso)}`),
      h('div', { 'data-time': this.lastSentAt }, `${t.sentAt} ${clockTime(this.lastSentAt)}（${relativeTime(this.lastSentAt)}）`),
      result
        ? h('div', { id: 'last-outcome', 'data-outcome': result.outcome, class: result.accepted ? '' : 'outcome-ignored' }, `${t.outcome} ${t.outcomes[result.outcome] ?? result.outcome}`)
        : null,
    ].filter((x): x is HTMLDivElement => x !== null);
    this.lastFixEl.replaceChildren(...rows);
  }
}
