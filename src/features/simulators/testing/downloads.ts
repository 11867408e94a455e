/**
 * Captures files the simulators save (jsdom has no object URLs and cannot
 * follow a download link): each `downloadText` call lands in `files`.
 */
import { vi } from 'vitest';

export function captureDownloads() {
  const files: { name: string; read: () => Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.stubGlobal('URL', Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${(n += 1)}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => undefined,
  }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob) return;
    files.push({
      name: this.download,
      // FileReader as text keeps the BOM, which the test wants to see.
      read: () =>
        new Promise<string>((resolve) => {
          const reader = new FileReader();
          reader.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
          reader.readAsArrayBuffer(blob);
        }),
    });
  });
  return files;
}
