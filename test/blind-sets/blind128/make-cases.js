#!/usr/bin/env node
// blind128 — the complicated patient: precision where care is genuinely complex.
// usage: node make-cases.js <outDir> [--catalogue <dir>] [--groups <groups.ndjson>]
'use strict';
const fs = require('fs'), path = require('path');
const argv = process.argv.slice(2);
const OUT = argv[0];
if (!OUT) throw new Error('usage: make-cases.js <outDir> [--catalogue dir] [--groups file]');
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const CAT = opt('--catalogue', '/work/wt/base126/rules/catalogue');
const DRG = '/work/shared/chs-drg-1.1';
const POL = path.join(CAT, '..', 'benefits', 'policies.json');
const GROUPS = opt('--groups', null);

// ---------- data ----------
const rowsByName = {}, rowsByCode = {};
for (const f of fs.readdirSync(CAT).filter(f => f.endsWith('.json'))) {
  const j = JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8'));
  if (!Array.isArray(j.rows)) continue;
  for (const r of j.rows) { rowsByCode[r.code] = r; if (!rowsByName[r.name]) rowsByName[r.name] = r; }
}
const DX = JSON.parse(fs.readFileSync(path.join(DRG, 'diagnoses.json'), 'utf8'));
const PX = JSON.parse(fs.readFileSync(path.join(DRG, 'procedures.json'), 'utf8'));
const policies = JSON.parse(fs.readFileSync(POL, 'utf8'));
const groups = {};
if (GROUPS && fs.existsSync(GROUPS)) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n').filter(Boolean)) { const g = JSON.parse(l); groups[g.claimId] = g.drg; }

// ---------- rng ----------
let seed = 1280128;
function rnd() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = a => a[Math.floor(rnd() * a.length)];

// ---------- dates ----------
const add = (s, n) => { const d = new Date(s + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); };
const diff = (a, b) => Math.round((new Date(b + 'T00:00:00Z') - new Date(a + 'T00:00:00Z')) / 864e5);
const ageAt = (birth, date) => { let a = +date.slice(0, 4) - +birth.slice(0, 4); if (date.slice(5) < birth.slice(5)) a--; return a; };
const rdate = (from = '2025-01-06', to = '2025-10-20') => add(from, ri(0, diff(from, to)));

// ---------- world ----------
const REGIONS = ['510100', '370100', '220100'];
const HOSP = {}; // id -> {id, region, level, kind}
for (const r of REGIONS) {
  const k = r.slice(0, 4);
  const mk = (n, level, kind) => { const id = 'H' + r + n; HOSP[id] = { id, region: r, level, kind }; };
  mk('01', 3, 'public'); mk('02', 2, 'public'); mk('03', 1, 'community'); mk('04', 2, 'private');
  mk('05', 1, 'clinic'); mk('06', 1, 'pharmacy'); mk('07', 1, 'dialysis'); mk('08', 3, 'public');
}
const H = (region, n) => HOSP['H' + region + n];
const DEPTS = { neurology: '11', respiratory: '12', icu: '13', nephrology: '14', oncology: '15', geriatrics: '16', cardiology: '17', orthopaedics: '18', general: '19', obstetrics: '20', paediatrics: '21', palliative: '22', endocrinology: '23', rehabilitation: '24', pharmacy: '25', dermatology: '26', dental: '27', haematology: '28' };
const doctor = (h, dept, n) => 'D' + h.id.slice(1, 3) + h.id.slice(-2) + DEPTS[dept] + String(n != null ? n : ri(1, 3)).padStart(2, '0');

let memberSeq = 0;
function member({ sex, age, ins = 'employee', region, chronic = null, born = null, retired = null }) {
  memberSeq++;
  const birth = born || `${2025 - age}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const a = ageAt(birth, '2025-06-30');
  const ret = ins === 'employee' && (retired != null ? retired : a >= (sex === 'M' ? 60 : 55));
  const contrib = ins === 'employee' ? (ret ? ri(sex === 'M' ? 31 : 26, 42) : Math.max(1, Math.min(a - 20, ri(5, 30)))) : Math.max(0, Math.min(a, ri(3, 15)));
  const enr = { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: Math.max(1, Math.min(a, ri(6, 20))), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: contrib, special: null };
  if (chronic) enr.chronicDiseases = chronic;
  return { id: 'P128' + String(memberSeq).padStart(6, '0'), sex, birth, ins, region, retired: ret, enr };
}

// ---------- claims ----------
const ALL = []; // claim drafts
function rowOf(name) { const r = rowsByName[name]; if (!r) throw new Error('no catalogue row: ' + name); return r; }
function checkDx(c) { if (!DX[c]) throw new Error('diagnosis not in chs-drg: ' + c); }
function checkPx(c) { if (!PX[c]) throw new Error('procedure not in chs-drg: ' + c); }

class Claim {
  constructor(m, h, dept, vt, o = {}) {
    this.m = m; this.h = h; this.dept = dept; this.vt = vt; this.lines = []; this.o = o;
    this.doc = o.doc || doctor(h, dept);
    this.dx = []; this.px = [];
    if (vt === 'inpatient') { this.adm = o.adm; this.dis = o.dis; } else this.date = o.date;
    ALL.push(this);
  }
  diag(...codes) { for (const c of codes) { checkDx(c); this.dx.push(c); } return this; }
  proc(code, date) { checkPx(code); this.px.push({ code, date }); return this; }
  add(name, date, qty, o = {}) {
    if (!(qty > 0)) return this;
    const r = rowOf(name);
    this.lines.push({ r, name, date, qty, fraud: !!o.fraud, lp: !!o.lp });
    return this;
  }
  nights() { return diff(this.adm, this.dis); }
}

// ---------- line checks ----------
function validate(c) {
  const lvl = c.h.level, ip = c.vt === 'inpatient';
  const dxs = c.dx;
  const perDay = {}, dates = {};
  for (const l of c.lines) {
    const r = l.r;
    const k = r.code + '|' + l.date;
    perDay[k] = perDay[k] || { q: 0, fraud: false, r }; perDay[k].q += l.qty; perDay[k].fraud = perDay[k].fraud || l.fraud;
    (dates[r.code] = dates[r.code] || { s: new Set(), q: 0, fraud: false, r }).s.add(l.date); dates[r.code].q += l.qty; dates[r.code].fraud = dates[r.code].fraud || l.fraud;
    if (l.fraud) continue;
    const e = m => { throw new Error(`${c.caseTag}: line ${l.name} ${l.date}: ${m}`); };
    if (!l.date.startsWith('2025')) e('date not 2025');
    if (r.setting === 'inpatient' && !ip) e('inpatient only');
    if (r.setting === 'outpatient' && ip) e('outpatient only');
    if (r.minLevel && lvl < r.minLevel) e('minLevel');
    if (r.gender && r.gender !== c.m.sex) e('gender');
    const age = ageAt(c.m.birth, l.date);
    if (r.ageMin != null && age < r.ageMin) e('ageMin');
    if (r.ageMax != null && age > r.ageMax) e('ageMax');
    if (r.indications && !(r.indicationsFrom && l.date < r.indicationsFrom)) {
      if (!dxs.some(d => r.indications.some(p => d.startsWith(p)))) e('indication');
    }
    if (!r.priceCap || r.priceCap[String(lvl)] == null) e('no price');
    if (ip) {
      if (l.date < c.adm || l.date > c.dis) e('outside stay');
      if ((r.unit === '日' || r.gradedNursing || r.dailyUnit) && r.unit === '日' && l.date >= c.dis) e('day item on discharge day');
    } else if (l.date !== c.date) e('line date differs from visit');
    if (r.excludes) for (const x of r.excludes) if (c.lines.some(o => o.r.code === x && o.date === l.date && !o.fraud)) e('excludes ' + rowsByCode[x].name);
  }
  for (const k in perDay) {
    const p = perDay[k]; if (p.fraud) continue;
    if (p.r.maxPerDay != null && (ip || p.r.category === 'service') && p.q > p.r.maxPerDay) throw new Error(`${c.caseTag}: maxPerDay ${p.r.name} ${k} ${p.q}`);
  }
  for (const k in dates) {
    const d = dates[k]; if (d.fraud) continue;
    if (d.r.maxDays != null) {
      const days = ip ? d.s.size : d.q / (d.r.supplyPerDay || d.r.usualPerDay || 1);
      if (days > d.r.maxDays + 1e-9) throw new Error(`${c.caseTag}: maxDays ${d.r.name} ${days}`);
    }
  }
  if (ip) {
    const nd = new Set(c.lines.filter(l => l.r.gradedNursing && !l.fraud).map(l => l.date));
    if (nd.size > c.nights()) throw new Error(`${c.caseTag}: nursing days over nights`);
  }
}

// ---------- money ----------
const fen = y => Math.round(y * 100);
function provinceOf(region) {
  const p = policies.provinces[region.slice(0, 2)];
  const o = p.regions && p.regions[region];
  if (!o) return p;
  const merge = (a, b) => { if (typeof a !== 'object' || typeof b !== 'object' || !a || !b || Array.isArray(b)) return b; const r = { ...a }; for (const k in b) r[k] = merge(a[k], b[k]); return r; };
  return merge(p, o);
}
const ledger = {};
function settle(c) {
  const P = provinceOf(c.m.region).schemes[c.m.ins][c.vt];
  let total = 0, policy = 0;
  for (const l of c.lines) { total += l.amountF; policy += Math.round(l.amountF * (1 - (l.r.selfPayShare != null ? l.r.selfPayShare : (l.r.class === '丙' ? 1 : 0)))); }
  const lvl = String(c.h.level);
  const ded = typeof P.deductible === 'object' ? P.deductible[lvl] : P.deductible;
  let ratio = P.ratio[lvl] + (c.m.retired && P.retireeRatioBonus ? P.retireeRatioBonus : 0);
  if (P.maxRatio) ratio = Math.min(ratio, P.maxRatio);
  const key = c.m.id + '|' + c.vt;
  const L = ledger[key] = ledger[key] || { ded: 0, fund: {} };
  let dedDue;
  if (c.vt === 'inpatient') dedDue = fen(ded);
  else { dedDue = Math.max(0, fen(ded) - L.ded); }
  const usedDed = Math.min(dedDue, policy);
  if (c.vt !== 'inpatient') L.ded += usedDed;
  let fund = Math.floor((policy - usedDed) * ratio);
  let capGroup = 'all', cap = P.annualFundCap;
  if (c.vt === 'chronic' && P.diseaseCaps) for (const [g, v] of Object.entries(P.diseaseCaps)) if (v.codes.some(x => c.dx[0].startsWith(x))) { capGroup = g; cap = v.annualFundCap; }
  const used = L.fund[capGroup] || 0;
  fund = Math.max(0, Math.min(fund, fen(cap) - used));
  L.fund[capGroup] = used + fund;
  return { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
}

// ---------- stay helpers ----------
// day plan: fn(i, date) -> {bed:'ward'|'icu'|'none', nursing:'1'|'2'|'3'|'special'|'icu'}
function stayBase(c, plan, o = {}) {
  const n = c.nights();
  for (let i = 0; i < n; i++) {
    const d = add(c.adm, i);
    const p = plan ? plan(i, d) : {};
    const fr = o.fraudDays && o.fraudDays.includes(i) ? { fraud: true } : {};
    if (p.skip) continue;
    if (p.bed === 'icu') { c.add('监护病房床位费', d, 1, fr); c.add('重症监护', d, p.icuHours || 24, fr); }
    else { c.add(p.bed === 'double' ? '普通病房床位费(双人间)' : '普通病房床位费(三人间)', d, 1, fr); }
    c.add('住院诊查费', d, 1, fr);
    if (p.bed !== 'icu') c.add({ special: '特级护理', '1': 'Ⅰ级护理', '2': 'Ⅱ级护理', '3': 'Ⅲ级护理' }[p.nursing || '2'], d, 1, p.nursingFraud ? { fraud: true } : fr);
  }
}
const ivDay = (c, d, groups, o = {}) => { c.add('静脉输液(第一组)', d, 1, o); if (groups > 1) c.add('静脉输液(每增加一组)', d, groups - 1, o); c.add('一次性使用输液器', d, Math.min(groups, 3), o); };
const admitLabs = (c, d, extra = []) => { c.add('静脉采血', d, 1); for (const x of ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '凝血四项', '常规心电图检查', ...extra]) c.add(x, d, 1); };
const oral = (c, from, to, drugs, o = {}) => { for (let d = from; d <= to; d = add(d, 1)) for (const [n, q] of drugs) c.add(n, d, q, o); };
function dischargeMeds(c, list, days) { for (const [n, q] of list) c.add(n, c.dis, q * days); }

// ---------- labels ----------
const LABELS = [];
function label(kind, code, name, claims, targets, variant, mutated) {
  LABELS.push({ kind, code, name, claims, targets: targets || claims, variant, mutated: mutated || [] });
}
const fraudLineObjs = c => c.lines.filter(l => l.fraud);

// =====================================================================
// TEMPLATES
// =====================================================================
const region = () => pick(REGIONS);
const oldMember = (o = {}) => member({ sex: o.sex || pick(['M', 'F']), age: o.age || ri(70, 89), ins: o.ins || (rnd() < 0.75 ? 'employee' : 'resident'), region: o.region || region(), chronic: o.chronic, born: o.born });

// Stroke with aspiration pneumonia (real) or coded only (T01) ---------------------------
function strokeStay({ m, h, adm, nights, pneumonia = 'treated', extraDx = [], tail = 0, tailFraud = null, tailCareful = false, mode = 'ordered', route = 'emergency', rehab = true }) {
  const dis = add(adm, nights + tail);
  const c = new Claim(m, h, 'neurology', 'inpatient', { adm, dis });
  c.route = route; c.mode = mode;
  c.diag(pick(['I63.900', 'I63.500', 'I63.502']));
  if (pneumonia !== 'none') c.diag('J69.001');
  c.diag('R13.x00', 'I10.x00', ...extraDx);
  const n = nights + tail;
  stayBase(c, i => ({ nursing: i < 3 ? '1' : '2' }), { fraudDays: tailFraud ? Array.from({ length: tail }, (_, k) => nights + k) : [] });
  admitLabs(c, adm, ['血脂(四项)', '糖化血红蛋白测定', 'D-二聚体测定']);
  c.add('头颅CT平扫', adm, 1).proc('87.0301', adm);
  c.add('头颅MRI平扫', add(adm, 1), 1); c.add('颈部血管彩色多普勒超声', add(adm, 1), 1); c.add('心脏彩色多普勒超声', add(adm, 2), 1);
  c.add('吞咽功能评定', add(adm, 1), 1); c.add('鼻饲管置管', add(adm, 1), 1); c.add('一次性使用胃管', add(adm, 1), 1);
  const feedEnd = add(adm, nights - 1);
  for (let d = add(adm, 2); d <= feedEnd; d = add(d, 1)) { c.add('鼻饲(注食)', d, 4); c.add('肠内营养乳剂(TPF)', d, 2); }
  // DAPT 21 days max (we stop at min(nights,21)), statin
  const dEnd = add(adm, Math.min(nights, 20));
  oral(c, adm, dEnd, [['阿司匹林肠溶片', 1], ['硫酸氢氯吡格雷片', 1], ['阿托伐他汀钙片', 1], ['苯磺酸氨氯地平片', 1]]);
  for (let i = 0; i < Math.min(nights, 14); i++) { const d = add(adm, i); c.add('依达拉奉注射液', d, 2); c.add('氯化钠注射液', d, 2); ivDay(c, d, 2); }
  if (pneumonia === 'treated') {
    const p0 = add(adm, 3);
    c.add('静脉采血', p0, 1); c.add('C反应蛋白测定', p0, 1); c.add('降钙素原测定', p0, 1); c.add('血常规(五分类)', p0, 1);
    c.add('痰细菌培养及鉴定', p0, 1); c.add('血培养及鉴定(需氧/厌氧)', p0, 2); c.add('数字化X线摄影(DR)(胸部)', p0, 1);
    c.add('动脉穿刺(采血)', p0, 1); c.add('血气分析', p0, 1);
    for (let i = 3; i < Math.min(nights, 12); i++) { const d = add(adm, i); c.add('注射用哌拉西林钠他唑巴坦钠', d, 3); c.add('氯化钠注射液', d, 3); c.add('静脉输液(每增加一组)', d, 3); c.add('吸氧', d, i < 8 ? 12 : 0 || 0); c.add('一次性使用吸氧管', d, i < 8 ? 1 : 0); c.add('吸痰护理', d, 4); }
    for (let i = 3; i < Math.min(nights, 10); i++) { const d = add(adm, i); c.add('吸入用布地奈德混悬液', d, 2); c.add('雾化吸入', d, 2); c.add('一次性使用雾化器', d, i === 3 ? 1 : 0); }
    c.add('血常规(五分类)', add(adm, 8), 1); c.add('C反应蛋白测定', add(adm, 8), 1); c.add('静脉采血', add(adm, 8), 1);
    c.add('数字化X线摄影(DR)(胸部)', add(adm, Math.min(nights - 1, 11)), 1);
    c.proc('93.9601', p0);
  } else if (pneumonia === 'token') {
    c.add('C反应蛋白测定', add(adm, 3), 1); c.add('静脉采血', add(adm, 3), 1);
  }
  if (rehab) for (let i = 3; i < nights; i++) { const d = add(adm, i); c.add('吞咽功能障碍训练', d, 1); c.add('运动疗法', d, 1); }
  // tail days: 挂床 (T07) or, for legit long stays, real rehab continues (handled by caller)
  for (let k = 0; k < tail; k++) {
    const d = add(adm, nights + k);
    c.add('苯磺酸氨氯地平片', d, 1, tailFraud ? { fraud: true } : {});
    if (tailCareful) { c.add('血糖监测(快速)', d, 1, { fraud: true }); }
  }
  c.add('血常规(五分类)', add(adm, nights - 1), 1); c.add('肾功能(三项)', add(adm, nights - 1), 1); c.add('静脉采血', add(adm, nights - 1), 1);
  dischargeMeds(c, [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['苯磺酸氨氯地平片', 1]], 14);
  return c;
}

// Multimorbid medical stay: HF with AF, DM, CKD, dementia etc ------------------------------
const COMORB = {
  af: { dx: 'I48.900x004', drugs: [['利伐沙班片', 1]], tests: [] },
  dm: { dx: 'E11.900', drugs: [['盐酸二甲双胍片', 2], ['阿卡波糖片', 3]], tests: ['糖化血红蛋白测定'], glucose: true },
  ckd: { dx: 'N18.300', drugs: [['罗沙司他胶囊', 1], ['碳酸司维拉姆片', 3]], tests: [] },
  dementia: { dx: 'G30.901+F00.9*', drugs: [['盐酸多奈哌齐片', 1], ['盐酸美金刚片', 2]], tests: [] },
  hypothyroid: { dx: 'E03.900', drugs: [['左甲状腺素钠片', 1]], tests: ['甲状腺功能(三项)'] },
  gout: { dx: 'M10.900', drugs: [['非布司他片', 1]], tests: [] },
  copd: { dx: 'J44.800', drugs: [['噻托溴铵粉吸入剂', 0]], tests: [] },
  cad: { dx: 'I25.103', drugs: [['单硝酸异山梨酯缓释片', 1], ['阿托伐他汀钙片', 1]], tests: [] },
  bph: { dx: 'N40.x00', drugs: [['盐酸坦索罗辛缓释胶囊', 1]], tests: [] },
  parkinson: { dx: 'G20.x00', drugs: [['多巴丝肼片', 3]], tests: [] },
};
function hfStay({ m, h, adm, nights, comorb = ['af', 'dm'], mode = 'ordered', route = 'emergency', dept = 'cardiology', principal = 'I50.000', extraDx = [], deathDay = false, transferFrom = null }) {
  const dis = add(adm, nights);
  const c = new Claim(m, h, dept, 'inpatient', { adm, dis });
  c.route = route; c.mode = mode; if (transferFrom) c.transferFrom = transferFrom;
  c.diag(principal, ...(principal.startsWith('I50') ? [] : ['I50.900']), 'I10.x00', ...extraDx);
  for (const k of comorb) { if (m.sex === 'F' && k === 'bph') continue; c.diag(COMORB[k].dx); }
  stayBase(c, i => ({ nursing: i < 2 ? '1' : '2' }));
  admitLabs(c, adm, ['B型钠尿肽(BNP)测定', '肌钙蛋白I测定', 'D-二聚体测定', '血脂(四项)']);
  c.add('数字化X线摄影(DR)(胸部)', adm, 1); c.add('心脏彩色多普勒超声', add(adm, 1), 1);
  for (const k of comorb) for (const t of COMORB[k].tests) c.add(t, add(adm, 1), 1);
  const last = add(adm, nights - 1);
  for (let i = 0; i < Math.min(nights, 5); i++) { const d = add(adm, i); c.add('呋塞米注射液', d, 2); c.add('静脉注射', d, 2); c.add('一次性使用注射器(5ml)', d, 2); }
  for (let i = 0; i < Math.min(nights, 3); i++) { const d = add(adm, i); c.add('吸氧', d, 12); c.add('心电监测', d, 24); c.add('血氧饱和度监测', d, 24); }
  c.add('一次性使用吸氧管', adm, 1); c.add('心电电极片', adm, 5);
  oral(c, add(adm, 1), last, [['沙库巴曲缬沙坦钠片', 2], ['琥珀酸美托洛尔缓释片', 1], ['螺内酯片', 1]]);
  if (!deathDay) for (let d = add(adm, 5); d <= last; d = add(d, 1)) c.add('呋塞米片', d, 2);
  for (const k of comorb) { if (m.sex === 'F' && k === 'bph') continue; for (const [n, q] of COMORB[k].drugs) { if (q === 0) { c.add(n, add(adm, 1), 1); continue; } oral(c, adm, last, [[n, q]]); } if (COMORB[k].glucose) for (let d = adm; d <= last; d = add(d, 1)) c.add('血糖监测(快速)', d, 3); }
  c.add('电解质(四项)', add(adm, 2), 1); c.add('静脉采血', add(adm, 2), 1); c.add('电解质(四项)', last, 1); c.add('肾功能(三项)', last, 1); c.add('静脉采血', last, 1);
  if (!deathDay) dischargeMeds(c, [['沙库巴曲缬沙坦钠片', 2], ['琥珀酸美托洛尔缓释片', 1], ['呋塞米片', 1]], 14);
  return c;
}

// ICU sepsis / respiratory failure with MV, optional CRRT, then step-down ---------------------
function icuStay({ m, h, adm, icuDays, wardDays, crrt = false, mvDays = null, dx = ['A41.900', 'J18.900', 'J96.000', 'R65.101'], extraDx = [], wardNursing = '1', specialWardDays = 0, specialFraud = false, extraIcuDayFraud = false, mode = 'ordered', overlapFraud = false }) {
  const nights = icuDays + wardDays + (extraIcuDayFraud ? 1 : 0);
  const dis = add(adm, nights);
  const c = new Claim(m, h, 'icu', 'inpatient', { adm, dis });
  c.route = 'emergency'; c.mode = mode;
  c.diag(...dx, ...extraDx); if (crrt) c.diag('N17.900');
  const icuN = icuDays + (extraIcuDayFraud ? 1 : 0);
  const mv = mvDays == null ? Math.max(1, icuDays - 1) : mvDays;
  stayBase(c, i => i < icuN ? { bed: 'icu' } : { nursing: (i - icuN) < specialWardDays ? 'special' : wardNursing, nursingFraud: specialFraud && (i - icuN) < specialWardDays }, { fraudDays: extraIcuDayFraud ? [icuDays] : [] });
  admitLabs(c, adm, ['降钙素原测定', 'B型钠尿肽(BNP)测定', '血乳酸测定', 'D-二聚体测定']);
  c.add('血培养及鉴定(需氧/厌氧)', adm, 4); c.add('痰细菌培养及鉴定', adm, 1); c.add('胸部CT平扫', adm, 1);
  c.add('一次性气管插管', adm, 1); c.add('深静脉穿刺置管术', adm, 1); c.proc('96.0400', adm); c.proc(mv * 24 >= 96 ? '96.7200' : '96.7100', adm);
  c.proc('38.9300', adm);
  for (let i = 0; i < icuN; i++) {
    const d = add(adm, i);
    const extra = extraIcuDayFraud && i === icuDays ? { fraud: true } : {};
    if (i < mv) { c.add('有创呼吸机辅助呼吸', d, 24); if (i % 7 === 0) c.add('一次性呼吸机管路', d, 1); c.add('咪达唑仑注射液', d, 4); c.add('枸橼酸芬太尼注射液', d, 4); c.add('吸痰护理', d, 8); }
    else if (overlapFraud && i === mv) { c.add('有创呼吸机辅助呼吸', d, 24, { fraud: true }); c.add('经鼻高流量湿化氧疗', d, 20); }
    else if (!(extraIcuDayFraud && i === icuDays)) { c.add('经鼻高流量湿化氧疗', d, 20); c.add('吸痰护理', d, 4); }
    if (extraIcuDayFraud && i === icuDays) { c.add('经鼻高流量湿化氧疗', d, 20, extra); c.add('吸痰护理', d, 4, extra); c.add('口腔护理', d, 2, extra); continue; }
    c.add('动脉穿刺(采血)', d, i < 3 ? 3 : 2); c.add('血气分析', d, i < 3 ? 3 : 2);
    c.add('口腔护理', d, 2);
    c.add('静脉采血', d, 1); c.add('血常规(五分类)', d, 1); c.add('电解质(四项)', d, 1);
    if (i < 3) c.add('重酒石酸去甲肾上腺素注射液', d, 4);
    c.add('注射用美罗培南', d, 3); c.add('氯化钠注射液', d, 4);
    ivDay(c, d, 4); c.add('输液泵辅助静脉输液', d, 20); c.add('一次性使用精密输液器', d, 2);
    c.add('注射用泮托拉唑钠', d, i < 7 ? 1 : 0);
    c.add('肠内营养乳剂(TPF)', d, i >= 1 ? 2 : 0); c.add('肠内营养泵辅助输注', d, i >= 1 ? 16 : 0);
    c.add('低分子量肝素钙注射液', d, i < 14 && !crrt ? 1 : 0); c.add('皮下注射', d, i < 14 && !crrt ? 1 : 0);
    if (crrt && i < Math.min(icuN, 4)) { c.add('连续性血液净化(CRRT)', d, 20); c.add('血液透析滤过器', d, 1); c.add('一次性使用血液透析管路', d, 1); c.add('肝素钠注射液', d, 2); }
    if (i % 3 === 0 && i > 0) { c.add('肝功能(全套)', d, 1); c.add('肾功能(三项)', d, 1); c.add('降钙素原测定', d, 1); }
  }
  if (crrt) { c.add('血液透析用中心静脉导管(临时)', adm, 1); c.proc('38.9502', adm); c.proc('39.9500', adm); }
  c.add('数字化X线摄影(DR)(胸部)', add(adm, 2), 1); c.add('数字化X线摄影(DR)(胸部)', add(adm, icuDays - 1), 1);
  for (let i = icuN; i < nights; i++) {
    const d = add(adm, i);
    if (i < icuN + 3) { c.add('注射用哌拉西林钠他唑巴坦钠', d, 3); c.add('氯化钠注射液', d, 3); ivDay(c, d, 3); }
    c.add('吸氧', d, i < icuN + 3 ? 12 : 6);
    c.add('运动疗法', d, 1);
    if (i === icuN + 1) { c.add('静脉采血', d, 1); c.add('血常规(五分类)', d, 1); c.add('C反应蛋白测定', d, 1); c.add('肾功能(三项)', d, 1); }
  }
  c.add('一次性使用吸氧管', add(adm, icuN), 1);
  if (mode !== 'death') dischargeMeds(c, [['阿莫西林克拉维酸钾片', 3]], 5);
  return c;
}

// Hip fracture in elderly, hemiarthroplasty, with delirium / DVT complications ---------------
function hipStay({ m, h, adm, nights, delirium = false, dvt = false, tests = [], testsFraud = false, drugs = [], drugsFraud = false, dup = null }) {
  const dis = add(adm, nights);
  const c = new Claim(m, h, 'orthopaedics', 'inpatient', { adm, dis });
  c.route = 'emergency'; c.mode = 'ordered';
  c.diag('S72.000', 'I10.x00', 'E11.900', 'M81.000'.startsWith('M81') && m.sex === 'F' ? 'M81.000' : 'M81.200');
  if (delirium) c.diag('F05.001');
  if (dvt) c.diag('I80.201');
  const op = add(adm, 2);
  stayBase(c, i => ({ nursing: i <= 3 ? '1' : '2' }));
  admitLabs(c, adm, ['术前八项(感染筛查)', '血型鉴定(ABO+Rh)', 'D-二聚体测定', '糖化血红蛋白测定']);
  c.add('数字化X线摄影(DR)(胸部)', adm, 1); c.add('数字化X线摄影(DR)(四肢)', adm, 1); c.add('心脏彩色多普勒超声', add(adm, 1), 1); c.add('下肢血管彩色多普勒超声', add(adm, 1), 1);
  c.add('皮肤牵引术', adm, 1);
  c.add('人工股骨头置换术', op, 1); c.add('人工股骨头假体', op, 1); c.add('骨水泥', op, 2); c.add('全身麻醉', op, 2); c.add('一次性使用麻醉穿刺包', op, 1);
  c.add('丙泊酚中/长链脂肪乳注射液', op, 2); c.add('注射用维库溴铵', op, 2); c.add('枸橼酸芬太尼注射液', op, 2); c.add('一次性手术衣及铺单包', op, 1); c.add('可吸收缝线', op, 3); c.add('一次性电刀笔', op, 1);
  c.add('一次性使用导尿包', op, 1); c.add('导尿', op, 1); c.add('一次性负压引流器', op, 1);
  c.proc('81.5201', op);
  c.add('注射用头孢呋辛钠', op, 2); c.add('注射用头孢呋辛钠', add(op, 1), 3);
  for (let i = 0; i < nights; i++) {
    const d = add(adm, i);
    if (i < 14) { c.add('低分子量肝素钙注射液', d, dvt && i >= 5 ? 2 : 1); c.add('皮下注射', d, dvt && i >= 5 ? 2 : 1); }
    c.add('血糖监测(快速)', d, 3);
    if (i <= 5) { c.add('氯化钠注射液', d, 2); ivDay(c, d, 2); }
    if (i >= 3) c.add('运动疗法', d, 1);
  }
  c.add('数字化X线摄影(DR)(四肢)', add(op, 1), 1); c.add('静脉采血', add(op, 1), 1); c.add('血常规(五分类)', add(op, 1), 1); c.add('电解质(四项)', add(op, 1), 1);
  oral(c, adm, add(adm, nights - 1), [['盐酸二甲双胍片', 2], ['苯磺酸氨氯地平片', 1], ['碳酸钙D3片', 1]]);
  if (delirium) {
    const d0 = add(op, 1);
    c.add('精神科A类量表测查', d0, 1); c.add('院内会诊', d0, 1);
    oral(c, d0, add(d0, 4), [['富马酸喹硫平片', 1]]);
  }
  if (dvt) {
    const d0 = add(adm, 5); c.add('下肢血管彩色多普勒超声', d0, 1); c.add('D-二聚体测定', d0, 1); c.add('静脉采血', d0, 1);
    c.add('利伐沙班片', c.dis, 30);
  }
  for (const t of tests) c.add(t, add(adm, 1), 1, testsFraud ? { fraud: true } : {});
  for (const [n, q, days] of drugs) oral(c, add(adm, 1), add(adm, days), [[n, q]], drugsFraud ? { fraud: true } : {});
  if (dup) dup(c);
  c.add('利伐沙班片', c.dis, 0); c.add('碳酸钙D3片', c.dis, 30);
  return c;
}

// Chemotherapy admission ------------------------------------------------------------------
function chemo({ m, h, adm, regimen, cycle, markers = true, fraud = false, labs = true, nights = 2 }) {
  const dis = add(adm, nights);
  const c = new Claim(m, h, 'oncology', 'inpatient', { adm, dis });
  c.route = 'outpatient'; c.mode = 'ordered';
  const fr = fraud ? { fraud: true } : {};
  c.diag(regimen.z, regimen.dx, ...(regimen.more || []));
  stayBase(c, () => ({ nursing: '2' }), { fraudDays: fraud ? [0, 1, 2, 3, 4].slice(0, nights) : [] });
  if (labs) { c.add('静脉采血', adm, 1, fr); c.add('血常规(五分类)', adm, 1, fr); c.add('肝功能(全套)', adm, 1, fr); c.add('肾功能(三项)', adm, 1, fr); c.add('电解质(四项)', adm, 1, fr); if (cycle === 1) c.add('常规心电图检查', adm, 1, fr); }
  if (markers && (cycle % 2 === 1)) for (const t of regimen.markers) c.add(t, adm, 1, fr);
  const d = add(adm, 1);
  for (const [n, q] of regimen.d1(cycle)) c.add(n, d, q, fr);
  c.add('化疗药物配置', d, regimen.groups, fr); c.add('氯化钠注射液', d, 3, fr); c.add('地塞米松磷酸钠注射液', d, 2, fr);
  c.add('静脉输液(第一组)', d, 1, fr); c.add('静脉输液(每增加一组)', d, 3, fr); c.add('一次性使用输液器', d, 3, fr);
  c.add('经外周静脉置入中心静脉导管维护(PICC维护)', d, 1, fr);
  c.proc('99.2500', d);
  return c;
}
const REGIMENS = {
  pemcis: { z: 'Z51.104', dx: 'C34.900x005', markers: ['肿瘤标志物(CEA)测定', '细胞角蛋白19片段(CYFRA21-1)测定'], groups: 2, interval: 21, d1: () => [['注射用培美曲塞二钠', 2], ['顺铂注射液', 7], ['盐酸帕洛诺司琼注射液', 1]] },
  gemcis: { z: 'Z51.104', dx: 'C34.900x004', markers: ['肿瘤标志物(CEA)测定', '鳞状细胞癌相关抗原(SCC)测定'], groups: 2, interval: 21, weekly: true, d1: () => [['注射用吉西他滨', 8], ['顺铂注射液', 7], ['盐酸帕洛诺司琼注射液', 1]], d8: () => [['注射用吉西他滨', 8], ['盐酸昂丹司琼注射液', 1]] },
  xelox: { z: 'Z51.102', dx: 'C18.900', markers: ['肿瘤标志物(CEA)测定', '糖类抗原19-9(CA19-9)测定'], groups: 1, interval: 21, d1: () => [['注射用奥沙利铂', 2], ['盐酸帕洛诺司琼注射液', 1]], oralCap: true },
  wpac: { z: 'Z51.102', dx: 'C50.900', markers: ['糖类抗原15-3(CA15-3)测定', '肿瘤标志物(CEA)测定'], groups: 1, interval: 7, weekly: true, d1: () => [['紫杉醇注射液', 3], ['盐酸昂丹司琼注射液', 1]] },
};

// Maintenance HD outpatient (chronic) session claim --------------------------------------
function hdSession(m, h, date, o = {}) {
  const c = new Claim(m, h, 'nephrology', 'chronic', { date });
  c.diag('N18.500', 'Z99.201');
  const fr = o.fraud ? { fraud: true } : {};
  c.add('门诊慢特病管理诊查费', date, 1, fr);
  c.add('血液透析', date, 1, fr); c.add('透析器', date, 1, fr); c.add('一次性使用血液透析管路', date, 1, fr); c.add('肝素钠注射液', date, 1, fr);
  if (o.epo) c.add('重组人促红素注射液', date, 3, fr);
  return c;
}

// Outpatient / chronic / pharmacy helpers --------------------------------------------------
const CHRONIC_SETS = {
  htn: { dx: ['I10.x00'], approve: ['I10'], drugs: [['苯磺酸氨氯地平片', 1], ['厄贝沙坦片', 1]] },
  dm: { dx: ['E11.900'], approve: ['E11'], drugs: [['盐酸二甲双胍片', 3], ['阿卡波糖片', 3]] },
  htndm: { dx: ['I10.x00', 'E11.900'], approve: ['I10', 'E11'], drugs: [['苯磺酸氨氯地平片', 1], ['盐酸二甲双胍片', 3], ['阿托伐他汀钙片', 1]] },
  cad: { dx: ['I25.103', 'I10.x00'], approve: ['I25', 'I10'], drugs: [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['琥珀酸美托洛尔缓释片', 1]] },
  copd: { dx: ['J44.800'], approve: ['J44'], drugs: [['噻托溴铵粉吸入剂', 0.035], ['沙美特罗替卡松吸入粉雾剂', 0.0333333]] },
};
function chronicVisit(m, h, date, set, days, o = {}) {
  const S = CHRONIC_SETS[set];
  const c = new Claim(m, h, o.dept || 'general', 'chronic', { date });
  c.diag(...S.dx);
  const fr = o.fraud ? { fraud: true } : {};
  c.add('门诊慢特病管理诊查费', date, 1, o.fraudFee ? fr : {});
  for (const [n, perDay] of S.drugs) { const q = Math.ceil(perDay * days); c.add(n, date, q, { ...fr, lp: days > 30 }); }
  if (o.tests) for (const t of o.tests) c.add(t, date, 1);
  if (o.tests && o.tests.length) c.add('静脉采血', date, 1);
  return c;
}

// =====================================================================
// CASES
// =====================================================================
let caseNo = 0;
function fraudCases(code, name, typology, fn) { for (let i = 0; i < 15; i++) { const variant = i % 3 === 0 ? 'overt' : 'careful'; const r = fn(i, variant); label('fraud', code, name, r.claims, r.targets, variant, r.mutated); } }
function controlCases(code, name, typology, fn) { for (let i = 0; i < 15; i++) { const r = fn(i); label('control', code, name, r.claims, r.claims, 'legit', []); } }
const lvl3 = r => H(r, pick(['01', '08']));

// ----- T01 高套: MCC/CC coded that the bill does not support --------------------------------
fraudCases('T01', '复杂病例高套编码（并发症无诊疗支撑）', '高套', (i, v) => {
  const r = region(); const m = oldMember({ region: r }); const h = lvl3(r);
  let c;
  if (i % 2 === 0) {
    c = strokeStay({ m, h, adm: rdate(), nights: ri(12, 15), pneumonia: v === 'overt' ? 'none' : 'token', extraDx: v === 'overt' ? ['J96.000', 'R65.101'] : ['J96.000'] });
    if (v === 'overt') { c.dx.splice(1, 0, 'J69.001'); }
  } else {
    c = hfStay({ m, h, adm: rdate(), nights: ri(7, 10), comorb: ['dm', 'af'], extraDx: v === 'overt' ? ['J96.000', 'N17.900', 'E87.102'] : [pick(['J96.000', 'N17.900', 'E87.102'])] });
  }
  c.caseTag = 'T01';
  return { claims: [c] };
});

// ----- T02 多记一天ICU/呼吸机 -----------------------------------------------------------------
fraudCases('T02', '多记ICU或机械通气天数', '虚记ICU', (i, v) => {
  const r = region(); const m = oldMember({ region: r }); const h = lvl3(r);
  const c = v === 'overt' ? icuStay({ m, h, adm: rdate(), icuDays: ri(5, 8), wardDays: ri(4, 6), overlapFraud: true })
    : icuStay({ m, h, adm: rdate(), icuDays: ri(5, 8), wardDays: ri(4, 6), extraIcuDayFraud: true });
  c.caseTag = 'T02';
  return { claims: [c] };
});

// ----- T03 drugs matching none of the diagnoses -----------------------------------------------
fraudCases('T03', '多病共存患者加开与诊断无关的药品', '超适应症/无指征用药', (i, v) => {
  const r = region(); const m = oldMember({ region: r, sex: 'F' }); const h = lvl3(r);
  const drugs = v === 'overt' ? [['罗沙司他胶囊', 1, 6], ['盐酸多奈哌齐片', 1, 6], ['沙库巴曲缬沙坦钠片', 2, 6]]
    : [pick([['多巴丝肼片', 3, 7], ['甲巯咪唑片', 2, 7], ['非布司他片', 1, 7]]), ['甲钴胺片', 3, 7]];
  const c = hipStay({ m, h, adm: rdate(), nights: ri(10, 13), drugs, drugsFraud: true });
  c.caseTag = 'T03';
  return { claims: [c] };
});

// ----- T04 tests matching none of the diagnoses -----------------------------------------------
fraudCases('T04', '复杂住院加做与诊断无关的检查', '过度检查', (i, v) => {
  const r = region(); const m = oldMember({ region: r, sex: pick(['M', 'F']) }); const h = lvl3(r);
  const tests = v === 'overt' ? ['肿瘤标志物(CEA)测定', '甲胎蛋白(AFP)测定', '糖类抗原19-9(CA19-9)测定', '神经元特异性烯醇化酶(NSE)测定', '细胞角蛋白19片段(CYFRA21-1)测定', '甲状腺功能(三项)', '乙肝五项定量', '头颅MRI平扫', '腹部CT平扫']
    : pick([['肿瘤标志物(CEA)测定', '糖类抗原19-9(CA19-9)测定'], ['甲状腺功能(三项)', '神经元特异性烯醇化酶(NSE)测定'], ['腹部CT平扫', '甲胎蛋白(AFP)测定']]);
  const c = hipStay({ m, h, adm: rdate(), nights: ri(9, 12), tests, testsFraud: true });
  c.caseTag = 'T04';
  return { claims: [c] };
});

// ----- T05 extra chemotherapy cycle never given -----------------------------------------------
fraudCases('T05', '虚增化疗周期', '虚记化疗', (i, v) => {
  const r = region(); const m = member({ sex: pick(['M', 'F']), age: ri(55, 72), region: r }); const h = lvl3(r);
  const reg = REGIMENS[pick(['pemcis', 'xelox'])];
  let d = rdate('2025-01-06', '2025-04-10'); const claims = []; let ph = null;
  for (let k = 1; k <= 4; k++) {
    const c = chemo({ m, h, adm: d, regimen: reg, cycle: k }); if (reg.oralCap) c.add('卡培他滨片', c.dis, 56); c.caseTag = 'T05'; claims.push(c);
    if (k === 2) { const pd = add(d, v === 'overt' ? 7 : 14); ph = chemo({ m, h, adm: pd, regimen: reg, cycle: 3, fraud: true, markers: v === 'overt', labs: v !== 'overt' }); ph.caseTag = 'T05'; claims.push(ph); }
    d = add(d, 21 + ri(0, 3));
  }
  return { claims, targets: [ph] };
});

// ----- T06 转院/转科 that is one stay split ----------------------------------------------------
fraudCases('T06', '同一住院拆分为“转院/转科”两次结算', '分解住院', (i, v) => {
  const r = region(); const m = oldMember({ region: r }); const h = lvl3(r);
  const a = rdate(); const n1 = ri(6, 8);
  const c1 = hfStay({ m, h, adm: a, nights: n1, comorb: ['dm', 'af'], mode: v === 'overt' ? 'transfer' : 'ordered' });
  const a2 = add(c1.dis, v === 'overt' ? 0 : 1);
  const c2 = hfStay({ m, h, adm: a2, nights: ri(5, 7), comorb: ['dm', 'af'], route: v === 'overt' ? 'transfer' : 'outpatient', dept: v === 'overt' ? 'cardiology' : 'geriatrics', principal: v === 'overt' ? 'I50.000' : 'I11.001', transferFrom: v === 'overt' ? h.id : null });
  c1.caseTag = c2.caseTag = 'T06';
  return { claims: [c1, c2], targets: [c2] };
});

// ----- T07 挂床 at the end of a long stay ------------------------------------------------------
fraudCases('T07', '长期住院末段挂床', '挂床住院', (i, v) => {
  const r = region(); const m = oldMember({ region: r }); const h = lvl3(r);
  const c = strokeStay({ m, h, adm: rdate(), nights: ri(14, 16), tail: v === 'overt' ? ri(8, 10) : ri(4, 6), tailFraud: true, tailCareful: v !== 'overt' });
  c.caseTag = 'T07';
  return { claims: [c] };
});

// ----- T08 duplicated items in a long bill ----------------------------------------------------
fraudCases('T08', '长账单重复收费', '重复收费', (i, v) => {
  const r = region(); const m = oldMember({ region: r }); const h = lvl3(r);
  const dup = c => {
    const d = add(c.adm, 3);
    if (v === 'overt') { c.add('胸部CT平扫', d, 1); c.add('胸部CT平扫', d, 1, { fraud: true }); c.add('心脏彩色多普勒超声', add(c.adm, 1), 1, { fraud: true }); c.add('肝功能(全套)', c.adm, 1, { fraud: true }); c.add('人工股骨头置换术', add(c.adm, 2), 1, { fraud: true }); }
    else { c.add('注射用头孢呋辛钠', add(c.adm, 3), 3, { fraud: true }); c.add('下肢血管彩色多普勒超声', add(c.adm, 1), 1, { fraud: true }); }
  };
  const c = hipStay({ m, h, adm: rdate(), nights: ri(12, 16), dup });
  c.caseTag = 'T08';
  return { claims: [c] };
});

// ----- T09 items dated after death or discharge -----------------------------------------------
fraudCases('T09', '死亡或出院后仍有收费', '虚记费用', (i, v) => {
  const r = region(); const m = oldMember({ region: r, age: ri(80, 92) }); const h = lvl3(r);
  const c = hfStay({ m, h, adm: rdate(), nights: ri(6, 10), comorb: ['dm', 'ckd'], mode: v === 'overt' ? 'death' : 'ordered', deathDay: v === 'overt' });
  const ad = k => add(c.dis, k);
  if (v === 'overt') {
    for (const k of [1, 2]) { c.add('普通病房床位费(三人间)', ad(k - 1), 1, { fraud: true }); c.add('Ⅰ级护理', ad(k - 1), 1, { fraud: true }); c.add('呋塞米注射液', ad(k), 2, { fraud: true }); c.add('静脉注射', ad(k), 2, { fraud: true }); c.add('静脉采血', ad(k), 1, { fraud: true }); c.add('电解质(四项)', ad(k), 1, { fraud: true }); }
  } else {
    c.add('呋塞米注射液', ad(1), 2, { fraud: true }); c.add('静脉注射', ad(1), 2, { fraud: true }); c.add('B型钠尿肽(BNP)测定', ad(1), 1, { fraud: true });
  }
  c.caseTag = 'T09';
  return { claims: [c] };
});

// ----- T10 a complex patient's card used by a relative ----------------------------------------
fraudCases('T10', '失能老人医保卡被亲属冒用', '冒名就医', (i, v) => {
  const r = region(); const m = oldMember({ region: r, age: ri(82, 93), sex: 'F' }); const h = lvl3(r);
  const stay = strokeStay({ m, h, adm: rdate('2025-02-01', '2025-08-31'), nights: ri(14, 18), extraDx: ['G30.901+F00.9*'] });
  stay.caseTag = 'T10-stay';
  const other = H(r, pick(['04', '05']));
  const claims = [stay], targets = [];
  if (v === 'overt') {
    const d = add(stay.adm, ri(4, 10));
    const c = new Claim(m, other, 'orthopaedics', 'outpatient', { date: d }); c.diag('S93.400');
    c.add('普通门诊诊察费', d, 1); c.add('数字化X线摄影(DR)(四肢)', d, 1); c.add('双氯芬酸钠缓释片', d, 14); c.add('小夹板固定术', d, 1);
    const c2 = new Claim(m, H(r, '06'), 'pharmacy', 'pharmacy', { date: add(d, 2) }); c2.diag('S93.400'); c2.add('塞来昔布胶囊', add(d, 2), 20);
    c.caseTag = c2.caseTag = 'T10'; claims.push(c, c2); targets.push(c, c2);
  } else {
    const d = add(stay.dis, ri(10, 40));
    const c = new Claim(m, H(r, '02'), 'dental', 'outpatient', { date: d }); c.diag('K01.100');
    c.add('普通门诊诊察费', d, 1); c.add('曲面体层摄影(全景片)', d, 1); c.add('阻生牙拔除术', d, 1); c.add('口腔局部阻滞麻醉', d, 1); c.add('阿莫西林胶囊', d, 18);
    const d2 = add(d, ri(10, 30));
    const c2 = new Claim(m, H(r, '02'), 'orthopaedics', 'outpatient', { date: d2 }); c2.diag('S83.200x001');
    c2.add('普通门诊诊察费', d2, 1); c2.add('膝关节MRI平扫', d2, 1); c2.add('塞来昔布胶囊', d2, 14);
    c.caseTag = c2.caseTag = 'T10'; claims.push(c, c2); targets.push(c, c2);
  }
  return { claims, targets };
});

// ----- T11 长处方 stockpiling ------------------------------------------------------------------
fraudCases('T11', '长处方重复开药囤药', '超量开药/倒卖', (i, v) => {
  const r = region(); const set = pick(['htndm', 'cad']); const m = oldMember({ region: r, ins: 'employee', chronic: CHRONIC_SETS[set].approve });
  let d = rdate('2025-01-06', '2025-03-31'); const claims = [], targets = [];
  const hs = v === 'overt' ? [H(r, '02'), H(r, '02'), H(r, '02'), H(r, '02')] : [H(r, '02'), H(r, '03'), H(r, '01'), H(r, '03')];
  for (let k = 0; k < 4; k++) {
    const c = chronicVisit(m, hs[k], d, set, 84, { fraud: k > 0, dept: 'general' }); c.caseTag = 'T11'; claims.push(c); if (k > 0) targets.push(c);
    d = add(d, v === 'overt' ? 28 : ri(38, 45));
  }
  return { claims, targets };
});

// ----- T12 costly rare-disease drug outside its 限定支付 ---------------------------------------
fraudCases('T12', '高值罕见病药品超限定支付范围', '超限定支付', (i, v) => {
  const r = region(); const m = oldMember({ region: r }); const h = lvl3(r);
  let c;
  if (v === 'overt') {
    c = hfStay({ m, h, adm: rdate(), nights: ri(8, 11), comorb: ['dm'], principal: 'J44.000', dept: 'respiratory' });
    for (let k = 1; k <= 3; k++) c.add('静注人免疫球蛋白(pH4)', add(c.adm, k), 8, { fraud: true });
  } else {
    c = strokeStay({ m, h, adm: rdate(), nights: ri(13, 16), pneumonia: 'treated', extraDx: ['G61.000'] });
    for (let k = 2; k <= 6; k++) c.add('静注人免疫球蛋白(pH4)', add(c.adm, k), 8, { fraud: true });
  }
  c.caseTag = 'T12';
  return { claims: [c] };
});

// ----- T13 outpatient dialysis billed while the patient is in a stay ---------------------------
fraudCases('T13', '住院期间透析中心另行结算门诊透析', '重复结算/虚记透析', (i, v) => {
  const r = region(); const m = oldMember({ region: r, chronic: ['N18'] }); const h = lvl3(r); const dc = H(r, '07');
  const adm = rdate('2025-03-01', '2025-09-30');
  const claims = [];
  // regular sessions before the stay
  for (const k of [-7, -5, -3]) { const c = hdSession(m, dc, add(adm, k)); c.caseTag = 'T13'; claims.push(c); }
  const stay = hfStay({ m, h, adm, nights: 9, comorb: ['dm'], principal: 'J18.900', dept: 'nephrology', extraDx: ['N18.500', 'Z99.201'] });
  for (const k of [1, 3, 5, 7]) { const d = add(adm, k); stay.add('血液透析', d, 1); stay.add('透析器', d, 1); stay.add('一次性使用血液透析管路', d, 1); stay.add('肝素钠注射液', d, 1); }
  stay.caseTag = 'T13'; claims.push(stay);
  const targets = [];
  const fakeDays = v === 'overt' ? [1, 3, 5] : [2, 6];
  for (const k of fakeDays) { const c = hdSession(m, dc, add(adm, k), { fraud: true }); c.caseTag = 'T13'; claims.push(c); targets.push(c); }
  for (const k of [11, 13]) { const c = hdSession(m, dc, add(adm, k)); c.caseTag = 'T13'; claims.push(c); }
  return { claims, targets };
});

// ----- T14 wound dressings beyond the coded wounds --------------------------------------------
fraudCases('T14', '高值敷料与压疮分期不符', '过度使用耗材', (i, v) => {
  const r = region(); const m = oldMember({ region: r, age: ri(78, 92) }); const h = lvl3(r);
  const c = strokeStay({ m, h, adm: rdate(), nights: ri(14, 18), pneumonia: 'none', extraDx: v === 'overt' ? [] : ['L89.001'] });
  for (let k = 2; k < c.nights(); k++) { const d = add(c.adm, k); c.add('银离子抗菌敷料', d, v === 'overt' ? 4 : 2, { fraud: true }); c.add('泡沫敷料', d, v === 'overt' ? 2 : 1, { fraud: true }); c.add('换药(大)', d, 1, { fraud: true }); }
  c.caseTag = 'T14';
  return { claims: [c] };
});

// ----- T15 特级护理 beyond the patient's condition --------------------------------------------
fraudCases('T15', '护理级别与病情不符（虚记特级护理）', '超标准收费', (i, v) => {
  const r = region(); const m = oldMember({ region: r }); const h = lvl3(r);
  let c;
  if (v === 'overt') {
    const adm = rdate(); const n = ri(10, 14);
    c = new Claim(m, h, 'geriatrics', 'inpatient', { adm, dis: add(adm, n) }); c.route = 'outpatient'; c.mode = 'ordered';
    c.diag('J44.000', 'I10.x00', 'E11.900');
    stayBase(c, () => ({ nursing: 'special', nursingFraud: true }));
    admitLabs(c, adm); c.add('数字化X线摄影(DR)(胸部)', adm, 1); c.add('肺功能检查', add(adm, 3), 1);
    for (let k = 0; k < Math.min(n, 7); k++) { const d = add(adm, k); c.add('注射用头孢呋辛钠', d, 3); c.add('氯化钠注射液', d, 3); ivDay(c, d, 3); c.add('吸入用布地奈德混悬液', d, 2); c.add('雾化吸入', d, 2); }
    oral(c, adm, add(adm, n - 1), [['盐酸二甲双胍片', 3], ['苯磺酸氨氯地平片', 1]]);
    c.add('噻托溴铵粉吸入剂', c.dis, 1);
  } else {
    c = icuStay({ m, h, adm: rdate(), icuDays: ri(4, 6), wardDays: ri(7, 9), wardNursing: '2', specialWardDays: ri(4, 6), specialFraud: true });
  }
  c.caseTag = 'T15';
  return { claims: [c] };
});

// =====================================================================
// CONTROLS
// =====================================================================
controlCases('C01', '卒中后真实吸入性肺炎（抗感染、痰培养、胸片、血气）', 'T01', i => { const r = region(); const m = oldMember({ region: r }); const c = strokeStay({ m, h: lvl3(r), adm: rdate(), nights: ri(12, 16), extraDx: ['E11.900'] }); c.add('生物合成人胰岛素注射液', add(c.adm, 1), 1); c.caseTag = 'C01'; return { claims: [c] }; });
controlCases('C02', '真实呼吸衰竭：有创通气、血气、ICU', 'T01/T02', i => { const r = region(); const m = oldMember({ region: r }); const c = icuStay({ m, h: lvl3(r), adm: rdate(), icuDays: ri(4, 7), wardDays: ri(3, 6), dx: ['J44.000', 'J96.000', 'J15.900'] }); c.caseTag = 'C02'; return { claims: [c] }; });
controlCases('C03', '脓毒症合并AKI：ICU机械通气+CRRT后转普通病房', 'T02/T13', i => { const r = region(); const m = oldMember({ region: r }); const c = icuStay({ m, h: lvl3(r), adm: rdate(), icuDays: ri(6, 9), wardDays: ri(4, 7), crrt: true }); c.caseTag = 'C03'; return { claims: [c] }; });
controlCases('C04', '多病共存老人多药联用且每药均有对应诊断', 'T03', i => { const r = region(); const m = oldMember({ region: r, sex: 'M' }); const c = hfStay({ m, h: lvl3(r), adm: rdate(), nights: ri(8, 11), comorb: ['af', 'dm', 'ckd', 'dementia', 'hypothyroid', 'gout', 'bph'].filter(() => rnd() < 0.8).concat(['af']).filter((x, k, a) => a.indexOf(x) === k), extraDx: [] }); c.caseTag = 'C04'; return { claims: [c] }; });
controlCases('C05', '新发房颤查甲功、心衰查BNP等有指征的检查', 'T04', i => { const r = region(); const m = oldMember({ region: r }); const c = hfStay({ m, h: lvl3(r), adm: rdate(), nights: ri(7, 10), comorb: ['af', 'hypothyroid'], principal: 'I50.000' }); c.add('动态心电图(24小时)', add(c.adm, 2), 1); c.add('甲状腺彩超', add(c.adm, 3), 1); c.caseTag = 'C05'; return { claims: [c] }; });
controlCases('C06', '肺癌/结肠癌按21天周期反复化疗入院', 'T05', i => {
  const r = region(); const m = member({ sex: pick(['M', 'F']), age: ri(52, 74), region: r }); const h = lvl3(r); const reg = REGIMENS[pick(['pemcis', 'xelox'])];
  let d = rdate('2025-01-06', '2025-04-01'); const claims = [];
  for (let k = 1; k <= 6; k++) { const c = chemo({ m, h, adm: d, regimen: reg, cycle: k }); if (reg.oralCap) c.add('卡培他滨片', c.dis, 56); c.caseTag = 'C06'; claims.push(c); d = add(d, 21 + ri(0, 4)); }
  return { claims };
});
controlCases('C07', '周疗/第1、8天方案化疗，入院间隔7天', 'T05', i => {
  const r = region(); const isGem = i % 2 === 0; const m = member({ sex: isGem ? pick(['M', 'F']) : 'F', age: ri(45, 70), region: r }); const h = lvl3(r);
  const reg = REGIMENS[isGem ? 'gemcis' : 'wpac'];
  let d = rdate('2025-01-06', '2025-05-01'); const claims = [];
  if (isGem) for (let cy = 1; cy <= 3; cy++) {
    const c1 = chemo({ m, h, adm: d, regimen: reg, cycle: cy }); c1.caseTag = 'C07'; claims.push(c1);
    const d8 = add(d, 7); const c8 = chemo({ m, h, adm: d8, regimen: { ...reg, d1: reg.d8, groups: 1 }, cycle: 2, nights: 1 }); c8.caseTag = 'C07'; claims.push(c8);
    d = add(d, 21);
  } else for (let k = 1; k <= 8; k++) { const c = chemo({ m, h, adm: d, regimen: reg, cycle: k === 1 ? 1 : 2, nights: 1 }); c.caseTag = 'C07'; claims.push(c); d = add(d, 7); }
  return { claims };
});
controlCases('C08', '二级医院急性心梗上转三级医院行PCI（转院字段齐全）', 'T06', i => {
  const r = region(); const m = oldMember({ region: r, age: ri(62, 80) }); const h2 = H(r, '02'); const h3 = H(r, '01');
  const a = rdate(); const c1 = new Claim(m, h2, 'cardiology', 'inpatient', { adm: a, dis: add(a, 1) }); c1.route = 'emergency'; c1.mode = 'transfer';
  c1.diag('I21.401', 'I10.x00'); stayBase(c1, () => ({ nursing: '1' })); admitLabs(c1, a, ['肌钙蛋白I测定', '心肌酶谱']); c1.add('阿司匹林肠溶片', a, 3); c1.add('替格瑞洛片', a, 2); c1.add('心电监测', a, 24); c1.add('低分子量肝素钙注射液', a, 1); c1.add('皮下注射', a, 1);
  const c2 = new Claim(m, h3, 'cardiology', 'inpatient', { adm: c1.dis, dis: add(c1.dis, ri(5, 7)) }); c2.route = 'transfer'; c2.transferFrom = h2.id; c2.mode = 'ordered';
  c2.diag('I21.401', 'I10.x00'); stayBase(c2, k => ({ nursing: k < 2 ? '1' : '2' }));
  const d = c2.adm; c2.add('肌钙蛋白I测定', d, 1); c2.add('静脉采血', d, 1); c2.add('常规心电图检查', d, 1);
  c2.add('经皮冠状动脉支架置入术', d, 1); c2.add('冠状动脉药物洗脱支架', d, 1); c2.add('冠状动脉球囊扩张导管', d, 1); c2.add('导引导丝', d, 1); c2.add('血管鞘组', d, 1); c2.add('冠脉造影导管', d, 1); c2.add('碘克沙醇注射液', d, 1); c2.add('盐酸利多卡因注射液', d, 1);
  c2.proc('36.0601', d); c2.proc('00.6600', d); c2.proc('88.5500'.length ? '00.4000' : '00.4000', d);
  c2.add('心脏彩色多普勒超声', add(d, 1), 1); oral(c2, d, add(c2.dis, -1), [['阿司匹林肠溶片', 1], ['替格瑞洛片', 2], ['阿托伐他汀钙片', 1], ['琥珀酸美托洛尔缓释片', 1]]);
  dischargeMeds(c2, [['阿司匹林肠溶片', 1], ['替格瑞洛片', 2], ['阿托伐他汀钙片', 1]], 28);
  c1.caseTag = c2.caseTag = 'C08';
  return { claims: [c1, c2] };
});
controlCases('C09', '三级医院急性期后下转二级医院康复（不同机构、转院字段齐全）', 'T06/T07', i => {
  const r = region(); const m = oldMember({ region: r }); const h3 = lvl3(r); const h2 = H(r, pick(['02', '04']));
  const c1 = strokeStay({ m, h: h3, adm: rdate('2025-01-06', '2025-09-01'), nights: ri(10, 13), mode: 'transfer' });
  const n = ri(18, 24); const c2 = new Claim(m, h2, 'rehabilitation', 'inpatient', { adm: c1.dis, dis: add(c1.dis, n) }); c2.route = 'transfer'; c2.transferFrom = c1.h.id; c2.mode = 'ordered';
  c2.diag('I69.300x003', 'R13.x00', 'I10.x00'); stayBase(c2, () => ({ nursing: '2' }));
  c2.add('康复评定', c2.adm, 1); c2.add('吞咽功能评定', c2.adm, 1); c2.add('平衡功能评定', c2.adm, 1); c2.add('静脉采血', c2.adm, 1); c2.add('血常规(五分类)', c2.adm, 1); c2.add('肝功能(全套)', c2.adm, 1); c2.add('肾功能(三项)', c2.adm, 1);
  for (let k = 0; k < n; k++) { const d = add(c2.adm, k); c2.add('运动疗法', d, 2); c2.add('作业疗法', d, 1); c2.add('吞咽功能障碍训练', d, 1); if (k % 2 === 0) c2.add('神经肌肉电刺激治疗', d, 1); c2.add('阿司匹林肠溶片', d, 1); c2.add('阿托伐他汀钙片', d, 1); c2.add('苯磺酸氨氯地平片', d, 1); }
  c2.add('康复评定', add(c2.dis, -1), 1);
  c1.caseTag = c2.caseTag = 'C09';
  return { claims: [c1, c2] };
});
controlCases('C10', '出院两周内因无关新病再入院（心衰出院后髋部骨折）', 'T06', i => {
  const r = region(); const m = oldMember({ region: r, sex: 'F' }); const h = lvl3(r);
  const c1 = hfStay({ m, h, adm: rdate('2025-01-06', '2025-09-01'), nights: ri(7, 9), comorb: ['dm'] });
  const c2 = hipStay({ m, h, adm: add(c1.dis, ri(3, 12)), nights: ri(9, 12) });
  c1.caseTag = c2.caseTag = 'C10';
  return { claims: [c1, c2] };
});
controlCases('C11', '长期住院至最后一天仍有康复与治疗', 'T07', i => {
  const r = region(); const m = oldMember({ region: r }); const c = strokeStay({ m, h: lvl3(r), adm: rdate(), nights: ri(20, 26) });
  for (let k = 14; k < c.nights(); k++) { const d = add(c.adm, k); c.add('作业疗法', d, 1); c.add('言语训练', d, 1); }
  c.caseTag = 'C11'; return { claims: [c] };
});
controlCases('C12', '终末期安宁疗护：每日项目少而持续', 'T07/T09', i => {
  const r = region(); const m = oldMember({ region: r, age: ri(70, 90) }); const h = H(r, pick(['02', '01']));
  const adm = rdate(); const n = ri(10, 20); const death = rnd() < 0.6;
  const c = new Claim(m, h, 'palliative', 'inpatient', { adm, dis: add(adm, n) }); c.route = 'outpatient'; c.mode = death ? 'death' : 'ordered';
  c.diag('Z51.500x003', pick(['C34.900', 'C16.900', 'C25.000', 'C22.000']), 'R64.x00');
  stayBase(c, () => ({ nursing: '1' }));
  c.add('静脉采血', adm, 1); c.add('血常规(五分类)', adm, 1); c.add('肝功能(全套)', adm, 1); c.add('电解质(四项)', adm, 1);
  for (let k = 0; k < n; k++) { const d = add(adm, k); c.add('安宁疗护服务费', d, 1); c.add('口腔护理', d, 2); c.add('防褥疮气垫床', d, 1); c.add('硫酸吗啡缓释片', d, 2); if (k % 3 === 0) c.add('芬太尼透皮贴剂', d, 1); if (k >= n - 4) { c.add('盐酸吗啡注射液', d, 2); c.add('皮下注射', d, 2); c.add('吸痰护理', d, 4); c.add('吸氧', d, 12); } }
  if (death) { c.add('盐酸吗啡注射液', c.dis, 1); c.add('皮下注射', c.dis, 1); c.add('吸氧', c.dis, 6); }
  c.caseTag = 'C12'; return { claims: [c] };
});
controlCases('C13', 'ICU长账单中同日多次的合规项目（床旁血气、连续肌钙蛋白、双套血培养）', 'T08', i => {
  const r = region(); const m = oldMember({ region: r }); const c = icuStay({ m, h: lvl3(r), adm: rdate(), icuDays: ri(5, 8), wardDays: ri(3, 5), dx: ['I21.000', 'R57.000', 'J96.000'] });
  const d = c.adm; c.add('肌钙蛋白I测定', d, 1); c.add('肌钙蛋白I测定', d, 1); c.add('心肌酶谱', d, 1); c.add('肌钙蛋白I测定', add(d, 1), 1);
  c.caseTag = 'C13'; return { claims: [c] };
});
controlCases('C14', '院内死亡：死亡当日抢救用药检查，无床位费', 'T09', i => {
  const r = region(); const m = oldMember({ region: r, age: ri(80, 94) });
  const c = hfStay({ m, h: lvl3(r), adm: rdate(), nights: ri(4, 9), comorb: ['ckd', 'dm'], mode: 'death', deathDay: true, extraDx: ['R57.000'] });
  const d = c.dis; c.add('重酒石酸去甲肾上腺素注射液', d, 4); c.add('静脉输液(第一组)', d, 1); c.add('心电监测', d, 10); c.add('动脉穿刺(采血)', d, 1); c.add('血气分析', d, 1); c.add('常规心电图检查', d, 1);
  c.caseTag = 'C14'; return { claims: [c] };
});
controlCases('C15', '出院当日的出院带药与出院前复查', 'T09', i => {
  const r = region(); const m = oldMember({ region: r }); const c = hfStay({ m, h: lvl3(r), adm: rdate(), nights: ri(7, 10), comorb: ['dm', 'af'] });
  c.add('静脉采血', c.dis, 1); c.add('电解质(四项)', c.dis, 1); c.add('利伐沙班片', c.dis, 28);
  c.caseTag = 'C15'; return { claims: [c] };
});
controlCases('C16', '高龄夫妻同日同院各持本人卡就诊、药品相近', 'T10', i => {
  const r = region(); const yr = ri(1938, 1950); const m1 = member({ sex: 'M', age: 2025 - yr, region: r, chronic: ['I10', 'E11'] }); const m2 = member({ sex: 'F', age: 2025 - yr - ri(0, 3), region: r, chronic: ['I10', 'I25'] });
  const h = H(r, pick(['02', '03'])); const d = rdate(); const doc = doctor(h, 'general', 1);
  const a = chronicVisit(m1, h, d, 'htndm', 28, { tests: ['糖化血红蛋白测定'] }); const b = chronicVisit(m2, h, d, 'cad', 28, {}); a.doc = b.doc = doc;
  const d2 = add(d, 28); const a2 = chronicVisit(m1, h, d2, 'htndm', 28); const b2 = chronicVisit(m2, h, d2, 'cad', 28); a2.doc = b2.doc = doc;
  for (const c of [a, b, a2, b2]) c.caseTag = 'C16';
  return { claims: [a, b, a2, b2] };
});
controlCases('C17', '病情稳定慢病12周长处方按期续方', 'T11', i => {
  const r = region(); const set = pick(['htndm', 'cad', 'htn']); const m = oldMember({ region: r, ins: 'employee', chronic: CHRONIC_SETS[set].approve });
  let d = rdate('2025-01-06', '2025-03-15'); const claims = []; const h = H(r, pick(['02', '03']));
  for (let k = 0; k < 3; k++) { const c = chronicVisit(m, h, d, set, 84, { tests: k === 1 ? ['肝功能(全套)', '肾功能(三项)'] : [] }); c.caseTag = 'C17'; claims.push(c); d = add(d, ri(80, 86)); }
  return { claims };
});
controlCases('C18', '罕见病高值药品在限定支付范围内（重症肌无力危象/GBS/ITP用丙球，血友病A用Ⅷ因子）', 'T12', i => {
  const r = region(); const kind = i % 4; const hAge = ri(8, 40); const m = kind === 3 ? member({ sex: 'M', age: hAge, region: r, ins: hAge < 22 || rnd() < 0.4 ? 'resident' : 'employee' }) : member({ sex: pick(['M', 'F']), age: ri(25, 75), region: r });
  const h = H(r, '01'); const adm = rdate(); const n = ri(7, 12);
  const c = new Claim(m, h, kind >= 2 ? 'haematology' : 'neurology', 'inpatient', { adm, dis: add(adm, n) }); c.route = 'emergency'; c.mode = 'ordered';
  c.diag(['G70.000x002', 'G61.000', 'D69.300', 'D66.x01'][kind]);
  stayBase(c, k => ({ nursing: k < 3 ? '1' : '2' }));
  admitLabs(c, adm);
  if (kind === 0) { c.add('肌电图(EMG)', add(adm, 1), 1); c.add('胸部CT平扫', adm, 1); for (let k = 0; k < 3; k++) { c.add('动脉穿刺(采血)', add(adm, k), 1); c.add('血气分析', add(adm, k), 1); c.add('心电监测', add(adm, k), 24); c.add('血氧饱和度监测', add(adm, k), 24); } }
  if (kind === 1) { c.add('肌电图(EMG)', add(adm, 1), 1); c.add('颈椎MRI平扫', add(adm, 1), 1); }
  if (kind === 2) for (let k = 1; k <= 5; k += 2) { c.add('血常规(五分类)', add(adm, k), 1); c.add('静脉采血', add(adm, k), 1); }
  if (kind < 3) { for (let k = 0; k < 5; k++) { const d = add(adm, k); c.add('静注人免疫球蛋白(pH4)', d, 8); ivDay(c, d, 1); } c.proc('99.1400', adm); }
  else { for (let k = 0; k < 5; k++) { const d = add(adm, k); c.add('注射用人凝血因子Ⅷ', d, 3); c.add('静脉注射', d, 1); } c.add('凝血四项', add(adm, 2), 1); c.add('四肢X线摄影', adm, 1); c.diag('M25.000'); c.proc('99.0601', adm); }
  c.caseTag = 'C18'; return { claims: [c] };
});
controlCases('C19', '维持性血透患者住院期间在院内透析、出院后回透析中心', 'T13', i => {
  const r = region(); const m = oldMember({ region: r, chronic: ['N18'] }); const h = lvl3(r); const dc = H(r, '07');
  const adm = rdate('2025-03-01', '2025-09-30'); const claims = [];
  for (const k of [-7, -5, -3]) { const c = hdSession(m, dc, add(adm, k), { epo: k === -7 }); c.caseTag = 'C19'; claims.push(c); }
  const stay = hfStay({ m, h, adm, nights: 9, comorb: ['dm'], principal: 'J18.900', dept: 'nephrology', extraDx: ['N18.500', 'Z99.201'] });
  for (const k of [1, 3, 5, 7]) { const d = add(adm, k); stay.add('血液透析', d, 1); stay.add('透析器', d, 1); stay.add('一次性使用血液透析管路', d, 1); stay.add('肝素钠注射液', d, 1); }
  stay.proc('39.9500', add(adm, 1)); stay.caseTag = 'C19'; claims.push(stay);
  for (const k of [11, 13, 15]) { const c = hdSession(m, dc, add(adm, k)); c.caseTag = 'C19'; claims.push(c); }
  return { claims };
});
controlCases('C20', 'Ⅲ/Ⅳ期压疮：清创、负压引流、泡沫敷料与营养支持', 'T14', i => {
  const r = region(); const m = oldMember({ region: r, age: ri(78, 92) }); const h = lvl3(r);
  const c = strokeStay({ m, h, adm: rdate(), nights: ri(16, 20), pneumonia: 'none', extraDx: [pick(['L89.201', 'L89.301']), 'E44.000'] });
  const d0 = add(c.adm, 2);
  c.add('清创术', d0, 1); c.proc('86.2201', d0); c.add('细菌培养及药敏', d0, 1); c.add('血清白蛋白测定', d0, 1);
  c.add('负压封闭引流术(VSD)', add(d0, 1), 1); c.add('一次性负压引流敷料套件(VSD)', add(d0, 1), 1);
  c.add('负压封闭引流术(VSD)', add(d0, 6), 1); c.add('一次性负压引流敷料套件(VSD)', add(d0, 6), 1);
  for (let k = 12; k < c.nights(); k += 2) { const d = add(c.adm, k); c.add('泡沫敷料', d, 1); c.add('换药(中)', d, 1); }
  for (let k = 0; k < c.nights(); k++) c.add('防褥疮气垫床', add(c.adm, k), 1);
  c.caseTag = 'C20'; return { claims: [c] };
});
controlCases('C21', '血管活性药与监护下的特级护理（术后不稳定）', 'T15', i => {
  const r = region(); const m = oldMember({ region: r }); const h = lvl3(r);
  const c = hfStay({ m, h, adm: rdate(), nights: ri(8, 11), comorb: ['dm'], principal: 'I21.000', extraDx: ['R57.000'] });
  // first 3 days: unstable on pressors at the bedside with 特级护理 (replace grade for those days)
  c.lines = c.lines.filter(l => !(l.r.gradedNursing && l.date < add(c.adm, 3)) && !(['心电监测', '血氧饱和度监测'].includes(l.name) && l.date < add(c.adm, 3)));
  for (let k = 0; k < 3; k++) { const d = add(c.adm, k); c.add('特级护理', d, 1); c.add('盐酸多巴胺注射液', d, 3); c.add('输液泵辅助静脉输液', d, 24); c.add('无创血压监测', d, 12); c.add('动脉穿刺(采血)', d, 2); c.add('血气分析', d, 2); c.add('血乳酸测定', d, 2); }
  c.caseTag = 'C21'; return { claims: [c] };
});
controlCases('C22', '妊娠合并症：重度子痫前期剖宫产、妊娠期糖尿病胰岛素治疗', 'T01/T03', i => {
  const r = region(); const m = member({ sex: 'F', age: ri(26, 40), region: r }); const h = lvl3(r);
  const adm = rdate(); const n = ri(5, 8); const pe = i % 2 === 0;
  const c = new Claim(m, h, 'obstetrics', 'inpatient', { adm, dis: add(adm, n) }); c.route = 'outpatient'; c.mode = 'ordered';
  c.diag(pe ? 'O14.100x002' : 'O24.400', pe ? 'O24.400' : 'O60.100x002', 'Z37.000');
  stayBase(c, k => ({ nursing: k < 3 ? '1' : '2' }));
  admitLabs(c, adm, ['血型鉴定(ABO+Rh)', '术前八项(感染筛查)']);
  c.add('产科B超', adm, 1);
  for (let k = 0; k < 2; k++) { c.add('胎心监护', add(adm, k), 2); }
  if (pe) { for (let k = 0; k < 3; k++) { const d = add(adm, k); c.add('硝苯地平控释片', d, 1); c.add('无创血压监测', d, 8); c.add('尿常规', d, 1); } c.add('乌拉地尔注射液', adm, 2); c.add('心脏彩色多普勒超声', adm, 1); }
  for (let k = 0; k < n; k++) { c.add('血糖监测(快速)', add(adm, k), 4); if (k < 2) c.add('门冬胰岛素注射液', add(adm, k), 1); }
  const op = add(adm, 2); c.add('剖宫产术', op, 1); c.add('椎管内麻醉', op, 1); c.add('一次性使用麻醉穿刺包', op, 1); c.add('缩宫素注射液', op, 2); c.add('一次性手术衣及铺单包', op, 1); c.add('可吸收缝线', op, 3); c.add('一次性使用导尿包', op, 1); c.add('导尿', op, 1);
  c.proc('74.1x01', op); c.add('注射用头孢呋辛钠', op, 1);
  for (let k = 2; k < Math.min(n, 5); k++) { const d = add(adm, k); c.add('氯化钠注射液', d, 2); ivDay(c, d, 2); }
  c.add('静脉采血', add(op, 1), 1); c.add('血常规(五分类)', add(op, 1), 1);
  c.caseTag = 'C22'; return { claims: [c] };
});
controlCases('C23', '先天性心脏病患儿肺炎合并心衰（BNP、心超、利尿、地高辛）', 'T03/T04', i => {
  const r = region(); const m = member({ sex: pick(['M', 'F']), age: ri(1, 5), ins: 'resident', region: r }); const h = H(r, '01');
  const adm = rdate(); const n = ri(7, 10);
  const c = new Claim(m, h, 'paediatrics', 'inpatient', { adm, dis: add(adm, n) }); c.route = 'emergency'; c.mode = 'ordered';
  c.diag('J18.000', pick(['Q21.000', 'Q21.102']), 'I50.900');
  stayBase(c, k => ({ nursing: k < 3 ? '1' : '2' }));
  c.add('静脉采血', adm, 1); c.add('血常规(五分类)', adm, 1); c.add('C反应蛋白测定', adm, 1); c.add('肝功能(全套)', adm, 1); c.add('电解质(四项)', adm, 1); c.add('B型钠尿肽(BNP)测定', adm, 1);
  c.add('数字化X线摄影(DR)(胸部)', adm, 1); c.add('心脏彩色多普勒超声', add(adm, 1), 1); c.add('常规心电图检查', adm, 1);
  for (let k = 0; k < Math.min(n, 7); k++) { const d = add(adm, k); c.add('注射用头孢呋辛钠', d, 2); c.add('小儿头皮静脉输液', d, 1); c.add('葡萄糖注射液', d, 1); c.add('一次性使用输液器', d, 1); c.add('雾化吸入', d, 2); c.add('吸入用布地奈德混悬液', d, 2); }
  for (let k = 0; k < 3; k++) { const d = add(adm, k); c.add('吸氧', d, 12); c.add('血氧饱和度监测', d, 24); c.add('呋塞米注射液', d, 1); c.add('静脉注射', d, 1); }
  oral(c, add(adm, 1), add(adm, n - 1), [['地高辛片', 1], ['螺内酯片', 1]]);
  c.add('电解质(四项)', add(adm, 3), 1); c.add('静脉采血', add(adm, 3), 1);
  c.caseTag = 'C23'; return { claims: [c] };
});
controlCases('C24', '髋部骨折术后谵妄与下肢深静脉血栓（确诊并治疗）', 'T03/T01', i => {
  const r = region(); const m = oldMember({ region: r, sex: 'F', age: ri(76, 92) });
  const c = hipStay({ m, h: lvl3(r), adm: rdate(), nights: ri(12, 16), delirium: true, dvt: i % 3 !== 2 });
  c.caseTag = 'C24'; return { claims: [c] };
});

// =====================================================================
// ROUTINE
// =====================================================================
for (let i = 0; i < 100; i++) {
  const r = region(); const kind = i % 5; let claims;
  if (kind === 0) { const set = pick(['htn', 'dm', 'htndm', 'cad', 'copd']); const m = oldMember({ region: r, chronic: CHRONIC_SETS[set].approve }); const h = H(r, pick(['02', '03'])); const d = rdate(); claims = [chronicVisit(m, h, d, set, 28, { tests: set.includes('dm') ? ['糖化血红蛋白测定'] : [] }), chronicVisit(m, h, add(d, 28 + ri(0, 3)), set, 28)]; }
  else if (kind === 1) { const m = oldMember({ region: r }); const h = H(r, pick(['02', '03'])); const adm = rdate(); const n = ri(5, 8); const c = new Claim(m, h, 'general', 'inpatient', { adm, dis: add(adm, n) }); c.route = 'outpatient'; c.mode = 'ordered'; c.diag('J18.900', 'I10.x00'); stayBase(c, () => ({ nursing: '2' })); c.add('静脉采血', adm, 1); c.add('血常规(五分类)', adm, 1); c.add('C反应蛋白测定', adm, 1); c.add('肝功能(全套)', adm, 1); c.add('肾功能(三项)', adm, 1); c.add('数字化X线摄影(DR)(胸部)', adm, 1); for (let k = 0; k < Math.min(n, 7); k++) { const d = add(adm, k); c.add('注射用头孢曲松钠', d, 2); c.add('氯化钠注射液', d, 1); ivDay(c, d, 1); } oral(c, adm, add(adm, n - 1), [['苯磺酸氨氯地平片', 1], ['盐酸氨溴索片', 3]]); c.add('血常规(五分类)', add(adm, n - 1), 1); c.add('静脉采血', add(adm, n - 1), 1); claims = [c]; }
  else if (kind === 2) { const m = oldMember({ region: r }); const h = H(r, '06'); const d = rdate(); const c = new Claim(m, h, 'pharmacy', 'pharmacy', { date: d }); c.diag('I10.x00'); c.add('苯磺酸氨氯地平片', d, 28); c.add('阿托伐他汀钙片', d, 28); claims = [c]; }
  else if (kind === 3) { const m = oldMember({ region: r }); const h = H(r, pick(['01', '02'])); const d = rdate(); const c = new Claim(m, h, 'cardiology', 'outpatient', { date: d }); c.diag('I48.900x004', 'I10.x00'); c.add(h.level >= 2 ? '副主任医师门诊诊察费' : '普通门诊诊察费', d, 1); c.add('常规心电图检查', d, 1); c.add('凝血酶原时间测定(PT/INR)', d, 1); c.add('静脉采血', d, 1); c.add('利伐沙班片', d, 28); c.add('琥珀酸美托洛尔缓释片', d, 28); claims = [c]; }
  else { const m = oldMember({ region: r }); const h = lvl3(r); const c = hfStay({ m, h, adm: rdate(), nights: ri(6, 9), comorb: ['dm'], principal: pick(['I50.000', 'I11.001']) }); claims = [c]; }
  for (const c of claims) c.caseTag = 'R';
  label('routine', 'R', '复杂慢病患者日常诊疗', claims, [], 'routine', []);
}

// =====================================================================
// FINALISE
// =====================================================================
ALL.sort((a, b) => { const da = a.vt === 'inpatient' ? a.dis : a.date, db = b.vt === 'inpatient' ? b.dis : b.date; return da < db ? -1 : da > db ? 1 : 0; });
const seqs = {};
const out = [];
for (const c of ALL) {
  c.lines = c.lines.filter(l => l.qty > 0);
  validate(c);
  for (const d of c.dx) checkDx(d);
  seqs.n = (seqs.n || 0) + 1;
  c.id = `${c.h.region}-${c.h.id}-2025-${String(seqs.n).padStart(6, '0')}`;
  c.lines.forEach((l, k) => { l.lineId = String(k + 1); const pf = fen(l.r.priceCap[String(c.h.level)]); l.priceF = pf; l.amountF = pf * l.qty; });
  const amounts = settle(c);
  const claim = {
    claimId: c.id, region: c.h.region, insuranceType: c.m.ins, visitType: c.vt,
    patient: { insuredId: c.m.id, gender: c.m.sex, birthDate: c.m.birth, retired: c.m.retired },
    enrollment: c.m.enr,
    provider: { hospitalId: c.h.id, level: c.h.level, department: c.dept, doctorId: c.doc },
  };
  if (c.vt === 'inpatient') {
    claim.admissionDate = c.adm; claim.dischargeDate = c.dis;
    if (c.route) claim.admissionRoute = c.route;
    if (c.mode) claim.dischargeMode = c.mode;
    if (c.transferFrom) claim.transferFromHospitalId = c.transferFrom;
  } else claim.visitDate = c.date;
  claim.diagnoses = c.dx.map((code, k) => k === 0 ? { code, principal: true } : { code });
  claim.procedures = c.px;
  if (c.vt === 'inpatient') claim.reportedGroup = { drg: groups[c.id] || null, dip: null };
  claim.items = c.lines.map(l => {
    const it = { lineId: l.lineId, code: l.r.category === 'drug' && l.r.products ? l.r.products[0] : l.r.code, name: l.r.name, category: l.r.category, date: l.date, quantity: l.qty, unitPrice: l.priceF / 100, amount: l.amountF / 100 };
    if (l.lp) it.longPrescription = true;
    return it;
  });
  claim.amounts = amounts;
  out.push(claim);
}
const labels = LABELS.map((L, k) => {
  const mutated = {};
  for (const c of L.claims) { const ids = c.lines.filter(l => l.fraud).map(l => l.lineId); if (ids.length && L.kind === 'fraud') mutated[c.id] = ids; }
  return { caseId: 'B128-' + String(k + 1).padStart(4, '0'), kind: L.kind, code: L.code, name: L.name, claimIds: L.claims.map(c => c.id), targets: L.kind === 'routine' ? [] : L.targets.map(c => c.id), mutatedLines: mutated, typology: L.code, variant: L.variant };
});
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.map(c => JSON.stringify(c)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`blind128: ${out.length} claims, ${labels.length} cases`);
