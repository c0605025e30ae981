import type { Cell } from './sheets';

// Every cell of every table passes through safeCell on its way into a file (CSV and XLSX alike), so no
// column can be forgotten. Text from claims (department, ids, names, an assignee) is hostile input:
//  - control characters (C0, DEL, C1) and lone surrogates become U+FFFD: a CR or LF would split a row in a
//    careless reader, and XML (XLSX) cannot hold most of them; the reader still sees that something was there;
//  - text beginning with = + - @ (or their full-width forms), TAB or CR, after any leading spaces or replaced
//    control characters, is
//    prefixed with an apostrophe, so a spreadsheet shows it as text and never runs it as a formula (OWASP,
//    CSV injection). A plain decimal number such as a negative amount "-0.05" or "-12.50%" is not text to
//    guard: it can only be read as a number, and prefixing it would turn amounts into text.
// Numbers (counts) are written as they are.

const CONTROL = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const FORMULA_START = /^[\s\u3000\ufffd]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;
const DECIMAL = /^-?\d+(\.\d+)?%?$/;

export function safeText(s: string | null | undefined): string {
  if (s === null || s === undefined) return '';
  const clean = s.replace(CONTROL, '\ufffd');
  if (DECIMAL.test(clean)) return clean;
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}

export function safeCell(c: Cell): Cell {
  return typeof c === 'number' ? c : safeText(c);
}

export const safeCells = (cells: readonly Cell[]): Cell[] => cells.map(safeCell);
