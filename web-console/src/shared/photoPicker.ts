// Picked photos for a form: the file input, the converted files with preview object URLs, and the previews
// (with a remove button) in a `.photo-list`. Used by the grid report form, the officer's handle form and the
// inspection results (which upload each pick at once: onAdded, then take()).
import { photoText as it } from './words';
import { h } from '../util/dom';
import { prepareImage } from '../util/image';

export interface PickedPhoto {
  readonly file: File;
  readonly preview: string;
  /** Set once uploaded (handle form: the photo is not uploaded again on a retry). */
  evidenceId: string | null;
}

export interface PhotoPickerOptions {
  /** id of the file input (a test hook; a `<label for>` points at it). */
  inputId: string;
  /** alt text of the preview images. */
  alt: string;
  /** A photo the browser cannot read: show this message. */
  onError: (message: string) => void;
  /** The input's accept list (default any image). */
  accept?: string;
  /** data-testid of the file input. */
  testId?: string;
  /** Called after a pick has been read (the photos are in `photos`). */
  onAdded?: () => void;
}

export class PhotoPicker {
  readonly input: HTMLInputElement;
  readonly list = h('div', { class: 'photo-list' });
  private picked: PickedPhoto[] = [];

  constructor(private readonly o: PhotoPickerOptions) {
    this.input = h('input', { id: o.inputId, type: 'file', accept: o.accept ?? 'image/*', capture: 'environment', multiple: true, class: 'visually-hidden' });
    if (o.testId) this.input.dataset.testid = o.testId;
    this.input.addEventListener('change', () => void this.add());
  }

  get photos(): readonly PickedPhoto[] {
    return this.picked;
  }

  files(): File[] {
    return this.picked.map((p) => p.file);
  }

  markUploaded(p: PickedPhoto, evidenceId: string): void {
    p.evidenceId = evidenceId;
    this.render();
  }

  /** Forgets the photos (revoking their previews) and empties the list. */
  clear(): void {
    for (const p of this.picked) URL.revokeObjectURL(p.preview);
    this.picked = [];
    this.render();
  }

  /** Hands the photos over (their files stay usable) and empties the list without revoking the previews. */
  take(): PickedPhoto[] {
    const taken = this.picked;
    this.picked = [];
    return taken;
  }

  private async add(): Promise<void> {
    const files = [...(this.input.files ?? [])];
    this.input.value = '';
    for (const f of files) {
      const prepared = await prepareImage(f);
      if (!prepared) {
        this.o.onError(it.photoUnsupported);
        continue;
      }
      const file = prepared.blob instanceof File ? prepared.blob : new File([prepared.blob], prepared.name, { type: prepared.blob.type });
      this.picked.push({ file, preview: URL.createObjectURL(file), evidenceId: null });
    }
    this.render();
    this.o.onAdded?.();
  }

  private render(): void {
    this.list.replaceChildren(
      ...this.picked.map((p) => {
        const remove = h('button', { type: 'button', class: 'photo-remove', 'aria-label': it.photoRemove, title: it.photoRemove }, '×');
        remove.addEventListener('click', () => {
          URL.revokeObjectURL(p.preview);
          this.picked = this.picked.filter((x) => x !== p);
          this.render();
        });
        return h('div', { class: `photo-preview${p.evidenceId ? ' uploaded' : ''}` }, h('img', { src: p.preview, alt: this.o.alt }), remove);
      }),
    );
  }
}
