// Hands a file made in the page to the browser's downloads, with no server involved.

/** Object URLs are revoked after the browser has had time to start the download. */
const REVOKE_AFTER_MS = 60_000;

export function saveFile(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), REVOKE_AFTER_MS);
}
