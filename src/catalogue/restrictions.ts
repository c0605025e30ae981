// 限定支付范围 (the 备注 column of a catalogue) read into data. Each clause of the text is recognised or not; a row
// whose every clause is recognised is "full" (a breach is a clear violation), one with some clauses left over is
// "partial" (a breach is only suspicious and the reader sees the original text), one with none is "none".

/** A named condition (as 备注 texts write it) and the ICD-10 医保版 code prefixes it stands for. */
export interface ConditionMapping {
  name: string;
  /** Other spellings found in 备注 texts. */
  aliases?: string[];
  icd: string[];
}

export type Restriction =
  | { kind: 'age'; min?: number; max?: number }
  | { kind: 'level'; min: 1 | 2 | 3 }
  | { kind: 'setting'; setting: 'inpatient' | 'outpatient' }
  | { kind: 'gender'; gender: 'M' | 'F' }
  | { kind: 'indication'; condition: string; icd: string[] }
  | { kind: 'days'; max: number }
  | { kind: 'courses'; max: number }
  | { kind: 'cycles'; max: number }
  | { kind: 'line'; line: number }
  | { kind: 'scheme'; scheme: '工伤保险' | '生育保险' };

export type Coverage = 'full' | 'partial' | 'none';

export interface ParsedRemark {
  /** The text as written (trimmed); what a reader of a partly parsed hit is shown. */
  text: string;
  coverage: Coverage;
  restrictions: Restriction[];
  /** Clauses no pattern recognised. */
  unparsed: string[];
}

/**
 * 儿童: the 目录's 凡例 defines it in years; we read it as under 18 (ageMax 17 in whole years). Not confirmed from
 * the 凡例 text here (rules/catalogue/README.md); change it in one place if a province defines it otherwise.
 */
export const CHILD_MAX_AGE = 17;

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** "14", "十四", "二" → number; Chinese numerals up to 99. */
function num(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[2] ? CN_DIGITS[m[2]] : 0);
  return s.length === 1 && CN_DIGITS[s] !== undefined ? CN_DIGITS[s] : null;
}

const N = '(\\d+|[一二两三四五六七八九十]+)';

/** One clause → the restrictions it states, or null when no pattern accounts for it. */
type ClauseParser = (clause: string, conditions: readonly ConditionMapping[]) => Restriction[] | null;

/** Drops a leading 限 / 仅限 / 限于 and a trailing 使用 / 支付 / 用药, which carry no meaning of their own. */
function core(clause: string): string {
  return clause
    .replace(/^(仅限于?|限于?|只限于?)/, '')
    .replace(/(使用|支付|用药|报销|方予支付|可支付)$/, '')
    .trim();
}

const parsers: ClauseParser[] = [
  // 限工伤保险 / 限生育保险
  (c) => {
    const m = /^(工伤保险|生育保险)$/.exec(core(c));
    return m ? [{ kind: 'scheme', scheme: m[1] as '工伤保险' | '生育保险' }] : null;
  },
  // 限门诊 / 限住院 / 限住院患者 / 限门诊患者
  (c) => {
    const m = /^(门诊|住院)(患者|病人)?$/.exec(core(c));
    return m ? [{ kind: 'setting', setting: m[1] === '住院' ? 'inpatient' : 'outpatient' }] : null;
  },
  // 限二级及以上医疗机构 / 限三级医疗机构 / 限二级以上医院 (以上 includes the number)
  (c) => {
    const m = /^([一二三])级(及以上|以上)?(医疗机构|医院|定点医疗机构)$/.exec(core(c));
    if (!m) return null;
    return [{ kind: 'level', min: CN_DIGITS[m[1]] as 1 | 2 | 3 }];
  },
  // 限儿童 / 限儿童患者
  (c) => (/^儿童(患者)?$/.test(core(c)) ? [{ kind: 'age', max: CHILD_MAX_AGE }] : null),
  // 限18岁以下 / 限60岁以上 / 限6岁以下儿童 / 限2-12岁 (以上/以下 include the number)
  (c) => {
    const t = core(c).replace(/(儿童|患者|人群|患儿)+$/, '');
    let m = new RegExp(`^${N}(周)?岁(及)?(以下|以上)$`).exec(t);
    if (m) {
      const n = num(m[1]);
      if (n === null) return null;
      return [m[4] === '以下' ? { kind: 'age', max: n } : { kind: 'age', min: n }];
    }
    m = new RegExp(`^${N}(?:周岁|岁)?[-–~至到]${N}(周)?岁$`).exec(t);
    if (m) {
      const lo = num(m[1]);
      const hi = num(m[2]);
      return lo !== null && hi !== null ? [{ kind: 'age', min: lo, max: hi }] : null;
    }
    return null;
  },
  // 限女性 / 限男性
  (c) => {
    const m = /^(女性|男性)(患者)?$/.exec(core(c));
    return m ? [{ kind: 'gender', gender: m[1] === '女性' ? 'F' : 'M' }] : null;
  },
  // 限二线用药 / 二线治疗 / 限一线治疗失败后 (= second line)
  (c) => {
    const t = core(c);
    let m = /^([一二三四])线(用药|治疗|使用)?$/.exec(t);
    if (m) return [{ kind: 'line', line: CN_DIGITS[m[1]] }];
    m = /^经?([一二三])线(治疗|用药)?(失败|无效|不耐受)(后|的患者|患者)?$/.exec(t);
    return m ? [{ kind: 'line', line: CN_DIGITS[m[1]] + 1 }] : null;
  },
  // 限…天 / 支付不超过14天 / 最长支付7天 / 限3个疗程 / 限6个周期
  (c) => {
    const t = core(c).replace(/^(支付|使用|用药|不超过|最长|最多|累计|总)+/, '');
    let m = new RegExp(`^${N}(天|日)(内)?$`).exec(t);
    if (m) {
      const n = num(m[1]);
      return n !== null ? [{ kind: 'days', max: n }] : null;
    }
    m = new RegExp(`^${N}个?(疗程|周期)$`).exec(t);
    if (m) {
      const n = num(m[1]);
      if (n === null) return null;
      return [m[2] === '疗程' ? { kind: 'courses', max: n } : { kind: 'cycles', max: n }];
    }
    return null;
  },
  // 限…患者 / 限…的患者 / 限…: a named condition from the maintained mapping, the whole clause and nothing else
  (c, conditions) => {
    const t = core(c)
      .replace(/(的)?(患者|病人|患儿)$/, '')
      .replace(/^(确诊为?|诊断明确的|明确诊断的)/, '');
    const hit = findCondition(t, conditions);
    return hit ? [{ kind: 'indication', condition: hit.name, icd: hit.icd }] : null;
  },
];

function findCondition(text: string, conditions: readonly ConditionMapping[]): ConditionMapping | null {
  for (const c of conditions) {
    if (c.name === text || c.aliases?.includes(text)) return c;
  }
  return null;
}

/**
 * Splits a 备注 into clauses: at ；;。 and line breaks; "X或Y患者" style lists of conditions at 、/或 when every
 * part is a known condition. A clause may state several things ("限二级及以上医疗机构住院患者"), so a clause no
 * single parser takes is tried as a level prefix plus the rest.
 */
export function parseRemark(raw: string | null | undefined, conditions: readonly ConditionMapping[]): ParsedRemark | null {
  const text = (raw ?? '').trim();
  if (!text) return null;
  const clauses = text
    .split(/[；;。\n\r]+/)
    .map((s) => s.replace(/^[，,\s]+|[，,\s]+$/g, ''))
    .filter(Boolean);
  const restrictions: Restriction[] = [];
  const unparsed: string[] = [];
  for (const clause of clauses) {
    const got = parseClause(clause, conditions);
    if (got) restrictions.push(...got);
    else unparsed.push(clause);
  }
  const coverage: Coverage = unparsed.length === 0 ? 'full' : restrictions.length > 0 ? 'partial' : 'none';
  return { text, coverage, restrictions, unparsed };
}

function parseClause(clause: string, conditions: readonly ConditionMapping[]): Restriction[] | null {
  for (const p of parsers) {
    const got = p(clause, conditions);
    if (got) return got;
  }
  // Comma-joined parts, each recognised on its own: "限儿童，限门诊".
  const commaParts = clause.split(/[，,]/).map((s) => s.trim()).filter(Boolean);
  if (commaParts.length > 1) {
    const all = commaParts.map((p) => parseClause(p, conditions));
    if (all.every((x) => x !== null)) return all.flat() as Restriction[];
    return null;
  }
  // A list of named conditions: "限高血压或糖尿病患者", "限类风湿关节炎、强直性脊柱炎患者".
  const listed = core(clause).replace(/(的)?(患者|病人|患儿)$/, '');
  const names = listed.split(/[、或和及]/).filter(Boolean);
  if (names.length > 1) {
    const hits = names.map((n) => findCondition(n, conditions));
    if (hits.every((h) => h !== null)) {
      return (hits as ConditionMapping[]).map((h) => ({ kind: 'indication', condition: h.name, icd: h.icd }));
    }
  }
  // A level prefix followed by a setting or a condition: "限二级及以上医疗机构住院患者".
  const lead = /^(限)?([一二三])级(及以上|以上)?(医疗机构|医院)(的)?(.+)$/.exec(clause);
  if (lead) {
    const rest = parseClause(`限${lead[6]}`, conditions);
    if (rest) return [{ kind: 'level', min: CN_DIGITS[lead[2]] as 1 | 2 | 3 }, ...rest];
  }
  return null;
}

/** The catalogue-entry fields the shipped rules read, from fully or partly parsed restrictions. */
export interface RestrictionFields {
  ageMin?: number;
  ageMax?: number;
  minLevel?: 1 | 2 | 3;
  setting?: 'inpatient' | 'outpatient';
  gender?: 'M' | 'F';
  indications?: string[];
  maxDays?: number;
  maxCourses?: number;
  maxCycles?: number;
  line?: number;
  schemes?: ('工伤保险' | '生育保险')[];
}

export function restrictionFields(restrictions: readonly Restriction[]): RestrictionFields {
  const f: RestrictionFields = {};
  for (const r of restrictions) {
    switch (r.kind) {
      case 'age':
        if (r.min !== undefined) f.ageMin = Math.max(f.ageMin ?? 0, r.min);
        if (r.max !== undefined) f.ageMax = Math.min(f.ageMax ?? Infinity, r.max);
        break;
      case 'level':
        f.minLevel = Math.max(f.minLevel ?? 1, r.min) as 1 | 2 | 3;
        break;
      case 'setting':
        f.setting = r.setting;
        break;
      case 'gender':
        f.gender = r.gender;
        break;
      case 'indication':
        f.indications = [...new Set([...(f.indications ?? []), ...r.icd])];
        break;
      case 'days':
        f.maxDays = Math.min(f.maxDays ?? Infinity, r.max);
        break;
      case 'courses':
        f.maxCourses = r.max;
        break;
      case 'cycles':
        f.maxCycles = r.max;
        break;
      case 'line':
        f.line = r.line;
        break;
      case 'scheme':
        f.schemes = [...new Set([...(f.schemes ?? []), r.scheme])];
        break;
    }
  }
  return f;
}
