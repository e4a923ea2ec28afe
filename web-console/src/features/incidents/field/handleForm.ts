// 处置完成: the result and the photos; the photos are uploaded first, then their ids go with the action.
// Hooks: #handle-result, #handle-photo, #handle-button. The text and photos survive re-renders of the card.
import { errorMessage } from '../../../api/http';
import { postAction, uploadEvidence } from '../api';
import type { Incident } from '../types';
import { taskText as t } from './words';
import { incidentText as it } from '../words';
import { formText } from '../../../shared/words';
import { h } from '../../../util/dom';
import { icon } from '../../../util/icons';
import { PhotoPicker } from '../../../shared/photoPicker';

export class HandleForm {
  private readonly resultInput: HTMLTextAreaElement;
  private readonly photos: PhotoPicker;
  private photosFor: string | null = null;

  constructor(
    private readonly showError: (message: string) => void,
    private readonly info: (text: string) => void,
  ) {
    this.resultInput = h('textarea', { id: 'handle-result', rows: 3, maxlength: 1000, placeholder: it.resultPlaceholder });
    this.photos = new PhotoPicker({ inputId: 'handle-photo', alt: it.photo, onError: showError });
    this.resultInput.addEventListener('input', () => showError(''));
  }

  /** Empties the form when the card moves to another incident. */
  follow(incidentId: string): void {
    if (this.photosFor !== incidentId) this.reset(incidentId);
  }

  /** The form's elements for the card. */
  render(): HTMLElement {
    const camera = h('label', { for: 'handle-photo', class: 'btn photo-button' }, icon('camera'), t.addPhoto);
    return h(
      'div',
      { class: 'handle-form' },
      h('label', { for: 'handle-result' }, it.resultLabel),
      this.resultInput,
      h('div', { class: 'photo-row' }, camera, this.photos.input, h('span', { class: 'muted photo-hint' }, t.photoHint)),
      this.photos.list,
    );
  }

  /** The result, or null (and a message) when it is missing. */
  result(): string | null {
    const result = this.resultInput.value.trim();
    if (result) return result;
    this.showError(formText.required(it.resultLabel));
    this.resultInput.focus();
    return null;
  }

  /** Uploads the photos not yet uploaded, then posts 处置完成. Throws the (Chinese) error. */
  async submit(inc: Incident, result: string): Promise<Incident> {
    try {
      const pending = this.photos.photos.filter((p) => !p.evidenceId);
      for (const [i, p] of pending.entries()) {
        this.info(it.photoUploading(i + 1, pending.length));
        let evidenceId: string;
        try {
          evidenceId = (await uploadEvidence(inc.id, p.file, p.file.name)).id;
        } catch (e) {
          throw new Error(it.photoFailed + errorMessage(e));
        }
        this.photos.markUploaded(p, evidenceId);
      }
      const evidenceIds = this.photos.photos.map((p) => p.evidenceId!).filter(Boolean);
      const updated = await postAction(inc.id, 'handle', { result, evidenceIds });
      this.reset('');
      return updated;
    } catch (e) {
      this.info('');
      throw e;
    }
  }

  private reset(id: string): void {
    this.photos.clear();
    this.photosFor = id;
    this.resultInput.value = '';
  }
}
