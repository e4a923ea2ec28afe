// One inspection task card on the field app: enterprise, planned date, the hours to avoid (production peaks), the items,
// the inspection code (亮码: shown to the enterprise, who checks it at /code/{code}), teammates, and per item the result
// form (合格 / 发现问题 / 严重问题 + note), then 保存结果 and 公示. What is being typed survives re-renders: the form is
// rebuilt only when the task itself changes, from the draft.
// Hooks: [data-testid=inspection-task-card][data-task-id][data-status]; inspection-task-code, inspection-code-link,
// inspection-task-teammates; [data-testid=inspection-result-item][data-item-code] with radios
// [data-testid=inspection-outcome-<pass|problem|severe>], inspection-result-note, the photo input
// inspection-result-photo (each pick is uploaded at once) and the thumbnails inspection-result-evidence (one child per
// photo; read-only once published) with inspection-result-photo-status; inspection-results-save, inspection-publish.
import { errorMessage } from '../../../api/http';
import { OUTCOMES, type InspectionTask, type Outcome } from '../types';
import { uploadInspectionEvidence } from '../api';
import { taskText as fieldText } from '../../incidents/field/words';
import { incidentText } from '../../incidents/words';
import { inspectionText, OUTCOME_NAMES, taskStatusName } from '../words';
import { shortDateTime } from '../../../shared/format';
import type { Lookup } from '../../../shared/lookup';
import { h } from '../../../util/dom';
import { icon } from '../../../util/icons';
import { evidenceThumbs } from '../../../shared/evidence';
import { PhotoPicker, type PickedPhoto } from '../../../shared/photoPicker';
import { canPublish, canRecord, draftFrom, isDirty, itemPhotos, MAX_ITEM_PHOTOS, photoRoom, type ResultDraft } from './resultDraft';

const t = inspectionText.field;

/** The server's photo types (anything else is redrawn as JPEG by the picker). */
const PHOTO_TYPES = 'image/jpeg,image/png,image/webp';

export type InspectionStep = 'save' | 'publish';

/** The public page of a code, on this site. */
export function codeLink(code: string): string {
  return `/code/${encodeURIComponent(code)}`;
}

export class InspectionTaskCard {
  readonly el: HTMLElement;
  draft: ResultDraft;
  private key = '';
  private busy = false;
  private save: HTMLButtonElement | null = null;
  /** Per item: the photos being uploaded, the last upload message, and the current thumbnails and message elements. */
  private readonly uploading = new Map<string, number>();
  private readonly photoStatus = new Map<string, { text: string; problem: boolean }>();
  private readonly photoEls = new Map<string, { thumbs: HTMLElement; status: HTMLElement }>();

  constructor(
    private task: InspectionTask,
    private readonly officerId: string,
    private readonly lookup: Lookup,
    private readonly onStep: (task: InspectionTask, step: InspectionStep, card: InspectionTaskCard) => void,
  ) {
    this.draft = draftFrom(task);
    this.el = h('article', { class: 'card inspection-task', 'data-testid': 'inspection-task-card', 'data-task-id': task.id });
  }

  /** A new copy from the server: the draft restarts from the recorded results unless the officer changed something. */
  render(task: InspectionTask, busy: boolean): void {
    const changed = task !== this.task;
    if (changed && !isDirty(this.draft, this.task)) this.draft = draftFrom(task);
    this.task = task;
    const key = [task.status, task.results.map((r) => `${r.itemCode}:${r.outcome}:${r.note ?? ''}:${r.evidenceIds.join(' ')}`).join(','), task.inspectorIds.join(','), task.code, task.publishedAt, busy].join('|');
    if (key === this.key) return;
    this.key = key;
    this.build(task, busy);
  }

  /** Saved: the server's results are the draft now (with any photo uploaded while saving). */
  saved(task: InspectionTask): void {
    this.draft = draftFrom(task, this.draft);
    this.task = task;
    this.key = '';
  }

  private build(x: InspectionTask, busy: boolean): void {
    this.el.dataset.status = x.status;
    this.busy = busy;
    this.photoEls.clear();
    const teammates = x.inspectors.filter((i) => i.officerId !== this.officerId);
    const recordable = canRecord(x);
    const props: (HTMLElement | string)[] = [
      h('dt', {}, t.plannedDate),
      h('dd', {}, x.plannedDate),
      h('dt', {}, t.avoid),
      h('dd', {}, x.avoidHours ? x.avoidHours.split(';').join('、') : t.avoidNone),
      h('dt', {}, inspectionText.lead),
      h('dd', {}, this.lookup.departmentShort(x.leadDepartmentId)),
      h('dt', {}, inspectionText.departments),
      h('dd', {}, x.departmentIds.map((d) => this.lookup.departmentShort(d)).join('、')),
      h('dt', {}, t.teammates),
      h('dd', { 'data-testid': 'inspection-task-teammates' }, teammates.map((i) => `${i.name}（${this.lookup.departmentShort(i.departmentId)} ${i.certificateNo}）`).join('、') || inspectionText.none),
    ];
    if (x.code) {
      props.push(
        h('dt', {}, t.code),
        h(
          'dd',
          {},
          h('div', { class: 'insp-code', 'data-testid': 'inspection-task-code' }, x.code),
          h('a', { href: codeLink(x.code), target: '_blank', rel: 'noopener', 'data-testid': 'inspection-code-link' }, `${t.codeLink} ${codeLink(x.code)}`),
        ),
      );
    }
    if (x.publishDeadline && x.status !== 'published') props.push(h('dt', {}, inspectionText.status), h('dd', { class: x.publishOverdue ? 'code-error' : '' }, x.publishOverdue ? t.publishOverdue : t.publishBy(shortDateTime(x.publishDeadline))));
    const save = h('button', { type: 'button', class: 'btn btn-big', 'data-testid': 'inspection-results-save' }, t.save);
    const publish = h('button', { type: 'button', class: 'btn btn-big btn-primary', 'data-testid': 'inspection-publish' }, t.publish);
    this.save = save;
    this.enableSave();
    publish.disabled = busy || !canPublish(x);
    save.addEventListener('click', () => this.onStep(this.task, 'save', this));
    publish.addEventListener('click', () => this.onStep(this.task, 'publish', this));
    this.el.replaceChildren(
      h('div', { class: 'assignment-head' }, h('span', { class: 'assignment-kicker' }, x.status === 'drawn' && !x.results.length ? t.newTask : t.title), h('span', { class: 'insp-pill', 'data-status': x.status }, taskStatusName(x.status))),
      h('div', { class: 'assignment-title' }, h('span', {}, x.enterpriseName)),
      h('dl', { class: 'field-props assignment-props' }, ...props),
      h('div', { class: 'inspection-results' }, h('strong', {}, t.results), ...x.items.map((i) => this.itemForm(i.itemCode, i.name, recordable, recordable && !busy))),
      x.status === 'published' ? h('div', { class: 'code-rated' }, t.publishedDone) : h('div', { class: 'inspection-task-actions' }, save, publish),
    );
  }

  /** 保存结果 waits for the photos being uploaded (their ids go with it). */
  private enableSave(): void {
    if (this.save) this.save.disabled = this.busy || !canRecord(this.task) || [...this.uploading.values()].some((n) => n > 0);
  }

  private itemForm(code: string, name: string, recordable: boolean, enabled: boolean): HTMLElement {
    const d = this.draft.get(code) ?? { outcome: null, note: '', uploaded: [] };
    this.draft.set(code, d);
    const group = `outcome-${this.task.id}-${code}`;
    const radios = OUTCOMES.map((o: Outcome) => {
      const r = h('input', { type: 'radio', name: group, value: o, checked: d.outcome === o, disabled: !enabled, 'data-testid': `inspection-outcome-${o}` });
      r.addEventListener('change', () => (d.outcome = o));
      return h('label', {}, r, OUTCOME_NAMES[o]);
    });
    const note = h('textarea', { rows: 2, maxlength: 1000, placeholder: t.notePlaceholder, 'aria-label': t.note, disabled: !enabled, 'data-testid': 'inspection-result-note' });
    note.value = d.note;
    note.addEventListener('input', () => (d.note = note.value));
    const status = h('div', { class: 'inspection-photo-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'inspection-result-photo-status' });
    const thumbs = this.thumbs(code);
    this.photoEls.set(code, { thumbs, status });
    this.showStatus(code);
    const photos = h('div', { class: 'inspection-photos' }, thumbs, status);
    if (recordable) photos.prepend(this.photoRow(code, enabled));
    return h('div', { class: 'inspection-result-item', 'data-testid': 'inspection-result-item', 'data-item-code': code }, h('div', { class: 'ir-name' }, name), h('div', { class: 'inspection-outcomes' }, ...radios), note, photos);
  }

  private photoRow(code: string, enabled: boolean): HTMLElement {
    const inputId = `inspection-photo-${this.task.id}-${code}`;
    const picker: PhotoPicker = new PhotoPicker({
      inputId,
      alt: incidentText.photo,
      accept: PHOTO_TYPES,
      testId: 'inspection-result-photo',
      onError: (m) => this.setStatus(code, m, true),
      onAdded: () => void this.upload(code, picker.take()),
    });
    picker.input.disabled = !enabled;
    const camera = h('label', { for: inputId, class: `btn photo-button${enabled ? '' : ' disabled'}` }, icon('camera'), fieldText.addPhoto);
    return h('div', { class: 'photo-row' }, camera, picker.input, h('span', { class: 'muted photo-hint' }, t.photoLimit(MAX_ITEM_PHOTOS)));
  }

  private thumbs(code: string): HTMLElement {
    const el = evidenceThumbs(itemPhotos(this.task, code, this.draft.get(code)), null);
    el.dataset.testid = 'inspection-result-evidence';
    return el;
  }

  /** Redraws the item's thumbnails and message (the card may have been rebuilt while uploading). */
  private showPhotos(code: string): void {
    const els = this.photoEls.get(code);
    if (!els) return;
    const fresh = this.thumbs(code);
    els.thumbs.replaceWith(fresh);
    els.thumbs = fresh;
    this.showStatus(code);
  }

  private showStatus(code: string): void {
    const status = this.photoEls.get(code)?.status;
    const s = this.photoStatus.get(code);
    if (!status) return;
    status.textContent = s?.text ?? '';
    status.classList.toggle('code-error', !!s?.problem);
  }

  /** A progress line, or a problem (shown in red) when `problem`. */
  private setStatus(code: string, text: string, problem = false): void {
    this.photoStatus.set(code, { text, problem });
    this.showPhotos(code);
  }

  /** Uploads the picked photos one by one (as many as the item still takes); each id waits in the draft for 保存结果. */
  private async upload(code: string, photos: PickedPhoto[]): Promise<void> {
    const room = photoRoom(this.task, code, this.draft.get(code)) - (this.uploading.get(code) ?? 0);
    const send = photos.slice(0, Math.max(0, room));
    for (const p of photos.slice(send.length)) URL.revokeObjectURL(p.preview);
    let problem = photos.length > send.length ? t.photoLimit(MAX_ITEM_PHOTOS) : '';
    this.uploading.set(code, (this.uploading.get(code) ?? 0) + send.length);
    this.enableSave();
    for (const [i, p] of send.entries()) {
      this.setStatus(code, incidentText.photoUploading(i + 1, send.length));
      try {
        const e = await uploadInspectionEvidence(this.task.id, p.file, p.file.name);
        this.draft.get(code)?.uploaded.push(e);
      } catch (e) {
        problem = incidentText.photoFailed + errorMessage(e);
      } finally {
        URL.revokeObjectURL(p.preview);
        this.uploading.set(code, (this.uploading.get(code) ?? 1) - 1);
      }
    }
    this.setStatus(code, problem, true);
    this.enableSave();
  }
}
