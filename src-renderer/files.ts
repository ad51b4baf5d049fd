/** Moving file contents across the API, which carries them as base64. */
export const fileToBase64 = (file: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('无法读取文件'));
    reader.readAsDataURL(file);
  });

export const base64ToBytes = (base64: string) => Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The first characters of a SHA-256, enough to tell files apart on screen. */
export const shortHash = (sha256: string) => sha256.slice(0, 12);

/** The JSON content of a chosen file; `notJson` is the message when it is not JSON at all. */
export async function readJsonFile(file: Blob, notJson: string): Promise<unknown> {
  try {
    return JSON.parse(await file.text());
  } catch {
    throw new Error(notJson);
  }
}

/** `1.4 MB`, `380 KB`. */
export const fileSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);
