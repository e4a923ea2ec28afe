// Saving a text the page fetched (the CSV export needs the bearer token, so a plain link cannot fetch it): a Blob URL
// clicked through a temporary <a download>. The BOM lets spreadsheet programs read the Chinese header as UTF-8.
const BOM = '\ufeff';

export function csvBlob(text: string): Blob {
  return new Blob([text.startsWith(BOM) ? text : BOM + text], { type: 'text/csv;charset=utf-8' });
}

export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(csvBlob(text));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers start the download after the click returns; give them a moment before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
