import type { Builder } from './case';
import { ageOn, hasDiagnosis, samePersonKind } from './case';
import type { EvalClaim } from './claim-edit';
import { unitsPerDayOf, type CatalogueRows } from './catalogue-rows';
import { addDays, addLine, clone, dayOf, edit, nightsOf, principalOf, setQuantity, startOn } from './claim-edit';
import { underAny } from '../contract/code-prefix';

// Legitimate but uncommon care, each realised from its description as a mutation of clean claims. A flag on
// the target claim of a control is a false flag.

const ACUTE = ['I21', 'I63', 'I61', 'J18', 'J44', 'I50', 'K85', 'S06', 'N39'];

export const CONTROL_BUILDERS: Record<string, Builder> = {
  'clean-base': (env) => {
    const c = env.base(['inpatient', 'outpatient', 'chronic', 'pharmacy']);
    return c && { claims: [c], target: 0, lineIds: [], note: `unchanged ${c.visitType} claim` };
  },

  'first-day-monitoring': (env) => {
    const c = env.base(['inpatient'], (x) => nightsOf(x) >= 3 && hasDiagnosis(x, ACUTE) && underAny(principalOf(x), ACUTE));
    if (!c) return undefined;
    c.admissionRoute = 'emergency';
    const day = c.admissionDate!;
    const lineIds: string[] = [];
    edit(c, env.rows, (x) => {
      const add = (name: string, q: number) => {
        const row = env.row(name);
        if (!x.items.some((i) => i.date === day && i.code === row.code)) lineIds.push(addLine(x, row, day, q));
      };
      add('心电监测', 24);
      add('血氧饱和度监测', 24);
      add('血气分析', 2);
      for (const lab of ['血常规(五分类)', '电解质(四项)', '肝功能(全套)', '肾功能(三项)', '凝血四项', 'C反应蛋白测定']) add(lab, 1);
    });
    return { claims: [c], target: 0, lineIds, note: `emergency admission for ${principalOf(c)} with monitoring and ${lineIds.length} day-1 items` };
  },

  'cardiac-workup': (env) => {
    const c = env.base(['outpatient'], (x) => ageOn(x) >= 35 && x.provider.level >= 2);
    if (!c) return undefined;
    c.diagnoses = [{ code: 'R07.400', principal: true }];
    c.provider.department = 'cardiology';
    const lineIds: string[] = [];
    edit(c, env.rows, (x) => {
      x.items = x.items.filter((i) => env.subcategory(i.code) === 'consult');
      for (const name of ['常规心电图检查', '肌钙蛋白I测定', '心肌酶谱', 'B型钠尿肽(BNP)测定', '心脏彩色多普勒超声']) lineIds.push(addLine(x, env.row(name), x.visitDate!, 1));
    });
    return { claims: [c], target: 0, lineIds, note: 'chest pain: ECG, troponin, enzymes, BNP, echo' };
  },

  'diabetic-screening': (env) => {
    const c = env.base(['chronic'], (x) => hasDiagnosis(x, ['E11']));
    if (!c) return undefined;
    const lineIds: string[] = [];
    edit(c, env.rows, (x) => {
      x.items = x.items.filter((i) => env.subcategory(i.code) === 'consult');
      for (const name of ['糖化血红蛋白测定', '空腹血糖测定', '血脂(四项)', '肾功能(三项)']) lineIds.push(addLine(x, env.row(name), x.visitDate!, 1));
      lineIds.push(addLine(x, env.row('盐酸二甲双胍片'), x.visitDate!, 84));
    });
    return { claims: [c], target: 0, lineIds, note: 'diabetic follow-up: HbA1c, glucose, lipids, renal function, metformin 4 weeks' };
  },

  'long-prescription': (env) => {
    const oral = (x: EvalClaim) => x.items.filter((i) => i.category === 'drug' && (env.rows.byCode(i.code)?.usualPerDay ?? 0) >= 0.5 && !i.name.includes('注射'));
    const c = env.base(['chronic'], (x) => oral(x).length > 0);
    if (!c) return undefined;
    const weeks = env.rng.int(8, 12);
    const lineIds: string[] = [];
    edit(c, env.rows, (x) => {
      for (const i of oral(x)) {
        const qty = Math.ceil(unitsPerDayOf(env.rows.byCode(i.code)) * weeks * 7);
        setQuantity(i, qty);
        i.longPrescription = true;
        lineIds.push(i.lineId);
      }
    });
    return { claims: [c], target: 0, lineIds, note: `${weeks}-week long prescription for ${principalOf(c)}` };
  },

  'legit-transfer': (env) => {
    // One episode continued at a higher level: a level-1/2 hospital admits the member for a condition and, unable
    // to give the care it needs, transfers them (医嘱转院) to a level-3 hospital of the region, which gives it. So the
    // level-3 stay is drawn first (the care received), and the first stay is a medical one (no operation: what the
    // first hospital could not give is done at the second, never done twice) for the same diagnosis category,
    // moved to a hospital of its level in that region when drawn from another. A transfer continues one course of
    // treatment: a drug paid for a limited course (限定支付疗程, the row's maxDays) is not billed past it over both stays.
    const inpatient = env.pool.claims.filter((x) => x.visitType === 'inpatient');
    const seconds = inpatient.filter((x) => x.provider.level === 3 && ageOn(x) >= 18);
    const medical = inpatient.filter((x) => x.provider.level < 3 && nightsOf(x) >= 2 && !(x.procedures ?? []).length);
    for (let t = 0; t < 200; t++) {
      const b = env.rng.pick(seconds);
      const firsts = medical.filter(
        (a) =>
          principalOf(a).slice(0, 3) === principalOf(b).slice(0, 3) &&
          samePersonKind(env.rows, b, a) &&
          courseWithinLimit(env.rows, a, b) &&
          (a.region === b.region || !a.reportedGroup?.drg || env.drgs.has(`${b.region}:${a.reportedGroup.drg}`)),
      );
      if (!firsts.length) continue;
      const first = clone(env.rng.pick(firsts));
      const sameLevel = (env.pool.institutions.get(b.region) ?? []).filter((h) => !h.pharmacy && h.level === first.provider.level);
      const at = first.region === b.region ? { hospitalId: first.provider.hospitalId, doctorId: first.provider.doctorId } : sameLevel.length ? env.rng.pick(sameLevel) : undefined;
      if (!at) continue;
      const second = clone(b);
      first.region = b.region;
      first.provider = { ...first.provider, hospitalId: at.hospitalId, doctorId: at.doctorId || first.provider.doctorId };
      // The case's member is the level-3 stay's (its items were billed for that person); asMember takes the first claim's.
      first.patient = clone(b.patient);
      first.insuranceType = b.insuranceType;
      first.enrollment = b.enrollment && clone(b.enrollment);
      // Each case on its own days: the same base stay picked for several cases would otherwise be several members'
      // line-for-line identical stays at one hospital on one day (团伙住院), which no legitimate transfer is.
      startOn(first, addDays(first.admissionDate!, env.rng.int(0, 60)));
      first.dischargeMode = 'transfer';
      startOn(second, first.dischargeDate!);
      second.admissionRoute = 'transfer';
      second.transferFromHospitalId = first.provider.hospitalId;
      return { claims: [first, second], target: 1, lineIds: [], note: `transfer ${first.provider.hospitalId} (level ${first.provider.level}, ${principalOf(first)} medical) → ${second.provider.hospitalId} (level 3, ${principalOf(second)}${(second.procedures ?? []).length ? ' with operation' : ''}) on ${first.dischargeDate}` };
    }
    return undefined;
  },

  'unrelated-readmission': (env) => {
    const first = env.base(['inpatient'], (x) => nightsOf(x) >= 2);
    if (!first) return undefined;
    const second = env.base(['inpatient'], (x) => x.region === first.region && principalOf(x)[0] !== principalOf(first)[0] && samePersonKind(env.rows, first, x));
    if (!second) return undefined;
    startOn(second, addDays(first.dischargeDate!, env.rng.int(3, 12)));
    return { claims: [first, second], target: 1, lineIds: [], note: `${principalOf(second)} ${dayOf(second.admissionDate!) - dayOf(first.dischargeDate!)} days after a stay for ${principalOf(first)}` };
  },

  'interim-settlement': (env) => {
    // A long stay settled monthly (长期住院中途结算): the first segment a month long, ended 离院方式 其他, the next
    // admitted at the same hospital that day with 入院途径 其他 and billing the same daily care. Only the continuing
    // segment is judged, so the first is the base stay lengthened without its days' lines. A medical stay (no
    // procedure): the stays settled so are long medical ones, and an operation is not billed in every segment.
    const first = env.base(['inpatient'], (x) => nightsOf(x) >= 2 && !(x.procedures ?? []).length);
    if (!first) return undefined;
    const second = clone(first);
    startOn(first, addDays(first.admissionDate!, env.rng.int(0, 60)));
    first.dischargeDate = addDays(first.admissionDate!, env.rng.int(28, 31));
    first.dischargeMode = 'other';
    startOn(second, first.dischargeDate);
    second.admissionRoute = 'other';
    return { claims: [first, second], target: 1, lineIds: [], note: `${principalOf(second)} segment from ${second.admissionDate} after a ${nightsOf(first)}-night segment settled that day` };
  },

  'chemo-precision-sets': (env) => {
    const cytotoxic = (x: EvalClaim) => x.items.filter((i) => i.category === 'drug' && i.code.startsWith('XL01') && i.name.includes('注射'));
    const c = env.base(['inpatient'], (x) => hasDiagnosis(x, ['Z51.1']) && cytotoxic(x).length > 0);
    if (!c) return undefined;
    const precision = env.row('一次性使用精密输液器');
    const lineIds: string[] = [];
    edit(c, env.rows, (x) => {
      for (const day of new Set(cytotoxic(x).map((i) => i.date))) lineIds.push(addLine(x, precision, day, 2));
    });
    return { claims: [c], target: 0, lineIds, note: `precision sets on ${lineIds.length} chemotherapy days` };
  },

  'infected-wound-dressings': (env) => {
    const c = env.base(['inpatient'], (x) => hasDiagnosis(x, ['L02', 'L03']) && x.items.some((i) => env.subcategory(i.code) === 'dressing' || i.name.startsWith('换药')));
    if (!c) return undefined;
    const lineIds: string[] = [];
    edit(c, env.rows, (x) => {
      const days = new Set(x.items.filter((i) => i.name.startsWith('换药')).map((i) => i.date));
      for (const day of days) lineIds.push(addLine(x, env.row(env.rng.pick(['藻酸盐敷料', '银离子抗菌敷料', '泡沫敷料'])), day, 1));
    });
    return lineIds.length ? { claims: [c], target: 0, lineIds, note: `advanced dressings on ${lineIds.length} dressing days for ${principalOf(c)}` } : undefined;
  },

  'oxygen-where-indicated': (env) => {
    const oxygen = env.row('吸氧');
    const medical = env.rng.chance(0.5);
    const c = medical
      ? env.base(['inpatient'], (x) => hasDiagnosis(x, ['J44', 'J18', 'I50']))
      : env.base(['inpatient'], (x) => (x.procedures ?? []).some((p) => p.date) && nightsOf(x) >= 3);
    if (!c) return undefined;
    const lineIds: string[] = [];
    edit(c, env.rows, (x) => {
      x.items = x.items.filter((i) => i.code !== oxygen.code);
      const opDay = (x.procedures ?? []).find((p) => p.date)?.date;
      const days = medical ? Array.from({ length: nightsOf(x) }, (_, d) => addDays(x.admissionDate!, d)) : [0, 1, 2].map((d) => addDays(opDay!, d)).filter((d) => d < x.dischargeDate!);
      // Around the clock means on oxygen all day, not 吸氧 billed for 24 hours: the hours a ventilator or high-flow
      // device gives the oxygen are that device's (its catalogue row includesDuring 吸氧 by the hour: 使用呼吸机、经鼻
      // 高流量氧疗期间不另收吸氧费), so the cannula is billed for the rest of the day.
      for (const day of days) {
        const hours = 24 - deviceOxygenHours(env.rows, x, day, oxygen.code);
        if (hours > 0) lineIds.push(addLine(x, oxygen, day, hours));
      }
    });
    return { claims: [c], target: 0, lineIds, note: medical ? `round-the-clock oxygen for ${principalOf(c)}` : 'round-the-clock oxygen on the day of the operation and the two days after' };
  },

  'monthly-refills': (env) => {
    const chronic = env.base(['chronic'], (x) => x.items.some((i) => i.category === 'drug' && !i.name.includes('注射')));
    if (!chronic) return undefined;
    const shop = env.base(['pharmacy'], (x) => x.region === chronic.region && samePersonKind(env.rows, x, chronic));
    if (!shop) return undefined;
    const line = chronic.items.find((i) => i.category === 'drug' && !i.name.includes('注射'))!;
    const row = env.rows.byCode(line.code);
    const qty = Math.ceil(unitsPerDayOf(row) * 28);
    const claims: EvalClaim[] = [];
    let day = shop.visitDate!;
    for (let k = 0; k < 3; k++) {
      const c = clone(shop);
      c.diagnoses = clone(chronic.diagnoses);
      edit(c, env.rows, (x) => {
        const item = { ...line, lineId: '1', date: x.visitDate! };
        setQuantity(item, qty);
        x.items = [item];
      });
      claims.push(startOn(c, day));
      day = addDays(day, env.rng.int(28, 31));
    }
    return { claims, target: 2, lineIds: ['1'], note: `${line.name} × ${qty} monthly at ${shop.provider.hospitalId}` };
  },
};

/** Hours of `day` on which a device billed by the hour delivers the oxygen: lines whose row includes `oxygenCode` during its hours. */
function deviceOxygenHours(rows: CatalogueRows, c: EvalClaim, day: string, oxygenCode: string): number {
  const delivers = (code: string) => {
    const during = rows.byCode(code)?.includesDuring;
    return Array.isArray(during) && during.some((d: { codes?: string[]; hours?: boolean }) => d.hours === true && (d.codes ?? []).includes(oxygenCode));
  };
  return Math.min(24, c.items.filter((i) => i.date === day && delivers(i.code)).reduce((h, i) => h + i.quantity, 0));
}

/** Every course-limited drug (its row's maxDays) billed on no more days over both stays than its limit (each stay's
 * distinct days added up: the second stay's dates move when it is re-dated to the transfer). */
function courseWithinLimit(rows: CatalogueRows, a: EvalClaim, b: EvalClaim): boolean {
  const days = new Map<string, number>();
  for (const x of [a, b]) {
    const own = new Map<string, Set<string>>();
    for (const i of x.items) {
      const row = i.category === 'drug' ? rows.byCode(i.code) : undefined;
      if (typeof row?.maxDays === 'number') own.set(row.code, (own.get(row.code) ?? new Set()).add(i.date));
    }
    for (const [code, d] of own) days.set(code, (days.get(code) ?? 0) + d.size);
  }
  return [...days].every(([code, n]) => n <= (rows.byCode(code)!.maxDays as number));
}
