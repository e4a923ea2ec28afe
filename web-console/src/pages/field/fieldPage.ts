// Officer field app (phone): assignment card and 我的任务, duty toggle, position sharing, demo simulated walk.
import { getCounty, getMe, getOfficer } from '../../api/endpoints';
import { ApiError, errorMessage } from '../../api/http';
import { getCategories } from '../../api/incidents';
import type { County, Me, Officer, OfficerStatus, PositionReportResult, SystemInfo } from '../../api/types';
import { common, statusName } from '../../i18n/common';
import { fieldText as t } from '../../i18n/field';
import { HUBS, LiveConnection } from '../../live';
import { statusColor } from '../../map/statusStyle';
import { h } from '../../util/dom';
import { Lookup } from '../../shared/lookup';
import { modeBanner } from '../shared/banner';
import { pageHeader } from '../shared/header';
import { Assignments } from './assignments';
import { GeoSource } from './geoSource';
import { PositionSender, type Fix } from './positionSender';
import { SimWalk } from './simWalk';
import { clockTime, relativeTime } from '../../shared/format';

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

export async function renderFieldPage(root: HTMLElement, system: SystemInfo | null): Promise<void> {
  let me: Me;
  try {
    me = await getMe();
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) root.replaceChildren(h('div', { class: 'page-error', role: 'alert' }, t.profileFailed + errorMessage(e)));
    return;
  }
  if (me.role !== 'officer') {
    location.replace('index.html');
    return;
  }
  if (!me.officerId) {
    root.replaceChildren(h('div', { class: 'page-error', role: 'alert' }, t.noOfficerRecord));
    return;
  }
  const officerId = me.officerId;
  const live = new LiveConnection(HUBS.field);

  let officer: Officer | null = null;
  let county: County | null = null;
  const errorBox = h('div', { class: 'field-error', id: 'field-error', role: 'alert', 'aria-live': 'polite' });
  const infoBox = h('div', { class: 'field-info', id: 'field-info', 'aria-live': 'polite' });
  const showError = (msg: string) => {
    errorBox.textContent = `${clockTime(new Date().toISOString())} ${msg}`;
  };
  const clearError = () => (errorBox.textContent = '');

  const [loadedOfficer, loadedCounty, categories] = await Promise.all([
    getOfficer(officerId).catch((e) => {
      showError(t.profileFailed + errorMessage(e));
      return null;
    }),
    getCounty().catch(() => null),
    getCategories().catch(() => []),
  ]);
  officer = loadedOfficer;
  county = loadedCounty;
  const lookup = new Lookup(county);
  lookup.setCategories(categories);

  // ---- profile card
  const nameEl = h('div', { class: 'field-name', id: 'officer-name' });
  const codeEl = h('span', { id: 'officer-code' });
  const deptEl = h('span', { id: 'officer-department' });
  const townEl = h('span', { id: 'officer-township' });
  const statusEl = h('span', { class: 'status-pill', id: 'officer-status' });
  const dutyButton = h('button', { type: 'button', id: 'duty-button', class: 'btn btn-duty' });

  const onDuty = () => !!officer && officer.status !== 'offDuty';

  function renderProfile(): void {
    nameEl.textContent = officer?.name ?? me.displayName;
    codeEl.textContent = officer?.code ?? me.username;
    const dept = county?.departments.find((d) => d.id === (officer?.departmentId ?? me.departmentId));
    deptEl.textContent = dept?.name ?? officer?.departmentId ?? common.none;
    const town = county?.townships.find((x) => x.id === (officer?.townshipId ?? me.townshipId));
    townEl.textContent = town?.name ?? officer?.townshipId ?? common.none;
    const status = officer?.status ?? 'offDuty';
    statusEl.textContent = officer ? statusName(status) : common.unknown;
    statusEl.style.setProperty('--c', statusColor(status));
    dutyButton.textContent = onDuty() ? t.goOffDuty : t.goOnDuty;
    dutyButton.classList.toggle('on-duty', onDuty());
    dutyButton.dataset.onDuty = String(onDuty());
    updateSources();
  }

  async function reloadProfile(): Promise<void> {
    try {
      officer = await getOfficer(officerId);
      renderProfile();
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) showError(t.profileFailed + errorMessage(e));
    }
  }

  dutyButton.addEventListener('click', async () => {
    const target = !onDuty();
    dutyButton.disabled = true;
    dutyButton.textContent = t.switching;
    try {
      const status = await live.invoke<OfficerStatus | null>('SetOnDuty', target);
      clearError();
      infoBox.textContent = target ? t.onDutyDone : t.offDutyDone;
      if (officer) officer.status = status ?? (target ? (officer.status === 'offDuty' ? 'available' : officer.status) : 'offDuty');
      renderProfile();
      void reloadProfile();
    } catch (e) {
      showError(e instanceof Error ? e.message : String(e));
    } finally {
      dutyButton.disabled = false;
      renderProfile();
    }
  });

  // ---- position sharing
  const lastFixEl = h('div', { class: 'last-fix', id: 'last-fix' }, t.lastSentNone);
  let lastFix: Fix | null = null; // latest fix from any source
  const assignments = new Assignments({
    live,
    lookup,
    position: () => lastFix ?? officer?.position ?? null,
    onWorkChanged: () => void reloadProfile(),
    info: (text) => (infoBox.textContent = text),
  });
  const sender = new PositionSender(
    live,
    (fix, result) => {
      clearError();
      lastResult = result;
      lastSentAt = new Date().toISOString();
      renderLastSent(fix);
    },
    showError,
  );
  const onFix = (fix: Fix) => {
    lastFix = fix;
    if (sharing && onDuty()) sender.offer(fix);
  };
  const geo = new GeoSource(onFix, showError);
  const sim = new SimWalk(onFix);

  let sharing = true;
  let simulate = false;
  const shareSwitch = toggle('share-switch', t.sharingOn, t.sharingOff, sharing);
  const simSwitch = toggle('sim-switch', t.simulateOn, t.simulateOff, simulate);
  const dutyNote = h('div', { class: 'muted', id: 'duty-note' });

  // The server judges each fix against the last accepted one (speed rule), so the walk starts
  // from the server's own latest position when there is one.
  function startPoint(): { lat: number; lon: number } {
    if (officer?.position) return officer.position;
    if (lastFix) return lastFix;
    if (county?.center) return county.center;
    return { lat: 29.1, lon: 120.0 };
  }

  function updateSources(): void {
    const active = sharing && onDuty();
    dutyNote.textContent = sharing && !onDuty() ? t.offDutyNote : '';
    if (!active) {
      geo.stop();
      sim.stop();
      sender.clear();
      return;
    }
    if (simulate) {
      geo.stop();
      sim.start(startPoint());
    } else {
      sim.stop();
      geo.start();
    }
  }

  shareSwitch.addEventListener('click', () => {
    sharing = !sharing;
    setToggle(shareSwitch, sharing, t.sharingOn, t.sharingOff);
    updateSources();
  });
  simSwitch.addEventListener('click', async () => {
    simulate = !simulate;
    setToggle(simSwitch, simulate, t.simulateOn, t.simulateOff);
    if (simulate) await reloadProfile(); // fresh start point; reloadProfile also updates the sources
    updateSources();
  });

  let lastSentAt = '';
  let lastResult: PositionReportResult | null = null;
  function renderLastSent(fix: Fix): void {
    const fixIso = new Date(fix.time).toISOString();
    const rows = [
      h('div', {}, `${t.lat} ${fix.lat.toFixed(6)}　${t.lon} ${fix.lon.toFixed(6)}`),
      h('div', {}, `${t.accuracy} ${fix.accuracy != null ? t.meters(fix.accuracy) : common.none}`),
      h('div', {}, `${t.fixAt} ${clockTime(fixIso)}`),
      h('div', { 'data-time': lastSentAt }, `${t.sentAt} ${clockTime(lastSentAt)}（${relativeTime(lastSentAt)}）`),
      lastResult
        ? h('div', { id: 'last-outcome', 'data-outcome': lastResult.outcome, class: lastResult.accepted ? '' : 'outcome-ignored' },
            `${t.outcome} ${t.outcomes[lastResult.outcome] ?? lastResult.outcome}`)
        : null,
    ].filter((x): x is HTMLDivElement => x !== null);
    lastFixEl.replaceChildren(...rows);
  }
  window.setInterval(() => {
    if (sender.lastSent) renderLastSent(sender.lastSent);
  }, 1000);

  // ---- layout
  root.replaceChildren(
    ...[pageHeader(t.title, me, live, () => void live.stop()), modeBanner(system)].filter((x): x is HTMLElement => !!x),
    h(
      'main',
      { class: 'field-main' },
      assignments.card,
      h(
        'section',
        { class: 'card' },
        nameEl,
        h('dl', { class: 'field-props' },
          h('dt', {}, t.code), h('dd', {}, codeEl),
          h('dt', {}, t.department), h('dd', {}, deptEl),
          h('dt', {}, t.township), h('dd', {}, townEl),
          h('dt', {}, t.status), h('dd', {}, statusEl),
        ),
      ),
      dutyButton,
      infoBox,
      assignments.listSection,
      h(
        'section',
        { class: 'card' },
        h('h2', {}, t.sharingTitle),
        shareSwitch,
        system?.demo ? h('div', { class: 'sim-block' }, simSwitch, h('div', { class: 'muted' }, t.simulateNote)) : null,
        dutyNote,
        h('h3', {}, t.lastSent),
        lastFixEl,
      ),
      h('section', { class: 'card card-error' }, h('h3', {}, t.errorsTitle), errorBox),
    ),
  );
  renderProfile();

  live.onReconnected(() => {
    void reloadProfile();
    void assignments.refresh();
  });
  window.setInterval(() => {
    void reloadProfile(); // status may be changed by dispatchers
    void assignments.refresh();
  }, 30_000);
  await live.start();
  await assignments.refresh();
}
