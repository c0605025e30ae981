#!/usr/bin/env node
// blind72: primary care and the grassroots (基层医疗). Fixed seed, no dependencies.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || __dirname);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const CAT = path.resolve(opt('--catalogue', path.join(__dirname, '../base72/rules/catalogue')));
const GROUPS = opt('--groups', null);

// ---------- seeded PRNG ----------
let seed = 72072072;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue rows (rows only) ----------
const ROWS = {};
for (const f of ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json', 'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json']) {
  const p = path.join(CAT, f); if (!fs.existsSync(p)) continue;
  for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) if (!ROWS[r.name]) ROWS[r.name] = r;
}
function row(name) { const r = ROWS[name]; if (!r) throw new Error('catalogue row missing: ' + name); return r; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const randDate = (from, to) => add(from, ri(0, diff(from, to)));

// ---------- geography, institutions, doctors ----------
const COUNTIES = [
  { code: '220122', name: '吉林省长春市农安县', prov: '22' }, { code: '220182', name: '吉林省长春市榆树市', prov: '22' },
  { code: '230124', name: '黑龙江省哈尔滨市方正县', prov: '23' }, { code: '230184', name: '黑龙江省哈尔滨市五常市', prov: '23' },
  { code: '370124', name: '山东省济南市平阴县', prov: '37' }, { code: '370126', name: '山东省济南市商河县', prov: '37' },
  { code: '510121', name: '四川省成都市金堂县', prov: '51' }, { code: '510129', name: '四川省成都市大邑县', prov: '51' }, { code: '510131', name: '四川省成都市蒲江县', prov: '51' },
];
const INST_KINDS = [
  { k: 'thc', label: '乡镇卫生院', level: 1, depts: { general_practice: ['主治医师', '医师', '医师'], internal_medicine: ['主治医师', '医师'], tcm: ['主治中医师', '中医师'], rehabilitation: ['康复医学治疗技术主管技师', '医师'], pediatrics: ['医师'], surgery: ['主治医师'] } },
  { k: 'chc', label: '社区卫生服务中心', level: 1, depts: { general_practice: ['主治医师', '医师', '副主任医师'], tcm: ['中医师'], pediatrics: ['医师'] } },
  { k: 'vc1', label: '村卫生室', level: 1, depts: { village_clinic: ['乡村医生'] } },
  { k: 'vc2', label: '村卫生室', level: 1, depts: { village_clinic: ['执业助理医师'] } },
  { k: 'county', label: '县人民医院(医共体牵头医院)', level: 2, depts: { internal_medicine: ['主任医师', '主治医师'], neurology: ['副主任医师', '主治医师'], respiratory: ['主治医师'], emergency: ['主治医师'] } },
];
const INST = {}; const DOCTOR_TABLE = [];
COUNTIES.forEach((c, ci) => {
  INST[c.code] = {};
  INST_KINDS.forEach((k, ki) => {
    const id = 'H' + c.code + String(ki + 1).padStart(2, '0');
    const inst = { id, county: c.code, prov: c.prov, level: k.level, kind: k.k, label: c.name + k.label, docs: {} };
    let n = 1;
    for (const [dept, titles] of Object.entries(k.depts)) {
      inst.docs[dept] = titles.map(t => { const d = { id: 'D' + c.code.slice(0, 2) + c.code.slice(4) + String(ki + 1) + String(n++).padStart(2, '0'), title: t, dept, hospitalId: id }; DOCTOR_TABLE.push(d); return d; });
    }
    INST[c.code][k.k] = inst;
  });
});
const doc = (inst, dept, i) => { const ds = inst.docs[dept]; if (!ds) throw new Error('no dept ' + dept + ' at ' + inst.id); return ds[(i === undefined ? ri(0, ds.length - 1) : i) % ds.length]; };
const county = () => pick(COUNTIES).code;

// ---------- members ----------
let memberSeq = 0;
function member({ age, gender, scheme, chronic, onDate = '2025-06-30' }) {
  gender = gender || pick(['M', 'F']);
  const by = Number(onDate.slice(0, 4)) - age; const birth = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  // keep the age at onDate equal to `age`
  const birthDate = D(birth) > D(`${by}-${onDate.slice(5)}`) ? `${by}-01-15` : birth;
  scheme = scheme || (age >= 18 && rnd() < 0.25 ? 'employee' : 'resident');
  const retired = scheme === 'employee' && ((gender === 'M' && age >= 62) || (gender === 'F' && age >= 57));
  const contrib = scheme === 'employee' ? (retired ? (gender === 'M' ? ri(31, 38) : ri(26, 34)) : Math.max(1, Math.min(age - 20, ri(5, 25)))) : 0;
  const m = {
    insuredId: 'P72' + String(++memberSeq).padStart(6, '0'), scheme,
    patient: { insuredId: null, gender, birthDate, retired },
    enrollment: {
      enrolledOn: scheme === 'employee' ? '2025-01-01' : '2024-11-15', inConcentratedPeriod: true,
      continuousYears: Math.max(1, Math.min(age, ri(4, 15))), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false,
      contributionYears: contrib, special: null,
    },
  };
  m.patient.insuredId = m.insuredId;
  if (chronic) m.enrollment.chronicDiseases = chronic;
  return m;
}

// ---------- policies (frozen build's figures, see TYPOLOGIES.md) ----------
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8')).provinces;
const ytd = {}; // per member-year: outpatient deductible paid, outpatient fund, chronic fund, admissions

// ---------- claims ----------
const CLAIMS = []; let claimSeq = 0; let order = 0;
function line(name, qty, date, o = {}) { const r = row(name); return { name, r, qty, date, ...o }; }
function claim(c) {
  const inst = c.inst; const lvl = String(inst.level); const m = c.m;
  const items = []; let total = 0, policy = 0;
  c.lines.forEach((l, i) => {
    const r = l.r; const capFen = Math.round(r.priceCap[lvl] * 100);
    const unitFen = l.priceFen !== undefined ? l.priceFen : capFen;
    if (unitFen > capFen) throw new Error('price above cap ' + r.name);
    const amountFen = Math.round(unitFen * l.qty);
    const it = { lineId: String(i + 1), code: r.products ? r.products[0] : r.code, name: r.name, category: r.category, date: l.date, quantity: l.qty, unitPrice: unitFen / 100, amount: amountFen / 100 };
    if (l.long) it.longPrescription = true;
    items.push(it); total += amountFen;
    if (r.class === '丙') policy += 0; else policy += amountFen - Math.round(amountFen * (r.selfPayShare || 0));
  });
  const sch = POL[inst.prov].schemes[m.scheme]; const vt = c.visitType;
  const yk = m.insuredId + '|' + (c.date || c.dis).slice(0, 4); const y = ytd[yk] || (ytd[yk] = { ded: 0, out: 0, chr: 0, adm: 0 });
  let fund = 0; const bonus = m.patient.retired ? 1 : 0;
  if (vt === 'inpatient') {
    const p = sch.inpatient; let ded = Math.round(p.deductible[lvl] * 100);
    if (y.adm > 0 && p.laterAdmissionDeductibleShare) ded = Math.round(ded * p.laterAdmissionDeductibleShare);
    y.adm++;
    fund = Math.floor(Math.max(0, policy - ded) * (p.ratio[lvl] + bonus * p.retireeRatioBonus));
  } else if (vt === 'chronic') {
    const p = sch.chronic; fund = Math.floor(policy * (p.ratio[lvl] + bonus * p.retireeRatioBonus));
    const cap = Math.round(p.annualFundCap * 100); fund = Math.max(0, Math.min(fund, cap - y.chr)); y.chr += fund;
  } else {
    const p = sch.outpatient; const dedTot = Math.round(p.deductible * 100); const due = Math.max(0, dedTot - y.ded);
    const over = Math.max(0, policy - due); y.ded += Math.min(policy, due);
    fund = Math.floor(over * (p.ratio[lvl] + bonus * p.retireeRatioBonus));
    const cap = Math.round(p.annualFundCap * 100); fund = Math.max(0, Math.min(fund, cap - y.out)); y.out += fund;
  }
  const dept = c.dept; const d = c.doctor || doc(inst, dept);
  const id = `${inst.county}-${inst.id}-2025-${String(++claimSeq).padStart(6, '0')}`;
  const out = {
    claimId: id, region: inst.county, insuranceType: m.scheme, visitType: vt,
    patient: { ...m.patient }, enrollment: { ...m.enrollment },
    provider: { hospitalId: inst.id, level: inst.level, department: dept, doctorId: d.id },
  };
  if (vt === 'inpatient') { out.admissionDate = c.adm; out.dischargeDate = c.dis; } else out.visitDate = c.date;
  out.diagnoses = c.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  out.procedures = c.procedures || [];
  if (vt === 'inpatient') {
    out.reportedGroup = { drg: null, dip: null };
    if (c.admissionRoute) out.admissionRoute = c.admissionRoute;
    if (c.dischargeMode) out.dischargeMode = c.dischargeMode;
    if (c.transferFrom) out.transferFromHospitalId = c.transferFrom;
  }
  out.items = items;
  out.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  out._sort = (c.date || c.dis) + String(++order).padStart(7, '0');
  CLAIMS.push(out);
  return out;
}
// line ids of lines whose name is in names
const lidsOf = (cl, names) => cl.items.filter(it => names.includes(it.name)).map(it => it.lineId);

// ---------- common building blocks ----------
const GF = '一般诊疗费';
function wardDays(adm, dis, o = {}) { // bed, nursing, ward round for each day of stay (nights)
  const L = []; const n = Math.max(1, diff(adm, dis));
  for (let i = 0; i < n; i++) { const d = add(adm, i); L.push(line(o.bed || '普通病房床位费(三人间)', 1, d), line(o.nurse || 'Ⅱ级护理', 1, d), line('住院诊查费', 1, d)); }
  return L;
}
const CHECK_PANEL = ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '血脂(四项)', '空腹血糖测定', '常规心电图检查', '腹部B超'];
const uri = [['J06.900', '急性上呼吸道感染'], ['J02.900', '急性咽炎'], ['J20.900', '急性支气管炎'], ['J00.x00', '感冒']];
function uriDrugs(d, adult = true) {
  const t = ri(0, 3);
  if (!adult) return [line('小儿氨酚黄那敏颗粒', ri(6, 9), d), line('小儿肺热咳喘口服液', ri(6, 12), d)];
  return [
    [line('阿莫西林胶囊', 24, d), line('复方甘草片', 27, d)],
    [line('连花清瘟胶囊', 24, d), line('对乙酰氨基酚片', 6, d)],
    [line('板蓝根颗粒', 9, d), line('盐酸氨溴索片', 18, d)],
    [line('头孢氨苄胶囊', 24, d), line('复方甘草片', 18, d), line('对乙酰氨基酚片', 6, d)],
  ][t];
}

// ---------- labels ----------
const LABELS = [];
const NAMES = {};
function label(kind, code, name, claims, targets, mutated) {
  NAMES[code] = name;
  const n = LABELS.filter(l => l.code === code).length + 1;
  const l = { caseId: `${code}-${String(n).padStart(2, '0')}`, kind, code, name, claimIds: claims.map(c => c.claimId), targets: (targets || claims).map(c => c.claimId), mutatedLines: mutated || {} };
  if (kind === 'fraud') l.typology = code; else if (kind === 'control') l.control = code;
  if (kind !== 'fraud') l.targets = l.claimIds.slice();
  LABELS.push(l);
}
const fraud = (code, name, claims, targets, mutated) => label('fraud', code, name, claims, targets, mutated);
const control = (code, name, claims) => label('control', code, name, claims);
const routine = (claims) => label('routine', 'R', 'routine', claims);

// =============== FRAUD TYPOLOGIES ===============
const SPRING = ['2025-01-28', '2025-02-04']; // 春节假期
// T01 村医/卫生院 collecting members' cards: batch of phantom visits, same clinic, same day, same items
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['vc1', 'vc2', 'thc'])]; const dept = inst.kind === 'thc' ? 'general_practice' : 'village_clinic';
  const d = randDate('2025-02-10', '2025-11-20'); const dr = doc(inst, dept, 0); const n = ri(7, 11);
  const careful = i % 3 !== 0; const claims = [];
  const tmpl = careful ? [0, 1, 2] : [0];
  for (let j = 0; j < n; j++) {
    const m = member({ age: ri(58, 82) , scheme: 'resident' }); const t = tmpl[j % tmpl.length];
    const dx = careful ? [['J06.900'], ['I10.x00x002'], ['J02.900']][t] : ['J06.900'];
    const L = [line(GF, 1, d)];
    if (dx[0] === 'I10.x00x002') L.push(line('苯磺酸氨氯地平片', 14, d), line('阿司匹林肠溶片', 14, d));
    else if (t === 2) L.push(line('板蓝根颗粒', 9, d), line('复方甘草片', 27, d));
    else L.push(line('阿莫西林胶囊', 24, d), line('复方甘草片', 27, d));
    claims.push(claim({ inst, dept, doctor: dr, m, visitType: 'outpatient', date: d, dx, lines: L }));
  }
  fraud('T01', '虚假就诊: 收集参保卡批量刷卡 (same clinic, same day, same items)', claims, claims, {});
}
// T02 公卫 老年人健康体检 billed to the fund as an outpatient visit
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['thc', 'chc'])]; const d = randDate('2025-04-01', '2025-06-30');
  const m = member({ age: ri(65, 84) }); const careful = i % 3 !== 0;
  const dx = careful ? ['I10.x00x002'] : ['Z00.001'];
  const L = [line(GF, 1, d), ...CHECK_PANEL.map(n => line(n, 1, d))];
  if (careful && i % 2) L.push(line('甲状腺彩超', 1, d));
  const c = claim({ inst, dept: 'general_practice', m, visitType: 'outpatient', date: d, dx, lines: L });
  fraud('T02', '公卫项目(65岁以上老年人健康体检)纳入医保基金结算', [c], [c], {});
}
// T03 一般诊疗费 with separately charged injection/infusion operation fees (一般诊疗费 already includes 注射/输液)
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['vc1', 'vc2', 'thc', 'chc'])]; const dept = inst.kind.startsWith('vc') ? 'village_clinic' : 'general_practice';
  const d = randDate('2025-01-06', '2025-11-28'); const m = member({ age: ri(20, 80) }); const dx = pick(uri)[0];
  const L = [line(GF, 1, d)]; const mut = [];
  if (i % 3 === 2) { L.push(line('地塞米松磷酸钠注射液', 1, d), line('肌肉注射', 1, d), line('一次性使用注射器(5ml)', 1, d)); mut.push('肌肉注射'); }
  else {
    L.push(line('注射用头孢曲松钠', 2, d), line('氯化钠注射液', 2, d), line('静脉输液(第一组)', 1, d), line('一次性使用输液器', 1, d), line('一次性使用输液贴', 1, d));
    mut.push('静脉输液(第一组)');
    if (i % 3 === 0) { L.push(line('静脉输液(每增加一组)', 1, d)); mut.push('静脉输液(每增加一组)'); }
  }
  const c = claim({ inst, dept, m, visitType: 'outpatient', date: d, dx: [dx], lines: L });
  fraud('T03', '重复收费: 一般诊疗费之外另收注射/输液操作费', [c], [c], { [c.claimId]: lidsOf(c, mut) });
}
// T04 一般诊疗费 twice in a day: one visit split into two settlements (拆单/分解收费)
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['thc', 'chc'])]; const d = randDate('2025-01-06', '2025-11-28');
  const m = member({ age: ri(55, 80), scheme: 'resident', chronic: ['I10', 'E11'] }); const dr = doc(inst, 'general_practice', 0);
  if (i % 5 === 4) { // obvious: one claim, fee twice
    const c = claim({ inst, dept: 'general_practice', doctor: dr, m, visitType: 'outpatient', date: d, dx: ['I10.x00x002', 'E11.900'], lines: [line(GF, 2, d), line('苯磺酸氨氯地平片', 28, d), line('盐酸二甲双胍片', 84, d)] });
    fraud('T04', '分解收费: 同日一般诊疗费重复收取(拆单)', [c], [c], { [c.claimId]: lidsOf(c, [GF]) }); continue;
  }
  const a = claim({ inst, dept: 'general_practice', doctor: dr, m, visitType: 'outpatient', date: d, dx: ['I10.x00x002'], lines: [line(GF, 1, d), line('苯磺酸氨氯地平片', 28, d)] });
  const careful = i % 2 === 0;
  const b = careful
    ? claim({ inst, dept: inst.docs.tcm ? 'tcm' : 'general_practice', doctor: inst.docs.tcm ? doc(inst, 'tcm', 0) : doc(inst, 'general_practice', 1), m, visitType: 'outpatient', date: d, dx: ['I10.x00x002', 'E11.900'], lines: [line(GF, 1, d), line('复方丹参滴丸', 270, d)] })
    : claim({ inst, dept: 'general_practice', doctor: dr, m, visitType: 'outpatient', date: d, dx: ['E11.900'], lines: [line(GF, 1, d), line('盐酸二甲双胍片', 84, d)] });
  fraud('T04', '分解收费: 同日一般诊疗费重复收取(拆单)', [a, b], [b], { [b.claimId]: lidsOf(b, [GF]) });
}
// T05 家庭医生签约 routine follow-up (基本公共卫生 高血压/糖尿病随访) billed as paid visits, quarterly, no treatment
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['thc', 'chc'])]; const dr = doc(inst, 'general_practice', 1);
  const diab = i % 2 === 0; const m = member({ age: ri(62, 80), scheme: 'resident', chronic: diab ? ['E11'] : ['I10'] });
  const start = randDate('2025-01-06', '2025-02-20'); const claims = [];
  for (let q = 0; q < 4; q++) {
    const d = add(start, q * 91 + (i % 3 === 0 ? 0 : ri(-4, 4)));
    const L = [line(GF, 1, d)];
    if (diab) L.push(line('血糖监测(快速)', 1, d)); else L.push(line('无创血压监测', 1, d));
    if (i % 3 === 2 && q === 3) L.push(line('空腹血糖测定', 1, d));
    claims.push(claim({ inst, dept: 'general_practice', doctor: dr, m, visitType: 'outpatient', date: d, dx: [diab ? 'E11.900' : 'I10.x00x002'], lines: L }));
  }
  fraud('T05', '签约居民公卫季度随访转为医保门诊就诊', claims, claims, {});
}
// T06 低标准入院 in a township ward: stable chronic disease, nothing an outpatient visit could not do
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc].thc; const adm = randDate('2025-03-01', '2025-11-15'); const los = ri(5, 7); const dis = add(adm, los);
  const m = member({ age: ri(60, 82) }); const careful = i % 3 !== 0;
  const dx = i % 2 ? ['I10.x00x002'] : ['E11.900']; if (careful) dx.push(i % 2 ? 'I25.103' : 'I10.x00x002');
  const L = [...wardDays(adm, dis, { nurse: careful ? 'Ⅱ级护理' : 'Ⅲ级护理' }), line('血常规(五分类)', 1, adm), line('尿常规', 1, adm), line('肝功能(全套)', 1, adm), line('肾功能(三项)', 1, adm), line('常规心电图检查', 1, adm)];
  L.push(line(i % 2 ? '苯磺酸氨氯地平片' : '盐酸二甲双胍片', i % 2 ? los : los * 3, adm));
  if (careful) for (let k = 0; k < 3; k++) { const d = add(adm, k); L.push(line('葡萄糖注射液', 1, d), line('静脉输液(第一组)', 1, d), line('一次性使用输液器', 1, d)); }
  const c = claim({ inst, dept: 'internal_medicine', m, visitType: 'inpatient', adm, dis, dx, lines: L, admissionRoute: 'outpatient', dischargeMode: 'ordered' });
  fraud('T06', '低标准入院: 乡镇卫生院收治病情稳定的慢病患者', [c], [c], {});
}
// T07 挂床住院 over the holidays: ward days billed while no care was given (patient at home for 春节/国庆)
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc].thc; const spring = i < 10;
  const hol = spring ? SPRING : ['2025-10-01', '2025-10-08'];
  const adm = add(hol[0], -ri(3, 5)); const dis = add(hol[1], ri(2, 5));
  const m = member({ age: ri(60, 80) }); const dxs = [['M54.502'], ['I69.300', 'G81.900'], ['K29.100x001'], ['M17.000']]; const dx = dxs[i % 4];
  const L = wardDays(adm, dis);
  const treatDays = []; for (let d = adm; D(d) < D(dis); d = add(d, 1)) if (D(d) < D(hol[0]) || D(d) > D(hol[1])) treatDays.push(d);
  L.push(line('血常规(五分类)', 1, adm), line('肝功能(全套)', 1, adm), line('肾功能(三项)', 1, adm));
  for (const d of treatDays) {
    if (dx[0] === 'K29.100x001') L.push(line('注射用奥美拉唑钠', 1, d), line('氯化钠注射液', 1, d), line('静脉输液(第一组)', 1, d));
    else L.push(line('普通针刺', 1, d), line(dx[0] === 'I69.300' ? '运动疗法' : '推拿治疗', 1, d));
  }
  if (i % 3 !== 0) L.push(line(dx[0] === 'K29.100x001' ? '奥美拉唑肠溶胶囊' : '双氯芬酸钠缓释片', 2 * diff(adm, dis), adm));
  const c = claim({ inst, dept: dx[0] === 'K29.100x001' ? 'internal_medicine' : 'rehabilitation', m, visitType: 'inpatient', adm, dis, dx, lines: L, admissionRoute: 'outpatient', dischargeMode: 'ordered' });
  fraud('T07', '挂床住院: 节假日期间只计床位/护理/诊查', [c], [c], {});
}
// T08 分解住院: discharge and readmission at the same township hospital for the same condition
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc].thc; const m = member({ age: ri(62, 85) });
  const pair = [['J44.100', 'J44.000'], ['J18.900', 'J18.000'], ['I69.300', 'I69.300']][i % 3];
  const adm1 = randDate('2025-02-01', '2025-10-20'); const dis1 = add(adm1, ri(6, 8)); const gap = i % 3 === 0 ? ri(1, 3) : ri(6, 12);
  const adm2 = add(dis1, gap); const dis2 = add(adm2, ri(5, 7)); const careful = i % 3 !== 0;
  const stay = (adm, dis, dx) => {
    const L = wardDays(adm, dis);
    L.push(line('血常规(五分类)', 1, adm), line('C反应蛋白测定', 1, adm));
    for (let d = adm; D(d) < D(dis); d = add(d, 1)) {
      if (dx[0].startsWith('J')) L.push(line('注射用头孢曲松钠', 2, d), line('氯化钠注射液', 1, d), line('静脉输液(第一组)', 1, d), line('一次性使用输液器', 1, d), line('雾化吸入', 2, d), line('吸入用布地奈德混悬液', 2, d));
      else L.push(line('运动疗法', 1, d), line('普通针刺', 1, d));
    }
    if (dx[0].startsWith('J')) L.push(line('胸部X线摄影(正侧位)', 1, adm));
    return claim({ inst, dept: dx[0].startsWith('J') ? 'internal_medicine' : 'rehabilitation', m, visitType: 'inpatient', adm, dis, dx, lines: L, admissionRoute: 'outpatient', dischargeMode: 'ordered' });
  };
  const a = stay(adm1, dis1, [pair[0]]); const b = stay(adm2, dis2, [careful ? pair[1] : pair[0]]);
  fraud('T08', '分解住院: 同院同病出院后短期再入院', [a, b], [b], {});
}
// T09 中医适宜技术 stacked and repeated (刮痧/拔罐 daily at the same site, 电针/温针 beside 普通针刺)
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['thc', 'vc1', 'chc'])]; const dept = inst.kind === 'vc1' ? 'village_clinic' : 'tcm';
  const m = member({ age: ri(40, 75) }); const dx = pick([['M54.502'], ['M75.001'], ['M17.000']]); const dr = doc(inst, dept, 0);
  if (i % 3 === 0) { // obvious: one visit, a dozen techniques
    const d = randDate('2025-02-01', '2025-11-20');
    const c = claim({ inst, dept, doctor: dr, m, visitType: 'outpatient', date: d, dx, lines: [line(GF, 1, d), line('普通针刺', 1, d), line('电针', 4, d), line('温针', 1, d), line('灸法', 1, d), line('拔罐疗法', 4, d), line('刮痧治疗', 1, d), line('穴位贴敷治疗', 8, d), line('推拿治疗', 2, d), line('中药定向透药疗法', 3, d)] });
    fraud('T09', '中医适宜技术叠加、超频次收费', [c], [c], { [c.claimId]: lidsOf(c, ['电针', '温针', '拔罐疗法', '刮痧治疗', '穴位贴敷治疗', '中药定向透药疗法']) });
    continue;
  }
  const start = randDate('2025-02-01', '2025-11-10'); const claims = []; const mut = {};
  for (let k = 0; k < 8; k++) {
    const d = add(start, k + (k > 4 ? 1 : 0));
    const c = claim({ inst, dept, doctor: dr, m, visitType: 'outpatient', date: d, dx, lines: [line(GF, 1, d), line('普通针刺', 1, d), line('灸法', 1, d), line('拔罐疗法', 2, d), line('刮痧治疗', 1, d), line('中药定向透药疗法', 2, d)] });
    claims.push(c); mut[c.claimId] = lidsOf(c, ['拔罐疗法', '刮痧治疗', '中药定向透药疗法']);
  }
  fraud('T09', '中医适宜技术叠加、超频次收费', claims, claims, mut);
}
// T10 elderly annual check-up turned into a township stay
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc].thc; const adm = randDate('2025-03-01', '2025-11-20'); const dis = add(adm, ri(2, 3));
  const m = member({ age: ri(65, 85) }); const careful = i % 3 !== 0;
  const dx = careful ? ['R42.x00x004', 'I10.x00x002'] : ['Z00.001'];
  const L = [...wardDays(adm, dis, { nurse: 'Ⅲ级护理' }), ...CHECK_PANEL.map(n => line(n, 1, adm)), line('胸部X线摄影(正侧位)', 1, adm), line('颈部血管彩色多普勒超声', 1, add(adm, 1)), line('心脏彩色多普勒超声', 1, add(adm, 1)), line('甲状腺彩超', 1, add(adm, 1))];
  if (careful) L.push(line('甲磺酸倍他司汀片', 6, adm));
  const c = claim({ inst, dept: 'internal_medicine', m, visitType: 'inpatient', adm, dis, dx, lines: L, admissionRoute: 'outpatient', dischargeMode: 'ordered' });
  fraud('T10', '以体检为目的住院: 老年人年度体检转为住院结算', [c], [c], {});
}
// T11 the same drug supply fetched at the village clinic and at the township hospital
for (let i = 0; i < 15; i++) {
  const cc = county(); const vc = INST[cc].vc1; const thc = INST[cc].thc;
  const m = member({ age: ri(58, 80), scheme: 'resident', chronic: ['I10', 'E11'] });
  const d0 = randDate('2025-02-01', '2025-09-30'); const d1 = add(d0, 30);
  const p = claim({ inst: vc, dept: 'village_clinic', m, visitType: 'outpatient', date: d0, dx: ['I10.x00x002', 'E11.900'], lines: [line(GF, 1, d0), line('苯磺酸氨氯地平片', 30, d0), line('盐酸二甲双胍片', 90, d0)] });
  const a = claim({ inst: vc, dept: 'village_clinic', m, visitType: 'outpatient', date: d1, dx: ['I10.x00x002', 'E11.900'], lines: [line(GF, 1, d1), line('苯磺酸氨氯地平片', 30, d1), line('盐酸二甲双胍片', 90, d1)] });
  const careful = i % 3 !== 0; const d2 = add(d1, careful ? ri(9, 16) : ri(2, 6));
  const L = [line('门诊慢特病管理诊查费', 1, d2), line('苯磺酸氨氯地平片', 30, d2), line('盐酸二甲双胍片', careful ? 90 : 90, d2)];
  if (careful) L.push(line('阿托伐他汀钙片', 30, d2));
  const b = claim({ inst: thc, dept: 'general_practice', m, visitType: 'chronic', date: d2, dx: ['I10.x00x002', 'E11.900'], lines: L });
  fraud('T11', '重复开药: 村卫生室与乡镇卫生院重复取同一药品', [p, a, b], [b], { [b.claimId]: lidsOf(b, ['苯磺酸氨氯地平片', '盐酸二甲双胍片']) });
}
// T12 冒名就医: another person's card used at the village clinic
for (let i = 0; i < 15; i++) {
  const kind = i % 3; const pr = pick(['22', '23', '37', '51']); const cs = COUNTIES.filter(c => c.prov === pr);
  const c1 = cs[0].code, c2 = cs[1].code; const d = randDate('2025-02-01', '2025-11-25');
  if (kind === 0) { // elderly man's card used for a woman's progesterone course
    const m = member({ age: ri(66, 80), gender: 'M' }); const inst = INST[c1].vc1;
    const c = claim({ inst, dept: 'village_clinic', m, visitType: 'outpatient', date: d, dx: ['J06.900'], lines: [line(GF, 1, d), line('地屈孕酮片', 20, d), line('阿莫西林胶囊', 24, d)] });
    fraud('T12', '冒名就医: 借用他人参保凭证就医购药', [c], [c], { [c.claimId]: lidsOf(c, ['地屈孕酮片']) });
  } else if (kind === 1) { // a school child's card used for an adult's chronic drugs
    const m = member({ age: ri(8, 12), scheme: 'resident' }); const inst = INST[c1][pick(['vc1', 'vc2'])];
    const c = claim({ inst, dept: 'village_clinic', m, visitType: 'outpatient', date: d, dx: ['I10.x00x002', 'E11.900'], lines: [line(GF, 1, d), line('苯磺酸氨氯地平片', 30, d), line('盐酸二甲双胍片', 90, d)] });
    fraud('T12', '冒名就医: 借用他人参保凭证就医购药', [c], [c], { [c.claimId]: lidsOf(c, ['苯磺酸氨氯地平片', '盐酸二甲双胍片']) });
  } else { // the same card at two village clinics in two counties on the same day
    const m = member({ age: ri(40, 75), scheme: 'resident' });
    const a = claim({ inst: INST[c1].vc1, dept: 'village_clinic', m, visitType: 'outpatient', date: d, dx: ['J06.900'], lines: [line(GF, 1, d), ...uriDrugs(d)] });
    const b = claim({ inst: INST[c2].vc2, dept: 'village_clinic', m, visitType: 'outpatient', date: d, dx: ['M54.502'], lines: [line(GF, 1, d), line('双氯芬酸钠缓释片', 14, d), line('布洛芬缓释胶囊', 20, d)] });
    fraud('T12', '冒名就医: 借用他人参保凭证就医购药', [a, b], [b], {});
  }
}
// T13 诱导住院: elderly villagers brought in together ("free check-up and stay"), near-identical stays
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc].thc; const adm0 = randDate('2025-03-01', '2025-11-10'); const careful = i % 3 !== 0; const claims = [];
  const n = ri(4, 6);
  for (let j = 0; j < n; j++) {
    const adm = careful ? add(adm0, j % 2) : adm0; const dis = add(adm, careful ? ri(5, 6) : 6);
    const m = member({ age: ri(63, 84), scheme: 'resident' }); const dx = careful ? [['I10.x00x002'], ['E11.900'], ['I69.300'], ['M54.502']][j % 4] : ['I10.x00x002'];
    const L = [...wardDays(adm, dis), ...CHECK_PANEL.slice(0, 6).map(x => line(x, 1, adm)), line('常规心电图检查', 1, adm)];
    for (let k = 0; k < diff(adm, dis); k++) { const d = add(adm, k); L.push(line('葡萄糖注射液', 1, d), line('静脉输液(第一组)', 1, d), line('一次性使用输液器', 1, d)); }
    L.push(line('复合维生素B片', 3 * diff(adm, dis), adm));
    claims.push(claim({ inst, dept: 'internal_medicine', m, visitType: 'inpatient', adm, dis, dx, lines: L, admissionRoute: 'other', dischargeMode: 'ordered' }));
  }
  fraud('T13', '诱导住院: 组织老年参保人集体入住乡镇卫生院', claims, claims, {});
}
// T14 串换: 冬病夏治三伏贴 (丙类, self-pay) billed as 穴位贴敷治疗 (乙类) on the 三伏 days
const SANFU = ['2025-07-20', '2025-07-30', '2025-08-19'];
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['thc', 'chc'])]; const m = member({ age: ri(30, 70) });
  const dx = pick([['J45.900x001'], ['J44.800'], ['J31.000'], ['J40.x00']]); const claims = []; const mut = {};
  const careful = i % 3 !== 0;
  SANFU.forEach((s, k) => {
    const d = careful ? add(s, ri(0, 2)) : s;
    const L = [line(GF, 1, d), line('穴位贴敷治疗', careful ? ri(4, 6) : 8, d)];
    const c = claim({ inst, dept: 'tcm', m, visitType: 'outpatient', date: d, dx, lines: L });
    claims.push(c); mut[c.claimId] = lidsOf(c, ['穴位贴敷治疗']);
  });
  fraud('T14', '串换项目: 三伏贴(丙类)串换为穴位贴敷治疗', claims, claims, mut);
}
// T15 基本公共卫生 0–6岁儿童健康管理 / 孕产妇健康管理 billed to the fund
const CHILD_AGES_M = [6, 8, 12, 18, 24, 30, 36];
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['thc', 'chc'])];
  if (i % 3 === 2) { // first prenatal visit (早孕建册)
    const d = randDate('2025-02-01', '2025-11-20'); const m = member({ age: ri(22, 34), gender: 'F' });
    const c = claim({ inst, dept: 'general_practice', m, visitType: 'outpatient', date: d, dx: [i % 2 ? 'Z34.000' : 'Z34.900'], lines: [line(GF, 1, d), line('血常规(五分类)', 1, d), line('尿常规', 1, d), line('肝功能(全套)', 1, d), line('肾功能(三项)', 1, d), line('乙肝五项定量', 1, d), line('血型鉴定(ABO+Rh)', 1, d), line('产科B超', 1, d)] });
    fraud('T15', '公卫项目(0-6岁儿童健康管理/孕产妇健康管理)纳入医保结算', [c], [c], {}); continue;
  }
  const months = pick(CHILD_AGES_M); const d = randDate('2025-02-01', '2025-11-20');
  const bd = D(d); bd.setUTCMonth(bd.getUTCMonth() - months); bd.setUTCDate(bd.getUTCDate() - ri(0, 10));
  const m = member({ age: 1, scheme: 'resident' }); m.patient.birthDate = iso(bd); m.enrollment.continuousYears = 1;
  const careful = i % 3 === 1;
  const L = [line(GF, 1, d), line('血红蛋白测定', 1, d)]; if (months === 12 || months === 24) L.push(line('血常规(五分类)', 1, d));
  const c = claim({ inst, dept: inst.docs.pediatrics ? 'pediatrics' : 'general_practice', m, visitType: 'outpatient', date: d, dx: [careful ? 'J06.900' : 'Z00.100'], lines: L });
  fraud('T15', '公卫项目(0-6岁儿童健康管理/孕产妇健康管理)纳入医保结算', [c], [c], {});
}

// =============== CONTROLS ===============
// C01 seasonal influenza surge at a township hospital: many similar claims the same day
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['thc', 'chc'])]; const d = randDate(i < 10 ? '2025-01-06' : '2025-11-20', i < 10 ? '2025-02-25' : '2025-12-20');
  const n = ri(7, 11); const claims = [];
  for (let j = 0; j < n; j++) {
    const age = pick([ri(3, 12), ri(18, 45), ri(46, 80)]); const m = member({ age, onDate: d });
    const dept = age < 14 && inst.docs.pediatrics ? 'pediatrics' : 'general_practice';
    const L = [line(GF, 1, d)];
    if (age < 14) L.push(line('小儿氨酚黄那敏颗粒', ri(6, 9), d), ...(rnd() < 0.5 ? [line('布洛芬混悬液', 1, d)] : []));
    else { L.push(line('磷酸奥司他韦胶囊', 10, d)); if (rnd() < 0.6) L.push(line('连花清瘟胶囊', 24, d)); if (rnd() < 0.4) L.push(line('对乙酰氨基酚片', 6, d)); }
    if (rnd() < 0.5) L.push(line('血常规(五分类)', 1, d)); if (rnd() < 0.3) L.push(line('C反应蛋白测定', 1, d));
    claims.push(claim({ inst, dept, m, visitType: 'outpatient', date: d, dx: [rnd() < 0.7 ? 'J11.100' : 'J06.900'], lines: L }));
  }
  control('C01', '流感季乡镇卫生院同日大量相似门诊', claims);
}
// C02 village doctor's home-visit round: several bedridden members seen the same day
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['vc1', 'vc2'])]; const d = randDate('2025-01-10', '2025-11-25'); const dr = doc(inst, 'village_clinic', 0);
  const claims = []; const n = ri(3, 5);
  for (let j = 0; j < n; j++) {
    const m = member({ age: ri(72, 92), scheme: 'resident' }); const t = j % 4;
    const spec = [
      [['I69.300', 'G81.900'], [line('阿司匹林肠溶片', 30, d), line('阿托伐他汀钙片', 30, d)]],
      [['L89.101', 'I69.300'], [line('换药(小)', 1, d), line('一次性使用换药包', 1, d), line('莫匹罗星软膏', 1, d)]],
      [['E11.900', 'F03.x01'], [line('血糖监测(快速)', 1, d), line('盐酸二甲双胍片', 60, d)]],
      [['I50.900x002', 'I10.x00x002'], [line('呋塞米片', 14, d), line('螺内酯片', 14, d), line('地高辛片', 30, d)]],
    ][t];
    claims.push(claim({ inst, dept: 'village_clinic', doctor: dr, m, visitType: 'outpatient', date: d, dx: spec[0], lines: [line(GF, 1, d), ...spec[1]] }));
  }
  control('C02', '村医同日入户巡诊多名卧床参保人', claims);
}
// C03 elderly hypertensive with a real complaint in the check-up season: tests and treatment
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['thc', 'chc'])]; const d = randDate('2025-04-01', '2025-06-30');
  const m = member({ age: ri(65, 84) }); const t = i % 3;
  const L = [line(GF, 1, d), line('常规心电图检查', 1, d)];
  let dx;
  if (t === 0) { dx = ['R07.400', 'I10.x00x002']; L.push(line('心肌酶谱', 1, d), line('血脂(四项)', 1, d), line('单硝酸异山梨酯缓释片', 14, d), line('阿司匹林肠溶片', 14, d)); }
  else if (t === 1) { dx = ['I10.x00x002', 'E78.000']; L.push(line('血脂(四项)', 1, d), line('肾功能(三项)', 1, d), line('苯磺酸氨氯地平片', 30, d), line('阿托伐他汀钙片', 30, d)); }
  else { dx = ['R42.x00x004', 'I10.x00x002']; L.push(line('空腹血糖测定', 1, d), line('血常规(五分类)', 1, d), line('甲磺酸倍他司汀片', 21, d)); }
  control('C03', '老年高血压患者体检季因症就诊并检查治疗', [claim({ inst, dept: 'general_practice', m, visitType: 'outpatient', date: d, dx, lines: L })]);
}
// C04 一般诊疗费 with infusion drugs and consumables, no separate operation fee
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['vc1', 'vc2', 'thc', 'chc'])]; const dept = inst.kind.startsWith('vc') ? 'village_clinic' : 'general_practice';
  const d = randDate('2025-01-06', '2025-11-28'); const m = member({ age: ri(20, 80) });
  const dx = pick([['J20.900'], ['J02.900'], ['A09.001']]);
  const L = [line(GF, 1, d)];
  if (dx[0] === 'A09.001') L.push(line('葡萄糖氯化钠注射液', 2, d), line('氯化钾注射液', 1, d), line('一次性使用输液器', 1, d), line('一次性使用输液贴', 1, d), line('蒙脱石散', 9, d));
  else L.push(line('注射用头孢呋辛钠', 2, d), line('氯化钠注射液', 2, d), line('一次性使用输液器', 1, d), line('一次性使用输液贴', 1, d), line('盐酸氨溴索片', 18, d));
  control('C04', '一般诊疗费含输液操作: 仅收药品和耗材', [claim({ inst, dept, m, visitType: 'outpatient', date: d, dx, lines: L })]);
}
// C05 two visits on one day for a real new problem (different department, doctor, diagnosis)
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc].thc; const d = randDate('2025-01-06', '2025-11-28'); const m = member({ age: ri(25, 70) });
  const a = claim({ inst, dept: 'general_practice', m, visitType: 'outpatient', date: d, dx: [pick(uri)[0]], lines: [line(GF, 1, d), ...uriDrugs(d)] });
  const b = claim({ inst, dept: 'surgery', m, visitType: 'outpatient', date: d, dx: [pick(['S61.000x001', 'S61.901'])], lines: [line(GF, 1, d), line('清创术', 1, d), line('盐酸利多卡因注射液', 1, d), line('可吸收缝线', 1, d), line('一次性使用换药包', 1, d), line('头孢氨苄胶囊', 24, d)] });
  control('C05', '同日两次就诊: 新发外伤另科就诊', [a, b]);
}
// C06 chronic member's monthly 门诊慢特病 visit and refill
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['thc', 'chc'])]; const m = member({ age: ri(55, 80), chronic: ['I10', 'E11'] }); const dr = doc(inst, 'general_practice', 0);
  const start = randDate('2025-01-06', '2025-04-30'); const claims = [];
  for (let k = 0; k < 6; k++) {
    const d = add(start, k * 30 + ri(-2, 2));
    const L = [line('门诊慢特病管理诊查费', 1, d), line('苯磺酸氨氯地平片', 30, d), line('盐酸二甲双胍片', 90, d)];
    if (k === 0 || k === 3) L.push(line('糖化血红蛋白测定', 1, d));
    claims.push(claim({ inst, dept: 'general_practice', doctor: dr, m, visitType: 'chronic', date: d, dx: ['I10.x00x002', 'E11.900'], lines: L }));
  }
  control('C06', '门诊慢特病患者每月复诊续方', claims);
}
// C07 签约 member's paid visit for an acute illness
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['thc', 'chc'])]; const d = randDate('2025-01-06', '2025-11-28');
  const m = member({ age: ri(62, 80), scheme: 'resident', chronic: ['I10'] });
  const t = i % 3; let dx, L = [line(GF, 1, d)];
  if (t === 0) { dx = ['J20.900', 'I10.x00x002']; L.push(line('血常规(五分类)', 1, d), ...uriDrugs(d)); }
  else if (t === 1) { dx = ['A09.001', 'I10.x00x002']; L.push(line('大便常规+隐血', 1, d), line('蒙脱石散', 9, d), line('双歧杆菌三联活菌胶囊', 36, d)); }
  else { dx = ['N39.000', 'I10.x00x002']; L.push(line('尿常规', 1, d), line('左氧氟沙星片', 7, d)); }
  control('C07', '签约居民因急性病就诊(付费门诊)', [claim({ inst, dept: 'general_practice', m, visitType: 'outpatient', date: d, dx, lines: L })]);
}
// C08 short township stay for pneumonia in an elderly member
function pneumoniaStay(inst, m, adm, los, dx, o = {}) {
  const dis = add(adm, los); const L = [...wardDays(adm, dis), line('血常规(五分类)', 1, adm), line('C反应蛋白测定', 1, adm), line('胸部X线摄影(正侧位)', 1, adm), line('肝功能(全套)', 1, adm), line('肾功能(三项)', 1, adm), line('电解质(四项)', 1, adm), line('血常规(五分类)', 1, add(adm, Math.min(4, los - 1)))];
  for (let k = 0; k < los; k++) { const d = add(adm, k); L.push(line('注射用头孢曲松钠', 2, d), line('氯化钠注射液', 1, d), line('静脉输液(第一组)', 1, d), line('一次性使用输液器', 1, d)); if (k < 3) L.push(line('吸氧', ri(8, 16), d), line('一次性使用吸氧管', k === 0 ? 1 : 0, d)); }
  L.push(line('盐酸氨溴索片', 3 * los, adm));
  return claim({ inst, dept: 'internal_medicine', m, visitType: 'inpatient', adm, dis, dx, lines: L.filter(l => l.qty > 0), admissionRoute: o.route || 'outpatient', dischargeMode: 'ordered' });
}
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc].thc; const m = member({ age: ri(68, 88) });
  control('C08', '高龄参保人乡镇卫生院肺炎短期住院', [pneumoniaStay(inst, m, randDate('2025-01-06', '2025-11-20'), ri(5, 8), i % 2 ? ['J18.900', 'I10.x00x002'] : ['J18.000'])]);
}
// C09 COPD exacerbation stay at the township ward
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc].thc; const m = member({ age: ri(62, 85) }); const adm = randDate('2025-01-06', '2025-11-20'); const los = ri(6, 9); const dis = add(adm, los);
  const L = [...wardDays(adm, dis), line('血常规(五分类)', 1, adm), line('血气分析', 1, adm), line('胸部X线摄影(正侧位)', 1, adm), line('常规心电图检查', 1, adm), line('电解质(四项)', 1, adm)];
  for (let k = 0; k < los; k++) { const d = add(adm, k); L.push(line('雾化吸入', 2, d), line('吸入用布地奈德混悬液', 2, d), line('吸入用异丙托溴铵溶液', 2, d), line('吸氧', ri(10, 16), d)); if (k < 5) L.push(line('多索茶碱注射液', 1, d), line('注射用头孢呋辛钠', 2, d), line('氯化钠注射液', 2, d), line('静脉输液(第一组)', 1, d), line('静脉输液(每增加一组)', 1, d), line('一次性使用输液器', 1, d)); }
  L.push(line('一次性使用吸氧管', 1, adm), line('一次性使用雾化器', 1, adm));
  control('C09', '慢阻肺急性加重乡镇卫生院住院', [claim({ inst, dept: 'internal_medicine', m, visitType: 'inpatient', adm, dis, dx: ['J44.100'], lines: L, admissionRoute: 'outpatient', dischargeMode: 'ordered' })]);
}
// C10 stroke rehabilitation stay across the Spring Festival with therapy every day
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc].thc; const m = member({ age: ri(58, 80) });
  const adm = add(SPRING[0], -ri(4, 8)); const dis = add(adm, ri(16, 20));
  const L = [...wardDays(adm, dis), line('康复评定', 1, adm), line('血常规(五分类)', 1, adm), line('肾功能(三项)', 1, adm)];
  for (let d = adm; D(d) < D(dis); d = add(d, 1)) L.push(line('运动疗法', 1, d), line(i % 2 ? '头皮针' : '普通针刺', 1, d), line(i % 3 ? '作业疗法' : '言语训练', 1, d));
  L.push(line('康复评定', 1, add(dis, -1)), line('阿司匹林肠溶片', diff(adm, dis), adm), line('阿托伐他汀钙片', diff(adm, dis), adm));
  control('C10', '脑卒中康复住院跨春节、每日有治疗', [claim({ inst, dept: 'rehabilitation', m, visitType: 'inpatient', adm, dis, dx: ['I69.300', 'G81.900'], lines: L, admissionRoute: 'transfer', transferFrom: INST[cc].county.id, dischargeMode: 'ordered' })]);
}
// C11 县域医共体 referral up and back down (township → county → township rehabilitation)
for (let i = 0; i < 15; i++) {
  const cc = county(); const thc = INST[cc].thc, ch = INST[cc].county; const m = member({ age: ri(60, 82) });
  const a1 = randDate('2025-01-10', '2025-10-01'); const d1 = add(a1, 1);
  const A = claim({ inst: thc, dept: 'internal_medicine', m, visitType: 'inpatient', adm: a1, dis: d1, dx: ['I63.900', 'I10.x00x002'], lines: [...wardDays(a1, d1, { nurse: 'Ⅰ级护理' }), line('血常规(五分类)', 1, a1), line('空腹血糖测定', 1, a1), line('常规心电图检查', 1, a1), line('头颅CT平扫', 1, a1), line('阿司匹林肠溶片', 1, a1)], admissionRoute: 'emergency', dischargeMode: 'transfer' });
  const a2 = d1; const d2 = add(a2, ri(8, 11));
  const L2 = [...wardDays(a2, d2, { nurse: 'Ⅰ级护理' }), line('头颅MRI平扫', 1, a2), line('颈部血管彩色多普勒超声', 1, add(a2, 1)), line('血脂(四项)', 1, a2), line('糖化血红蛋白测定', 1, a2), line('凝血四项', 1, a2)];
  for (let k = 0; k < diff(a2, d2); k++) { const d = add(a2, k); L2.push(line('阿司匹林肠溶片', 1, d), line('硫酸氢氯吡格雷片', 1, d), line('阿托伐他汀钙片', 1, d)); }
  const B = claim({ inst: ch, dept: 'neurology', m, visitType: 'inpatient', adm: a2, dis: d2, dx: ['I63.900', 'I10.x00x002'], lines: L2, admissionRoute: 'transfer', transferFrom: thc.id, dischargeMode: 'community' });
  const a3 = d2; const d3 = add(a3, ri(10, 14));
  const L3 = [...wardDays(a3, d3), line('康复评定', 1, a3)];
  for (let d = a3; D(d) < D(d3); d = add(d, 1)) L3.push(line('运动疗法', 1, d), line('普通针刺', 1, d));
  L3.push(line('阿司匹林肠溶片', diff(a3, d3), a3), line('苯磺酸氨氯地平片', diff(a3, d3), a3));
  const C = claim({ inst: thc, dept: 'rehabilitation', m, visitType: 'inpatient', adm: a3, dis: d3, dx: ['I69.300', 'G81.900'], lines: L3, admissionRoute: 'transfer', transferFrom: ch.id, dischargeMode: 'ordered' });
  control('C11', '县域医共体上转下转: 卫生院→县医院→卫生院康复', [A, B, C]);
}
// C12 readmission to the same township hospital for a different condition
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc].thc; const m = member({ age: ri(65, 86) }); const adm = randDate('2025-01-06', '2025-10-20');
  const A = pneumoniaStay(inst, m, adm, 7, ['J18.900']);
  const a2 = add(A.dischargeDate, ri(9, 20)); const d2 = add(a2, ri(3, 5));
  const L = [...wardDays(a2, d2), line('血常规(五分类)', 1, a2), line('大便常规+隐血', 1, a2), line('电解质(四项)', 1, a2)];
  for (let k = 0; k < 3; k++) { const d = add(a2, k); L.push(line('葡萄糖氯化钠注射液', 2, d), line('氯化钾注射液', 1, d), line('静脉输液(第一组)', 1, d), line('静脉输液(每增加一组)', 1, d), line('一次性使用输液器', 1, d)); }
  L.push(line('蒙脱石散', 9, a2));
  const B = claim({ inst, dept: 'internal_medicine', m, visitType: 'inpatient', adm: a2, dis: d2, dx: ['A09.001'], lines: L, admissionRoute: 'emergency', dischargeMode: 'ordered' });
  control('C12', '同院再入院但为不同疾病', [A, B]);
}
// C13 a real acupuncture/moxibustion course for knee osteoarthritis (three sessions a week)
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['thc', 'chc', 'vc1'])]; const dept = inst.kind === 'vc1' ? 'village_clinic' : 'tcm'; const dr = doc(inst, dept, 0);
  const m = member({ age: ri(50, 78) }); const start = randDate('2025-02-03', '2025-10-20'); const claims = [];
  for (let k = 0; k < 10; k++) {
    const d = add(start, Math.floor(k / 3) * 7 + [0, 2, 4][k % 3]);
    const L = [line(GF, 1, d), line(i % 2 ? '温针' : '普通针刺', 1, d)]; if (!(i % 2)) L.push(line('灸法', 1, d));
    claims.push(claim({ inst, dept, doctor: dr, m, visitType: 'outpatient', date: d, dx: [pick(['M17.000', 'M17.101'])], lines: L }));
  }
  control('C13', '膝骨关节炎针灸疗程(隔日一次)', claims);
}
// C14 post-stroke outpatient rehabilitation: several therapies a session, three sessions a week
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc].thc; const dr = doc(inst, 'rehabilitation', 0); const m = member({ age: ri(55, 78) });
  const start = randDate('2025-02-03', '2025-10-01'); const claims = [];
  for (let k = 0; k < 12; k++) {
    const d = add(start, Math.floor(k / 3) * 7 + [0, 2, 4][k % 3]);
    claims.push(claim({ inst, dept: 'rehabilitation', doctor: dr, m, visitType: 'outpatient', date: d, dx: ['I69.300', 'G81.900'], lines: [line(GF, 1, d), line('头皮针', 1, d), line('运动疗法', 1, d), line('作业疗法', 1, d)] }));
  }
  control('C14', '脑卒中后门诊康复: 每次多项治疗', claims);
}
// C15 elderly vertigo admitted and treated at the township ward
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc].thc; const m = member({ age: ri(65, 85) }); const adm = randDate('2025-01-06', '2025-11-20'); const los = ri(4, 6); const dis = add(adm, los);
  const L = [...wardDays(adm, dis), line('血常规(五分类)', 1, adm), line('电解质(四项)', 1, adm), line('空腹血糖测定', 1, adm), line('常规心电图检查', 1, adm), line('头颅CT平扫', 1, adm)];
  for (let k = 0; k < 3; k++) { const d = add(adm, k); L.push(line('氯化钠注射液', 1, d), line('静脉输液(第一组)', 1, d), line('一次性使用输液器', 1, d), line('盐酸甲氧氯普胺注射液', 1, d)); }
  L.push(line('甲磺酸倍他司汀片', 3 * los, adm));
  control('C15', '老年眩晕乡镇卫生院住院(有检查有治疗)', [claim({ inst, dept: 'internal_medicine', m, visitType: 'inpatient', adm, dis, dx: [i % 2 ? 'H81.100' : 'R42.x00x001', 'I10.x00x002'], lines: L, admissionRoute: 'emergency', dischargeMode: 'ordered' })]);
}
// C16 长处方: 12-week prescription at the township hospital, next refill at the village clinic when it runs out
for (let i = 0; i < 15; i++) {
  const cc = county(); const thc = INST[cc].thc, vc = INST[cc].vc1; const m = member({ age: ri(58, 80), scheme: 'resident', chronic: ['I10', 'E11'] });
  const d1 = randDate('2025-01-06', '2025-06-30'); const d2 = add(d1, ri(80, 86));
  const A = claim({ inst: thc, dept: 'general_practice', m, visitType: 'chronic', date: d1, dx: ['I10.x00x002', 'E11.900'], lines: [line('门诊慢特病管理诊查费', 1, d1), line('苯磺酸氨氯地平片', 84, d1, { long: true }), line('盐酸二甲双胍片', 252, d1, { long: true }), line('糖化血红蛋白测定', 1, d1)] });
  const B = claim({ inst: vc, dept: 'village_clinic', m, visitType: 'outpatient', date: d2, dx: ['I10.x00x002', 'E11.900'], lines: [line(GF, 1, d2), line('苯磺酸氨氯地平片', 30, d2), line('盐酸二甲双胍片', 90, d2)] });
  control('C16', '长处方12周后在村卫生室续方', [A, B]);
}
// C17 early second visit: blood pressure not controlled, a second drug added (no duplicate supply)
for (let i = 0; i < 15; i++) {
  const cc = county(); const vc = INST[cc].vc1, thc = INST[cc].thc; const m = member({ age: ri(55, 80), scheme: 'resident', chronic: ['I10'] });
  const d1 = randDate('2025-01-06', '2025-10-31'); const d2 = add(d1, ri(7, 14));
  const A = claim({ inst: vc, dept: 'village_clinic', m, visitType: 'outpatient', date: d1, dx: ['I10.x00x002'], lines: [line(GF, 1, d1), line('苯磺酸氨氯地平片', 30, d1)] });
  const B = claim({ inst: thc, dept: 'general_practice', m, visitType: 'outpatient', date: d2, dx: ['I10.x00x002'], lines: [line(GF, 1, d2), line('肾功能(三项)', 1, d2), line('电解质(四项)', 1, d2), line(pick(['厄贝沙坦片', '缬沙坦胶囊', '氢氯噻嗪片']), 30, d2)] });
  control('C17', '血压控制不佳提前复诊加药(不重复)', [A, B]);
}
// C18 same-day referral from the village clinic up to the county hospital (医共体上转)
for (let i = 0; i < 15; i++) {
  const cc = county(); const vc = INST[cc][pick(['vc1', 'vc2'])], ch = INST[cc].county; const d = randDate('2025-01-06', '2025-11-28'); const m = member({ age: ri(50, 80) });
  const A = claim({ inst: vc, dept: 'village_clinic', m, visitType: 'outpatient', date: d, dx: ['R07.400'], lines: [line(GF, 1, d), line('血糖监测(快速)', 1, d), line('硝酸甘油片', 3, d)] });
  const B = claim({ inst: ch, dept: 'internal_medicine', m, visitType: 'outpatient', date: d, dx: [pick(['I20.900', 'I25.103'])], lines: [line('普通门诊诊察费', 1, d), line('常规心电图检查', 1, d), line('肌钙蛋白I测定', 1, d), line('心肌酶谱', 1, d), line('血脂(四项)', 1, d), line('阿司匹林肠溶片', 14, d), line('阿托伐他汀钙片', 14, d)] });
  control('C18', '同日村卫生室就诊后上转县医院', [A, B]);
}
// C19 food-poisoning cluster after a village banquet: several admissions the same day
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc].thc; const adm = randDate('2025-04-01', '2025-10-20'); const claims = []; const n = ri(4, 6);
  for (let j = 0; j < n; j++) {
    const age = pick([ri(6, 14), ri(20, 50), ri(51, 80)]); const m = member({ age, onDate: adm }); const los = ri(2, 4); const dis = add(adm, los);
    const L = [...wardDays(adm, dis), line('血常规(五分类)', 1, adm), line('大便常规+隐血', 1, adm), line('电解质(四项)', 1, adm)];
    for (let k = 0; k < los; k++) { const d = add(adm, k); L.push(line('葡萄糖氯化钠注射液', age < 14 ? 1 : 2, d), line('静脉输液(第一组)', 1, d), line('一次性使用输液器', 1, d)); if (age >= 14) L.push(line('复方氯化钠注射液', 1, d), line('静脉输液(每增加一组)', 1, d)); if (k === 0) L.push(line('氯化钾注射液', 1, d), line('盐酸甲氧氯普胺注射液', 1, d)); }
    L.push(line('蒙脱石散', 3 * los, adm));
    claims.push(claim({ inst, dept: age < 14 && inst.docs.pediatrics ? 'pediatrics' : 'internal_medicine', m, visitType: 'inpatient', adm, dis, dx: ['A05.900'], lines: L, admissionRoute: 'emergency', dischargeMode: 'ordered' }));
  }
  control('C19', '村宴食物中毒聚集性同日住院', claims);
}
// C20 asthma / COPD acute visit during the 三伏 days (treatment, no 贴敷)
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['thc', 'chc'])]; const d = add(pick(SANFU), ri(0, 1)); const m = member({ age: ri(20, 70) });
  const L = [line(GF, 1, d), line('雾化吸入', 1, d), line('吸入用布地奈德混悬液', 2, d), line('一次性使用雾化器', 1, d), line('硫酸沙丁胺醇吸入气雾剂', 1, d)];
  if (i % 2) L.push(line('血常规(五分类)', 1, d));
  control('C20', '三伏天哮喘急性发作门诊(雾化、不贴敷)', [claim({ inst, dept: 'general_practice', m, visitType: 'outpatient', date: d, dx: [i % 3 ? 'J45.900x001' : 'J44.100'], lines: L })]);
}
// C21 穴位贴敷 for a real condition outside the 三伏 days, with needling
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['thc', 'chc'])]; const m = member({ age: ri(35, 75) }); const d1 = randDate(i % 2 ? '2025-03-01' : '2025-10-15', i % 2 ? '2025-05-31' : '2025-11-25');
  const claims = []; for (let k = 0; k < 3; k++) { const d = add(d1, k * 3); claims.push(claim({ inst, dept: 'tcm', m, visitType: 'outpatient', date: d, dx: [pick(['M54.502', 'K59.000', 'M75.001'])], lines: [line(GF, 1, d), line('普通针刺', 1, d), line('穴位贴敷治疗', ri(3, 4), d)] })); }
  control('C21', '非三伏期穴位贴敷配合针刺治疗', claims);
}
// C22 infant with a real illness at a child health-check age
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['thc', 'chc'])]; const d = randDate('2025-01-06', '2025-11-28');
  const months = pick(CHILD_AGES_M); const bd = D(d); bd.setUTCMonth(bd.getUTCMonth() - months); bd.setUTCDate(bd.getUTCDate() - ri(0, 10));
  const m = member({ age: 1, scheme: 'resident' }); m.patient.birthDate = iso(bd); m.enrollment.continuousYears = 1;
  const t = i % 3; let dx, L = [line(GF, 1, d), line('血常规(五分类)', 1, d)];
  if (t === 0) { dx = ['J06.900']; L.push(line('小儿氨酚黄那敏颗粒', 6, d), line('布洛芬混悬液', 1, d)); }
  else if (t === 1) { dx = ['A09.001']; L.push(line('蒙脱石散', 6, d), line('双歧杆菌三联活菌胶囊', 18, d)); }
  else { dx = ['J20.900']; L.push(line('C反应蛋白测定', 1, d), line('小儿肺热咳喘口服液', 12, d), line('雾化吸入', 1, d), line('吸入用布地奈德混悬液', 1, d)); }
  control('C22', '婴幼儿在体检月龄因病就诊', [claim({ inst, dept: inst.docs.pediatrics ? 'pediatrics' : 'general_practice', m, visitType: 'outpatient', date: d, dx, lines: L })]);
}
// C23 pregnant woman's visit for an illness (urinary infection, URTI)
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['thc', 'chc'])]; const d = randDate('2025-01-06', '2025-11-28'); const m = member({ age: ri(22, 36), gender: 'F' });
  const uti = i % 2 === 0;
  const L = uti ? [line(GF, 1, d), line('尿常规', 1, d), line('血常规(五分类)', 1, d), line('头孢氨苄胶囊', 24, d)] : [line(GF, 1, d), line('血常规(五分类)', 1, d), line('对乙酰氨基酚片', 6, d)];
  control('C23', '孕妇因病就诊(非孕检)', [claim({ inst, dept: 'general_practice', m, visitType: 'outpatient', date: d, dx: uti ? ['O23.400', 'Z34.900'] : ['J06.900', 'Z34.900'], lines: L })]);
}
// C24 家庭病床: weekly home visits for a bedridden member, the same dressing each week
for (let i = 0; i < 15; i++) {
  const cc = county(); const inst = INST[cc][pick(['thc', 'chc'])]; const dr = doc(inst, 'general_practice', 0); const m = member({ age: ri(75, 92) });
  const start = randDate('2025-01-06', '2025-09-01'); const claims = [];
  for (let k = 0; k < 7; k++) {
    const d = add(start, k * 7);
    const L = [line(k === 0 ? '家庭病床建床费' : '家庭病床巡诊费', 1, d), line('换药(中)', 1, d), line('一次性使用换药包', 1, d), line(k < 3 ? '藻酸盐敷料' : '水胶体敷料', 1, d)];
    claims.push(claim({ inst, dept: 'general_practice', doctor: dr, m, visitType: 'outpatient', date: d, dx: ['L89.101', 'I69.300', 'G81.900'], lines: L }));
  }
  control('C24', '家庭病床: 卧床参保人每周巡诊换药', claims);
}

// =============== ROUTINE ===============
for (let i = 0; i < 100; i++) {
  const cc = county(); const t = i % 10; const d = randDate('2025-01-06', '2025-11-28'); let c;
  if (t <= 2) { const inst = INST[cc][pick(['vc1', 'vc2'])]; const age = ri(3, 85); const m = member({ age, onDate: d }); c = claim({ inst, dept: 'village_clinic', m, visitType: 'outpatient', date: d, dx: [age < 14 ? 'J06.900' : pick(uri)[0]], lines: [line(GF, 1, d), ...uriDrugs(d, age >= 14)] }); }
  else if (t === 3) { const inst = INST[cc].thc; const m = member({ age: ri(25, 75) }); c = claim({ inst, dept: 'general_practice', m, visitType: 'outpatient', date: d, dx: [pick(['K29.100x001', 'K30.x00'])], lines: [line(GF, 1, d), line('奥美拉唑肠溶胶囊', 14, d), line('铝碳酸镁咀嚼片', 18, d)] }); }
  else if (t === 4) { const inst = INST[cc][pick(['thc', 'chc'])]; const m = member({ age: ri(55, 82), chronic: ['I10'] }); c = claim({ inst, dept: 'general_practice', m, visitType: 'chronic', date: d, dx: ['I10.x00x002'], lines: [line('门诊慢特病管理诊查费', 1, d), line(pick(['苯磺酸氨氯地平片', '硝苯地平控释片', '厄贝沙坦片']), 30, d)] }); }
  else if (t === 5) { const inst = INST[cc][pick(['thc', 'chc'])]; const m = member({ age: ri(55, 82), chronic: ['E11'] }); c = claim({ inst, dept: 'general_practice', m, visitType: 'chronic', date: d, dx: ['E11.900'], lines: [line('门诊慢特病管理诊查费', 1, d), line('盐酸二甲双胍片', 90, d), line(pick(['格列美脲片', '阿卡波糖片']), 30, d), line('空腹血糖测定', 1, d)] }); }
  else if (t === 6) { const inst = INST[cc][pick(['thc', 'chc', 'vc1'])]; const dept = inst.kind === 'vc1' ? 'village_clinic' : 'tcm'; const m = member({ age: ri(35, 75) }); c = claim({ inst, dept, m, visitType: 'outpatient', date: d, dx: [pick(['M54.502', 'M75.001'])], lines: [line(GF, 1, d), line('普通针刺', 1, d), line(pick(['拔罐疗法', '灸法']), 1, d)] }); }
  else if (t === 7) { const inst = INST[cc].thc; const m = member({ age: ri(60, 88) }); c = pneumoniaStay(inst, m, d, ri(5, 7), ['J18.900']); }
  else if (t === 8) { const inst = INST[cc].chc; const m = member({ age: ri(20, 60), gender: 'F' }); c = claim({ inst, dept: 'general_practice', m, visitType: 'outpatient', date: d, dx: ['N39.000'], lines: [line(GF, 1, d), line('尿常规', 1, d), line('左氧氟沙星片', 7, d)] }); }
  else { const inst = INST[cc].county; const m = member({ age: ri(30, 75) }); c = claim({ inst, dept: 'internal_medicine', m, visitType: 'outpatient', date: d, dx: [pick(['J20.900', 'K29.100x001', 'R51.x00'])], lines: [line('普通门诊诊察费', 1, d), line('血常规(五分类)', 1, d), ...(rnd() < 0.5 ? [line('胸部X线摄影(正侧位)', 1, d)] : []), line('头孢呋辛酯片', 12, d)] }); }
  routine([c]);
}

// ---------- grouping (pass 2) ----------
if (GROUPS && fs.existsSync(GROUPS)) {
  const G = {};
  for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!l.trim()) continue; const g = JSON.parse(l); const id = g.claimId; const drg = (g.grouping && g.grouping.drg) || g.drg || (g.drg && g.drg.code); if (id) G[id] = drg; }
  for (const c of CLAIMS) if (c.visitType === 'inpatient' && G[c.claimId]) c.reportedGroup.drg = G[c.claimId];
}

// ---------- write ----------
CLAIMS.sort((a, b) => (a._sort < b._sort ? -1 : a._sort > b._sort ? 1 : 0));
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map(c => { const o = { ...c }; delete o._sort; return JSON.stringify(o); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
fs.writeFileSync(path.join(OUT, 'doctors.json'), JSON.stringify({ institutions: Object.values(INST).flatMap(x => Object.values(x)).map(i => ({ id: i.id, name: i.label, level: i.level, region: i.county })), doctors: DOCTOR_TABLE }, null, 1) + '\n');
console.error(`claims ${CLAIMS.length}, cases ${LABELS.length}`);
