import type { Verdict } from './verdict';

// A verdict's JSON text is needed twice on the review path: the store keeps it and the HTTP answer is it. A
// verdict is not changed once made, so the text is made once per verdict object and remembered with it (the
// entry goes when the verdict does): a 5 KB verdict's second stringify, ~30 µs a request; a 60,000-line
// claim's, ~0.5 s on the big lane.

const made = new WeakMap<Verdict, string>();

/** JSON.stringify(verdict), made once per verdict object. */
export function verdictJson(verdict: Verdict): string {
  let json = made.get(verdict);
  if (json === undefined) {
    json = JSON.stringify(verdict);
    made.set(verdict, json);
  }
  return json;
}
