// Message templates: "{{item.name}} × {{item.quantity}} over the limit {{limit}}". Kept tiny on purpose:
// a value path, nothing else, so a rule author cannot put logic in a message.

export function resolvePath(scope: unknown, path: string): unknown {
  let cur: unknown = scope;
  for (const key of path.split('.')) {
    if (cur === null || cur === undefined || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

export function show(v: unknown): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
  if (Array.isArray(v)) return v.map(show).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function renderMessage(template: string, scope: unknown): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, path: string) => show(resolvePath(scope, path)));
}

export function templatePaths(template: string): string[] {
  return [...template.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]);
}

/**
 * A template split once at load: texts[0] path[0] texts[1] … path[n-1] texts[n], each path already split on
 * dots. Rendering it gives what renderMessage gives, without a regular expression per hit.
 */
export interface TemplateParts {
  texts: string[];
  paths: string[][];
}

export function templateParts(template: string): TemplateParts {
  const texts: string[] = [];
  const paths: string[][] = [];
  let from = 0;
  for (const m of template.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)) {
    texts.push(template.slice(from, m.index));
    paths.push(m[1].split('.'));
    from = (m.index as number) + m[0].length;
  }
  texts.push(template.slice(from));
  return { texts, paths };
}
