/**
 * Offering a file from the task pane: the pane is a browser page, so a Blob and a click on an
 * <a download> do it. Nothing leaves the machine.
 */
export function downloadBytes(
  fileName: string,
  bytes: Uint8Array,
  mime: string,
  doc: Document = document,
): void {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(new Blob([copy], { type: mime }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke later: some webviews start the download asynchronously after click().
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
