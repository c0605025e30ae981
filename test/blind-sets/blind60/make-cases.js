#!/usr/bin/env node
// blind60: pharmacies and outpatient drug supply. usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed, no dependencies. Money is computed in integer fen and written in yuan (CONTRACTS.md), totals add up.
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || path.join(__dirname, '../base60/rules/catalogue'));
const GROUPS = opt('--groups');

// ---------- seeded random ----------
let seed = 60060060;
function rnd() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue rows ----------
const ROWS = {};
for (const f of ['drugs.json', 'services.json', 'consumables.json', 'drugs-mental-health.json', 'drugs-tcm-herbs.json', 'services-tcm.json', 'services-mental-health.json', 'services-home-and-online.json']) {
  const p = path.join(CAT, f); if (!fs.existsSync(p)) continue;
  for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) if (!ROWS[r.code]) ROWS[r.code] = r;
}
const byName = {}; for (const r of Object.values(ROWS)) byName[r.name] = r;
function row(name) { const r = byName[name]; if (!r) throw new Error('no catalogue row ' + name); return r; }

// ---------- policies (frozen build's policies.json figures, copied as constants: see TYPOLOGIES.md) ----------
const POL = {
  employee: { pharmacy: { ded: 1000, ratio: 0.6, bonus: 0.1, cap: 3000 }, outpatient: { ded: 1000, ratio: { 1: 0.7, 2: 0.6, 3: 0.5 }, bonus: 0.1, cap: 3000 },
    chronic: { ded: 0, ratio: { 1: 0.85, 2: 0.85, 3: 0.8 }, bonus: 0.05, cap: 10000 }, inpatient: { ratio: { 1: 0.9, 2: 0.85, 3: 0.8 }, bonus: 0.05 } },
  resident: { pharmacy: { ded: 0, ratio: 0.5, bonus: 0, cap: 400 }, outpatient: { ded: 0, ratio: { 1: 0.6, 2: 0.5, 3: 0.5 }, bonus: 0, cap: 400 },
    chronic: { ded: 0, ratio: { 1: 0.7, 2: 0.65, 3: 0.6 }, bonus: 0, cap: 5000 }, inpatient: { ratio: { 1: 0.8, 2: 0.7, 3: 0.6 }, bonus: 0 } },
};
const INP_DED = { '22': { employee: { 1: 200, 2: 500, 3: 900 }, resident: { 1: 200, 2: 500, 3: 1000 } }, '23': { employee: { 1: 200, 2: 500, 3: 1000 }, resident: { 1: 200, 2: 500, 3: 1000 } },
  '37': { employee: { 1: 300, 2: 600, 3: 1000 }, resident: { 1: 300, 2: 600, 3: 1000 } }, '51': { employee: { 1: 200, 2: 500, 3: 1000 }, resident: { 1: 200, 2: 600, 3: 1100 } } };
const OUT_CAP_OVERRIDE = { '510100': 500 }; // resident outpatient cap override in 成都 (policies.json regions.510100)

// ---------- regions, institutions, doctors ----------
const REGIONS = ['510100', '510700', '220100', '230100', '370100', '370200'];
const TITLES_HI = ['主任医师', '副主任医师', '主治医师', '住院医师'];
const DEPTS3 = ['cardiology', 'endocrinology', 'respiratory', 'oncology', 'psychiatry', 'nephrology', 'general', 'internet'];
const DEPTS2 = ['cardiology', 'endocrinology', 'respiratory', 'psychiatry', 'general'];
const INST = {}; const DOCS = {};
let docSeq = 0;
function addInst(id, region, level, kind, depts) {
  INST[id] = { id, region, level, kind, depts };
  for (const d of depts) {
    const list = [];
    const n = kind === 'pharmacy' ? 2 : 3;
    for (let k = 0; k < n; k++) {
      docSeq++;
      const title = kind === 'pharmacy' ? (k === 0 ? '执业药师' : '主管药师') : level === 1 ? (k === 0 ? '主治医师' : '住院医师') : TITLES_HI[(docSeq + k) % 4];
      list.push({ id: (kind === 'pharmacy' ? 'R' : 'D') + region.slice(0, 4) + String(docSeq).padStart(4, '0'), title });
    }
    DOCS[id + '|' + d] = list;
  }
}
for (const rg of REGIONS) {
  addInst('H' + rg + '01', rg, 3, 'hospital', DEPTS3);
  addInst('H' + rg + '02', rg, 2, 'hospital', DEPTS2);
  addInst('H' + rg + '03', rg, 1, 'clinic', ['general']);
  addInst('Y' + rg + '01', rg, 1, 'pharmacy', ['pharmacy']); // chain store A
  addInst('Y' + rg + '02', rg, 1, 'pharmacy', ['pharmacy']); // single store
  addInst('Y' + rg + '03', rg, 1, 'pharmacy', ['pharmacy']); // DTP / 双通道 pharmacy
}
const H3 = (rg) => 'H' + rg + '01', H2 = (rg) => 'H' + rg + '02', H1 = (rg) => 'H' + rg + '03';
const YA = (rg) => 'Y' + rg + '01', YB = (rg) => 'Y' + rg + '02', YD = (rg) => 'Y' + rg + '03';
function doctor(instId, dept, k) { const l = DOCS[instId + '|' + dept]; return l[(k == null ? ri(0, l.length - 1) : k) % l.length]; }

// ---------- members ----------
let memSeq = 0;
const MEM = {};
function member(o = {}) {
  memSeq++;
  const age = o.age != null ? o.age : ri(45, 82);
  const gender = o.gender || (rnd() < 0.5 ? 'M' : 'F');
  const scheme = o.scheme || (rnd() < 0.62 ? 'employee' : 'resident');
  const by = 2025 - age;
  const retired = scheme === 'employee' && (gender === 'M' ? age >= 60 : age >= 55);
  const m = {
    insuredId: 'P60' + String(memSeq).padStart(5, '0'), gender, birthDate: `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`, age, retired, scheme,
    region: o.region || pick(REGIONS), chronic: o.chronic || [],
    enrollment: { enrolledOn: `${2025 - Math.min(20, Math.max(3, age - 20))}-01-01`, inConcentratedPeriod: true, continuousYears: Math.min(20, Math.max(3, age - 20)), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: scheme === 'employee' ? Math.min(40, Math.max(3, age - 22)) : 0, special: null },
    dedLeft: scheme === 'employee' ? (o.dedMet || rnd() < 0.6 ? 0 : 100000) : 0, // fen of the outpatient/pharmacy deductible still due this year
    capUsed: { outpatient: 0, chronic: 0 },
  };
  if (scheme === 'employee' && retired) m.enrollment.contributionYears = Math.max(gender === 'M' ? 30 : 25, m.enrollment.contributionYears);
  MEM[m.insuredId] = m; return m;
}

// ---------- conditions and drug plans (per-day doses) ----------
const DX = {
  htn: 'I10.x00x002', dm: 'E11.900', chd: 'I25.102', lip: 'E78.500', copd: 'J44.900', copdx: 'J44.100', asthma: 'J45.900', scz: 'F20.900', bip: 'F31.900', dep: 'F32.900',
  af: 'I48.000', hf: 'I50.900', colon: 'C18.900', tx: 'Z94.000', hbv: 'B18.100', thy: 'E03.900', op: 'M81.900', bph: 'N40.x00', epi: 'G40.900', pd: 'G20.x00', ad: 'G30.900',
  stroke: 'I69.300', uri: 'J06.900', gast: 'K29.500', bron: 'J20.900', derm: 'L20.900', insom: 'F51.000', oa: 'M17.900', meno: 'N95.100', obes: 'E66.900', stent: 'Z95.501', mi: 'I21.900', ckd: 'N18.500',
};
const CHRONIC_CODE = { htn: 'I10', dm: 'E11', chd: 'I25', copd: 'J44', stroke: 'I69', scz: 'F20', colon: 'C18', tx: 'Z94', hbv: 'B18', ckd: 'N18' };
const PLAN = {
  htn: [['苯磺酸氨氯地平片', 1], ['缬沙坦胶囊', 1]], htn2: [['硝苯地平控释片', 1], ['厄贝沙坦片', 1]], htn3: [['氯沙坦钾片', 1], ['氢氯噻嗪片', 1]], htn4: [['比索洛尔片', 1], ['苯磺酸氨氯地平片', 1]],
  dm: [['盐酸二甲双胍片', 3], ['阿卡波糖片', 3]], dm2: [['盐酸二甲双胍片', 3], ['格列美脲片', 1]], dm3: [['磷酸西格列汀片', 1], ['盐酸二甲双胍缓释片', 2]], dmi: [['甘精胰岛素注射液', 0.1], ['盐酸二甲双胍片', 3]],
  chd: [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['单硝酸异山梨酯缓释片', 1]], lip: [['瑞舒伐他汀钙片', 1]],
  copd: [['噻托溴铵粉吸入剂', 1 / 30]], copd2: [['布地奈德福莫特罗吸入粉雾剂', 1 / 30]], asthma: [['沙美特罗替卡松吸入粉雾剂', 1 / 30]],
  scz: [['奥氮平片', 1]], scz2: [['利培酮片', 2]], scz3: [['阿立哌唑片', 2]], bip: [['碳酸锂片', 4], ['丙戊酸钠缓释片', 2]], dep: [['盐酸舍曲林片', 1]], dep2: [['草酸艾司西酞普兰片', 1]],
  af: [['利伐沙班片', 1], ['比索洛尔片', 1]], hf: [['沙库巴曲缬沙坦钠片', 2], ['螺内酯片', 1], ['呋塞米片', 1]], hbv: [['恩替卡韦分散片', 1]], thy: [['左甲状腺素钠片', 1]],
  op: [['碳酸钙D3片', 1], ['骨化三醇软胶囊', 1]], bph: [['盐酸坦索罗辛缓释胶囊', 1], ['非那雄胺片', 1]], epi: [['左乙拉西坦片', 2]], pd: [['多巴丝肼片', 3]], ad: [['盐酸多奈哌齐片', 1]],
  stroke: [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1]], tx: [['醋酸泼尼松片', 2]], colon: [['卡培他滨片', 6]], gast: [['奥美拉唑肠溶胶囊', 2], ['铝碳酸镁咀嚼片', 3]],
};
const ACUTE = {
  uri: [['连花清瘟胶囊', 12, 4], ['对乙酰氨基酚片', 3, 3]], uri2: [['板蓝根颗粒', 3, 5], ['氯雷他定片', 1, 5]], bron: [['盐酸氨溴索片', 3, 5], ['阿莫西林胶囊', 6, 5]], bron2: [['复方甘草片', 9, 5], ['阿奇霉素片', 1, 3]],
  gast: [['奥美拉唑肠溶胶囊', 2, 14], ['多潘立酮片', 3, 7]], derm: [['丁酸氢化可的松乳膏', 1, 1], ['西替利嗪片', 1, 7]], oa: [['塞来昔布胶囊', 2, 10]], oa2: [['双氯芬酸钠缓释片', 1, 10]], insom: [['艾司唑仑片', 1, 7]],
};
const qtyFor = (perDay, days) => Math.max(1, Math.ceil(perDay * days - 1e-9));
function planLines(planKey, days, o = {}) { return PLAN[planKey].map(([n, pd]) => ({ name: n, qty: qtyFor(pd, days), long: o.long && days > 30 ? true : undefined })); }
function acuteLines(k) { return ACUTE[k].map(([n, pd, d]) => ({ name: n, qty: qtyFor(pd, d) })); }

// ---------- claim building ----------
const claims = []; const labels = [];
const seqBy = {};
function addDays(d, n) { const t = new Date(d + 'T00:00:00Z'); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); }
function priceFen(r, level, o) { const cap = Math.round(r.priceCap[String(level)] * 100); if (o && o.priceFactor) return Math.round(cap * o.priceFactor); return o && o.atCap ? cap : Math.max(1, rnd() < 0.5 ? cap : Math.floor(cap * (0.9 + rnd() * 0.1))); }
let ordinal = 0;
function claim(m, o) {
  // o: {inst, dept, visitType, date, dx:[keys or codes], lines:[{name, qty, long?, priceFactor?, date?}], consult?, insuredRegion?, admission?, discharge?, fundOverride?, doc?}
  const inst = INST[o.inst]; const region = inst.region; const level = inst.level;
  const dept = o.dept || (inst.kind === 'pharmacy' ? 'pharmacy' : 'general');
  const doc = o.doc || doctor(inst.id, dept);
  seqBy[inst.id] = (seqBy[inst.id] || 0) + 1;
  const claimId = `${region}-${inst.id}-2025-${String(seqBy[inst.id] * 7 + ri(0, 6)).padStart(6, '0')}`;
  const vt = o.visitType || (inst.kind === 'pharmacy' ? 'pharmacy' : 'outpatient');
  const date = o.date;
  const lines = [];
  if (o.consult !== false && inst.kind !== 'pharmacy' && vt !== 'inpatient') {
    let c;
    if (dept === 'internet') c = '互联网复诊诊察费';
    else if (vt === 'chronic') c = '门诊慢特病管理诊查费';
    else if (level === 1) c = '一般诊疗费';
    else c = doc.title === '主任医师' ? '主任医师门诊诊察费' : doc.title === '副主任医师' ? '副主任医师门诊诊察费' : '普通门诊诊察费';
    lines.push({ name: c, qty: 1 });
  }
  for (const l of o.lines) lines.push(l);
  const items = []; let total = 0, policy = 0;
  lines.forEach((l, i) => {
    const r = row(l.name); const pf = l.priceFen != null ? l.priceFen : priceFen(r, level, l);
    const amt = pf * l.qty; total += amt;
    const share = r.class === '丙' ? 1 : (r.selfPayShare || 0);
    policy += amt - Math.round(amt * share);
    const it = { lineId: String(i + 1), code: r.code, name: r.name, category: r.category, date: l.date || date, quantity: l.qty, unitPrice: pf / 100, amount: amt / 100 };
    if (l.long) it.longPrescription = true;
    items.push(it); l._lineId = it.lineId;
  });
  // fund
  const ins = o.insuredRegion || region; const prov = ins.slice(0, 2);
  let fund;
  if (vt === 'inpatient') {
    const p = POL[m.scheme].inpatient; const ded = INP_DED[prov][m.scheme][level] * 100;
    fund = Math.floor(Math.max(0, policy - ded) * (p.ratio[level] + (m.retired ? p.bonus : 0)));
  } else {
    const p = POL[m.scheme][vt === 'chronic' ? 'chronic' : vt === 'pharmacy' ? 'pharmacy' : 'outpatient'];
    const key = vt === 'chronic' ? 'chronic' : 'outpatient';
    let base = policy;
    if (key === 'outpatient' && m.dedLeft > 0) { const d = Math.min(m.dedLeft, base); m.dedLeft -= d; base -= d; }
    const ratio = (typeof p.ratio === 'number' ? p.ratio : p.ratio[level]) + (m.retired ? p.bonus : 0);
    let capFen = p.cap * 100; if (m.scheme === 'resident' && key === 'outpatient' && OUT_CAP_OVERRIDE[ins]) capFen = OUT_CAP_OVERRIDE[ins] * 100;
    fund = Math.floor(base * ratio); fund = Math.max(0, Math.min(fund, capFen - m.capUsed[key])); m.capUsed[key] += fund;
  }
  if (o.fundOverride) fund = o.fundOverride(policy, total, fund);
  const c = {
    claimId, region, insuredType: undefined, insuranceType: m.scheme, visitType: vt,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: Object.assign({}, m.enrollment, m.chronic.length ? { chronicDiseases: m.chronic.map(k => CHRONIC_CODE[k] || DX[k]) } : {}),
    provider: { hospitalId: inst.id, level, department: dept, doctorId: doc.id, doctorTitle: doc.title },
  };
  delete c.insuredType;
  if (o.insuredRegion && o.insuredRegion !== region) c.insuredRegion = o.insuredRegion;
  if (vt === 'inpatient') { c.admissionDate = o.admission; c.dischargeDate = o.discharge; c.admissionRoute = 'outpatient'; c.dischargeMode = 'ordered'; } else c.visitDate = date;
  c.diagnoses = o.dx.map((k, i) => i === 0 ? { code: DX[k] || k, principal: true } : { code: DX[k] || k });
  c.procedures = [];
  c.reportedGroup = { drg: null, dip: null };
  c.items = items;
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  c._ord = ++ordinal; c._sort = vt === 'inpatient' ? o.discharge : date;
  claims.push(c);
  return { c, lineOf: (name) => lines.filter(l => l.name === name).map(l => l._lineId), lines };
}
function label(kind, code, name, cls, targets, mutated) {
  labels.push({ caseId: `${code}-${String(labels.filter(l => l.code === code).length + 1).padStart(2, '0')}`, kind, code, name, typology: kind === 'fraud' ? code : undefined, control: kind === 'control' ? code : undefined,
    claimIds: cls.map(x => x.c.claimId), targets: (targets || cls).map(x => x.c.claimId), mutatedLines: mutated || {} });
}
const ml = (entries) => { const o = {}; for (const [x, ls] of entries) { if (!ls.length) continue; o[x.c.claimId] = (o[x.c.claimId] || []).concat(ls); } return o; };
const month = () => ri(2, 11);
const dateIn = (mo, d) => `2025-${String(mo).padStart(2, '0')}-${String(d || ri(1, 28)).padStart(2, '0')}`;
const chronicVisit = (m, rg, dept, planKey, dxk, date, days, o = {}) => claim(m, Object.assign({ inst: o.inst || H3(rg), dept, visitType: m.chronic.length ? 'chronic' : 'outpatient', date, dx: [dxk], lines: planLines(planKey, days, o) }, o));
const pharmFill = (m, inst, planKey, dxk, date, days, o = {}) => claim(m, Object.assign({ inst, date, dx: Array.isArray(dxk) ? dxk : [dxk], lines: planLines(planKey, days, o) }, o));

const N = 15;
const CH = [['htn', 'htn', 'cardiology'], ['htn2', 'htn', 'cardiology'], ['dm', 'dm', 'endocrinology'], ['dm2', 'dm', 'endocrinology'], ['chd', 'chd', 'cardiology'], ['copd', 'copd', 'respiratory'], ['stroke', 'stroke', 'general'], ['htn3', 'htn', 'cardiology'], ['dm3', 'dm', 'endocrinology']];

// ================= FRAUD TYPOLOGIES =================
const T = {
  T01: '串换：药店把日用品/保健品/非目录药换成目录内药品编码结算（换上的药与参保人病情不符，整数金额）',
  T02: '空刷/虚记：药店月底用多名慢病参保人医保卡无实际购药批量刷卡（同店同日同一药师同一组合）',
  T03: '回流药/倒卖：高值慢病药在多家机构短期内重复开取、远超用量（跨机构）',
  T04: '超量开药：单张处方供药天数远超长处方12周上限或普通处方上限',
  T05: '冒名/借卡购药：他人（家属、非共济对象）持卡购药，性别/年龄不符或同日异地两处刷卡',
  T06: '超限定支付：限适应症乙类药（谈判药、GLP-1、抗血小板等）在药店/门诊按不符合的诊断结算',
  T07: '双通道重复开药：医院慢特病门诊已发药，数日内同一药品又在双通道药店按同处方再结算',
  T08: '分解处方/拆单：同一参保人同日在同一药店拆成多笔结算以规避单次限额',
  T09: '无诊疗开方：互联网医院"复诊"无首诊记录、虚构复诊处方后即刻在合作药店取高值药',
  T10: '诱导购药：积分/赠品诱导，慢病处方外加塞多种与诊断无关的目录内药品（年底个账/统筹消费）',
  T11: '超频次开药：慢病患者每隔10余天即按30天量开药，累计远超用量',
  T12: '虚增数量：药店结算数量远大于处方用量（单行数量为同单其他药的数倍）',
  T13: '超标准收费：药店单价高于目录限价',
  T14: '超支付：统筹基金申报超过起付、比例、年度限额允许的金额（年度限额已用完仍申报）',
  T15: '住院开药/低标准入院：稳定慢病患者入住一级医院以"出院带药"名义开取数月药量',
};
const C = {
  C01: '卧床老人由家属代购（同一参保人，正常月量）', C02: '稳定慢病患者长处方（12周，标注长处方）', C03: '节假日/外出前备药（8周长处方，随后异地药店续药）', C04: '胰岛素剂量滴定：2周内加量重开',
  C05: '集采后换品种：10天后改用同类中选药', C06: '多病共存：一张处方6-8种慢病药，诊断齐全', C07: '双通道药店按适应症发放谈判药（诊断相符）', C08: '异地就医：在就医地药店购药，参保地另有正常记录',
  C09: '夫妻同日同店购相同降压药', C10: '缺货分两家连锁门店同日补齐（药品不同、数量合计为一个月）', C11: '互联网医院真复诊：先有线下首诊，再线上复诊取药', C12: '高剂量合理用药：喹硫平/碳酸锂按说明书上限',
  C13: '口服化疗药：二级以上医院慢特病门诊卡培他滨周期', C14: '器官移植术后抗排异长期用药（替代品种见说明）', C15: '利伐沙班按适应症加倍剂量（VTE初始治疗）', C16: 'COPD急性加重期一个月内两支吸入剂',
  C17: '精神分裂症患者由监护人代取药', C18: '居民医保年度限额将尽：最后一笔按剩余额度正确申报', C19: '药店按限价结算（单价等于限价）', C20: '家庭共济：父母为子女购儿童用药（子女本人参保身份）',
  C21: '月底药店客流高峰：多名参保人不同处方', C22: '出院带药后4周在药店续药', C23: '双通道分渠道：谈判药在DTP药店、普通药在医院，同周结算不同药品', C24: '一级医院真实短期住院（高血压急症/COPD加重，输液治疗）',
};

function F01(i) {
  const rg = REGIONS[i % 6]; const m = member({ region: rg, chronic: i % 3 === 2 ? [] : ['htn'] });
  const base = i % 3 === 2 ? acuteLines('uri') : planLines('htn', 28);
  let swap;
  if (i % 3 === 0) swap = { name: '达格列净片', qty: 24 };
  else if (i % 3 === 1) swap = { name: pick(['瑞舒伐他汀钙片', '依折麦布片']), qty: 0 };
  else swap = { name: pick(['复方丹参滴丸', '血塞通软胶囊']), qty: 0 };
  const r = row(swap.name); const pf = Math.round(r.priceCap['1'] * 100);
  if (!swap.qty) { const target = pick([10000, 15000, 20000]); swap.qty = Math.floor(target / pf); }
  swap.priceFen = pf;
  const x = claim(m, { inst: pick([YA(rg), YB(rg)]), date: dateIn(month()), dx: [i % 3 === 2 ? 'uri' : 'htn'], lines: base.concat([swap]) });
  label('fraud', 'T01', T.T01, [x], [x], ml([[x, x.lineOf(swap.name)]]));
}
function F02(i) {
  const rg = REGIONS[(i + 1) % 6]; const mo = month(); const day = ri(27, 28); const inst = i % 2 ? YB(rg) : YA(rg);
  const pharmacist = doctor(inst, 'pharmacy', 0); const plan = pick(['htn', 'htn2', 'chd', 'dm']); const dxk = plan.startsWith('htn') ? 'htn' : plan;
  const all = [], tg = [];
  for (let k = 0; k < 3; k++) {
    const m = member({ region: rg, chronic: [dxk], age: ri(60, 85) });
    // the member's real monthly fill at their usual hospital a week earlier
    all.push(chronicVisit(m, rg, dxk === 'dm' ? 'endocrinology' : 'cardiology', plan, dxk, dateIn(mo, ri(5, 18)), 30, { inst: pick([H2(rg), H3(rg)]) }));
    const x = pharmFill(m, inst, plan, dxk, dateIn(mo, day), 30, { doc: pharmacist, atCap: true });
    all.push(x); tg.push(x);
  }
  label('fraud', 'T02', T.T02, all, tg, {});
}
function F03(i) {
  const rg = REGIONS[(i + 2) % 6]; const kind = ['copd2', 'dmi', 'af', 'dm3', 'asthma'][i % 5]; const dxk = { copd2: 'copd', dmi: 'dm', af: 'af', dm3: 'dm', asthma: 'asthma' }[kind];
  const m = member({ region: rg, chronic: ['copd', 'dm'].includes(dxk) ? [dxk] : [] });
  const mo = month(); let d = dateIn(mo, ri(1, 6)); const dept = { copd: 'respiratory', asthma: 'respiratory', dm: 'endocrinology', af: 'cardiology' }[dxk];
  const insts = [[H3(rg), dept], [H2(rg), dept === 'respiratory' || dept === 'endocrinology' || dept === 'cardiology' ? dept : 'general'], [YD(rg), 'pharmacy'], [YA(rg), 'pharmacy']];
  const xs = [];
  for (let k = 0; k < 4; k++) {
    const [inst, dp] = insts[k];
    const x = INST[inst].kind === 'pharmacy' ? pharmFill(m, inst, kind, dxk, d, 30) : claim(m, { inst, dept: dp, visitType: m.chronic.length ? 'chronic' : 'outpatient', date: d, dx: [dxk], lines: planLines(kind, 30) });
    xs.push(x); d = addDays(d, ri(4, 7));
  }
  const key = PLAN[kind][0][0];
  label('fraud', 'T03', T.T03, xs, xs.slice(1), ml(xs.slice(1).map(x => [x, x.lineOf(key)])));
}
function F04(i) {
  const rg = REGIONS[(i + 3) % 6]; const [plan, dxk, dept] = CH[i % CH.length]; const m = member({ region: rg, chronic: [dxk] });
  const days = i % 3 === 0 ? 90 : pick([150, 168, 180]); const inst = i % 3 === 0 ? H1(rg) : pick([H2(rg), H3(rg)]);
  const x = claim(m, { inst, dept: INST[inst].level === 1 ? 'general' : dept, visitType: i % 3 === 0 ? 'outpatient' : 'chronic', date: dateIn(month()), dx: [dxk], lines: planLines(plan, days, { long: i % 3 !== 0 }) });
  label('fraud', 'T04', T.T04, [x], [x], ml([[x, x.lines.filter(l => row(l.name).category === 'drug').map(l => l._lineId)]]));
}
function F05(i) {
  const rg = REGIONS[(i + 4) % 6];
  if (i % 3 === 0) { // male card, female-only drug
    const m = member({ region: rg, gender: 'M', age: ri(48, 58) });
    const x = claim(m, { inst: YA(rg), date: dateIn(month()), dx: ['meno'], lines: [{ name: pick(['戊酸雌二醇片', '地屈孕酮片']), qty: 28 }] });
    label('fraud', 'T05', T.T05, [x], [x], ml([[x, [x.lines[0]._lineId]]]));
  } else if (i % 3 === 1) { // adult card used for a child's medicine (not a 共济 purchase under the child's own ID)
    const m = member({ region: rg, age: ri(36, 44), scheme: 'resident' });
    const x = claim(m, { inst: YB(rg), date: dateIn(month()), dx: ['uri'], lines: [{ name: '小儿氨酚黄那敏颗粒', qty: 12 }, { name: '小儿肺热咳喘口服液', qty: 12 }] });
    label('fraud', 'T05', T.T05, [x], [x], ml([[x, ['1', '2']]]));
  } else { // same card same day in two cities
    const home = rg; const away = REGIONS[(i + 2) % 6]; const [plan, dxk, dept] = CH[i % CH.length]; const m = member({ region: home, chronic: [dxk] });
    const d = dateIn(month());
    const a = chronicVisit(m, home, dept, plan, dxk, d, 30, { inst: H3(home) });
    const b = pharmFill(m, YA(away), plan, dxk, d, 30, { insuredRegion: home });
    label('fraud', 'T05', T.T05, [a, b], [b], {});
  }
}
function F06(i) {
  const rg = REGIONS[(i + 5) % 6]; const v = i % 5;
  const spec = [
    [['htn'], { name: '沙库巴曲缬沙坦钠片', qty: 56 }, 'htn'],
    [['lip'], { name: '替格瑞洛片', qty: 56 }, 'lip'],
    [['gast'], { name: '恩替卡韦分散片', qty: 28 }, 'gast'],
    [['obes'], { name: '利拉鲁肽注射液', qty: 3 }, 'obes'],
    [['htn'], { name: '硫酸氢氯吡格雷片', qty: 28 }, 'htn'],
  ][v];
  const m = member({ region: rg, chronic: spec[2] === 'htn' ? ['htn'] : [], age: spec[2] === 'obes' ? ri(28, 45) : undefined });
  const base = spec[2] === 'htn' ? planLines('htn', 28) : [];
  const inst = i % 2 ? YD(rg) : YA(rg);
  const x = claim(m, { inst, date: dateIn(month()), dx: spec[0], lines: base.concat([spec[1]]) });
  label('fraud', 'T06', T.T06, [x], [x], ml([[x, x.lineOf(spec[1].name)]]));
}
function F07(i) {
  const rg = REGIONS[i % 6]; const kind = ['hf', 'af', 'copd2', 'dm3', 'chd'][i % 5]; const dxk = { hf: 'hf', af: 'af', copd2: 'copd', dm3: 'dm', chd: 'chd' }[kind];
  const m = member({ region: rg, chronic: ['copd', 'dm', 'chd'].includes(dxk) ? [dxk] : ['htn'] });
  const dept = { hf: 'cardiology', af: 'cardiology', copd: 'respiratory', dm: 'endocrinology', chd: 'cardiology' }[dxk];
  const d = dateIn(month()); const doc = doctor(H3(rg), dept);
  const a = claim(m, { inst: H3(rg), dept, doc, visitType: 'chronic', date: d, dx: [dxk], lines: planLines(kind, 28) });
  const b = pharmFill(m, YD(rg), kind, dxk, addDays(d, ri(1, 3)), 28);
  label('fraud', 'T07', T.T07, [a, b], [b], ml([[b, b.lines.map(l => l._lineId)]]));
}
function F08(i) {
  const rg = REGIONS[(i + 1) % 6]; const [plan, dxk] = CH[i % CH.length]; const m = member({ region: rg, chronic: [dxk] });
  const d = dateIn(month()); const inst = pick([YA(rg), YB(rg)]); const ph = doctor(inst, 'pharmacy');
  const xs = [0, 1, 2].map(() => pharmFill(m, inst, plan, dxk, d, 30, { doc: ph }));
  label('fraud', 'T08', T.T08, xs, xs.slice(1), {});
}
function F09(i) {
  const rg = REGIONS[(i + 2) % 6]; const kind = ['af', 'copd2', 'dm3', 'hf', 'hbv'][i % 5]; const dxk = { af: 'af', copd2: 'copd', dm3: 'dm', hf: 'hf', hbv: 'hbv' }[kind];
  const m = member({ region: rg, age: ri(30, 70) }); const d = dateIn(month()); const doc = doctor(H3(rg), 'internet', i % 3);
  const a = claim(m, { inst: H3(rg), dept: 'internet', doc, date: d, dx: [dxk], lines: [] });
  const b = pharmFill(m, YD(rg), kind, dxk, d, 30);
  label('fraud', 'T09', T.T09, [a, b], [a, b], {});
}
function F10(i) {
  const rg = REGIONS[(i + 3) % 6]; const m = member({ region: rg, chronic: ['htn'] });
  const pads = ['连花清瘟胶囊', '板蓝根颗粒', '蒙脱石散', '六味地黄丸', '复方丹参滴丸', '双歧杆菌三联活菌胶囊'];
  const chosen = []; while (chosen.length < 3 + (i % 2)) { const p = pick(pads); if (!chosen.includes(p)) chosen.push(p); }
  const padLines = chosen.map(n => ({ name: n, qty: { 连花清瘟胶囊: 72, 板蓝根颗粒: 40, 蒙脱石散: 30, 六味地黄丸: 480, 复方丹参滴丸: 540, 双歧杆菌三联活菌胶囊: 96 }[n] }));
  const x = claim(m, { inst: pick([YA(rg), YB(rg)]), date: dateIn(12, ri(10, 30)), dx: ['htn'], lines: planLines('htn', 28).concat(padLines) });
  label('fraud', 'T10', T.T10, [x], [x], ml([[x, chosen.flatMap(n => x.lineOf(n))]]));
}
function F11(i) {
  const rg = REGIONS[(i + 4) % 6]; const [plan, dxk, dept] = CH[(i + 3) % CH.length]; const m = member({ region: rg, chronic: [dxk] });
  let d = dateIn(ri(2, 8), ri(1, 10)); const xs = [];
  for (let k = 0; k < 4; k++) { xs.push(chronicVisit(m, rg, dept, plan, dxk, d, 30, { inst: H2(rg) })); d = addDays(d, ri(11, 15)); }
  label('fraud', 'T11', T.T11, xs, xs.slice(2), ml(xs.slice(2).map(x => [x, x.lines.filter(l => row(l.name).category === 'drug' && !/诊/.test(l.name)).map(l => l._lineId)])));
}
function F12(i) {
  const rg = REGIONS[(i + 5) % 6]; const kind = ['dmi', 'copd2', 'af', 'dm3', 'hf'][i % 5]; const dxk = { dmi: 'dm', copd2: 'copd', af: 'af', dm3: 'dm', hf: 'hf' }[kind];
  const m = member({ region: rg, chronic: ['dm', 'copd'].includes(dxk) ? [dxk] : [] });
  const lines = planLines(kind, 30); const extra = kind === 'copd2' ? [{ name: '氨茶碱片', qty: 90 }] : kind === 'dmi' ? [] : [{ name: '阿托伐他汀钙片', qty: 30 }];
  const infl = lines[0]; infl.qty = infl.qty * ri(4, 6);
  const x = claim(m, { inst: pick([YA(rg), YD(rg)]), date: dateIn(month()), dx: [dxk], lines: lines.concat(extra) });
  label('fraud', 'T12', T.T12, [x], [x], ml([[x, [infl._lineId]]]));
}
function F13(i) {
  const rg = REGIONS[i % 6]; const [plan, dxk] = CH[(i + 5) % CH.length]; const m = member({ region: rg, chronic: [dxk] });
  const lines = planLines(plan, 30); const k = i % lines.length; lines[k].priceFactor = i % 3 === 0 ? 1.3 : 1.04 + 0.01 * (i % 4);
  const x = claim(m, { inst: pick([YA(rg), YB(rg)]), date: dateIn(month()), dx: [dxk], lines });
  label('fraud', 'T13', T.T13, [x], [x], ml([[x, [lines[k]._lineId]]]));
}
function F14(i) {
  const rg = REGIONS[(i + 1) % 6];
  if (i % 3 === 2) { // employee: fund claimed on the whole bill (乙类 share and 丙类 line ignored, full deductible ignored)
    const m = member({ region: rg, scheme: 'employee', age: ri(35, 55), chronic: [] }); m.dedLeft = 100000;
    const x = claim(m, { inst: YA(rg), date: dateIn(month()), dx: ['lip'], lines: [{ name: '瑞舒伐他汀钙片', qty: 60 }, { name: '依折麦布片', qty: 60 }, { name: '辅酶Q10胶囊', qty: 90 }], fundOverride: (p) => Math.floor(p * 0.9) });
    label('fraud', 'T14', T.T14, [x], [x], {});
    return;
  }
  const m = member({ region: rg, scheme: 'resident', chronic: [] }); const xs = [];
  let d = dateIn(ri(2, 4), ri(1, 10));
  for (let k = 0; k < 6; k++) {
    const over = k === 5;
    xs.push(claim(m, { inst: pick([YA(rg), YB(rg), YD(rg)]), date: d, dx: ['copd'], lines: planLines(k % 2 ? 'copd2' : 'asthma', 30), fundOverride: over ? (p) => Math.floor(p * 0.5) : null }));
    d = addDays(d, ri(25, 35));
  }
  label('fraud', 'T14', T.T14, xs, xs.slice(5), {});
}
function F15(i) {
  const rg = REGIONS[(i + 2) % 6]; const [plan, dxk] = [['htn', 'htn'], ['dm2', 'dm'], ['stroke', 'stroke'], ['chd', 'chd']][i % 4];
  const m = member({ region: rg, chronic: [dxk], age: ri(65, 85) }); const adm = dateIn(month()); const los = ri(4, 7); const dis = addDays(adm, los);
  const lines = [];
  for (let k = 0; k < los; k++) { const d = addDays(adm, k); lines.push({ name: '普通病房床位费(三人间)', qty: 1, date: d }, { name: 'Ⅲ级护理', qty: 1, date: d }, { name: '住院诊查费', qty: 1, date: d }); }
  lines.push({ name: '血常规(五分类)', qty: 1, date: adm }, { name: '肝功能(全套)', qty: 1, date: adm });
  const take = planLines(plan, pick([60, 84, 90])); take.forEach(l => { l.date = dis; });
  const x = claim(m, { inst: H1(rg), dept: 'general', visitType: 'inpatient', admission: adm, discharge: dis, dx: [dxk], lines: lines.concat(take) });
  label('fraud', 'T15', T.T15, [x], [x], {});
}

// ================= CONTROLS =================
function K01(i) { const rg = REGIONS[i % 6]; const m = member({ region: rg, age: ri(82, 94), chronic: ['stroke', 'htn'] }); let d = dateIn(ri(2, 8), ri(1, 12)); const xs = [];
  for (let k = 0; k < 2; k++) { xs.push(pharmFill(m, YA(rg), 'stroke', ['stroke', 'htn'], d, 30, { lines: planLines('stroke', 30).concat(planLines('htn', 30)) })); d = addDays(d, ri(28, 31)); }
  label('control', 'C01', C.C01, xs); }
function K02(i) { const rg = REGIONS[(i + 1) % 6]; const [plan, dxk, dept] = CH[i % CH.length]; const m = member({ region: rg, chronic: [dxk], age: ri(60, 80) });
  const x = chronicVisit(m, rg, dept, plan, dxk, dateIn(month()), 84, { long: true, inst: pick([H2(rg), H3(rg)]) }); label('control', 'C02', C.C02, [x]); }
function K03(i) { const rg = REGIONS[(i + 2) % 6]; const away = REGIONS[(i + 5) % 6]; const [plan, dxk, dept] = CH[(i + 2) % CH.length]; const m = member({ region: rg, chronic: [dxk] });
  const d = i % 2 ? dateIn(1, ri(10, 20)) : dateIn(9, ri(15, 25));
  const a = chronicVisit(m, rg, dept, plan, dxk, d, 56, { long: true }); const b = pharmFill(m, YA(away), plan, dxk, addDays(d, ri(54, 58)), 30, { insuredRegion: rg });
  label('control', 'C03', C.C03, [a, b]); }
function K04(i) { const rg = REGIONS[(i + 3) % 6]; const m = member({ region: rg, chronic: ['dm'] }); const d = dateIn(month()); const doc = doctor(H3(rg), 'endocrinology', 0);
  const a = claim(m, { inst: H3(rg), dept: 'endocrinology', doc, visitType: 'chronic', date: d, dx: ['dm'], lines: [{ name: '甘精胰岛素注射液', qty: 2 }, { name: '血糖试纸', qty: 50 }] });
  const b = claim(m, { inst: H3(rg), dept: 'endocrinology', doc, visitType: 'chronic', date: addDays(d, 14), dx: ['dm'], lines: [{ name: '甘精胰岛素注射液', qty: 3 }, { name: '门冬胰岛素注射液', qty: 3 }, { name: '血糖试纸', qty: 50 }] });
  label('control', 'C04', C.C04, [a, b]); }
function K05(i) { const rg = REGIONS[(i + 4) % 6]; const m = member({ region: rg, chronic: ['htn'] }); const d = dateIn(month()); const doc = doctor(H2(rg), 'cardiology');
  const a = claim(m, { inst: H2(rg), dept: 'cardiology', doc, visitType: 'chronic', date: d, dx: ['htn'], lines: [{ name: '苯磺酸氨氯地平片', qty: 30 }] });
  const b = claim(m, { inst: H2(rg), dept: 'cardiology', doc, visitType: 'chronic', date: addDays(d, 10), dx: ['htn'], lines: [{ name: i % 2 ? '硝苯地平控释片' : '非洛地平缓释片', qty: 30 }] });
  label('control', 'C05', C.C05, [a, b]); }
function K06(i) { const rg = REGIONS[(i + 5) % 6]; const m = member({ region: rg, chronic: ['htn', 'dm', 'chd'], age: ri(62, 80) });
  const lines = planLines('htn2', 30).concat(planLines('dm', 30), planLines('chd', 30)); if (i % 2) lines.push({ name: '硫酸氢氯吡格雷片', qty: 30 });
  const x = claim(m, { inst: H3(rg), dept: 'cardiology', visitType: 'chronic', date: dateIn(month()), dx: ['chd', 'htn', 'dm', 'lip'], lines }); label('control', 'C06', C.C06, [x]); }
function K07(i) { const rg = REGIONS[i % 6]; const v = i % 3; const m = member({ region: rg, chronic: ['chd'] });
  const spec = [[['hf', 'htn'], { name: '沙库巴曲缬沙坦钠片', qty: 56 }], [['stent', 'chd'], { name: '替格瑞洛片', qty: 56 }], [['hbv'], { name: '恩替卡韦分散片', qty: 30 }]][v];
  const x = claim(m, { inst: YD(rg), date: dateIn(month()), dx: spec[0], lines: [spec[1]] }); label('control', 'C07', C.C07, [x]); }
function K08(i) { const rg = REGIONS[(i + 1) % 6]; const away = REGIONS[(i + 3) % 6]; const [plan, dxk, dept] = CH[(i + 4) % CH.length]; const m = member({ region: rg, chronic: [dxk] });
  const d = dateIn(month()); const a = chronicVisit(m, rg, dept, plan, dxk, d, 30); const b = pharmFill(m, YB(away), plan, dxk, addDays(d, ri(29, 33)), 30, { insuredRegion: rg });
  label('control', 'C08', C.C08, [a, b]); }
function K09(i) { const rg = REGIONS[(i + 2) % 6]; const inst = YA(rg); const d = dateIn(month()); const age = ri(62, 75);
  const h = member({ region: rg, chronic: ['htn'], gender: 'M', age }); const w = member({ region: rg, chronic: ['htn'], gender: 'F', age: age - ri(0, 4), scheme: h.scheme });
  const a = pharmFill(h, inst, 'htn', 'htn', d, 30); const b = pharmFill(w, inst, i % 2 ? 'htn' : 'htn4', 'htn', d, 30); label('control', 'C09', C.C09, [a, b]); }
function K10(i) { const rg = REGIONS[(i + 3) % 6]; const CH2 = CH.filter(c => PLAN[c[0]].length > 1); const [plan, dxk] = CH2[(i + 1) % CH2.length]; const m = member({ region: rg, chronic: [dxk] }); const d = dateIn(month());
  const [l1, l2] = PLAN[plan]; const a = claim(m, { inst: YA(rg), date: d, dx: [dxk], lines: [{ name: l1[0], qty: qtyFor(l1[1], 30) }] });
  const b = claim(m, { inst: YB(rg), date: d, dx: [dxk], lines: [{ name: l2[0], qty: qtyFor(l2[1], 30) }] }); label('control', 'C10', C.C10, [a, b]); }
function K11(i) { const rg = REGIONS[(i + 4) % 6]; const kind = ['af', 'copd2', 'dm3', 'hf', 'hbv'][i % 5]; const dxk = { af: 'af', copd2: 'copd', dm3: 'dm', hf: 'hf', hbv: 'hbv' }[kind];
  const dept = { af: 'cardiology', copd: 'respiratory', dm: 'endocrinology', hf: 'cardiology', hbv: 'general' }[dxk];
  const m = member({ region: rg, chronic: ['copd', 'dm'].includes(dxk) ? [dxk] : [] }); const d = dateIn(ri(2, 8));
  const a = claim(m, { inst: H3(rg), dept, date: d, dx: [dxk], lines: [{ name: '血常规(五分类)', qty: 1 }, { name: '肝功能(全套)', qty: 1 }].concat(planLines(kind, 30)) });
  const doc = doctor(H3(rg), 'internet', i % 3); const d2 = addDays(d, ri(28, 32));
  const b = claim(m, { inst: H3(rg), dept: 'internet', doc, date: d2, dx: [dxk], lines: [] }); const c = pharmFill(m, YD(rg), kind, dxk, d2, 30);
  label('control', 'C11', C.C11, [a, b, c]); }
function K12(i) { const rg = REGIONS[(i + 5) % 6]; const bip = i % 2; const m = member({ region: rg, chronic: bip ? [] : ['scz'], age: ri(25, 55) });
  const x = claim(m, { inst: H3(rg), dept: 'psychiatry', visitType: bip ? 'outpatient' : 'chronic', date: dateIn(month()), dx: [bip ? 'bip' : 'scz'], lines: bip ? [{ name: '碳酸锂片', qty: 224 }] : [{ name: '富马酸喹硫平片', qty: 224 }] });
  label('control', 'C12', C.C12, [x]); }
function K13(i) { const rg = REGIONS[i % 6]; const m = member({ region: rg, chronic: ['colon'] }); let d = dateIn(ri(2, 7)); const xs = [];
  for (let k = 0; k < 2; k++) { xs.push(claim(m, { inst: H3(rg), dept: 'oncology', visitType: 'chronic', date: d, dx: ['colon'], lines: [{ name: '卡培他滨片', qty: 112 }, { name: '血常规(五分类)', qty: 1 }, { name: '肝功能(全套)', qty: 1 }] })); d = addDays(d, 21); }
  label('control', 'C13', C.C13, xs); }
function K14(i) { const rg = REGIONS[(i + 1) % 6]; const m = member({ region: rg, chronic: ['tx'], age: ri(30, 60) });
  const x = claim(m, { inst: H3(rg), dept: 'nephrology', visitType: 'chronic', date: dateIn(month()), dx: ['tx', 'htn'], lines: [{ name: '醋酸泼尼松片', qty: 84, long: true }, { name: '苯磺酸氨氯地平片', qty: 84, long: true }, { name: '肾功能(三项)', qty: 1 }, { name: '血常规(五分类)', qty: 1 }] });
  label('control', 'C14', C.C14, [x]); }
function K15(i) { const rg = REGIONS[(i + 2) % 6]; const m = member({ region: rg }); const dx = i % 2 ? 'I80.200' : 'I26.900';
  const x = claim(m, { inst: H3(rg), dept: 'cardiology', date: dateIn(month()), dx: [dx], lines: [{ name: '利伐沙班片', qty: 42 }] }); label('control', 'C15', C.C15, [x]); }
function K16(i) { const rg = REGIONS[(i + 3) % 6]; const m = member({ region: rg, chronic: ['copd'], age: ri(60, 80) }); const d = dateIn(month());
  const a = claim(m, { inst: H3(rg), dept: 'respiratory', visitType: 'chronic', date: d, dx: ['copd'], lines: planLines('copd', 30) });
  const b = claim(m, { inst: H3(rg), dept: 'respiratory', visitType: 'chronic', date: addDays(d, ri(9, 14)), dx: ['copdx'], lines: [{ name: '布地奈德福莫特罗吸入粉雾剂', qty: 1 }, { name: '醋酸泼尼松片', qty: 20 }, { name: '阿莫西林克拉维酸钾片', qty: 21 }] });
  label('control', 'C16', C.C16, [a, b]); }
function K17(i) { const rg = REGIONS[(i + 4) % 6]; const m = member({ region: rg, chronic: ['scz'], age: ri(22, 50) }); let d = dateIn(ri(2, 9)); const xs = []; const doc = doctor(H2(rg), 'psychiatry');
  for (let k = 0; k < 2; k++) { xs.push(claim(m, { inst: H2(rg), dept: 'psychiatry', doc, visitType: 'chronic', date: d, dx: ['scz'], lines: planLines(['scz', 'scz2', 'scz3'][i % 3], 30) })); d = addDays(d, ri(28, 31)); }
  label('control', 'C17', C.C17, xs); }
function K18(i) { const rg = REGIONS[(i + 5) % 6]; const m = member({ region: rg, scheme: 'resident' }); const xs = []; let d = dateIn(ri(2, 4), ri(1, 10));
  for (let k = 0; k < 6; k++) { xs.push(claim(m, { inst: pick([YA(rg), YB(rg), YD(rg)]), date: d, dx: ['copd'], lines: planLines(k % 2 ? 'copd2' : 'asthma', 30) })); d = addDays(d, ri(25, 35)); }
  label('control', 'C18', C.C18, xs, xs.slice(5)); labels[labels.length - 1].targets = xs.map(x => x.c.claimId); }
function K19(i) { const rg = REGIONS[i % 6]; const [plan, dxk] = CH[(i + 6) % CH.length]; const m = member({ region: rg, chronic: [dxk] });
  const x = pharmFill(m, pick([YA(rg), YB(rg)]), plan, dxk, dateIn(month()), 30, { atCap: true }); x.c.items.forEach(() => 0); label('control', 'C19', C.C19, [x]); }
function K20(i) { const rg = REGIONS[(i + 1) % 6]; const child = member({ region: rg, age: ri(3, 10), scheme: 'resident' });
  const x = claim(child, { inst: YA(rg), date: dateIn(month()), dx: ['uri'], lines: [{ name: '小儿氨酚黄那敏颗粒', qty: 9 }, { name: i % 2 ? '小儿肺热咳喘口服液' : '小儿对乙酰氨基酚颗粒', qty: 9 }] });
  label('control', 'C20', C.C20, [x]); }
function K21(i) { const rg = REGIONS[(i + 2) % 6]; const inst = YB(rg); const d = dateIn(month(), ri(27, 28)); const xs = [];
  const plans = [['htn', 'htn'], ['dm', 'dm'], ['lip', 'lip'], ['thy', 'thy'], ['gast', 'gast']];
  for (let k = 0; k < 3; k++) { const [p, dx] = plans[(i + k) % plans.length]; const m = member({ region: rg, chronic: ['htn', 'dm'].includes(dx) ? [dx] : [] }); xs.push(pharmFill(m, inst, p, dx, d, 30)); }
  label('control', 'C21', C.C21, xs); }
function K22(i) { const rg = REGIONS[(i + 3) % 6]; const m = member({ region: rg, chronic: ['chd'], age: ri(55, 78) }); const adm = dateIn(ri(2, 9)); const dis = addDays(adm, ri(6, 9));
  const lines = []; for (let d = adm; d < dis; d = addDays(d, 1)) lines.push({ name: '普通病房床位费(三人间)', qty: 1, date: d }, { name: 'Ⅱ级护理', qty: 1, date: d }, { name: '住院诊查费', qty: 1, date: d }, { name: '低分子量肝素钙注射液', qty: 2, date: d }, { name: '心电监测', qty: 12, date: d });
  lines.push({ name: '血常规(五分类)', qty: 1, date: adm }, { name: '肝功能(全套)', qty: 1, date: adm }, { name: '血脂(四项)', qty: 1, date: adm }, { name: '阿司匹林肠溶片', qty: 14, date: dis }, { name: '替格瑞洛片', qty: 28, date: dis }, { name: '阿托伐他汀钙片', qty: 14, date: dis });
  const a = claim(m, { inst: H3(rg), dept: 'cardiology', visitType: 'inpatient', admission: adm, discharge: dis, dx: ['I20.000', 'htn'], lines });
  const b = claim(m, { inst: YD(rg), date: addDays(dis, ri(13, 15)), dx: ['I20.000'], lines: [{ name: '替格瑞洛片', qty: 56 }, { name: '阿司匹林肠溶片', qty: 30 }, { name: '阿托伐他汀钙片', qty: 30 }] });
  label('control', 'C22', C.C22, [a, b]); }
function K23(i) { const rg = REGIONS[(i + 4) % 6]; const m = member({ region: rg, chronic: ['htn'] }); const d = dateIn(month());
  const a = claim(m, { inst: H3(rg), dept: 'cardiology', visitType: 'chronic', date: d, dx: ['hf', 'htn'], lines: [{ name: '螺内酯片', qty: 30 }, { name: '呋塞米片', qty: 30 }] });
  const b = claim(m, { inst: YD(rg), date: addDays(d, ri(1, 3)), dx: ['hf'], lines: [{ name: '沙库巴曲缬沙坦钠片', qty: 60 }, { name: '达格列净片', qty: 30 }] });
  label('control', 'C23', C.C23, [a, b]); }
function K24(i) { const rg = REGIONS[(i + 5) % 6]; const copd = i % 2; const m = member({ region: rg, chronic: [copd ? 'copd' : 'htn'], age: ri(65, 85) }); const adm = dateIn(month()); const los = ri(4, 6); const dis = addDays(adm, los);
  const lines = [];
  for (let k = 0; k < los; k++) { const d = addDays(adm, k); lines.push({ name: '普通病房床位费(三人间)', qty: 1, date: d }, { name: 'Ⅱ级护理', qty: 1, date: d }, { name: '住院诊查费', qty: 1, date: d }, { name: '静脉输液(第一组)', qty: 1, date: d }, { name: '一次性使用输液器', qty: 1, date: d }, { name: '氯化钠注射液', qty: 2, date: d });
    if (copd) lines.push({ name: '注射用头孢呋辛钠', qty: 3, date: d }, { name: '雾化吸入', qty: 2, date: d }, { name: '吸入用布地奈德混悬液', qty: 2, date: d }, { name: '吸氧', qty: 12, date: d });
    else lines.push({ name: '硝酸甘油注射液', qty: 2, date: d }, { name: '无创血压监测', qty: 8, date: d }); }
  lines.push({ name: '血常规(五分类)', qty: 1, date: adm }, { name: '电解质(四项)', qty: 1, date: adm }, { name: '肾功能(三项)', qty: 1, date: adm });
  lines.push(...planLines(copd ? 'copd' : 'htn', 14).map(l => Object.assign(l, { date: dis })));
  const x = claim(m, { inst: H1(rg), dept: 'general', visitType: 'inpatient', admission: adm, discharge: dis, dx: [copd ? 'copdx' : 'I10.x00x002'], lines });
  label('control', 'C24', C.C24, [x]); }

// ================= ROUTINE =================
function R(i) {
  const rg = REGIONS[i % 6]; const v = i % 10;
  if (v <= 3) { const [plan, dxk] = CH[i % CH.length]; const m = member({ region: rg, chronic: [dxk] }); return pharmFill(m, pick([YA(rg), YB(rg)]), plan, dxk, dateIn(month()), 30); }
  if (v <= 5) { const k = pick(Object.keys(ACUTE)); const dx = k.replace(/\d$/, ''); const m = member({ region: rg, age: ri(20, 70) }); const inst = pick([H1(rg), H2(rg), H3(rg)]);
    return claim(m, { inst, dept: 'general', date: dateIn(month()), dx: [dx], lines: acuteLines(k) }); }
  if (v <= 7) { const [plan, dxk, dept] = CH[(i + 2) % CH.length]; const m = member({ region: rg, chronic: [dxk] }); return chronicVisit(m, rg, dept, plan, dxk, dateIn(month()), 30, { inst: pick([H2(rg), H3(rg)]) }); }
  if (v === 8) { const k = pick(['thy', 'op', 'epi', 'pd', 'dep2', 'hbv', 'lip']); const dx = k.replace(/\d$/, ''); const m = member({ region: rg, gender: k === 'op' ? 'F' : undefined, age: k === 'op' ? ri(58, 80) : undefined });
    return pharmFill(m, pick([YA(rg), YB(rg), YD(rg)]), k, dx, dateIn(month()), 30); }
  const k = pick(['acuteUri', 'gast']); const m = member({ region: rg, age: ri(20, 60) });
  return claim(m, { inst: pick([YA(rg), YB(rg)]), date: dateIn(month()), dx: [k === 'gast' ? 'gast' : 'uri'], lines: k === 'gast' ? acuteLines('gast') : acuteLines('uri2') });
}

// ---------- generate ----------
const FR = [F01, F02, F03, F04, F05, F06, F07, F08, F09, F10, F11, F12, F13, F14, F15];
const KR = [K01, K02, K03, K04, K05, K06, K07, K08, K09, K10, K11, K12, K13, K14, K15, K16, K17, K18, K19, K20, K21, K22, K23, K24];
for (let i = 0; i < N; i++) { for (const f of FR) f(i); for (const k of KR) k(i); }
for (let i = 0; i < 100; i++) { const x = R(i); label('routine', 'R', 'routine', [x]); }

// groups (pass 2)
if (GROUPS && fs.existsSync(GROUPS)) {
  const g = {}; for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const j = JSON.parse(line); if (j.grouping && j.grouping.drg) g[j.claimId] = j.grouping.drg; }
  for (const c of claims) if (c.visitType === 'inpatient' && g[c.claimId]) c.reportedGroup.drg = g[c.claimId];
}
const ids = new Set(); for (const c of claims) { if (ids.has(c.claimId)) throw new Error('dup ' + c.claimId); ids.add(c.claimId); }
claims.sort((a, b) => a._sort < b._sort ? -1 : a._sort > b._sort ? 1 : a._ord - b._ord);
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), claims.map(c => { const o = Object.assign({}, c); delete o._ord; delete o._sort; return JSON.stringify(o); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels.map(l => JSON.parse(JSON.stringify(l))), null, 1));
console.error(`blind60: ${claims.length} claims, ${labels.length} cases`);
