// Photos for evidence: the server takes JPEG / PNG / WebP up to 5 MB. Phone cameras often produce larger
// files, so anything else (or anything larger) is redrawn as a JPEG of at most 2560 px on the long side.

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const ACCEPTED = new Set(['image/jpeg', 'image/png', 'image/webp']);
const MAX_SIDE = 2560;

export interface PreparedImage {
  blob: Blob;
  name: string;
}

function jpegName(name: string): string {
  const base = name.replace(/\.[^.]*$/, '') || 'photo';
  return `${base}.jpg`;
}

function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

/** Returns an uploadable image, or null when the browser cannot decode the file. */
export async function prepareImage(file: File): Promise<PreparedImage | null> {
  if (ACCEPTED.has(file.type) && file.size <= MAX_UPLOAD_BYTES) return { blob: file, name: file.name || 'photo.jpg' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null;
  }
  let side = MAX_SIDE;
  for (let attempt = 0; attempt < 4; attempt++) {
    const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await toBlob(canvas, 0.85);
    if (blob && blob.size <= MAX_UPLOAD_BYTES) {
      bitmap.close();
      return { blob, name: jpegName(file.name) };
    }
    side = Math.round(side * 0.7);
  }
  bitmap.close();
  return null;
}
