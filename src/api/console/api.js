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
