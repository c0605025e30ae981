import type { CatalogueEntry } from '../enrich/catalogue';
import { type CatalogueKind, type Field, mapHeader, REQUIRED, HEADINGS } from './columns';
import type { TableRow } from './read-table';
import { type ConditionMapping, type Coverage, parseRemark, restrictionFields } from './restrictions';

// Spreadsheet rows → catalogue rows, each rejected row named with its row number and reason (in Chinese: the
// administrator reads them).

export interface Rejected {
  rowNumber: number;
  reason: string;
}

export interface ImportedRows {
  headerRow: number;
  rows: CatalogueEntry[];
  rejected: Rejected[];
  /** Heading rows inside the table (a 药品分类 title with no name or code): skipped, not rejected. */
  skipped: number;
  /** Rows with a 备注, by how much of it was read. */
  coverage: Record<Coverage, number>;
}

/** Code lengths a row may have: the segment boundaries of rules/catalogue/README.md. */
const CODE_FORMS: Record<CatalogueKind, { pattern: RegExp; lengths: number[]; what: string }> = {
  drug: { pattern: /^[XZ][A-Z0-9]+$/, lengths: [10, 14, 18, 23], what: 'X/Z 开头的医保药品代码，长度 10、14、18 或 23 位' },
  service: { pattern: /^\d+$/, lengths: [11, 13, 15], what: '数字医疗服务项目编码，长度 11、13 或 15 位' },
  consumable: { pattern: /^C[0-9A-Z]+$/, lengths: [10, 15, 20, 27], what: 'C 开头的医保耗材代码，长度 10、15、20 或 27 位' },
};

const CLASSES: Record<string, '甲' | '乙' | '丙'> = { 甲: '甲', 甲类: '甲', 乙: '乙', 乙类: '乙', 丙: '丙', 丙类: '丙', 自费: '丙' };

/** Yuan with at most 4 decimals (drug unit prices go below a fen per 粒); null for an empty cell. */
function price(text: string): number | null | 'bad' {
  const t = text.replace(/[,，元\s]/g, '');
  if (!t) return null;
  if (!/^\d+(\.\d{1,4})?$/.test(t)) return 'bad';
  return Number(t);
}

const HEADING_NAMES: Record<Field, string> = {
  code: '代码',
  classCode: '药品分类代码',
  classification: '分类',
  serial: '编号',
  name: '名称',
  dosageForm: '剂型',
  class: '甲乙类',
  remark: '备注',
  unit: '计价单位',
  price: '价格',
  price1: '一级价格',
  price2: '二级价格',
  price3: '三级价格',
};

/** Finds the header row among the first 20 (titles above it are common), then reads every row below it. */
export function importRows(kind: CatalogueKind, table: TableRow[], conditions: readonly ConditionMapping[]): ImportedRows {
  let header: { at: number; cols: Partial<Record<Field, number>> } | null = null;
  for (let i = 0; i < Math.min(table.length, 20) && !header; i++) {
    const cols = mapHeader(kind, table[i].cells);
    if (cols) header = { at: i, cols };
  }
  if (!header) {
    const expected = (['code', 'name', 'class'] as Field[]).map((f) => HEADINGS[kind][f]?.join('/')).join('；');
    throw new Error(`没有找到表头：前 20 行里没有一行含有至少两个已知列名（${expected}）`);
  }
  const missing = REQUIRED[kind].filter((f) => header.cols[f] === undefined);
  if (missing.length) {
    throw new Error(
      `第 ${table[header.at].rowNumber} 行表头缺少列：${missing.map((f) => `${HEADING_NAMES[f]}（${HEADINGS[kind][f]?.join('/')}）`).join('，')}`,
    );
  }
  const cols = header.cols;
  const cell = (r: TableRow, f: Field): string => {
    const i = cols[f];
    return i === undefined ? '' : (r.cells[i] ?? '').trim();
  };
  const form = CODE_FORMS[kind];
  const out: ImportedRows = { headerRow: table[header.at].rowNumber, rows: [], rejected: [], skipped: 0, coverage: { full: 0, partial: 0, none: 0 } };
  const seen = new Map<string, number>();
  for (const r of table.slice(header.at + 1)) {
    const code = cell(r, 'code').toUpperCase();
    const name = cell(r, 'name');
    if (!code && !name) {
      out.skipped += 1;
      continue;
    }
    const reject = (reason: string) => out.rejected.push({ rowNumber: r.rowNumber, reason });
    if (!code) {
      reject(`缺少代码（${HEADINGS[kind].code?.join('/')}）`);
      continue;
    }
    if (!form.pattern.test(code) || !form.lengths.includes(code.length)) {
      reject(`代码 ${code} 格式不对：应为${form.what}`);
      continue;
    }
    if (!name) {
      reject('缺少名称');
      continue;
    }
    const classCode = cell(r, 'classCode').toUpperCase();
    if (kind === 'drug' && classCode && !code.startsWith(classCode)) {
      reject(`药品分类代码 ${classCode} 与代码 ${code} 的前 ${classCode.length} 位不一致`);
      continue;
    }
    const cls = CLASSES[cell(r, 'class')];
    if (!cls) {
      reject(`甲乙类“${cell(r, 'class')}”无法识别：应为 甲、乙 或 丙`);
      continue;
    }
    const dup = seen.get(code);
    if (dup !== undefined) {
      reject(`代码 ${code} 与第 ${dup} 行重复`);
      continue;
    }
    const priceCap: Record<string, number> = {};
    let badPrice: string | null = null;
    const one = price(cell(r, 'price'));
    if (one === 'bad') badPrice = `价格“${cell(r, 'price')}”不是金额`;
    else if (one !== null) priceCap['1'] = priceCap['2'] = priceCap['3'] = one;
    for (const level of ['1', '2', '3'] as const) {
      const f = `price${level}` as Field;
      const p = price(cell(r, f));
      if (p === 'bad') badPrice = `${HEADING_NAMES[f]}“${cell(r, f)}”不是金额`;
      else if (p !== null) priceCap[level] = p;
    }
    if (badPrice) {
      reject(badPrice);
      continue;
    }
    seen.set(code, r.rowNumber);
    const entry: CatalogueEntry = { code, name, category: kind, class: cls };
    const unit = cell(r, 'unit');
    if (unit) entry.unit = unit;
    if (Object.keys(priceCap).length) entry.priceCap = priceCap;
    if (classCode) entry.classCode = classCode;
    const classification = cell(r, 'classification');
    if (classification) entry.classification = classification;
    const serial = cell(r, 'serial');
    if (serial) entry.serial = serial;
    const dosageForm = cell(r, 'dosageForm');
    if (dosageForm) entry.dosageForm = dosageForm;
    const parsed = parseRemark(cell(r, 'remark'), conditions);
    if (parsed) {
      out.coverage[parsed.coverage] += 1;
      entry.remark = parsed.text;
      entry.restrictionCoverage = parsed.coverage;
      entry.restrictions = parsed.restrictions;
      if (parsed.unparsed.length) entry.unparsedRestrictions = parsed.unparsed;
      const fields = restrictionFields(parsed.restrictions);
      // Fully read: the fields the clear-violation rules use. Partly read: kept apart, for the suspicion rule.
      if (parsed.coverage === 'full') Object.assign(entry, fields);
      else if (Object.keys(fields).length) entry.partial = { ...fields };
    }
    out.rows.push(entry);
  }
  return out;
}
