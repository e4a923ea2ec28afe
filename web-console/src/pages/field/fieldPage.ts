// Officer field app (phone), the page controller: composes the assignment card and 我的任务 (Assignments), the whistle
// task cards (WhistleTasks), the inspection tasks (InspectionTasks, 综合查一次), the profile and duty button (ProfileCard) and position sharing (PositionSharing) over the
// field hub.
import { getCounty } from '../../api/endpoints';
import { getOfficer } from '../../features/officers/api';
import { errorMessage } from '../../api/http';
import { getCategories } from '../../features/incidents/api';
import type { SystemInfo } from '../../api/types';
import { fieldText as t } from './words';
import { officerFieldText } from '../../features/officers/field/words';
import { HUBS, LiveConnection } from '../../live';
import { clockTime } from '../../shared/format';
import { Lookup } from '../../shared/lookup';
import { Disposables, pageError, pageTop, signedInAs, type PageController } from '../../shared/page';
import { h } from '../../util/dom';
import { Assignments } from '../../features/incidents/field/assignments';
import { WhistleTasks } from '../../features/whistles/field/whistleTasks';
import { InspectionTasks } from '../../features/inspections/field/inspectionTasks';
import { PositionSharing } from '../../features/officers/field/positionSharing';
import { ProfileCard } from '../../features/officers/field/profileCard';

export class FieldPage implements PageController {
  private readonly live = new LiveConnection(HUBS.field);
  private readonly errorBox = h('div', { class: 'field-error', id: 'field-error', role: 'alert', 'aria-live': 'polite' });
  private readonly infoBox = h('div', { class: 'field-info', id: 'field-info', 'aria-live': 'polite' });
  private readonly disposables = new Disposables();
  private parts: { profile: ProfileCard; sharing: PositionSharing; assignments: Assignments; whistles: WhistleTasks; inspections: InspectionTasks } | null = null;

  constructor(private readonly system: SystemInfo | null) {}

  async mount(root: HTMLElement): Promise<void> {
    const me = await signedInAs(root, 'officer', officerFieldText.profileFailed);
    if (!me) return;
    if (!me.officerId) return pageError(root, t.noOfficerRecord);
    const officerId = me.officerId;

    const [officer, county, categories] = await Promise.all([
      getOfficer(officerId).catch((e) => {
        this.showError(officerFieldText.profileFailed + errorMessage(e));
        return null;
      }),
      getCounty().catch(() => null),
      getCategories().catch(() => []),
    ]);
    const lookup = new Lookup(county);
    lookup.setCategories(categories);

    const info = (text: string) => (this.infoBox.textContent = text);
    const clearError = () => (this.errorBox.textContent = '');
    const showError = (m: string) => this.showError(m);
    // The profile and the sharing depend on each other (duty starts and stops sharing; a walk starts from the
    // officer's last position): both are built before either renders.
    let sharing: PositionSharing | null = null;
    const profile = new ProfileCard({ live: this.live, me, officerId, county, showError, clearError, info, onChanged: () => sharing?.update() }, officer);
    sharing = new PositionSharing({
      live: this.live,
      county,
      demo: !!this.system?.demo,
      onDuty: () => profile.onDuty,
      serverPosition: () => profile.officer?.position ?? null,
      reloadProfile: () => profile.reload(),
      showError,
      clearError,
    });
    const assignments = new Assignments({
      live: this.live,
      lookup,
      position: () => sharing.lastFix ?? profile.officer?.position ?? null,
      onWorkChanged: () => void profile.reload(),
      info,
    });
    const whistles = new WhistleTasks({
      live: this.live,
      lookup,
      officerId,
      position: () => sharing.lastFix ?? profile.officer?.position ?? null,
      onWorkChanged: () => void profile.reload(),
      info,
    });
    const inspections = new InspectionTasks({ live: this.live, lookup, officerId, info });
    this.parts = { profile, sharing, assignments, whistles, inspections };

    root.replaceChildren(
      ...pageTop(t.title, me, this.live, this.system),
      h(
        'main',
        { class: 'field-main' },
        assignments.card,
        whistles.section,
        inspections.section,
        profile.card,
        profile.dutyButton,
        this.infoBox,
        assignments.listSection,
        sharing.card,
        h('section', { class: 'card card-error' }, h('h3', {}, t.errorsTitle), this.errorBox),
      ),
    );
    profile.render();

    const reload = () => {
      void profile.reload(); // status may be changed by dispatchers
      void assignments.refresh();
      void whistles.refresh();
      void inspections.refresh();
    };
    this.disposables.add(this.live.onReconnected(reload));
    this.disposables.every(30_000, reload);
    await this.live.start();
    await Promise.all([assignments.refresh(), whistles.refresh(), inspections.refresh()]);
  }

  dispose(): void {
    this.disposables.dispose();
    this.parts?.sharing.dispose();
    this.parts?.assignments.dispose();
    this.parts?.whistles.dispose();
    this.parts?.inspections.dispose();
    void this.live.stop();
  }

  private showError(msg: string): void {
    this.errorBox.textContent = `${clockTime(new Date().toISOString())} ${msg}`;
  }
}
