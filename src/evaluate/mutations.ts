import type { Builder, BuildEnv } from './case';
import { ageOn, hasDiagnosis, samePersonKind } from './case';
import type { EvalClaim, EvalItem } from './claim-edit';
import { addDays, addLine, capPrice, clone, copyLine, dayOf, edit, keepLines, nightsOf, principalOf, setQuantity, setUnitPrice, startOf, startOn } from './claim-edit';
import { unitsPerDayOf, type CatalogueRow } from './catalogue-rows';

// Each typology of typologies.json realised from its description alone, as a mutation of clean claims.
// Written apart from the generator's fraud code and without reading the rule files.

const BEDLIKE = ['bed', 'nursing', 'consult'];
const isDrug = (i: EvalItem) => i.category === 'drug';
const noProcedures = (c: EvalClaim) => (c.procedures ?? []).length === 0;

/** Lines billed on a day. */
const linesOn = (c: EvalClaim, iso: string) => c.items.filter((i) => i.date === iso);

/** Cuts a stay to `nights` nights: lines and procedures after the new discharge date go. */
function cutStay(env: BuildEnv, c: EvalClaim, nights: number): void {
  const discharge = addDays(c.admissionDate!, nights);
  edit(c, env.rows, (x) => keepLines(x, (i) => i.date <= discharge && !(i.date === discharge && isBedOrNursing(env, i))));
  c.dischargeDate = discharge;
  c.procedures = (c.procedures ?? []).filter((p) => !p.date || p.date <= discharge);
}

const isBedOrNursing = (env: BuildEnv, i: EvalItem) => ['bed', 'nursing'].includes(env.subcategory(i.code) ?? '');

export const TYPOLOGY_BUILDERS: Record<string, Builder> = {
  'card-lending-during-stay': (env) => {
    const stay = env.base(['inpatient'], (c) => nightsOf(c) >= 3);
    if (!stay) return undefined;
    const pharmacy = env.rng.chance(0.6);
    const other = env.base(pharmacy ? ['pharmacy'] : ['outpatient'], (c) => samePersonKind(env.rows, stay, c) && c.region === stay.region && c.provider.hospitalId !== stay.provider.hospitalId && c.amounts.fundClaimed > 0);
    if (!other) return undefined;
    startOn(other, addDays(stay.admissionDate!, env.rng.int(1, nightsOf(stay) - 1)));
    return { claims: [stay, other], target: 1, lineIds: other.items.map((i) => i.lineId), note: `${other.visitType} at ${other.provider.hospitalId} on ${other.visitDate}, inside the stay ${stay.admissionDate}..${stay.dischargeDate} at ${stay.provider.hospitalId}` };
  },

  'stay-inside-stay': (env) => {
    const outer = env.base(['inpatient'], (c) => nightsOf(c) >= 6);
    if (!outer) return undefined;
    const inner = env.base(['inpatient'], (c) => samePersonKind(env.rows, outer, c) && c.region === outer.region && c.provider.hospitalId !== outer.provider.hospitalId && nightsOf(c) >= 1 && nightsOf(c) <= nightsOf(outer) - 2);
    if (!inner) return undefined;
    startOn(inner, addDays(outer.admissionDate!, env.rng.int(1, nightsOf(outer) - nightsOf(inner) - 1)));
    return { claims: [outer, inner], target: 1, lineIds: inner.items.map((i) => i.lineId), note: `stay ${inner.admissionDate}..${inner.dischargeDate} at ${inner.provider.hospitalId} inside ${outer.admissionDate}..${outer.dischargeDate} at ${outer.provider.hospitalId}` };
  },

  // The same patterns arriving as they settle (typologies.json order: settlement): the visit, purchase or inner stay
  // first, the stay it lies inside at its discharge.
  'card-lending-during-stay-settled': (env) => TYPOLOGY_BUILDERS['card-lending-during-stay'](env),
  'stay-inside-stay-settled': (env) => TYPOLOGY_BUILDERS['stay-inside-stay'](env),

  'drug-resale-pharmacies': (env) => {
    const template = env.base(['pharmacy'], (c) => ageOn(c) >= 30 && c.amounts.fundClaimed > 0);
    if (!template) return undefined;
    const drug = env.row(env.rng.pick(['利拉鲁肽注射液', '甘精胰岛素注射液', '门冬胰岛素注射液']));
    const perMonth = Math.ceil((drug.supplyPerDay ?? drug.usualPerDay ?? 0.1) * 30);
    const n = env.rng.int(3, 4);
    const window = env.rng.int(8, 20);
    const offsets = [0, window, ...Array.from({ length: n - 2 }, () => env.rng.int(1, window - 1))].sort((a, b) => a - b);
    const used: string[] = [];
    const claims: EvalClaim[] = [];
    const lineIds: string[] = [];
    for (let k = 0; k < n; k++) {
      const shop = env.institution(template.region, true, used);
      if (!shop) return undefined;
      used.push(shop.hospitalId);
      const c = clone(template);
      c.provider = { ...c.provider, hospitalId: shop.hospitalId, level: shop.level, doctorId: shop.doctorId };
      c.diagnoses = [{ code: 'E11.900', principal: true }];
      let id = '';
      edit(c, env.rows, (x) => {
        x.items = [];
        id = addLine(x, drug, x.visitDate!, perMonth);
      });
      startOn(c, addDays(template.visitDate!, offsets[k]));
      claims.push(c);
      lineIds.push(id);
    }
    return { claims, target: n - 1, lineIds: [lineIds[n - 1]], note: `${drug.name} × ${perMonth} at ${n} pharmacies within ${window} days` };
  },

  'chronic-stockpiling': (env) => {
    const template = env.base(['chronic'], (c) => c.items.some(isDrug) && c.amounts.fundClaimed > 0);
    if (!template) return undefined;
    const line = template.items.find(isDrug)!;
    const usual = unitsPerDayOf(env.rows.byCode(line.code));
    const claims: EvalClaim[] = [];
    for (const offset of [0, env.rng.int(6, 8), env.rng.int(13, 20)]) {
      const c = clone(template);
      edit(c, env.rows, (x) => setQuantity(x.items.find((i) => i.lineId === line.lineId)!, Math.ceil(usual * 28)));
      claims.push(startOn(c, addDays(template.visitDate!, offset)));
    }
    return { claims, target: 2, lineIds: [line.lineId], note: `${line.name}: 28 days' supply fetched three times within ${dayOf(claims[2].visitDate!) - dayOf(claims[0].visitDate!)} days` };
  },

  'bed-days-above-nights': (env) => {
    const c = env.base(['inpatient'], (x) => nightsOf(x) >= 2);
    if (!c) return undefined;
    const lastNight = addDays(c.dischargeDate!, -1);
    const template = linesOn(c, lastNight).filter((i) => isBedOrNursing(env, i));
    if (!template.length) return undefined;
    const lineIds: string[] = [];
    edit(c, env.rows, (x) => {
      for (const i of template) lineIds.push(copyLine(x, i, x.dischargeDate!));
    });
    return { claims: [c], target: 0, lineIds, note: `bed and nursing billed on the discharge day ${c.dischargeDate} too: ${nightsOf(c) + 1} bed-days for ${nightsOf(c)} nights` };
  },

  'once-per-stay-test-repeated': (env) => {
    const c = env.base(['inpatient'], (x) => nightsOf(x) >= 2);
    if (!c) return undefined;
    const test = env.row(env.rng.pick(['术前八项(感染筛查)', '血型鉴定(ABO+Rh)']));
    const first = c.items.find((i) => i.code === test.code);
    const day1 = first ? first.date : c.admissionDate!;
    // The repeat is the next day, still inside the stay.
    if (addDays(day1, 1) > c.dischargeDate!) return undefined;
    let repeat = '';
    edit(c, env.rows, (x) => {
      if (!first) addLine(x, test, day1, 1);
      repeat = addLine(x, test, addDays(day1, 1), 1);
    });
    return { claims: [c], target: 0, lineIds: [repeat], note: `${test.name} on ${day1} and again on ${addDays(day1, 1)}` };
  },

  'test-without-indication': (env) => {
    const unrelated = ['C', 'D0', 'D1', 'D2', 'D3', 'D4', 'E', 'B1', 'I', 'R0', 'R5', 'Z', 'O', 'K7', 'N18'];
    const c = env.base(['outpatient', 'inpatient'], (x) => !hasDiagnosis(x, unrelated));
    if (!c) return undefined;
    const names = ['肿瘤标志物(CEA)测定', '甲状腺功能(三项)', '乙肝五项定量', '肌钙蛋白I测定', 'B型钠尿肽(BNP)测定'];
    const a = env.rng.pick(names);
    const b = env.rng.pick(names.filter((x) => x !== a));
    const lineIds: string[] = [];
    edit(c, env.rows, (x) => {
      for (const name of [a, b]) if (!x.items.some((i) => i.code === env.row(name).code)) lineIds.push(addLine(x, env.row(name), startOf(x), 1));
    });
    return lineIds.length ? { claims: [c], target: 0, lineIds, note: `${a}, ${b} with diagnoses ${c.diagnoses.map((d) => d.code).join(', ')}` } : undefined;
  },

  'items-after-discharge': (env) => {
    const c = env.base(['inpatient'], (x) => nightsOf(x) >= 2);
    if (!c) return undefined;
    const last = linesOn(c, addDays(c.dischargeDate!, -1)).filter((i) => !BEDLIKE.includes(env.subcategory(i.code) ?? '') || isBedOrNursing(env, i));
    if (!last.length) return undefined;
    const days = env.rng.int(1, 3);
    const lineIds: string[] = [];
    edit(c, env.rows, (x) => {
      for (let d = 1; d <= days; d++) for (const i of last.slice(0, 3)) lineIds.push(copyLine(x, i, addDays(x.dischargeDate!, d)));
    });
    return { claims: [c], target: 0, lineIds, note: `${lineIds.length} lines dated 1–${days} days after discharge ${c.dischargeDate}` };
  },

  'fabricated-therapy': (env) => {
    const c = env.base(['inpatient'], (x) => nightsOf(x) >= 4 && hasDiagnosis(x, ['J', 'K', 'N', 'C', 'Z51']) && !hasDiagnosis(x, ['M', 'S', 'I6', 'G']));
    if (!c) return undefined;
    const lineIds: string[] = [];
    const therapies = ['运动疗法', '针灸', '推拿治疗'].map((n) => env.row(n));
    edit(c, env.rows, (x) => {
      lineIds.push(addLine(x, env.row('康复评定'), addDays(x.admissionDate!, 1), 1));
      for (let d = 1; d < nightsOf(x); d++) lineIds.push(addLine(x, env.rng.pick(therapies), addDays(x.admissionDate!, d), 1));
    });
    return { claims: [c], target: 0, lineIds, note: `rehabilitation billed on ${lineIds.length - 1} days for ${principalOf(c)}` };
  },

  'duplicate-charge-same-day': (env) => {
    const billable = (x: EvalClaim) => x.items.filter((i) => ['lab', 'exam', 'treatment'].includes(env.subcategory(i.code) ?? ''));
    const c = env.base(['outpatient', 'inpatient', 'chronic'], (x) => billable(x).length > 0);
    if (!c) return undefined;
    const line = env.rng.pick(billable(c));
    let id = '';
    edit(c, env.rows, (x) => (id = copyLine(x, line)));
    return { claims: [c], target: 0, lineIds: [id], note: `${line.name} billed twice on ${line.date}` };
  },

  'over-price': (env) => {
    const priced = (x: EvalClaim) => x.items.filter((i) => i.category === 'service' && env.rows.byCode(i.code));
    const c = env.base(['outpatient', 'inpatient', 'chronic'], (x) => priced(x).length > 0);
    if (!c) return undefined;
    const line = env.rng.pick(priced(c));
    const cap = capPrice(env.rows.byCode(line.code)!, c.provider.level);
    const price = Math.round(cap * (1.15 + env.rng.next() * 0.45) * 100) / 100;
    edit(c, env.rows, (x) => setUnitPrice(x.items.find((i) => i.lineId === line.lineId)!, price));
    return { claims: [c], target: 0, lineIds: [line.lineId], note: `${line.name} at ${price} against the level-${c.provider.level} price ${cap}` };
  },

  'decomposed-charge': (env) => {
    const panels: Array<[string, string[]]> = [
      ['肝功能(全套)', ['丙氨酸氨基转移酶测定', '天门冬氨酸氨基转移酶测定', '总胆红素测定']],
      ['肾功能(三项)', ['肌酐测定', '尿素测定']],
      ['血脂(四项)', ['总胆固醇测定']],
      ['血常规(五分类)', ['血红蛋白测定']],
    ];
    const c = env.base(['outpatient', 'inpatient']);
    if (!c) return undefined;
    const [panel, parts] = env.rng.pick(panels);
    const day = startOf(c);
    const lineIds: string[] = [];
    edit(c, env.rows, (x) => {
      if (!linesOn(x, day).some((i) => i.code === env.row(panel).code)) addLine(x, env.row(panel), day, 1);
      const k = env.rng.int(1, parts.length);
      for (const p of parts.slice(0, k)) lineIds.push(addLine(x, env.row(p), day, 1));
    });
    return { claims: [c], target: 0, lineIds, note: `${panel} billed with its components on ${day}` };
  },

  'restricted-outside-scope': (env) => {
    const kind = env.rng.pick(['gender', 'age', 'level', 'indication'] as const);
    if (kind === 'gender') {
      const c = env.base(['outpatient', 'inpatient'], (x) => ageOn(x) >= 40);
      if (!c) return undefined;
      const name = env.rng.pick(c.patient.gender === 'M' ? ['宫颈液基细胞学检查(TCT)', '黄体酮注射液'] : ['前列腺特异性抗原(PSA)测定', '盐酸坦索罗辛缓释胶囊']);
      const row = env.row(name);
      let id = '';
      edit(c, env.rows, (x) => (id = addLine(x, row, startOf(x), row.category === 'drug' ? 7 : 1)));
      return { claims: [c], target: 0, lineIds: [id], note: `${name} for a ${c.patient.gender === 'M' ? 'man' : 'woman'}` };
    }
    if (kind === 'age') {
      const c = env.base(['outpatient', 'pharmacy'], (x) => ageOn(x) >= 18);
      if (!c) return undefined;
      let id = '';
      edit(c, env.rows, (x) => (id = addLine(x, env.row('小儿对乙酰氨基酚颗粒'), startOf(x), 9)));
      return { claims: [c], target: 0, lineIds: [id], note: `children's paracetamol granules for a ${ageOn(c)}-year-old` };
    }
    if (kind === 'level') {
      const c = env.base(['inpatient'], (x) => x.provider.level === 1 && nightsOf(x) >= 2 && hasDiagnosis(x, ['J', 'N3', 'K8', 'A']));
      if (!c) return undefined;
      let id = '';
      edit(c, env.rows, (x) => (id = addLine(x, env.row('注射用美罗培南'), addDays(x.admissionDate!, 1), 3)));
      return { claims: [c], target: 0, lineIds: [id], note: 'meropenem (level 3 only) at a level-1 hospital' };
    }
    const useClopidogrel = env.rng.chance(0.5);
    const c = env.base(['outpatient', 'chronic'], (x) => (useClopidogrel ? !hasDiagnosis(x, ['I2', 'I6', 'I7', 'Z95']) : !hasDiagnosis(x, ['B18'])));
    if (!c) return undefined;
    const row = env.row(useClopidogrel ? '硫酸氢氯吡格雷片' : '恩替卡韦分散片');
    let id = '';
    edit(c, env.rows, (x) => (id = addLine(x, row, startOf(x), 28)));
    return { claims: [c], target: 0, lineIds: [id], note: `${row.name} with diagnoses ${c.diagnoses.map((d) => d.code).join(', ')}` };
  },

  'readmission-same-condition': (env) => {
    const first = env.base(['inpatient'], (x) => nightsOf(x) >= 3 && noProcedures(x));
    if (!first) return undefined;
    const second = clone(first);
    startOn(second, addDays(first.dischargeDate!, env.rng.int(1, 10)));
    cutStay(env, second, Math.max(2, Math.min(nightsOf(first), env.rng.int(2, 5))));
    return { claims: [first, second], target: 1, lineIds: [], note: `readmitted ${dayOf(second.admissionDate!) - dayOf(first.dischargeDate!)} days after discharge, same hospital, principal ${principalOf(first)}` };
  },

  'bed-blocking-stay': (env) => {
    const c = env.base(['inpatient'], (x) => nightsOf(x) >= 5 && noProcedures(x));
    if (!c) return undefined;
    edit(c, env.rows, (x) => keepLines(x, (i) => i.date === x.admissionDate || BEDLIKE.includes(env.subcategory(i.code) ?? '')));
    return { claims: [c], target: 0, lineIds: [], note: `${nightsOf(c)} nights, after the admission day only bed, nursing and ward rounds` };
  },

  'low-standard-admission': (env) => {
    const c = env.base(['inpatient'], (x) => nightsOf(x) >= 2 && noProcedures(x) && hasDiagnosis(x, ['J06', 'J20', 'A09', 'K52', 'H81', 'R42', 'I10']) && principalOf(x).match(/^(J06|J20|A09|K52|H81|R42|I10)/) !== null);
    if (!c) return undefined;
    cutStay(env, c, Math.min(nightsOf(c), env.rng.int(2, 4)));
    edit(c, env.rows, (x) => keepLines(x, (i) => BEDLIKE.includes(env.subcategory(i.code) ?? '') || (isDrug(i) && !i.name.includes('注射')) || i.name.startsWith('血常规')));
    return { claims: [c], target: 0, lineIds: [], note: `${principalOf(c)} admitted ${nightsOf(c)} nights with oral drugs and bed only` };
  },

  'upcoded-drg': (env) => {
    const c = env.base(['inpatient'], (x) => {
      const drg = x.reportedGroup?.drg;
      return !!drg && /[35]$/.test(drg) && env.drgs.has(`${x.region}:${drg.slice(0, 3)}1`);
    });
    if (!c) return undefined;
    const computed = c.reportedGroup!.drg!;
    c.reportedGroup = { drg: `${computed.slice(0, 3)}1`, dip: null };
    return { claims: [c], target: 0, lineIds: [], note: `reported ${c.reportedGroup.drg} where the coding supports ${computed}` };
  },

  'excess-quantity': (env) => {
    const oral = (x: EvalClaim) => x.items.filter((i) => isDrug(i) && (env.rows.byCode(i.code)?.usualPerDay ?? 0) >= 0.5 && !i.name.includes('注射'));
    const c = env.base(['outpatient', 'pharmacy', 'chronic'], (x) => oral(x).length > 0);
    if (!c) return undefined;
    const line = env.rng.pick(oral(c));
    const days = env.rng.int(60, 120);
    const qty = Math.ceil(unitsPerDayOf(env.rows.byCode(line.code)) * days);
    edit(c, env.rows, (x) => setQuantity(x.items.find((i) => i.lineId === line.lineId)!, qty));
    return { claims: [c], target: 0, lineIds: [line.lineId], note: `${line.name} × ${qty}: ${days} days at the usual dose` };
  },

  'same-day-two-hospitals': (env) => {
    const a = env.base(['outpatient'], (x) => x.items.length >= 2);
    if (!a) return undefined;
    const h = env.institution(a.region, false, [a.provider.hospitalId]);
    if (!h) return undefined;
    const b = clone(a);
    b.provider = { ...b.provider, hospitalId: h.hospitalId, level: h.level, doctorId: h.doctorId };
    edit(b, env.rows, (x) => {
      for (const i of x.items) {
        const row = env.rows.byCode(i.code);
        if (row && i.unitPrice > capPrice(row, h.level)) setUnitPrice(i, capPrice(row, h.level));
      }
    });
    const lineIds = b.items.filter((i) => env.subcategory(i.code) !== 'consult').map((i) => i.lineId);
    return { claims: [a, b], target: 1, lineIds, note: `same diagnosis, tests and drugs at ${a.provider.hospitalId} and ${h.hospitalId} on ${a.visitDate}` };
  },

  'duplicate-claim-new-id': (env) => {
    const a = env.base(['outpatient', 'inpatient', 'chronic', 'pharmacy']);
    if (!a) return undefined;
    return { claims: [a, clone(a)], target: 1, lineIds: [], note: `the settlement of ${startOf(a)} submitted again under a new claim number` };
  },

  'claims-after-death': (env) => {
    const stay = env.base(['inpatient'], (c) => nightsOf(c) >= 2 && ageOn(c) >= 50);
    if (!stay) return undefined;
    stay.dischargeMode = 'death';
    const after = env.base(env.rng.chance(0.6) ? ['pharmacy'] : ['chronic'], (c) => samePersonKind(env.rows, stay, c) && c.region === stay.region && c.amounts.fundClaimed > 0);
    if (!after) return undefined;
    startOn(after, addDays(stay.dischargeDate!, env.rng.int(3, 20)));
    return { claims: [stay, after], target: 1, lineIds: after.items.map((i) => i.lineId), note: `${after.visitType} on ${after.visitDate}, after death on ${stay.dischargeDate}` };
  },

  'costlier-consumable-swap': (env) => {
    // Three forms of the category, each on a stay where the costlier class has no call (from the description).
    const form = env.rng.pick(['infusion-set', 'dressing', 'catheter'] as const);
    const replace = (x: EvalClaim, i: EvalItem, row: CatalogueRow) => {
      i.code = row.code;
      i.name = row.name;
      setUnitPrice(i, capPrice(row, x.provider.level));
    };
    if (form === 'infusion-set') {
      const ordinary = env.row('一次性使用输液器');
      // Not a stay whose drugs call for the costlier set: cytotoxics, parenteral nutrition, light-sensitive or titrated
      // vasoactive infusions (WS/T 433—2013; the drug labels' 避光/精密过滤 instructions).
      const needsPrecision = (x: EvalClaim) => x.items.some((i) => env.subcategory(i.code) === 'antineoplastic' || /氨基酸|脂肪乳|硝酸甘油|硝普钠|胺碘酮|多巴胺|去甲肾上腺素|肾上腺素/.test(i.name));
      const c = env.base(['inpatient'], (x) => x.items.some((i) => i.code === ordinary.code) && !hasDiagnosis(x, ['C', 'Z51', 'E4', 'P']) && ageOn(x) >= 18 && !needsPrecision(x));
      if (!c) return undefined;
      const precision = env.row('一次性使用精密输液器');
      const lineIds: string[] = [];
      edit(c, env.rows, (x) => {
        for (const i of x.items) if (i.code === ordinary.code) { replace(x, i, precision); lineIds.push(i.lineId); }
      });
      return { claims: [c], target: 0, lineIds, note: `${lineIds.length} ordinary infusion sets billed as precision sets for ${principalOf(c)}` };
    }
    if (form === 'dressing') {
      const c = env.base(['inpatient'], (x) => (x.procedures ?? []).length > 0 && x.items.some((i) => env.subcategory(i.code) === 'dressing') && !hasDiagnosis(x, ['L', 'T2', 'T3', 'E11.5', 'E10.5']));
      if (!c) return undefined;
      const advanced = env.row(env.rng.pick(['藻酸盐敷料', '水胶体敷料', '泡沫敷料', '银离子抗菌敷料']));
      const lineIds: string[] = [];
      edit(c, env.rows, (x) => {
        for (const i of x.items) if (env.subcategory(i.code) === 'dressing') { replace(x, i, advanced); lineIds.push(i.lineId); }
      });
      return { claims: [c], target: 0, lineIds, note: `${lineIds.length} ordinary dressings billed as ${advanced.name} after ${(c.procedures ?? [])[0]?.code}` };
    }
    const c = env.base(['inpatient'], (x) => nightsOf(x) >= 2 && nightsOf(x) <= 6 && !hasDiagnosis(x, ['N', 'C6', 'R33', 'G8', 'G95']) && !(x.procedures ?? []).some((p) => /^5[5-9]\.|^60\./.test(p.code)));
    if (!c) return undefined;
    const lineIds: string[] = [];
    edit(c, env.rows, (x) => lineIds.push(addLine(x, env.row('双腔硅胶导尿管'), x.admissionDate!, 1)));
    return { claims: [c], target: 0, lineIds, note: `a silicone catheter for a ${nightsOf(c)}-night stay for ${principalOf(c)}` };
  },

  'oxygen-hours-inflated': (env) => {
    // Hypertensive heart disease (I11, I13) is a cardiac condition too: the description rules it out.
    const c = env.base(['inpatient'], (x) => nightsOf(x) >= 4 && noProcedures(x) && !hasDiagnosis(x, ['J', 'I11', 'I13', 'I2', 'I3', 'I4', 'I5', 'I6', 'A4', 'R0', 'R5', 'R6', 'C3', 'S', 'T', 'O', 'P']));
    if (!c) return undefined;
    const oxygen = env.row('吸氧');
    const lineIds: string[] = [];
    edit(c, env.rows, (x) => {
      x.items = x.items.filter((i) => i.code !== oxygen.code);
      for (let d = 0; d < nightsOf(x); d++) lineIds.push(addLine(x, oxygen, addDays(x.admissionDate!, d), 24));
    });
    return { claims: [c], target: 0, lineIds, note: `oxygen 24 h on each of ${lineIds.length} days for ${principalOf(c)}` };
  },

  'implausible-age-care': (env) => {
    if (env.rng.chance(0.6)) {
      const c = env.base(['inpatient'], (x) => hasDiagnosis(x, ['O80', 'O81', 'O82', 'O83', 'O84']));
      if (!c) return undefined;
      const age = env.rng.int(62, 85);
      c.patient.birthDate = addDays(startOf(c), -Math.round(age * 365.25) - env.rng.int(10, 300));
      return { claims: [c], target: 0, lineIds: c.items.map((i) => i.lineId), note: `delivery (${principalOf(c)}) on the card of a ${age}-year-old woman` };
    }
    // A child's care the age on the card betrays: seen in 儿科 or billing an item the catalogue limits to children
    // (its ageMax). A young child's conjunctivitis at an eye clinic is care a 79-year-old gets too: no such case.
    const childOnly = (i: EvalItem) => {
      const max = env.rows.byCode(i.code)?.ageMax;
      return typeof max === 'number' && max < 18;
    };
    const childsCare = (x: EvalClaim) => x.provider.department === 'paediatrics' || x.items.some(childOnly);
    const c = env.base(['outpatient', 'inpatient'], (x) => ageOn(x) <= 6 && childsCare(x));
    if (!c) return undefined;
    const age = env.rng.int(65, 88);
    c.patient.birthDate = addDays(startOf(c), -Math.round(age * 365.25) - env.rng.int(10, 300));
    return { claims: [c], target: 0, lineIds: c.items.map((i) => i.lineId), note: `a young child's ${c.visitType} care (${principalOf(c)}) on the card of a ${age}-year-old` };
  },

  'swapped-drug': (env) => {
    const c = env.base(['pharmacy'], (x) => !hasDiagnosis(x, ['E1', 'E78', 'K2', 'I2', 'I6', 'I1']));
    if (!c) return undefined;
    const row = env.row(env.rng.pick(['阿卡波糖片', '阿托伐他汀钙片', '奥美拉唑肠溶胶囊', '盐酸二甲双胍片']));
    let id = '';
    edit(c, env.rows, (x) => (id = addLine(x, row, x.visitDate!, Math.ceil((row.usualPerDay ?? 1) * env.rng.int(14, 28)))));
    return { claims: [c], target: 0, lineIds: [id], note: `${row.name} bought with ${c.diagnoses.map((d) => d.code).join(', ')}` };
  },
};

