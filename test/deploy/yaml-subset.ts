// A reader for the YAML the compose file uses: block mappings and sequences, flow sequences of scalars,
// quoted and plain scalars, folded/literal block scalars, comments. Anything else (anchors, aliases, flow
// mappings, multi-document) is refused, so the file cannot drift into something this reads wrongly.
// (A YAML library is not a declared dependency; see the report to the lead.)

export type Yaml = string | number | boolean | null | Yaml[] | { [k: string]: Yaml };

interface Line {
  indent: number;
  text: string;
  no: number;
}

export function parseYaml(source: string): Yaml {
  const lines: Line[] = [];
  source.split('\n').forEach((raw, i) => {
    const text = stripComment(raw).replace(/\s+$/, '');
    if (text.trim() === '') return;
    if (/^\s*(---|\.\.\.)\s*$/.test(text)) throw new Error(`line ${i + 1}: multi-document YAML is not supported`);
    lines.push({ indent: text.length - text.trimStart().length, text: text.trimStart(), no: i + 1 });
  });
  const rawLines = source.split('\n');
  let pos = 0;

  function block(indent: number): Yaml {
    const first = lines[pos];
    if (first.text.startsWith('- ') || first.text === '-') return sequence(first.indent);
    return mapping(first.indent);
  }
  function mapping(indent: number): Yaml {
    const out: Record<string, Yaml> = {};
    while (pos < lines.length && lines[pos].indent === indent) {
      const l = lines[pos];
      const m = /^("[^"]*"|'[^']*'|[^:]+?):(?:\s+(.*))?$/.exec(l.text);
      if (!m) throw new Error(`line ${l.no}: expected "key: value", got ${l.text}`);
      const key = String(scalar(m[1], l.no));
      if (key in out) throw new Error(`line ${l.no}: duplicate key ${key}`);
      pos += 1;
      out[key] = value(m[2], indent, l.no);
    }
    if (pos < lines.length && lines[pos].indent > indent) throw new Error(`line ${lines[pos].no}: bad indentation`);
    return out;
  }
  function sequence(indent: number): Yaml {
    const out: Yaml[] = [];
    while (pos < lines.length && lines[pos].indent === indent && (lines[pos].text.startsWith('- ') || lines[pos].text === '-')) {
      const l = lines[pos];
      pos += 1;
      const rest = l.text.slice(1).trim();
      if (/^[^"'[].*?:(\s|$)/.test(rest)) throw new Error(`line ${l.no}: mappings inside sequences are not supported`);
      out.push(value(rest || undefined, indent, l.no));
    }
    return out;
  }
  function value(text: string | undefined, indent: number, no: number): Yaml {
    if (text === undefined || text === '') {
      if (pos < lines.length && lines[pos].indent > indent) return block(lines[pos].indent);
      return null;
    }
    if (/^[>|][-+]?$/.test(text)) return blockScalar(text, indent);
    if (/^[&*!{]/.test(text)) throw new Error(`line ${no}: anchors, aliases, tags and flow mappings are not supported`);
    if (text.startsWith('[')) return flowSequence(text, no);
    return scalar(text, no);
  }
  function blockScalar(style: string, indent: number): string {
    const body: string[] = [];
    let start = -1;
    while (pos < lines.length && lines[pos].indent > indent) {
      if (start < 0) start = lines[pos].indent;
      body.push(rawLines[lines[pos].no - 1].slice(start));
      pos += 1;
    }
    const text = style.startsWith('>') ? body.join(' ') : body.join('\n');
    return style.endsWith('-') ? text : `${text}\n`;
  }
  const result = block(0);
  if (pos < lines.length) throw new Error(`line ${lines[pos].no}: unexpected content`);
  return result;
}

function flowSequence(text: string, no: number): Yaml[] {
  if (!text.endsWith(']')) throw new Error(`line ${no}: flow sequences must fit on one line`);
  const inner = text.slice(1, -1);
  const items: string[] = [];
  let cur = '';
  let quote: string | null = null;
  for (const ch of inner) {
    if (quote) {
      cur += ch;
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      cur += ch;
    } else if (ch === ',') {
      items.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) items.push(cur.trim());
  return items.map((i) => scalar(i, no));
}

function scalar(text: string, no: number): string | number | boolean | null {
  if (text.startsWith('"')) {
    if (!text.endsWith('"') || text.length < 2) throw new Error(`line ${no}: unterminated string`);
    return JSON.parse(text) as string;
  }
  if (text.startsWith("'")) {
    if (!text.endsWith("'") || text.length < 2) throw new Error(`line ${no}: unterminated string`);
    return text.slice(1, -1).replace(/''/g, "'");
  }
  if (text === 'null' || text === '~') return null;
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

function stripComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i);
  }
  return line;
}
