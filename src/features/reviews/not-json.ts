// An input line that was not JSON still gets a verdict (invalid), never a silent drop.

const NOT_JSON = Symbol('not-json');

export interface NotJson {
  [NOT_JSON]: true;
  text: string;
  reason: string;
}

export function notJson(text: string, reason: string): NotJson {
  return { [NOT_JSON]: true, text, reason };
}

export function isNotJson(v: unknown): v is NotJson {
  return typeof v === 'object' && v !== null && NOT_JSON in v;
}

/** Parses one NDJSON line; a failure becomes a NotJson marker that review() turns into `invalid`. */
export function parseLine(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    return notJson(text, (e as Error).message);
  }
}
