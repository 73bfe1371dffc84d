/**
 * Browser File objects → the controller's PickedFile: bytes are read only when a job needs
 * them. FileReader is the fallback for environments whose Blob lacks arrayBuffer().
 */
import type { PickedFile } from "./state/paneController";

let counter = 0;

function readBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") {
    return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(`Không đọc được tệp.`));
    reader.readAsArrayBuffer(file);
  });
}

export function toPickedFile(file: File): PickedFile {
  counter += 1;
  return {
    id: `file-${counter}`,
    name: file.name,
    size: file.size,
    blob: file,
    modified: file.lastModified,
    read: async () => {
      try {
        return await readBytes(file);
      } catch (error) {
        const wrapped = new Error(`Không đọc được tệp “${file.name}” từ máy.`);
        (wrapped as Error & { cause?: unknown }).cause = error;
        throw wrapped;
      }
    },
  };
}
