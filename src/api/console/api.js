// The API with the pasted key (kept in sessionStorage: gone when the tab closes).
import { zhMessage } from './messages.js';

const KEY = 'yibao.apiKey';

export const session = {
  key: () => sessionStorage.getItem(KEY),
  set: (k) => sessionStorage.setItem(KEY, k),
  clear: () => sessionStorage.removeItem(KEY),
};

/** A refused request: message in Chinese (messages.js); code and the API's own text kept beside it. */
export class ApiError extends Error {
  constructor(status, body) {
    super(zhMessage(status, body));
    this.status = status;
    this.body = body;
    this.code = body?.code ?? null;
  }
}

export async function api(path, { method = 'GET', body } = {}) {
  const res = await fetch(`/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${session.key() ?? ''}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

export const query = (params) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
};

/** A file from the API (a workbook, a CSV table): its bytes, headers and the name the server gave it. */
export async function fetchFile(path) {
  const res = await fetch(`/api/v1${path}`, { headers: { authorization: `Bearer ${session.key() ?? ''}` } });
  if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null));
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'download';
  return { blob: await res.blob(), headers: res.headers, name };
}

/** Hands a fetched file to the browser's download. */
export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** SHA-256 of the bytes as hex, or null where the browser has no Web Crypto (plain http off localhost). */
export async function sha256Hex(blob) {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
