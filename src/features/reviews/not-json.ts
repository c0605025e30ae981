import type { FieldError } from '../../contract/verdict';
import { jsonDepthError } from '../../validate/json-depth';
import { claimIdOf } from '../../validate/validate-claim';

// An input line that was not JSON, or nests too deep to handle, still gets a verdict (invalid), never a silent
// drop; its text is what is kept as the invalid input.

const NOT_JSON = Symbol('not-json');

export interface NotJson {
  [NOT_JSON]: true;
  text: string;
  kind: 'empty' | 'not_json' | 'too_deep';
  errors: FieldError[];
  /** A too-deep claim's top-level claimId, so its verdict still says which claim it was. */
  claimId: string | null;
}

export function notJson(text: string, reason: string): NotJson {
  return { [NOT_JSON]: true, text, kind: text === '' ? 'empty' : 'not_json', errors: [{ path: '', message: `not valid JSON: ${reason}` }], claimId: null };
}

export function isNotJson(v: unknown): v is NotJson {
  return typeof v === 'object' && v !== null && NOT_JSON in v;
}

/** Parses one NDJSON line; a failure or a too-deep value becomes a NotJson marker that review() turns into `invalid`. */
export function parseLine(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return notJson(text, (e as Error).message);
  }
  const deep = jsonDepthError(value);
  return deep ? ({ [NOT_JSON]: true, text, kind: 'too_deep', errors: [deep], claimId: claimIdOf(value) } satisfies NotJson) : value;
}
