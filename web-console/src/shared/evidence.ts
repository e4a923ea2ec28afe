// Evidence photos: fetched with the bearer token (an <img> cannot send it) and shown from blob: URLs.
// Test hooks: .evidence-thumb[data-id] (img gets data-loaded="true"), viewer #evidence-viewer.
import { requestBlob } from '../api/http';
import type { Evidence } from '../api/types';
import { photoText as t, formText } from './words';
import { h } from '../util/dom';

/** url -> blob: URL; kept for the page's lifetime (an incident has a handful of photos). */
const cache = new Map<string, Promise<string>>();

function objectUrl(url: string): Promise<string> {
  let p = cache.get(url);
  if (!p) {
    p = requestBlob(url).then((b) => URL.createObjectURL(b));
    p.catch(() => cache.delete(url)); // try again next time
    cache.set(url, p);
  }
  return p;
}

function viewer(src: string, alt: string): void {
  document.getElementById('evidence-viewer')?.remove();
  const img = h('img', { src, alt });
  const close = h('button', { type: 'button', class: 'btn viewer-close', 'aria-label': formText.close }, '×');
  const dialog = h('dialog', { id: 'evidence-viewer', class: 'evidence-viewer' }, close, img);
  const done = () => {
    dialog.close();
    dialog.remove();
  };
  close.addEventListener('click', done);
  dialog.addEventListener('click', (ev) => {
    if (ev.target === dialog || ev.target === img) done();
  });
  dialog.addEventListener('cancel', (ev) => {
    ev.preventDefault();
    done();
  });
  document.body.append(dialog);
  dialog.showModal();
}

/** What a thumbnail needs of a photo (inspection results know only the id and the url). */
export type EvidenceRef = Pick<Evidence, 'id' | 'url'> & { contentType?: string | null };

/** One `.evidence-thumb` per image in a `.evidence-list`; with none, the `empty` text (or nothing when null). */
export function evidenceThumbs(list: readonly EvidenceRef[] | null | undefined, empty: string | null = t.evidenceNone): HTMLElement {
  const box = h('div', { class: 'evidence-list' });
  const images = (list ?? []).filter((e) => !e.contentType || e.contentType.startsWith('image/'));
  if (!images.length) {
    if (empty !== null) box.append(h('span', { class: 'muted' }, empty));
    return box;
  }
  for (const e of images) {
    const img = h('img', { alt: t.evidence, loading: 'lazy', decoding: 'async' });
    const thumb = h('button', { type: 'button', class: 'evidence-thumb loading', 'data-id': e.id, title: t.evidence }, img);
    thumb.disabled = true;
    objectUrl(e.url)
      .then((src) => {
        img.src = src;
        img.dataset.loaded = 'true';
        thumb.classList.remove('loading');
        thumb.disabled = false;
        thumb.addEventListener('click', () => viewer(src, t.evidence));
      })
      .catch(() => {
        thumb.classList.remove('loading');
        thumb.classList.add('failed');
        thumb.replaceChildren(h('span', {}, t.evidenceFailed));
      });
    box.append(thumb);
  }
  return box;
}
