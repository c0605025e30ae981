#!/usr/bin/env node
// blind68: injuries and who must pay for them (外伤、工伤、交通事故与第三人责任).
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed, no dependencies. Money is computed in integer fen and written in yuan (CONTRACTS.md: yuan as a JSON number).
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || __dirname);
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || '/work/wt/base67/rules/catalogue');
const GROUPS = opt('--groups');

// ---------- seeded RNG ----------
let seed = 680068;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const ROWS = {};
for (const f of ['services.json', 'drugs.json', 'consumables.json', 'services-procedures.json', 'consumables-procedures.json', 'services-tcm.json', 'drugs-immunology-and-gout.json', 'services-home-and-online.json']) {
  const p = path.join(CAT, f); if (!fs.existsSync(p)) continue;
  for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) ROWS[r.name] = r;
}
function row(name) { const r = ROWS[name]; if (!r) throw new Error('catalogue row missing: ' + name); return r; }

// ---------- policy figures (rules/benefits/policies.json of the frozen build, read by hand) ----------
const POL = {
  '22': { employee: { ded: [200, 500, 900], ratio: [0.9, 0.85, 0.8] }, resident: { ded: [200, 500, 1000], ratio: [0.8, 0.7, 0.6] } },
  '23': { employee: { ded: [200, 500, 1000], ratio: [0.9, 0.85, 0.8] }, resident: { ded: [200, 500, 1000], ratio: [0.8, 0.7, 0.6] } },
  '37': { employee: { ded: [300, 600, 1000], ratio: [0.9, 0.85, 0.8] }, resident: { ded: [300, 600, 1000], ratio: [0.8, 0.7, 0.6] } },
  '51': { employee: { ded: [200, 500, 1000], ratio: [0.9, 0.85, 0.8] }, resident: { ded: [200, 600, 1100], ratio: [0.8, 0.7, 0.6] } },
};
const OUTP = { employee: [0.7, 0.6, 0.5], resident: [0.6, 0.5, 0.5] };
const PHARM = { employee: 0.6, resident: 0.5 };

// ---------- hospitals, departments, doctors (each doctor one title) ----------
const H = {
  CC3: { id: 'H22010001', region: '220100', level: 3 },  // 长春 三级综合/创伤中心
  CC2: { id: 'H22010007', region: '220100', level: 2 },  // 长春 民营骨科医院 (二级)
  NA2: { id: 'H22012201', region: '220122', level: 2 },  // 农安县人民医院
  CC1: { id: 'H22010031', region: '220100', level: 1 },  // 社区卫生服务中心
  HB3: { id: 'H23010002', region: '230100', level: 3 },  // 哈尔滨 三级
  QQ2: { id: 'H23020005', region: '230200', level: 2 },  // 齐齐哈尔 二级
  HB1: { id: 'H23010040', region: '230100', level: 1 },
  JN3: { id: 'H37010003', region: '370100', level: 3 },  // 济南 三级 创伤中心
  JN2: { id: 'H37010008', region: '370100', level: 2 },  // 济南 民营骨科 二级
  QD3: { id: 'H37020004', region: '370200', level: 3 },  // 青岛 三级
  PY1: { id: 'H37012401', region: '370124', level: 1 },  // 平阴县 乡镇卫生院
  MY3: { id: 'H51070002', region: '510700', level: 3 },  // 绵阳 三级
  NC2: { id: 'H51130006', region: '511300', level: 2 },  // 南充 二级 (县级)
  NC1: { id: 'H51130033', region: '511300', level: 1 },
};
const PHARMACIES = { '220100': 'P22010090', '230100': 'P23010090', '370100': 'P37010090', '510700': 'P51070090', '511300': 'P51130090', '370200': 'P37020090', '230200': 'P23020090', '220122': 'P22012290', '370124': 'P37012490' };
const DEPTS = ['orthopedics', 'emergency', 'neurosurgery', 'rehabilitation', 'burns', 'general_surgery', 'thoracic_surgery', 'icu', 'general_medicine'];
const TITLES = ['resident', 'attending', 'associate_chief', 'chief'];
const DOCS = {};
function doctors(hk, dept) {
  const k = hk + ':' + dept; if (DOCS[k]) return DOCS[k];
  const base = (Object.keys(H).indexOf(hk) + 1) * 100 + DEPTS.indexOf(dept) * 10;
  return (DOCS[k] = [0, 1, 2, 3].map(i => ({ id: 'D' + String(base + i).padStart(4, '0'), title: TITLES[i] })));
}
const doc = (hk, dept, minTitle) => pick(doctors(hk, dept).filter((d, i) => i >= (minTitle || 0)));

// ---------- dates ----------
const D0 = Date.UTC(2025, 0, 1);
const iso = (n) => new Date(D0 + n * 86400000).toISOString().slice(0, 10);
const dn = (s) => Math.round((Date.parse(s) - D0) / 86400000);

// ---------- members ----------
let memberSeq = 0;
function member(o) {
  o = o || {};
  memberSeq++;
  const age = o.age != null ? o.age : ri(25, 60);
  const g = o.gender || (rnd() < 0.55 ? 'M' : 'F');
  const by = 2025 - age; const bd = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const ins = o.ins || (age >= 18 && age < 60 && rnd() < 0.65 ? 'employee' : (age >= 60 && rnd() < 0.5 ? 'employee' : 'resident'));
  const retired = ins === 'employee' && ((g === 'M' && age >= 60) || (g === 'F' && age >= 55));
  return {
    insuredId: 'P68' + String(memberSeq).padStart(5, '0'), gender: g, birthDate: bd, retired, ins, age,
    enrollment: { enrolledOn: '2015-01-01', inConcentratedPeriod: true, continuousYears: ri(5, 10), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: ins === 'employee' ? Math.max(1, Math.min(age - 20, 35)) : 0, special: null },
  };
}

// ---------- claim builder ----------
let claimSeq = 0; const CLAIMS = [];
function lineFor(name, qty, day, level, f) {
  const r = row(name);
  const capFen = Math.round(r.priceCap[String(level)] * 100);
  const fac = f == null ? (0.9 + 0.1 * rnd()) : f;
  const unitFen = Math.max(1, Math.floor(capFen * fac));
  const code = r.products ? r.products[0] : r.code;
  return { code, name: r.name, category: r.category, date: iso(day), quantity: qty, unitFen, amountFen: unitFen * qty, _row: r };
}
function claim(c) {
  // c: {m, hk, dept, doctor, type, adm, dis | day, dx, px, lines:[[name,qty,day,f]], extra}
  const h = H[c.hk]; claimSeq++;
  const lvl = c.pharmacyId ? 1 : h.level;
  const items = []; let li = 0;
  for (const L of c.lines) { if (!L || !L[1]) continue; const x = lineFor(L[0], L[1], L[2], lvl, L[3]); li++; x.lineId = String(li); items.push(x); }
  let total = 0, self = 0;
  for (const x of items) { total += x.amountFen; const sh = x._row.class === '丙' ? 1 : (x._row.selfPayShare || 0); self += Math.round(x.amountFen * sh); }
  const policy = total - self;
  const prov = (c.insuredRegion || h.region).slice(0, 2);
  const ins = c.m.ins; const ret = c.m.retired;
  let fund;
  if (c.type === 'inpatient') {
    const p = POL[prov][ins]; const ded = Math.round(p.ded[lvl - 1] * 100);
    const ratio = p.ratio[lvl - 1] + (ret && ins === 'employee' ? 0.05 : 0);
    fund = Math.floor(Math.max(0, policy - ded) * ratio);
  } else if (c.type === 'pharmacy') {
    fund = Math.floor(policy * (PHARM[ins] + (ret && ins === 'employee' ? 0.1 : 0)));
  } else {
    fund = Math.floor(policy * (OUTP[ins][lvl - 1] + (ret && ins === 'employee' ? 0.1 : 0)));
  }
  if (ins === 'resident' && c.type !== 'inpatient') fund = Math.min(fund, 15000);
  const yr = '2025';
  const id = `${h.region}-${c.pharmacyId || h.id}-${yr}-${String(680000 + claimSeq).padStart(6, '0')}`;
  const out = {
    claimId: id, region: h.region, insuranceType: ins, visitType: c.type,
    patient: { insuredId: c.m.insuredId, gender: c.m.gender, birthDate: c.m.birthDate, retired: c.m.retired },
    enrollment: c.m.enrollment,
    provider: { hospitalId: c.pharmacyId || h.id, level: lvl, department: c.dept, doctorId: c.doctor.id },
  };
  if (c.type === 'inpatient') { out.admissionDate = iso(c.adm); out.dischargeDate = iso(c.dis); }
  else out.visitDate = iso(c.day);
  out.diagnoses = c.dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  out.procedures = (c.px || []).map(p => ({ code: p[0], date: iso(p[1]) }));
  if (c.type === 'inpatient') out.reportedGroup = { drg: null, dip: null };
  out.items = items.map(x => ({ lineId: x.lineId, code: x.code, name: x.name, category: x.category, date: x.date, quantity: x.quantity, unitPrice: x.unitFen / 100, amount: x.amountFen / 100 }));
  out.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  if (c.admissionRoute) out.admissionRoute = c.admissionRoute;
  if (c.dischargeMode) out.dischargeMode = c.dischargeMode;
  if (c.transferFrom) out.transferFromHospitalId = H[c.transferFrom].id;
  if (c.insuredRegion) out.insuredRegion = c.insuredRegion;
  out._settle = c.type === 'inpatient' ? c.dis : c.day;
  out._lines = {}; for (const x of items) out._lines[x.name] = (out._lines[x.name] || []).concat(x.lineId);
  CLAIMS.push(out);
  return out;
}
const linesOf = (cl, ...names) => [].concat(...names.map(n => cl._lines[n] || []));

// ---------- packages ----------
function dailyStay(adm, dis, o) {
  o = o || {}; const L = [];
  for (let d = adm; d < dis; d++) {
    L.push([o.bed || '普通病房床位费(三人间)', 1, d]);
    L.push([(o.nurse1 && d - adm < o.nurse1) ? 'Ⅰ级护理' : 'Ⅱ级护理', 1, d]);
    L.push(['住院诊查费', 1, d]);
  }
  return L;
}
function admLabs(d, surg) {
  const L = [['血常规(五分类)', 1, d], ['尿常规', 1, d], ['肝功能(全套)', 1, d], ['肾功能(三项)', 1, d], ['电解质(四项)', 1, d], ['凝血四项', 1, d], ['常规心电图检查', 1, d], ['胸部X线摄影(正侧位)', 1, d]];
  if (surg) L.push(['术前八项(感染筛查)', 1, d], ['血型鉴定(ABO+Rh)', 1, d]);
  return L;
}
function ivDays(from, to, n) { const L = []; for (let d = from; d < to; d++) { L.push(['静脉输液(第一组)', 1, d], ['氯化钠注射液', n || 2, d], ['一次性使用输液器', 1, d]); } return L; }
function orif(d, o) {
  o = o || {};
  const L = [['骨折切开复位内固定术', 1, d], ['全身麻醉', o.gaH || 2, d], ['一次性手术衣及铺单包', 1, d], ['可吸收缝线', 2, d], ['一次性电刀笔', 1, d],
    ['接骨板', o.plates || 1, d], ['骨科螺钉', o.screws || 6, d], ['一次性负压引流器', 1, d], ['注射用头孢呋辛钠', 3, d], ['注射用头孢呋辛钠', 3, d + 1], ['氨甲环酸注射液', 2, d]];
  return L;
}
function postOp(from, to) { const L = []; for (let d = from; d < to; d += 2) L.push(['换药(中)', 1, d], ['一次性使用换药包', 1, d]); for (let d = from; d < Math.min(to, from + 10); d++) L.push(['低分子量肝素钙注射液', 1, d]); L.push(['塞来昔布胶囊', Math.min(14, 2 * (to - from)), from]); return L; }

// ---------- case registry ----------
const LABELS = [];
const NAMES = {};
function label(kind, code, claims, targets, mutated) {
  const n = LABELS.filter(l => l.code === code).length + 1;
  const l = { caseId: `${code}-${String(n).padStart(2, '0')}`, kind, code, name: NAMES[code] || 'routine', claimIds: claims.map(c => c.claimId), targets: (targets || claims).map(c => c.claimId), mutatedLines: {} };
  if (kind === 'fraud') l.typology = code; else if (kind === 'control') l.control = code;
  if (mutated) for (const [c, ids] of mutated) if (ids.length) l.mutatedLines[c.claimId] = ids.map(String);
  LABELS.push(l);
}
const dayBase = () => ri(20, 280);
const HK3 = ['CC3', 'HB3', 'JN3', 'QD3', 'MY3'];
const HK2 = ['CC2', 'NA2', 'QQ2', 'JN2', 'NC2'];
const HK1 = ['CC1', 'HB1', 'PY1', 'NC1'];
const anyHosp = () => pick(rnd() < 0.5 ? HK3 : HK2);
const sameProvOther = (hk) => { const p = H[hk].region.slice(0, 2); const c = Object.keys(H).filter(k => k !== hk && H[k].region.slice(0, 2) === p && H[k].level >= 2); return c.length ? pick(c) : hk; };

// fracture menu: [dx, external-cause kept separately, px, imaging]
const FRACTURES = [
  { dx: 'S52.500x001', px: '79.3200', site: '桡骨远端' },
  { dx: 'S82.600', px: '79.3600x009', site: '外踝' },
  { dx: 'S42.200x001', px: '79.3100x005', site: '肱骨近端' },
  { dx: 'S82.200x081', px: '79.3600', site: '胫骨干' },
  { dx: 'S92.000', px: '79.3700x013', site: '跟骨' },
  { dx: 'S42.000x021', px: '79.3100', site: '锁骨' },
];
const CLOSED = [{ dx: 'S52.500x001', px: '79.0200', site: '桡骨远端' }, { dx: 'S82.600', px: '79.0603', site: '外踝' }];

// a standard fracture ORIF stay; returns claim
function fractureStay(m, hk, adm, los, fx, cause, o) {
  o = o || {};
  const dis = adm + los; const op = adm + (o.opDay != null ? o.opDay : 1);
  const L = [].concat(dailyStay(adm, dis, { nurse1: 3 }), admLabs(adm, true), [['四肢X线摄影', 1, adm], ['四肢X线摄影', 1, op + 2]], orif(op, o), ivDays(adm, Math.min(dis, op + 3)), postOp(op + 1, dis), o.extra || []);
  if (o.ed) L.push(['急诊诊察费', 1, adm]);
  return claim({ m, hk, dept: 'orthopedics', doctor: o.doctor || doc(hk, 'orthopedics', 1), type: 'inpatient', adm, dis, dx: [fx.dx].concat(o.dx2 || [], cause ? [cause] : []), px: [[fx.px, op]].concat(o.px2 || []), lines: L, admissionRoute: o.route || 'emergency', dischargeMode: o.dmode || 'ordered', transferFrom: o.transferFrom, insuredRegion: o.insuredRegion });
}
function edVisit(m, hk, day, dx, lines, o) {
  o = o || {};
  return claim({ m, hk, dept: 'emergency', doctor: o.doctor || doc(hk, 'emergency', 0), type: 'outpatient', day, dx, lines: [['急诊诊察费', 1, day]].concat(lines), insuredRegion: o.insuredRegion });
}
function opVisit(m, hk, dept, day, dx, lines, o) {
  o = o || {};
  const d = o.doctor || doc(hk, dept, 0);
  const consult = d.title === 'chief' && H[hk].level >= 2 ? '主任医师门诊诊察费' : d.title === 'associate_chief' && H[hk].level >= 2 ? '副主任医师门诊诊察费' : '普通门诊诊察费';
  return claim({ m, hk, dept, doctor: d, type: 'outpatient', day, dx, lines: [[consult, 1, day]].concat(lines), insuredRegion: o.insuredRegion });
}
function pharmacyBuy(m, hk, day, dx, lines) {
  const h = H[hk];
  return claim({ m, hk, dept: 'pharmacy', doctor: { id: 'D9' + h.id.slice(-3) }, type: 'pharmacy', day, dx, lines, pharmacyId: PHARMACIES[h.region] });
}
function woundCare(day) { return [['清创术', 1, day], ['局部浸润麻醉', 1, day], ['盐酸利多卡因注射液', 2, day], ['可吸收缝线', 1, day], ['一次性使用换药包', 1, day], ['医用脱脂纱布', 2, day]]; }

// =====================================================================================
// FRAUD TYPOLOGIES
// =====================================================================================
Object.assign(NAMES, {
  T01: 'traffic injury recorded as a fall at home (交通事故伤按跌倒记账)',
  T02: 'work injury of an employee billed to the fund (工伤转嫁医保)',
  T03: 'same injury stay settled twice (同一外伤重复结算: insurer/employer also paid)',
  T04: 'one fracture split into several admissions (分解住院)',
  T05: 'orthopaedic implants inflated or billed twice (内植物虚增/重复计费)',
  T06: 'phantom or low-standard trauma stay (伪造外伤/挂床住院)',
  T07: 'rehabilitation stretched after a minor injury (康复过度/延长)',
  T08: 'over-investigation of minor trauma (过度检查)',
  T09: 'wound care billed twice or in pieces (重复/分解收费)',
  T10: 'advanced dressings billed on closed injuries (串换/虚记敷料)',
  T11: 'drunken fight injuries concealed as accidents (醉酒斗殴伤)',
  T12: 'impersonation: overlapping injury stay under another member (冒名就医)',
  T13: 'excess analgesics after minor injury (超量开药/倒卖)',
  T14: 'neuro/albumin drugs outside their restriction on trauma stays (超限定支付)',
  T15: 'upcoded injury severity or procedure (高套诊断/手术)',
});

// T01 traffic → fall. Variants: (a) prior ED visit elsewhere coded 交通事故后检查 Z04.100/V89.2, inpatient coded W01; (b) careful: no ED claim, high-energy pattern (multiple fractures + rib/pneumothorax) coded as same-level fall W01 in a young adult.
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(22, 52) }); const hk = pick(HK3.concat(HK2)); const d = dayBase(); const fx = pick(FRACTURES);
  if (i < 9) {
    const ed = edVisit(m, sameProvOther(hk), d, [fx.dx, i % 2 ? 'V89.200x091' : 'Z04.100'], [['四肢X线摄影', 1, d], ['清创术', i % 3 === 0 ? 1 : 0, d], ['医用弹力绷带', 1, d]]);
    const st = fractureStay(m, hk, d + (i % 3 === 2 ? 1 : 0), ri(8, 12), fx, i % 2 ? 'W01.x00' : 'W19.x00');
    label('fraud', 'T01', [ed, st], [st]);
  } else {
    const st = fractureStay(m, hk === 'CC2' || hk === 'JN2' ? 'JN3' : hk, d, ri(10, 14), { dx: 'S82.200x081', px: '79.3600' }, 'W01.x00', { dx2: ['S22.400x021', 'S27.000', 'T07.x00'], px2: [['34.0401', d]], extra: [['胸腔闭式引流术', 1, d], ['胸部CT平扫', 1, d], ['腹部CT平扫', 1, d], ['头颅CT平扫', 1, d]] });
    label('fraud', 'T01', [st]);
  }
}
// T02 work injury: employee, working age, hand/finger crush or fall from height at work; prior 工作事故后检查 Z04.200 or Y96 on the ED claim; inpatient says X59/W19. careful variant: crush injury W23 (机器挤压) of the hand on a weekday, no cause code on the stay.
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(24, 55), ins: 'employee', gender: 'M' }); const hk = pick(HK2.concat(HK3)); const d = dayBase();
  if (i < 10) {
    const fx = pick([{ dx: 'S62.600x011', px: '79.3400x004' }, { dx: 'S92.000', px: '79.3700x013' }, { dx: 'S52.500x001', px: '79.3200' }]);
    const ed = edVisit(m, hk, d, [fx.dx, i % 2 ? 'Z04.200' : 'Y96.x00'], [['四肢X线摄影', 1, d], ['医用弹力绷带', 1, d]]);
    const st = fractureStay(m, hk, d + 1, ri(7, 11), fx, i % 2 ? 'X59.000' : 'W19.x00', { route: 'outpatient' });
    label('fraud', 'T02', [ed, st], [st]);
  } else {
    const st = fractureStay(m, hk, d, ri(7, 10), { dx: 'S62.600x011', px: '79.3400x004' }, 'W23.x00', { dx2: ['S61.000x001'], extra: woundCare(d) });
    label('fraud', 'T02', [st]);
  }
}
// T03 same injury stay settled twice: identical stay resubmitted under a new settlement (e.g. after the insurer/employer paid the first), same hospital, same dates, same items; careful variant: second submission at a sister campus 1 day shifted with 90% of the items.
for (let i = 0; i < 15; i++) {
  const m = member(); const hk = pick(HK3.concat(HK2)); const d = dayBase(); const fx = pick(FRACTURES); const los = ri(7, 12);
  const s1 = fractureStay(m, hk, d, los, fx, 'W01.x00');
  let s2;
  if (i < 10) { const keep = seed; s2 = JSON.parse(JSON.stringify(s1)); claimSeq++; s2.claimId = s1.claimId.replace(/-\d{6}$/, '-' + String(680000 + claimSeq).padStart(6, '0')); s2._settle = s1._settle + ri(20, 60); CLAIMS.push(s2); void keep; }
  else { s2 = fractureStay(m, hk, d + 1, los, fx, 'W01.x00'); s2._settle = s2._settle + ri(15, 40); }
  label('fraud', 'T03', [s1, s2], [s2]);
}
// T04 split admission: first stay = conservative (closed reduction, splint, discharge), readmitted 2–9 days later to the same (or sister) hospital for ORIF of the same fracture.
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(30, 75) }); const hk = pick(HK2.concat(HK3)); const d = dayBase(); const fx = pick(FRACTURES); const los1 = ri(4, 7);
  const L1 = [].concat(dailyStay(d, d + los1), admLabs(d, true), [['四肢X线摄影', 1, d], ['医用弹力绷带', 2, d], ['塞来昔布胶囊', 8, d]], ivDays(d, d + 3));
  const s1 = claim({ m, hk, dept: 'orthopedics', doctor: doc(hk, 'orthopedics', 1), type: 'inpatient', adm: d, dis: d + los1, dx: [fx.dx, 'W01.x00'], px: [], lines: L1, admissionRoute: 'emergency', dischargeMode: 'ordered' });
  const hk2 = i < 10 ? hk : sameProvOther(hk);
  const s2 = fractureStay(m, hk2, d + los1 + ri(2, 9), ri(7, 10), fx, 'W01.x00', { route: 'outpatient' });
  label('fraud', 'T04', [s1, s2], [s2]);
}
// T05 implants inflated or billed twice.
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(20, 70) }); const hk = pick(HK2.concat(HK3)); const d = dayBase();
  const fx = pick([{ dx: 'S52.500x001', px: '79.3200' }, { dx: 'S82.600', px: '79.3600x009' }, { dx: 'S62.600x011', px: '79.3400x004' }]);
  let st, mut;
  if (i < 5) { st = fractureStay(m, hk, d, ri(7, 10), fx, 'W01.x00', { extra: [['接骨板', 1, d + 1], ['骨科螺钉', 6, d + 1]] }); const pl = linesOf(st, '接骨板'), sc = linesOf(st, '骨科螺钉'); mut = [pl[pl.length - 1], sc[sc.length - 1]]; }
  else if (i < 10) { st = fractureStay(m, hk, d, ri(7, 10), fx, 'W01.x00', { plates: 2, screws: 12 }); mut = linesOf(st, '接骨板', '骨科螺钉'); }
  else { st = fractureStay(m, hk, d, ri(7, 10), { dx: 'S72.000x031', px: '81.5201' }, 'W19.x00', { extra: [['人工股骨头假体', 1, d + 1], ['人工股骨头置换术', 1, d + 1]], plates: 1, screws: 4 }); mut = linesOf(st, '接骨板', '骨科螺钉', '骨折切开复位内固定术'); }
  label('fraud', 'T05', [st], [st], [[st, mut]]);
}
// T06 phantom / low-standard trauma stay: contusion or superficial injury, 7–12 days, almost only bed/nursing/consult and a few tablets; careful version adds an X-ray and a few infusion days.
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(35, 78) }); const hk = pick(HK2.concat(HK1)); const d = dayBase(); const los = ri(7, 12);
  const dx = pick(['S30.001', 'S20.200', 'S40.000x001', 'S80.000', 'S00.001']);
  const L = [].concat(dailyStay(d, d + los), [['血常规(五分类)', 1, d], ['双氯芬酸钠缓释片', los, d]], i >= 8 ? [['四肢X线摄影', 1, d], ['腰椎X线摄影', 1, d]].concat(ivDays(d, d + 3)) : []);
  const st = claim({ m, hk, dept: 'orthopedics', doctor: doc(hk, 'orthopedics', 0), type: 'inpatient', adm: d, dis: d + los, dx: [dx, 'W01.x00'], px: [], lines: L, admissionRoute: 'outpatient', dischargeMode: 'ordered' });
  label('fraud', 'T06', [st]);
}
// T07 rehab stretched: after an ankle sprain / minor wrist fracture treated as outpatient, an inpatient rehab stay of 18–28 days with every rehab item twice a day; careful version: a string of 8 outpatient rehab visits at a community centre each billing 康复评定.
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(30, 65) }); const hk = pick(HK2); const d = dayBase();
  const op = opVisit(m, hk, 'orthopedics', d, [pick(['S93.400', 'S52.500x001', 'S13.401'])], [['四肢X线摄影', 1, d], ['医用弹力绷带', 1, d]]);
  if (i < 10) {
    const a = d + ri(20, 40); const los = ri(18, 28); const L = dailyStay(a, a + los);
    for (let x = a; x < a + los; x++) L.push(['运动疗法', 2, x], ['作业疗法', 2, x], ['推拿治疗', 2, x], ['针灸', 2, x]);
    L.push(['康复评定', 1, a], ['康复评定', 1, a + los - 1]);
    const st = claim({ m, hk, dept: 'rehabilitation', doctor: doc(hk, 'rehabilitation', 1), type: 'inpatient', adm: a, dis: a + los, dx: ['Z50.100x001', op.diagnoses[0].code], px: [['93.1100', a]], lines: L, admissionRoute: 'outpatient', dischargeMode: 'ordered' });
    label('fraud', 'T07', [op, st], [st]);
  } else {
    const hk1 = pick(HK1); const vs = [];
    for (let k = 0; k < 8; k++) { const v = d + 14 + k * 3; vs.push(opVisit(m, hk1, 'rehabilitation', v, ['S93.400'], [['康复评定', 1, v], ['运动疗法', 2, v], ['推拿治疗', 2, v], ['针灸', 2, v]])); }
    label('fraud', 'T07', [op].concat(vs), vs, vs.map(v => [v, linesOf(v, '康复评定')]));
  }
}
// T08 over-investigation of minor trauma: scalp laceration / ankle sprain ED visit with head+chest+abdominal CT, MRI, cardiac markers, D-dimer, tumour markers.
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(18, 60) }); const hk = pick(HK2.concat(HK3)); const d = dayBase();
  const dx = i % 2 ? ['S01.001', 'W20.x00'] : ['S93.400', 'W01.x00'];
  const extra = i < 10 ? [['头颅CT平扫', 1, d], ['胸部CT平扫', 1, d], ['腹部CT平扫', 1, d], ['心肌酶谱', 1, d], ['肌钙蛋白I测定', 1, d], ['D-二聚体测定', 1, d], ['肿瘤标志物(CEA)测定', 1, d]]
    : [['胸部CT平扫', 1, d], ['B型钠尿肽(BNP)测定', 1, d], ['降钙素原测定', 1, d]];
  const base = i % 2 ? woundCare(d) : [['四肢X线摄影', 1, d], ['医用弹力绷带', 1, d]];
  const v = edVisit(m, hk, d, dx, base.concat(extra));
  label('fraud', 'T08', [v], [v], [[v, linesOf(v, ...extra.map(e => e[0]))]]);
}
// T09 wound care twice / in pieces: one small finger or scalp wound, 清创术 ×2 plus 换药(小)+换药(中) the same day; careful: dressing changes billed daily for 10 days after a sutured minor wound (two visits a day).
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(8, 70) }); const hk = pick(HK2.concat(HK1)); const d = dayBase();
  if (i < 9) {
    const v = edVisit(m, hk, d, [pick(['S61.000x001', 'S01.001', 'S51.900']), 'W26.900'], [['清创术', 2, d], ['局部浸润麻醉', 2, d], ['盐酸利多卡因注射液', 2, d], ['可吸收缝线', 1, d], ['换药(小)', 1, d], ['换药(中)', 1, d], ['一次性使用换药包', 2, d]]);
    label('fraud', 'T09', [v], [v], [[v, linesOf(v, '清创术', '换药(小)', '换药(中)')]]);
  } else {
    const v0 = edVisit(m, hk, d, ['S61.000x001', 'W26.900'], woundCare(d)); const vs = [];
    for (let k = 1; k <= 5; k++) vs.push(opVisit(m, hk, 'general_surgery', d + k, ['S61.000x001'], [['换药(中)', 2, d + k], ['一次性使用换药包', 2, d + k], ['清创术', 1, d + k]]));
    label('fraud', 'T09', [v0].concat(vs), vs, vs.map(v => [v, linesOf(v, '清创术', '换药(中)')]));
  }
}
// T10 advanced dressings on closed injuries: sprain/contusion visits billing silver / alginate / foam dressings (the cold pack 丙类 swapped to a covered dressing code).
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(18, 70) }); const hk = pick(HK2.concat(HK1, HK3)); const d = dayBase();
  const dr = i < 8 ? '银离子抗菌敷料' : pick(['藻酸盐敷料', '泡沫敷料', '水胶体敷料']);
  const v = opVisit(m, hk, 'orthopedics', d, [pick(['S93.400', 'S80.000', 'S30.001', 'S60.000x001'])], [['四肢X线摄影', 1, d], [dr, i < 8 ? 4 : 3, d], ['医用弹力绷带', 1, d]]);
  label('fraud', 'T10', [v], [v], [[v, linesOf(v, dr)]]);
}
// T11 drunken fight injuries: acute alcohol intoxication plus facial/hand/scalp injury, cause coded as a fall; careful: ED visit for intoxication the night before at another hospital, injury stay next day with no alcohol code.
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(20, 50), gender: 'M' }); const hk = pick(HK2.concat(HK3)); const d = dayBase();
  if (i < 10) {
    const dx = pick(['S02.600', 'S01.001', 'S62.600x011']);
    const L = [].concat(dailyStay(d, d + 5), admLabs(d, false), [['头颅CT平扫', 1, d], ['葡萄糖注射液', 2, d]], woundCare(d), ivDays(d, d + 3));
    const st = claim({ m, hk, dept: dx === 'S02.600' ? 'general_surgery' : 'orthopedics', doctor: doc(hk, dx === 'S02.600' ? 'general_surgery' : 'orthopedics', 1), type: 'inpatient', adm: d, dis: d + 5, dx: [dx, 'F10.001', 'W19.x00'], px: [['86.5902', d]], lines: L, admissionRoute: 'emergency', dischargeMode: 'ordered' });
    label('fraud', 'T11', [st]);
  } else {
    const ed = edVisit(m, sameProvOther(hk), d, ['F10.001', 'S01.001'], [['葡萄糖注射液', 2, d], ['静脉输液(第一组)', 1, d], ['一次性使用输液器', 1, d]]);
    const st = fractureStay(m, hk, d + 1, 7, { dx: 'S62.600x011', px: '79.3400x004' }, 'W01.x00', { route: 'outpatient' });
    label('fraud', 'T11', [ed, st], [st]);
  }
}
// T12 impersonation: an elderly member is in hospital A (medical stay) while a fracture ORIF stay under the same insuredId runs at hospital B with overlapping dates; careful: the overlap is 2–3 days and both are orthopaedic/rehab.
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(62, 80) }); const hkA = pick(HK3); const d = dayBase();
  const losA = ri(9, 14);
  const LA = [].concat(dailyStay(d, d + losA), admLabs(d, false), [['头颅MRI平扫', 1, d + 1], ['颈部血管彩色多普勒超声', 1, d + 1]], ivDays(d, d + losA, 1));
  const sA = claim({ m, hk: hkA, dept: 'general_medicine', doctor: doc(hkA, 'general_medicine', 1), type: 'inpatient', adm: d, dis: d + losA, dx: ['I63.900', 'I10.x00x002'], px: [], lines: LA, admissionRoute: 'outpatient', dischargeMode: 'ordered' });
  const hkB = pick(HK2.filter(k => H[k].region.slice(0, 2) !== H[hkA].region.slice(0, 2)).concat(['CC2']));
  const start = i < 10 ? d + ri(2, 5) : d + losA - ri(2, 3);
  const sB = fractureStay(m, hkB, start, ri(8, 10), pick(FRACTURES), 'W01.x00');
  label('fraud', 'T12', [sA, sB], [sB]);
}
// T13 excess analgesics: minor sprain/contusion visit with 90–120 days of tramadol / celecoxib; careful: three pharmacies within two weeks, each 28–30 days of celecoxib.
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(25, 70) }); const hk = pick(HK2.concat(HK3)); const d = dayBase();
  if (i < 9) {
    const L = [['四肢X线摄影', 1, d], ['盐酸曲马多缓释片', i % 2 ? 180 : 120, d], ['塞来昔布胶囊', i % 2 ? 120 : 180, d]];
    const v = opVisit(m, hk, 'orthopedics', d, [pick(['S93.400', 'S30.001', 'S13.401'])], L);
    label('fraud', 'T13', [v], [v], [[v, linesOf(v, '盐酸曲马多缓释片', '塞来昔布胶囊')]]);
  } else {
    const v0 = opVisit(m, hk, 'orthopedics', d, ['S93.400'], [['四肢X线摄影', 1, d], ['塞来昔布胶囊', 20, d]]);
    const ps = [0, 4, 9].map(k => pharmacyBuy(m, hk, d + 2 + k, ['S93.400'], [['塞来昔布胶囊', 60, d + 2 + k], ['双氯芬酸钠缓释片', 30, d + 2 + k]]));
    label('fraud', 'T13', [v0].concat(ps), ps.slice(1), ps.slice(1).map(p => [p, linesOf(p, '塞来昔布胶囊', '双氯芬酸钠缓释片')]));
  }
}
// T14 restricted drugs outside their scope on trauma stays: citicoline / ganglioside / oxiracetam on limb fracture stays without head or cord injury; albumin on a fracture without burns/shock.
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(30, 80) }); const hk = pick(HK3.concat(['CC2', 'NA2', 'QQ2', 'JN2', 'NC2'])); const d = dayBase(); const fx = pick(FRACTURES);
  const drug = ['胞磷胆碱钠注射液', '单唾液酸四己糖神经节苷脂钠注射液', '奥拉西坦注射液', '人血白蛋白'][i % 4];
  const ex = []; for (let x = d; x < d + 6; x++) ex.push([drug, drug === '人血白蛋白' ? 1 : 2, x]);
  const st = fractureStay(m, hk, d, ri(9, 12), fx, 'W01.x00', { extra: ex, dx2: i >= 10 ? ['S00.001'] : [] });
  label('fraud', 'T14', [st], [st], [[st, linesOf(st, drug)]]);
}
// T15 upcoding: (a) hemiarthroplasty (items: 人工股骨头) coded as total hip replacement 81.5100; (b) concussion with observation-only items coded as acute traumatic subdural haematoma S06.500x004 with craniotomy code 01.3104 but no theatre items.
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(65, 88) }); const d = dayBase();
  if (i < 8) {
    const hk = pick(HK3); const los = ri(9, 13);
    const L = [].concat(dailyStay(d, d + los, { nurse1: 3 }), admLabs(d, true), [['四肢X线摄影', 1, d], ['人工股骨头置换术', 1, d + 2], ['人工股骨头假体', 1, d + 2], ['全身麻醉', 2, d + 2], ['一次性手术衣及铺单包', 1, d + 2], ['可吸收缝线', 2, d + 2], ['注射用头孢呋辛钠', 3, d + 2]], ivDays(d, d + 5), postOp(d + 3, d + los));
    const st = claim({ m, hk, dept: 'orthopedics', doctor: doc(hk, 'orthopedics', 2), type: 'inpatient', adm: d, dis: d + los, dx: ['S72.000x031', 'W19.x00'], px: [['81.5100', d + 2]], lines: L, admissionRoute: 'emergency', dischargeMode: 'ordered' });
    label('fraud', 'T15', [st], [st], [[st, linesOf(st, '人工股骨头置换术', '人工股骨头假体')]]);
  } else {
    const hk = pick(HK3.concat(['NA2', 'QQ2', 'NC2'])); const los = ri(3, 5);
    const L = [].concat(dailyStay(d, d + los), [['头颅CT平扫', 1, d], ['血常规(五分类)', 1, d], ['凝血四项', 1, d]], ivDays(d, d + 2, 1), [['甘露醇注射液', 2, d]]);
    const st = claim({ m, hk, dept: 'neurosurgery', doctor: doc(hk, 'neurosurgery', 1), type: 'inpatient', adm: d, dis: d + los, dx: ['S06.500x004', 'W19.x00'], px: [['01.3104', d]], lines: L, admissionRoute: 'emergency', dischargeMode: 'ordered' });
    label('fraud', 'T15', [st]);
  }
}

// =====================================================================================
// CONTROLS
// =====================================================================================
Object.assign(NAMES, {
  C01: 'elderly true home fall: hip fracture hemiarthroplasty', C02: 'sports injury: meniscus tear arthroscopy',
  C03: 'traffic injury coded honestly, fund pays first (先行支付)', C04: 'self-employed resident injured at own work, no 工伤 cover',
  C05: 'fracture fixation then readmission for implant infection', C06: 'assault victim with facial fracture (third party unknown)',
  C07: 'open fracture staged: debridement/VSD then skin graft', C08: 'dog bite: debridement and follow-up dressings',
  C09: 'polytrauma with several plates and many screws', C10: 'severe TBI with craniotomy and neuro drugs in scope',
  C11: 'elderly minor head injury observed on anticoagulant', C12: 'long inpatient rehab after spinal fracture/TBI',
  C13: 'partial-thickness burns with silver dressings and albumin', C14: 'diabetic leg wound with advanced dressings',
  C15: 'organophosphate poisoning in ICU', C16: 'acute alcohol intoxication alone (no injury)',
  C17: 'post-fracture pain treated in modest monthly amounts', C18: 'county hospital stabilises and transfers to trauma centre',
  C19: 'implant removal a year after ORIF', C20: 'family members injured in the same accident',
  C21: 'two separate wounds debrided the same day', C22: 'osteoporotic vertebral fracture after minor fall',
  C23: 'rib fractures with pneumothorax and chest drain', C24: 'member injured while travelling (异地就医)',
});
for (let i = 0; i < 15; i++) { // C01
  const m = member({ age: ri(72, 90), gender: rnd() < 0.7 ? 'F' : 'M' }); const hk = pick(HK3.concat(['CC2', 'QQ2', 'NC2'])); const d = dayBase(); const los = ri(10, 15);
  const L = [].concat(dailyStay(d, d + los, { nurse1: 3 }), admLabs(d, true), [['四肢X线摄影', 1, d], ['人工股骨头置换术', 1, d + 2], ['人工股骨头假体', 1, d + 2], ['全身麻醉', 2, d + 2], ['一次性手术衣及铺单包', 1, d + 2], ['可吸收缝线', 2, d + 2], ['注射用头孢呋辛钠', 3, d + 2], ['下肢血管彩色多普勒超声', 1, d + 1]], ivDays(d, d + 5), postOp(d + 3, d + los));
  const st = claim({ m, hk, dept: 'orthopedics', doctor: doc(hk, 'orthopedics', 2), type: 'inpatient', adm: d, dis: d + los, dx: ['S72.000x031', 'I10.x00x002', 'W19.x00'], px: [['81.5201', d + 2]], lines: L, admissionRoute: 'emergency', dischargeMode: 'ordered' });
  label('control', 'C01', [st]);
}
for (let i = 0; i < 15; i++) { // C02
  const m = member({ age: ri(18, 40), gender: 'M' }); const hk = pick(HK3); const d = dayBase();
  const op = opVisit(m, hk, 'orthopedics', d, ['S83.200x001'], [['膝关节MRI平扫', 1, d]]);
  const a = d + ri(5, 20); const los = 4;
  const L = [].concat(dailyStay(a, a + los), admLabs(a, true), [['椎管内麻醉', 1, a + 1], ['一次性手术衣及铺单包', 1, a + 1], ['可吸收缝线', 1, a + 1], ['注射用头孢呋辛钠', 2, a + 1], ['医用弹力绷带', 2, a + 1], ['运动疗法', 1, a + 3]], ivDays(a + 1, a + 3));
  const st = claim({ m, hk, dept: 'orthopedics', doctor: doc(hk, 'orthopedics', 2), type: 'inpatient', adm: a, dis: a + los, dx: ['S83.200x001', 'X50.x00'], px: [['80.6x00x011', a + 1]], lines: L, admissionRoute: 'outpatient', dischargeMode: 'ordered' });
  label('control', 'C02', [op, st]);
}
for (let i = 0; i < 15; i++) { // C03 traffic honestly coded, ED then admission same hospital
  const m = member({ age: ri(20, 70) }); const hk = pick(HK3.concat(HK2)); const d = dayBase(); const fx = pick(FRACTURES);
  const ed = edVisit(m, hk, d, [fx.dx, 'V89.200x091'], [['四肢X线摄影', 1, d], ['头颅CT平扫', i % 3 === 0 ? 1 : 0, d]]);
  const st = fractureStay(m, hk, d, ri(8, 12), fx, 'V89.200x091');
  label('control', 'C03', [ed, st]);
}
for (let i = 0; i < 15; i++) { // C04 self-employed resident, work-related, honest Y96
  const m = member({ age: ri(30, 58), ins: 'resident', gender: 'M' }); const hk = pick(HK2.concat(['NC2', 'NA2'])); const d = dayBase();
  const fx = pick([{ dx: 'S62.600x011', px: '79.3400x004' }, { dx: 'S92.000', px: '79.3700x013' }, { dx: 'S52.500x001', px: '79.3200' }]);
  const st = fractureStay(m, hk, d, ri(7, 10), fx, 'W23.x00', { dx2: ['Y96.x00'] });
  label('control', 'C04', [st]);
}
for (let i = 0; i < 15; i++) { // C05 ORIF then infection readmission at 15–40 days
  const m = member({ age: ri(35, 75) }); const hk = pick(HK3); const d = dayBase(); const fx = pick([{ dx: 'S82.200x081', px: '79.3600' }, { dx: 'S92.000', px: '79.3700x013' }]);
  const s1 = fractureStay(m, hk, d, 10, fx, 'W01.x00');
  const a = d + 10 + ri(6, 30); const los = ri(12, 18);
  const L = [].concat(dailyStay(a, a + los, { nurse1: 2 }), admLabs(a, true), [['细菌培养及药敏', 1, a], ['C反应蛋白测定', 1, a], ['降钙素原测定', 1, a], ['清创术', 1, a + 1], ['负压封闭引流术(VSD)', 1, a + 1], ['全身麻醉', 2, a + 1], ['一次性手术衣及铺单包', 1, a + 1], ['清创术', 1, a + 7], ['负压封闭引流术(VSD)', 1, a + 7], ['全身麻醉', 2, a + 7], ['C反应蛋白测定', 1, a + 7]], ivDays(a, a + los));
  for (let x = a; x < a + Math.min(los, 14); x++) L.push(['注射用头孢哌酮钠舒巴坦钠', 2, x]);
  const s2 = claim({ m, hk, dept: 'orthopedics', doctor: doc(hk, 'orthopedics', 2), type: 'inpatient', adm: a, dis: a + los, dx: ['T84.604', fx.dx], px: [['86.2201', a + 1], ['86.0401', a + 1]], lines: L, admissionRoute: 'outpatient', dischargeMode: 'ordered' });
  label('control', 'C05', [s1, s2]);
}
for (let i = 0; i < 15; i++) { // C06 assault victim
  const m = member({ age: ri(20, 60) }); const hk = pick(HK3); const d = dayBase(); const los = ri(6, 9);
  const L = [].concat(dailyStay(d, d + los, { nurse1: 2 }), admLabs(d, true), [['头颅CT平扫', 1, d], ['骨折切开复位内固定术', 1, d + 2], ['全身麻醉', 2, d + 2], ['接骨板', 1, d + 2], ['骨科螺钉', 4, d + 2], ['一次性手术衣及铺单包', 1, d + 2], ['注射用头孢呋辛钠', 3, d + 2]], ivDays(d, d + 4), woundCare(d));
  const st = claim({ m, hk, dept: 'general_surgery', doctor: doc(hk, 'general_surgery', 2), type: 'inpatient', adm: d, dis: d + los, dx: ['S02.600', 'S01.001', 'Y04.x00'], px: [['76.7600', d + 2], ['86.5902', d]], lines: L, admissionRoute: 'emergency', dischargeMode: 'ordered' });
  label('control', 'C06', [st]);
}
for (let i = 0; i < 15; i++) { // C07 open fracture staged
  const m = member({ age: ri(25, 60) }); const hk = pick(HK3); const d = dayBase(); const los1 = ri(8, 11);
  const L1 = [].concat(dailyStay(d, d + los1, { nurse1: 3 }), admLabs(d, true), [['四肢X线摄影', 1, d], ['清创术', 1, d], ['负压封闭引流术(VSD)', 1, d], ['骨折切开复位内固定术', 1, d], ['接骨板', 1, d], ['骨科螺钉', 6, d], ['全身麻醉', 3, d], ['一次性手术衣及铺单包', 1, d], ['负压封闭引流术(VSD)', 1, d + 5]], ivDays(d, d + los1));
  for (let x = d; x < d + 7; x++) L1.push(['注射用头孢呋辛钠', 3, x]);
  const s1 = claim({ m, hk, dept: 'orthopedics', doctor: doc(hk, 'orthopedics', 2), type: 'inpatient', adm: d, dis: d + los1, dx: ['S82.200x081', 'S81.800x011', 'V89.200x091'], px: [['79.3600', d], ['86.2201', d], ['86.0401', d]], lines: L1, admissionRoute: 'emergency', dischargeMode: 'ordered' });
  const a = d + los1 + ri(5, 12); const los2 = ri(7, 10);
  const L2 = [].concat(dailyStay(a, a + los2), admLabs(a, true), [['游离皮片移植术(植皮术)', 1, a + 1], ['全身麻醉', 2, a + 1], ['一次性手术衣及铺单包', 1, a + 1], ['换药(中)', 1, a + 4], ['换药(中)', 1, a + 6]], ivDays(a + 1, a + 3));
  const s2 = claim({ m, hk, dept: 'orthopedics', doctor: doc(hk, 'orthopedics', 2), type: 'inpatient', adm: a, dis: a + los2, dx: ['S81.800x011', 'S82.200x081'], px: [['86.6902', a + 1]], lines: L2, admissionRoute: 'outpatient', dischargeMode: 'ordered' });
  label('control', 'C07', [s1, s2]);
}
for (let i = 0; i < 15; i++) { // C08 dog bite
  const m = member({ age: ri(5, 75) }); const hk = pick(HK2.concat(HK1)); const d = dayBase();
  const v0 = edVisit(m, hk, d, [pick(['S61.000x001', 'S81.800', 'S51.900']), 'W54.x00'], [['清创术', 1, d], ['局部浸润麻醉', 1, d], ['盐酸利多卡因注射液', 1, d], ['一次性使用换药包', 1, d], [m.age >= 12 ? '阿莫西林克拉维酸钾片' : '阿莫西林胶囊', m.age >= 12 ? 15 : 18, d]]);
  const vs = [v0];
  for (const k of [2, 5]) vs.push(opVisit(m, hk, 'general_surgery', d + k, ['S61.000x001'], [['换药(小)', 1, d + k], ['一次性使用换药包', 1, d + k]]));
  label('control', 'C08', vs);
}
for (let i = 0; i < 15; i++) { // C09 polytrauma many implants at a trauma centre
  const m = member({ age: ri(22, 60) }); const hk = pick(HK3); const d = dayBase(); const los = ri(16, 24);
  const L = [].concat(dailyStay(d, d + los, { nurse1: 5 }), admLabs(d, true), [['头颅CT平扫', 1, d], ['胸部CT平扫', 1, d], ['腹部CT平扫', 1, d], ['四肢X线摄影', 2, d], ['交叉配血', 2, d], ['悬浮红细胞(去白细胞)', 4, d], ['静脉输血', 1, d]],
    orif(d + 2, { plates: 1, screws: 8, gaH: 4 }), [['接骨板', 1, d + 2], ['骨科螺钉', 4, d + 2]], orif(d + 7, { plates: 1, screws: 6, gaH: 3 }), ivDays(d, d + 10), postOp(d + 3, d + los));
  const st = claim({ m, hk, dept: 'orthopedics', doctor: doc(hk, 'orthopedics', 3), type: 'inpatient', adm: d, dis: d + los, dx: ['T07.x00', 'S72.100x001', 'S82.200x081', 'S32.500', 'V89.200x091'], px: [['79.3500', d + 2], ['79.3600', d + 7]], lines: L, admissionRoute: 'emergency', dischargeMode: 'ordered' });
  label('control', 'C09', [st]);
}
for (let i = 0; i < 15; i++) { // C10 severe TBI
  const m = member({ age: ri(25, 70) }); const hk = pick(HK3); const d = dayBase(); const los = ri(14, 20);
  const L = [].concat(dailyStay(d + 3, d + los), admLabs(d, true), [['头颅CT平扫', 1, d], ['头颅CT平扫', 1, d + 1], ['头颅CT平扫', 1, d + 6], ['全身麻醉', 3, d], ['一次性手术衣及铺单包', 1, d]], ivDays(d, d + los));
  for (let x = d; x < d + 3; x++) L.push(['监护病房床位费', 1, x], ['重症监护', 24, x], ['住院诊查费', 1, x]);
  for (let x = d; x < d + 5; x++) L.push(['甘露醇注射液', 4, x]);
  for (let x = d + 1; x < d + 11; x++) L.push(['胞磷胆碱钠注射液', 2, x]);
  const st = claim({ m, hk, dept: 'neurosurgery', doctor: doc(hk, 'neurosurgery', 3), type: 'inpatient', adm: d, dis: d + los, dx: ['S06.500x004', 'S02.000', 'V89.200x091'].filter(x => x !== 'S02.000'), px: [['01.3104', d]], lines: L, admissionRoute: 'emergency', dischargeMode: 'ordered' });
  label('control', 'C10', [st]);
}
for (let i = 0; i < 15; i++) { // C11 elderly head injury observation
  const m = member({ age: ri(75, 92) }); const hk = pick(HK3.concat(HK2)); const d = dayBase(); const los = ri(2, 3);
  const L = [].concat(dailyStay(d, d + los), [['急诊诊察费', 1, d], ['头颅CT平扫', 1, d], ['头颅CT平扫', 1, d + 1], ['血常规(五分类)', 1, d], ['凝血四项', 1, d], ['常规心电图检查', 1, d], ['心电监测', 12, d]], woundCare(d));
  const st = claim({ m, hk, dept: 'neurosurgery', doctor: doc(hk, 'neurosurgery', 1), type: 'inpatient', adm: d, dis: d + los, dx: ['S06.000', 'S01.001', 'I48.900', 'W19.x00'], px: [['86.5902', d]], lines: L, admissionRoute: 'emergency', dischargeMode: 'ordered' });
  label('control', 'C11', [st]);
}
for (let i = 0; i < 15; i++) { // C12 long rehab after serious injury (transfer from acute stay)
  const m = member({ age: ri(30, 70) }); const hk = pick(HK3); const d = dayBase();
  const los1 = ri(12, 16);
  const L1 = [].concat(dailyStay(d, d + los1, { nurse1: 4 }), admLabs(d, true), [['腰椎X线摄影', 1, d], ['腰椎MRI平扫', 1, d], ['全身麻醉', 4, d + 1], ['骨科螺钉', 6, d + 1], ['椎间融合器', 1, d + 1], ['一次性手术衣及铺单包', 1, d + 1], ['注射用头孢呋辛钠', 3, d + 1]], ivDays(d, d + 6));
  for (let x = d + 1; x < d + 11; x++) L1.push(['单唾液酸四己糖神经节苷脂钠注射液', 2, x]);
  const s1 = claim({ m, hk, dept: 'orthopedics', doctor: doc(hk, 'orthopedics', 3), type: 'inpatient', adm: d, dis: d + los1, dx: ['S32.000x011', 'S34.100', 'W13.x00'], px: [['03.5301', d + 1]], lines: L1, admissionRoute: 'emergency', dischargeMode: 'transfer' });
  const a = d + los1; const los = ri(24, 30); const L = dailyStay(a, a + los);
  L.push(['康复评定', 1, a], ['康复评定', 1, a + 14], ['康复评定', 1, a + los - 1]);
  for (let x = a; x < a + los; x++) { L.push(['运动疗法', 1, x], ['减重支持系统训练', 1, x]); if ((x - a) % 2 === 0) L.push(['作业疗法', 1, x]); }
  const s2 = claim({ m, hk, dept: 'rehabilitation', doctor: doc(hk, 'rehabilitation', 2), type: 'inpatient', adm: a, dis: a + los, dx: ['Z50.100x001', 'S32.000x011', 'S34.100'], px: [['93.1103', a]], lines: L, admissionRoute: 'transfer', dischargeMode: 'ordered', transferFrom: hk });
  label('control', 'C12', [s1, s2]);
}
for (let i = 0; i < 15; i++) { // C13 burns
  const m = member({ age: ri(18, 65) }); const hk = pick(HK3); const d = dayBase(); const los = ri(14, 21);
  const L = [].concat(dailyStay(d, d + los, { nurse1: 5 }), admLabs(d, true), ivDays(d, d + 7, 4), [['清创术', 1, d]]);
  for (let x = d; x < d + los; x += 2) L.push(['换药(中)', 1, x], ['银离子抗菌敷料', 3, x]);
  for (let x = d + 1; x < d + 5; x++) L.push(['人血白蛋白', 1, x]);
  const st = claim({ m, hk, dept: 'burns', doctor: doc(hk, 'burns', 2), type: 'inpatient', adm: d, dis: d + los, dx: ['T24.200x003', 'T22.200x002', 'T31.100', 'X12.x00'], px: [['86.2201', d]], lines: L, admissionRoute: 'emergency', dischargeMode: 'ordered' });
  label('control', 'C13', [st]);
}
for (let i = 0; i < 15; i++) { // C14 diabetic leg wound, outpatient dressing series
  const m = member({ age: ri(55, 80) }); const hk = pick(HK2.concat(HK3)); const d = dayBase(); const vs = [];
  for (let k = 0; k < 4; k++) { const v = d + k * 4; vs.push(opVisit(m, hk, 'general_surgery', v, ['S81.800', 'E11.900'], [['换药(中)', 1, v], [k % 2 ? '藻酸盐敷料' : '泡沫敷料', 1, v], ['一次性使用换药包', 1, v]].concat(k === 0 ? [['细菌培养及药敏', 1, v], ['血糖监测(快速)', 1, v]] : []))); }
  label('control', 'C14', vs);
}
for (let i = 0; i < 15; i++) { // C15 organophosphate poisoning ICU
  const m = member({ age: ri(30, 75) }); const hk = pick(HK3); const d = dayBase(); const los = ri(7, 12);
  const L = [].concat(admLabs(d, false), [['急诊诊察费', 1, d], ['胃肠减压', 1, d], ['一次性使用胃管', 1, d], ['有创呼吸机辅助呼吸', 20, d + 1], ['一次性气管插管', 1, d], ['一次性呼吸机管路', 1, d]], ivDays(d, d + los, 4), dailyStay(d + 4, d + los));
  for (let x = d; x < d + 4; x++) L.push(['监护病房床位费', 1, x], ['重症监护', 24, x], ['住院诊查费', 1, x], ['血气分析', 0, x], ['肝功能(全套)', x === d ? 0 : 1, x], ['注射用奥美拉唑钠', 2, x]);
  const st = claim({ m, hk, dept: 'icu', doctor: doc(hk, 'icu', 2), type: 'inpatient', adm: d, dis: d + los, dx: ['T60.001', 'J96.000', 'X68.x00'].filter(Boolean), px: [['96.7101', d]], lines: L.filter(l => ROWS[l[0]]), admissionRoute: 'emergency', dischargeMode: 'ordered' });
  label('control', 'C15', [st]);
}
for (let i = 0; i < 15; i++) { // C16 acute alcohol intoxication, no injury
  const m = member({ age: ri(20, 60) }); const hk = pick(HK2.concat(HK3)); const d = dayBase();
  const v = edVisit(m, hk, d, ['F10.001'], [['葡萄糖注射液', 2, d], ['葡萄糖氯化钠注射液', 1, d], ['静脉输液(第一组)', 1, d], ['静脉输液(每增加一组)', 1, d], ['一次性使用输液器', 1, d], ['血糖监测(快速)', 1, d], ['注射用奥美拉唑钠', 0, d]]);
  label('control', 'C16', [v]);
}
for (let i = 0; i < 15; i++) { // C17 post-fracture pain monthly
  const m = member({ age: ri(40, 75) }); const hk = pick(HK2.concat(HK3)); const d = dayBase(); const vs = [];
  for (let k = 0; k < 3; k++) { const v = d + k * 30; vs.push(opVisit(m, hk, 'orthopedics', v, ['S52.500x001'], [['塞来昔布胶囊', 28, v]].concat(k === 0 ? [['四肢X线摄影', 1, v]] : []))); }
  label('control', 'C17', vs);
}
for (let i = 0; i < 15; i++) { // C18 county stabilises then transfers
  const m = member({ age: ri(20, 70) }); const hkA = pick(['NA2', 'QQ2', 'NC2']); const hkB = { NA2: 'CC3', QQ2: 'HB3', NC2: 'MY3' }[hkA]; const d = dayBase();
  const LA = [].concat(dailyStay(d, d + 1), [['急诊诊察费', 1, d], ['头颅CT平扫', 1, d], ['胸部CT平扫', 1, d], ['腹部CT平扫', 1, d], ['血常规(五分类)', 1, d], ['血型鉴定(ABO+Rh)', 1, d], ['交叉配血', 1, d], ['复方氯化钠注射液', 3, d], ['静脉输液(第一组)', 1, d], ['一次性使用输液器', 1, d]]);
  const sA = claim({ m, hk: hkA, dept: 'emergency', doctor: doc(hkA, 'emergency', 1), type: 'inpatient', adm: d, dis: d + 1, dx: ['S36.002', 'V89.200x091'], px: [], lines: LA, admissionRoute: 'emergency', dischargeMode: 'transfer' });
  const los = ri(9, 13);
  const LB = [].concat(dailyStay(d + 1, d + 1 + los, { nurse1: 4 }), admLabs(d + 1, true), [['腹部CT平扫', 1, d + 1], ['全身麻醉', 3, d + 1], ['一次性手术衣及铺单包', 1, d + 1], ['一次性负压引流器', 1, d + 1], ['悬浮红细胞(去白细胞)', 2, d + 1], ['静脉输血', 1, d + 1]], ivDays(d + 1, d + 8, 3));
  const sB = claim({ m, hk: hkB, dept: 'general_surgery', doctor: doc(hkB, 'general_surgery', 3), type: 'inpatient', adm: d + 1, dis: d + 1 + los, dx: ['S36.002', 'V89.200x091'], px: [['41.5x00', d + 1]], lines: LB, admissionRoute: 'transfer', dischargeMode: 'ordered', transferFrom: hkA });
  label('control', 'C18', [sA, sB]);
}
for (let i = 0; i < 15; i++) { // C19 implant removal after a year
  const m = member({ age: ri(20, 60) }); const hk = pick(HK2.concat(HK3)); const d = ri(10, 80); const fx = pick(FRACTURES);
  const s1 = fractureStay(m, hk, d, ri(8, 11), fx, 'W01.x00');
  const a = d + ri(240, 280); const L = [].concat(dailyStay(a, a + 3), admLabs(a, true), [['四肢X线摄影', 1, a], ['全身麻醉', 1, a + 1], ['一次性手术衣及铺单包', 1, a + 1], ['可吸收缝线', 1, a + 1]]);
  const s2 = claim({ m, hk, dept: 'orthopedics', doctor: doc(hk, 'orthopedics', 1), type: 'inpatient', adm: a, dis: a + 3, dx: ['Z47.001', fx.dx], px: [['78.6000', a + 1]], lines: L, admissionRoute: 'outpatient', dischargeMode: 'ordered' });
  label('control', 'C19', [s1, s2]);
}
for (let i = 0; i < 15; i++) { // C20 family members, same accident, same day
  const hk = pick(HK3.concat(HK2)); const d = dayBase(); const cls = [];
  const m1 = member({ age: ri(30, 50) }); const m2 = member({ age: ri(30, 50) }); const m3 = member({ age: ri(5, 15), ins: 'resident' });
  for (const m of [m1, m2, m3]) cls.push(edVisit(m, hk, d, [pick(['S01.001', 'S61.000x001', 'S13.401', 'S93.400']), 'V89.200x091'], [['四肢X线摄影', 1, d], ['头颅CT平扫', 1, d]].concat(m === m3 ? [] : woundCare(d))));
  label('control', 'C20', cls);
}
for (let i = 0; i < 15; i++) { // C21 two separate wounds same day
  const m = member({ age: ri(10, 70) }); const hk = pick(HK2.concat(HK3)); const d = dayBase();
  const v = edVisit(m, hk, d, ['S01.001', 'S51.900', 'W26.900'], [['清创术', 2, d], ['局部浸润麻醉', 2, d], ['盐酸利多卡因注射液', 3, d], ['可吸收缝线', 2, d], ['一次性使用换药包', 2, d], ['医用脱脂纱布', 3, d]]);
  label('control', 'C21', [v]);
}
for (let i = 0; i < 15; i++) { // C22 osteoporotic vertebral fracture after minor fall (conservative)
  const m = member({ age: ri(68, 88), gender: 'F' }); const hk = pick(HK2.concat(HK3)); const d = dayBase(); const los = ri(7, 10);
  const L = [].concat(dailyStay(d, d + los), admLabs(d, false), [['腰椎X线摄影', 1, d], ['腰椎MRI平扫', H[hk].level >= 2 ? 1 : 0, d + 1], ['骨密度测定(双能X线)', 1, d + 1], ['碳酸钙D3片', los, d], ['骨化三醇软胶囊', los, d], ['塞来昔布胶囊', 2 * los, d]], ivDays(d, d + 3, 1));
  const st = claim({ m, hk, dept: 'orthopedics', doctor: doc(hk, 'orthopedics', 1), type: 'inpatient', adm: d, dis: d + los, dx: ['S32.000x002', 'M81.000', 'W01.x00'], px: [], lines: L, admissionRoute: 'outpatient', dischargeMode: 'ordered' });
  label('control', 'C22', [st]);
}
for (let i = 0; i < 15; i++) { // C23 rib fractures with pneumothorax, chest drain
  const m = member({ age: ri(30, 75) }); const hk = pick(HK3.concat(['NA2', 'QQ2', 'NC2'])); const d = dayBase(); const los = ri(7, 10);
  const L = [].concat(dailyStay(d, d + los, { nurse1: 3 }), admLabs(d, false), [['胸部CT平扫', 1, d], ['胸部CT平扫', 1, d + 5], ['胸腔闭式引流术', 1, d], ['一次性使用引流袋', 1, d], ['吸氧', 12, d], ['吸氧', 12, d + 1], ['一次性使用吸氧管', 1, d]], ivDays(d, d + 4));
  for (let x = d; x < d + 5; x++) L.push(['盐酸氨溴索注射液', 2, x]);
  const st = claim({ m, hk, dept: 'thoracic_surgery', doctor: doc(hk, 'thoracic_surgery', 1), type: 'inpatient', adm: d, dis: d + los, dx: ['S22.400x021', 'S27.000', pick(['W11.x00', 'W01.x00', 'V89.200x091'])], px: [['34.0401', d]], lines: L, admissionRoute: 'emergency', dischargeMode: 'ordered' });
  label('control', 'C23', [st]);
}
for (let i = 0; i < 15; i++) { // C24 异地就医 while travelling
  const m = member({ age: ri(25, 70) }); const hk = pick(['QD3', 'MY3', 'HB3', 'JN3']); const d = dayBase(); const fx = pick(FRACTURES);
  const home = { QD3: '220100', MY3: '370100', HB3: '510700', JN3: '230100' }[hk];
  const st = fractureStay(m, hk, d, ri(7, 11), fx, pick(['W01.x00', 'W10.x00']), { insuredRegion: home });
  label('control', 'C24', [st]);
}

// =====================================================================================
// ROUTINE (100 single claims)
// =====================================================================================
for (let i = 0; i < 100; i++) {
  const k = i % 10; const d = dayBase(); let c;
  if (k === 0) { const m = member(); const hk = pick(HK2.concat(HK1)); c = opVisit(m, hk, 'orthopedics', d, ['S93.400'], [['四肢X线摄影', 1, d], ['医用弹力绷带', 1, d], ['布洛芬缓释胶囊', 12, d]]); }
  else if (k === 1) { const m = member(); const hk = pick(HK2.concat(HK1)); c = edVisit(m, hk, d, ['S61.000x001', 'W26.900'], woundCare(d)); }
  else if (k === 2) { const m = member({ age: ri(45, 80) }); const hk = pick(HK1.concat(HK2)); c = opVisit(m, hk, 'general_medicine', d, ['I10.x00x002'], [['苯磺酸氨氯地平片', 28, d]]); }
  else if (k === 3) { const m = member({ age: ri(18, 60) }); const hk = pick(HK2.concat(HK3)); const los = ri(4, 6); const L = [].concat(dailyStay(d, d + los), admLabs(d, true), [['腹部B超', 1, d], ['腹腔镜下阑尾切除术', 1, d + 1], ['全身麻醉', 2, d + 1], ['一次性腹腔镜穿刺器', 1, d + 1], ['一次性手术衣及铺单包', 1, d + 1], ['注射用头孢呋辛钠', 3, d + 1], ['甲硝唑氯化钠注射液', 2, d + 1]], ivDays(d, d + 3)); c = claim({ m, hk, dept: 'general_surgery', doctor: doc(hk, 'general_surgery', 1), type: 'inpatient', adm: d, dis: d + los, dx: ['K35.800'], px: [['47.0100', d + 1]], lines: L, admissionRoute: 'emergency', dischargeMode: 'ordered' }); }
  else if (k === 4) { const m = member({ age: ri(20, 70) }); const hk = pick(HK3.concat(HK2)); c = fractureStay(m, hk, d, ri(8, 11), pick(FRACTURES), pick(['W01.x00', 'W19.x00', 'W10.x00'])); }
  else if (k === 5) { const m = member({ age: ri(50, 80) }); const hk = pick(HK1.concat(HK2)); c = pharmacyBuy(m, hk, d, ['E11.900'], [['盐酸二甲双胍片', 60, d]]); }
  else if (k === 6) { const m = member({ age: ri(18, 70) }); const hk = pick(HK2.concat(HK1)); c = opVisit(m, hk, 'general_medicine', d, ['J06.900'], [['血常规(五分类)', 1, d], ['对乙酰氨基酚片', 6, d]]); }
  else if (k === 7) { const m = member({ age: ri(20, 70) }); const hk = pick(HK2.concat(HK3)); c = opVisit(m, hk, 'orthopedics', d, ['S52.500x001'], [['四肢X线摄影', 1, d]]); }
  else if (k === 8) { const m = member({ age: ri(40, 85) }); const hk = pick(HK2.concat(HK3)); const los = ri(6, 9); const L = [].concat(dailyStay(d, d + los), admLabs(d, false), [['胸部CT平扫', 1, d], ['C反应蛋白测定', 1, d]], ivDays(d, d + los)); for (let x = d; x < d + los; x++) L.push(['注射用头孢曲松钠', 2, x]); c = claim({ m, hk, dept: 'general_medicine', doctor: doc(hk, 'general_medicine', 1), type: 'inpatient', adm: d, dis: d + los, dx: ['J18.900'], px: [], lines: L, admissionRoute: 'outpatient', dischargeMode: 'ordered' }); }
  else { const m = member({ age: ri(20, 70) }); const hk = pick(HK2.concat(HK1)); c = opVisit(m, hk, 'general_surgery', d, ['S01.001'], [['拆线', 1, d]]); }
  label('routine', 'R00', [c]);
}

// ---------- groups (pass 2) ----------
if (GROUPS && fs.existsSync(GROUPS)) {
  const G = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); const id = g.claimId; const gr = g.grouping || g; if (id) G[id] = gr; }
  for (const c of CLAIMS) if (c.visitType === 'inpatient' && G[c.claimId]) c.reportedGroup = { drg: G[c.claimId].drg || null, dip: G[c.claimId].dip || null };
}

// ---------- write ----------
CLAIMS.sort((a, b) => a._settle - b._settle || (a.claimId < b.claimId ? -1 : 1));
const ids = new Set();
for (const c of CLAIMS) { if (ids.has(c.claimId)) throw new Error('dup id ' + c.claimId); ids.add(c.claimId); }
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map(c => { const o = { ...c }; delete o._settle; delete o._lines; return JSON.stringify(o); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
const cnt = {}; for (const l of LABELS) cnt[l.kind] = (cnt[l.kind] || 0) + 1;
console.error(`blind68: ${CLAIMS.length} claims, cases ${JSON.stringify(cnt)}`);
