'use strict';
// blind39: checker's own set. node make-cases.js [--groups groups.ndjson]
// Writes claims.ndjson and labels.json. Fixed seed: same output every run.
const fs = require('fs');
const path = require('path');
const L = require('./lib');
const B = require('./bodies');
const { ri, pick, rnd, r2, dstr, addDays, hosp, pharmacy, village, member, newClaim, finish, admissionLabs, ivDay, surgeryDay, REGIONS, OTHER_REGIONS } = L;
const { stay, visit } = B;

const N = Number(process.env.N_PER_KIND || 20);
const out = []; // {claim, order}
const labels = [];
let orderKey = 0;
function emit(c, opts) { finish(c, opts); out.push(c); return c; }

function caseOf(kind, code, name, idx, claims, targets, mutated) {
  labels.push({ caseId: `${code}-${String(idx + 1).padStart(2, '0')}`, kind, code, name, claimIds: claims.map((c) => c.claimId), targets: targets.map((c) => c.claimId), mutatedLines: mutated || {} });
}
const day = (lo, hi) => dstr(ri(lo, hi));
const H = (m, lvl) => hosp(m.region, lvl, ri(1, 4));

// ===================== FRAUD TYPOLOGIES =====================
const T = [];

// T01 分解住院 三段式: one 18-27-day course split into three claims with 0-2-day gaps.
T.push(['T01', '分解住院：一次疗程拆成三次住院', (i) => {
  const v = i % 4;
  const age = v === 2 ? ri(3, 9) : v === 3 ? ri(66, 84) : ri(40, 70);
  const m = member({ age });
  const lvl = pick([1, 2]); const hid = H(m, lvl); const doc = L.doctor();
  let t = day(20, 300); const claims = [];
  const spec = [
    { dept: 'orthopedics', dx: ['M51.202'], body: (b, days) => { days.forEach((d, k) => { if (k === 0) { admissionLabs(b, d, {}); b.add('腰椎X线摄影', d, 1); } b.add('推拿治疗', d, 1); b.add('针灸', d, 1); b.add('双氯芬酸钠缓释片', d, 1); if (k < 3) { b.add('甘露醇注射液', d, 2); ivDay(b, d, 1); } }); } },
    { dept: 'tcm', dx: ['M17.000'], body: (b, days) => { days.forEach((d, k) => { if (k === 0) { admissionLabs(b, d, {}); b.add('四肢X线摄影', d, 1); } b.add('针灸', d, 1); b.add('推拿治疗', d, 1); b.add('塞来昔布胶囊', d, 2); }); } },
    { dept: 'pediatrics', dx: ['J18.000'], child: true },
    { dept: 'respiratory', dx: ['J44.100', 'I10.x00x002'] },
  ][v];
  for (let k = 0; k < 3; k++) {
    const los = ri(6, 9);
    const body = spec.body || (spec.child ? B.pneumoniaBody(true, m.age <= 6) : B.copdBody());
    const c = stay(m, { hid, level: lvl, dept: spec.dept, doc, adm: t, los, dx: spec.dx, body, nursing: () => 'Ⅱ级护理' });
    claims.push(emit(c)); t = addDays(c.dischargeDate, ri(0, 2));
  }
  return { claims, targets: claims.slice(1) };
}]);

// T02 挂床住院: during a township/level-2 stay the member collects chronic-disease drugs at the same hospital's outpatient chronic clinic.
T.push(['T02', '挂床住院：住院期间本人在同院门诊慢特病取药', (i) => {
  const m = member({ age: ri(62, 84), chronicDiseases: ['I10', 'E11'] });
  const lvl = pick([1, 2]); const hid = H(m, lvl); const doc = L.doctor();
  const adm = day(10, 320); const los = ri(10, 15);
  const dx = pick([['I63.900', 'I10.x00x002'], ['E11.900', 'I10.x00x002'], ['I25.103', 'I10.x00x002']]);
  const c = stay(m, { hid, level: lvl, dept: 'internal', doc, adm, los, dx, body: (b, days) => {
    admissionLabs(b, days[0], { cxr: true }); b.add('空腹血糖测定', days[0], 1); b.add('血脂(四项)', days[0], 1);
    days.forEach((d, k) => { b.add('苯磺酸氨氯地平片', d, 1); b.add('盐酸二甲双胍片', d, 3); b.add('阿托伐他汀钙片', d, 1); if (k % 2 === 0) b.add('血糖监测(快速)', d, 2); if (k < 7 && dx[0] !== 'E11.900') { b.add(dx[0] === 'I25.103' ? '丹参注射液' : '血栓通注射液', d, 2); b.add('氯化钠注射液', d, 1); ivDay(b, d, 1); } });
  } });
  const vd = addDays(adm, ri(3, los - 3));
  const ch = visit(m, { hid, level: lvl, dept: 'chronic clinic', type: 'chronic', date: vd, dx: ['I10.x00x002', 'E11.900'], body: (b, d) => { b.add('苯磺酸氨氯地平片', d, 30); b.add('盐酸二甲双胍片', d, 90); b.add('阿托伐他汀钙片', d, 30); } });
  emit(ch); emit(c);
  return { claims: [ch, c], targets: [c, ch] };
}]);

// T03 低标准入院: working-age adults admitted 3-5 days for minor acute illness, IV fluids and oral drugs.
T.push(['T03', '低标准入院：青壮年轻症收住院', (i) => {
  const m = member({ age: ri(21, 48), insuranceType: 'employee' });
  const lvl = pick([1, 1, 2]); const hid = H(m, lvl);
  const v = i % 4;
  const dx = [['J06.900'], ['A09.901'], ['M54.505'], ['R42.x00x004']][v];
  const c = stay(m, { hid, level: lvl, dept: ['internal', 'internal', 'tcm', 'neurology'][v], adm: day(10, 330), los: ri(3, 5), dx, nursing: () => 'Ⅲ级护理', body: (b, days) => {
    admissionLabs(b, days[0], {});
    days.forEach((d) => {
      if (v === 0) { b.add('连花清瘟胶囊', d, 12); b.add('葡萄糖氯化钠注射液', d, 2); b.add('氯化钠注射液', d, 1); ivDay(b, d, 2); }
      if (v === 1) { b.add('蒙脱石散', d, 3); b.add('葡萄糖氯化钠注射液', d, 2); b.add('氯化钾注射液', d, 1); ivDay(b, d, 2); }
      if (v === 2) { b.add('推拿治疗', d, 1); b.add('针灸', d, 1); b.add('双氯芬酸钠缓释片', d, 1); }
      if (v === 3) { b.add('甲磺酸倍他司汀片', d, 3); b.add('银杏叶提取物注射液', d, 1); b.add('氯化钠注射液', d, 1); ivDay(b, d, 1); }
    });
  } });
  emit(c); return { claims: [c], targets: [c] };
}]);

// T04 虚记换药及高值敷料 after clean laparoscopic / mesh operations.
T.push(['T04', '虚记换药：清洁切口逐日换药并计高值敷料', (i) => {
  const m = member({ age: ri(18, 75) });
  const lvl = pick([2, 3]); const hid = H(m, lvl);
  const v = i % 3;
  const los = ri(5, 7); const adm = day(5, 330);
  const opDay = v === 0 ? 0 : 1;
  const spec = [{ dx: ['K35.800x001'], p: '47.0100', body: B.lapApp() }, { dx: ['K80.101'], p: '51.2300', body: B.lapChole() }, { dx: ['K40.900x003'], p: '53.0203', body: B.hernia() }][v];
  const mut = [];
  const c = stay(m, { hid, level: lvl, dept: 'general surgery', adm, los, dx: spec.dx, procs: [[spec.p, addDays(adm, opDay)]], nursing: (k) => (k <= opDay + 1 ? 'Ⅰ级护理' : 'Ⅱ级护理'), body: (b, days, cc) => {
    spec.body(b, days);
    const dressing = pick(['银离子抗菌敷料', '藻酸盐敷料', '泡沫敷料']);
    for (let k = opDay + 1; k < days.length; k++) {
      if (k === (v === 2 ? opDay + 1 : opDay + 2)) continue; // the real change (换药(小)) is that day
      mut.push(b.add('换药(中)', days[k], 1)); mut.push(b.add(dressing, days[k], ri(2, 3)));
    }
  } });
  emit(c); return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
}]);

// T05 串换项目: self-paid service/goods billed as covered items.
T.push(['T05', '串换项目：自费项目/商品以医保项目结算', (i) => {
  const v = i % 3;
  if (v === 0) { // teeth whitening billed as root-canal treatment
    const m = member({ age: ri(20, 40) }); const lvl = pick([2, 3]); const hid = H(m, lvl); const mut = [];
    const c = visit(m, { hid, level: lvl, dept: 'stomatology', date: day(5, 340), dx: ['K04.002'], body: (b, d) => { mut.push(b.add('根管治疗术', d, ri(3, 4))); mut.push(b.add('龈上洁治术(牙周洁治)', d, 1)); b.add('盐酸利多卡因注射液', d, 1); } });
    emit(c); return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
  }
  if (v === 1) { // pharmacy: coenzyme Q10 / vitamin C sold, billed as trimetazidine / vitamin B complex
    const m = member({ age: ri(28, 60) }); const mut = [];
    const c = visit(m, { hid: pharmacy(m.region, ri(1, 30)), level: 1, dept: 'pharmacy', type: 'pharmacy', date: day(5, 340), dx: [pick(['I25.103', 'R53.x00x002'])], body: (b, d) => { mut.push(b.add('曲美他嗪片', d, pick([120, 180, 240]))); mut.push(b.add('复合维生素B片', d, pick([200, 300]))); } });
    emit(c); return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
  }
  // PET-CT (self-pay) performed, billed as a same-day set of covered CT items
  const m = member({ age: ri(45, 75) }); const hid = H(m, 3); const mut = [];
  const c = visit(m, { hid, level: 3, dept: 'oncology', date: day(5, 340), dx: [pick(['C34.101', 'C18.200', 'C16.300']), 'Z51.000'].slice(0, 1), senior: true, body: (b, d) => {
    b.add('肿瘤标志物(CEA)测定', d, 1);
    mut.push(b.add('头颅CT平扫', d, 1)); mut.push(b.add('胸部CT平扫', d, 1)); mut.push(b.add('腹部CT平扫', d, 1)); mut.push(b.add('CT增强扫描(加收)', d, 1)); mut.push(b.add('冠状动脉CTA', d, 1));
  } });
  emit(c); return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
}]);

// T06 重复收费: double bed fee on the same days, or outpatient consultation fees inside a stay, or two first-group infusion fees a day.
T.push(['T06', '重复收费：同日双床位费/住院期间另收门急诊诊察费/同日两个输液首组', (i) => {
  const v = i % 3; const m = member({ age: ri(40, 85) }); const lvl = pick([1, 2, 3]); const hid = H(m, lvl);
  const adm = day(5, 330); const los = ri(7, 11); const mut = [];
  const dxs = [['J18.900'], ['J44.100'], ['I63.900', 'I10.x00x002']];
  const k = i % 3;
  const body0 = [B.pneumoniaBody(false), B.copdBody(), B.strokeBody(false)][k];
  const c = stay(m, { hid, level: lvl < 2 && k === 2 ? 2 : lvl, dept: 'internal', adm, los, dx: dxs[k], body: (b, days) => {
    body0(b, days);
    if (v === 0) days.slice(1, 1 + ri(4, days.length - 2)).forEach((d) => mut.push(b.add('普通病房床位费(双人间)', d, 1, { dup: true })));
    if (v === 1) { for (let j = 0; j < ri(2, 4); j++) mut.push(b.add(j % 2 ? '急诊诊察费' : '普通门诊诊察费', days[1 + j * 2] || days[1], 1)); }
    if (v === 2) days.slice(0, ri(3, 6)).forEach((d) => mut.push(b.add('静脉输液(第一组)', d, 1, { dup: true })));
  } });
  if (k === 2 && lvl < 2) c.provider.level = 2;
  emit(c); return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
}]);

// T07 分解收费: chemo compounding billed per vial; nebulisation billed per drug; strips billed beside each bedside glucose test.
T.push(['T07', '分解收费：化疗配置按支/雾化按药/血糖试纸随检测另收', (i) => {
  const v = i % 3; const mut = [];
  if (v === 0) {
    const m = member({ age: ri(40, 72) }); const hid = H(m, 3); const adm = day(5, 330);
    const ca = pick([['Z51.103', 'C18.200', '注射用奥沙利铂', 3], ['Z51.102', 'C50.400', '紫杉醇注射液', 4], ['Z51.103', 'C34.101', '注射用吉西他滨', 3]]);
    if (ca[1] === 'C50.400') m.gender = 'F';
    const c = stay(m, { hid, level: 3, dept: 'oncology', adm, los: 3, dx: [ca[0], ca[1]], procs: [['99.2500', addDays(adm, 1)]], body: (b, days) => {
      admissionLabs(b, days[0], { noStool: true }); b.add('肿瘤标志物(CEA)测定', days[0], 1);
      const d = days[1]; b.add(ca[2], d, ca[3]); b.add('盐酸帕洛诺司琼注射液', d, 1); b.add('地塞米松磷酸钠注射液', d, 2); b.add('葡萄糖注射液', d, 2); b.add('氯化钠注射液', d, 2);
      ivDay(b, d, 4);
      b.add('化疗药物配置', d, 1); mut.push(b.add('化疗药物配置', d, ca[3], { dup: true }));
    } });
    emit(c); return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
  }
  if (v === 1) {
    const m = member({ age: pick([ri(2, 10), ri(60, 85)]) }); const child = m.age < 14; const lvl = pick([1, 2]); const hid = H(m, lvl); const adm = day(5, 330);
    const c = stay(m, { hid, level: lvl, dept: child ? 'pediatrics' : 'respiratory', adm, los: ri(5, 7), dx: child ? ['J18.000'] : ['J44.100'], body: (b, days) => {
      (child ? B.pneumoniaBody(true, m.age <= 6) : B.copdBody())(b, days);
      days.forEach((d) => { mut.push(b.add('雾化吸入', d, 2)); mut.push(b.add('一次性使用雾化器', d, 1)); });
    } });
    emit(c); return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
  }
  const m = member({ age: ri(50, 80) }); const lvl = pick([2, 3]); const hid = H(m, lvl); const adm = day(5, 330);
  const c = stay(m, { hid, level: lvl, dept: 'endocrinology', adm, los: ri(7, 10), dx: ['E11.900', 'I10.x00x002'], body: (b, days) => {
    admissionLabs(b, days[0], {}); b.add('糖化血红蛋白测定', days[0], 1); b.add('血脂(四项)', days[0], 1); b.add('眼底检查', days[1], 1); b.add('下肢血管彩色多普勒超声', days[1], 1);
    days.forEach((d) => { b.add('血糖监测(快速)', d, 7); mut.push(b.add('血糖试纸', d, 7)); b.add('门冬胰岛素注射液', d, 0.2); b.add('甘精胰岛素注射液', d, 0.1); b.add('皮下注射', d, 4); b.add('盐酸二甲双胍片', d, 3); });
  } });
  emit(c); return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
}]);

// T08 超标准收费: high-value consumables billed above the price cap (markup on 零差率 items) at level 2-3.
T.push(['T08', '超标准收费：高值耗材加价销售', (i) => {
  const v = i % 5; const mut = []; const mk = 1 + ri(18, 45) / 100;
  const m = member({ age: ri(50, 82) }); const hid = H(m, 3); const adm = day(5, 330);
  const up = (name) => Math.round(L.row(name).priceCap['3'] * mk);
  let c;
  if (v === 0) c = stay(m, { hid, level: 3, dept: 'cardiology', adm, los: ri(4, 6), dx: ['I20.000', 'I25.103'], procs: [['36.0601', addDays(adm, 1)], ['88.5701', addDays(adm, 1)]], body: (b, days) => {
    admissionLabs(b, days[0], { surgery: true, cxr: true }); b.add('肌钙蛋白I测定', days[0], 1); b.add('心脏彩色多普勒超声', days[0], 1);
    const d = days[1]; b.add('经皮冠状动脉支架置入术', d, 1); b.add('局部浸润麻醉', d, 1); b.add('盐酸利多卡因注射液', d, 1);
    mut.push(b.add('冠状动脉药物洗脱支架', d, 1, { price: up('冠状动脉药物洗脱支架') })); b.add('冠状动脉球囊扩张导管', d, 1); b.add('导引导丝', d, 1); b.add('血管鞘组', d, 1); b.add('冠脉造影导管', d, 1);
    days.forEach((dd) => { b.add('阿司匹林肠溶片', dd, 1); b.add('替格瑞洛片', dd, 2); b.add('阿托伐他汀钙片', dd, 1); });
    b.add('心电监测', d, 24);
  } });
  if (v === 1) c = stay(m, { hid, level: 3, dept: 'ophthalmology', adm, los: 2, dx: ['H25.002'], procs: [['13.7100x001', addDays(adm, 1)]], body: (b, days) => {
    b.add('血常规(五分类)', days[0], 1); b.add('凝血四项', days[0], 1); b.add('常规心电图检查', days[0], 1); b.add('眼科A超(生物测量)', days[0], 1); b.add('裂隙灯检查', days[0], 1);
    const d = days[1]; b.add('白内障超声乳化摘除+人工晶体植入术', d, 1); b.add('局部浸润麻醉', d, 1); mut.push(b.add('人工晶状体', d, 1, { price: up('人工晶状体') })); b.add('眼科粘弹剂', d, 1); b.add('左氧氟沙星滴眼液', d, 1); b.add('妥布霉素地塞米松滴眼液', d, 1);
  } });
  if (v === 2) c = stay(m, { hid, level: 3, dept: 'orthopedics', adm, los: ri(8, 12), dx: ['M17.000'], procs: [['81.5400', addDays(adm, 2)]], nursing: (k) => (k < 4 ? 'Ⅰ级护理' : 'Ⅱ级护理'), body: (b, days) => {
    admissionLabs(b, days[0], { surgery: true, cxr: true }); b.add('四肢X线摄影', days[0], 1); b.add('下肢血管彩色多普勒超声', days[1], 1);
    surgeryDay(b, days[2], { op: '人工全膝关节置换术', gaHours: 3, extra: [['一次性电刀笔', 1], ['一次性负压引流器', 1]] });
    mut.push(b.add('膝关节假体(全膝)', days[2], 1, { price: up('膝关节假体(全膝)') }));
    days.slice(2, 5).forEach((d) => { b.add('注射用头孢呋辛钠', d, 2); ivDay(b, d, 1); b.add('氯化钠注射液', d, 1); });
    days.slice(3, 3 + Math.min(10, days.length - 3)).forEach((d) => { b.add('依诺肝素钠注射液', d, 1); b.add('皮下注射', d, 1); b.add('运动疗法', d, 1); b.add('塞来昔布胶囊', d, 2); });
    b.add('换药(中)', days[4], 1);
  } });
  if (v === 3) c = stay(m, { hid, level: 3, dept: 'general surgery', adm, los: ri(3, 4), dx: ['K40.900x003'], procs: [['53.0203', addDays(adm, 1)]], body: (b, days) => {
    B.hernia()(b, days); const li = b.items.find((x) => x.name === '疝修补补片'); li.unitPrice = up('疝修补补片'); li.amount = r2(li.unitPrice * li.quantity); mut.push(li.lineId);
  } });
  if (v === 4) c = stay(m, { hid, level: 3, dept: 'orthopedics', adm, los: ri(7, 10), dx: ['S52.500x001'], procs: [['79.3200x011', addDays(adm, 1)]], body: (b, days) => {
    B.fractureOrif({ plates: 1, screws: 6 })(b, days); const li = b.items.find((x) => x.name === '接骨板'); li.unitPrice = up('接骨板'); li.amount = r2(li.unitPrice * li.quantity); mut.push(li.lineId);
  } });
  emit(c); return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
}]);

// T09 出院带药超量: 56-90 days of discharge drugs billed on the last stay day, not marked long prescription.
T.push(['T09', '出院带药超量', (i) => {
  const v = i % 5; const mut = []; const m = member({ age: ri(50, 82), gender: v === 3 ? 'M' : undefined }); const lvl = pick([2, 3]); const hid = H(m, lvl); const adm = day(5, 320);
  const days_ = pick([56, 60, 84, 90]);
  const spec = [
    { dx: ['I20.000', 'I25.103'], dept: 'cardiology', dr: [['替格瑞洛片', 2], ['阿托伐他汀钙片', 1]] },
    { dx: ['I48.000', 'I10.x00x002'], dept: 'cardiology', dr: [['利伐沙班片', 1], ['琥珀酸美托洛尔缓释片', 1]] },
    { dx: ['I50.900x008', 'I10.x00x002'], dept: 'cardiology', dr: [['沙库巴曲缬沙坦钠片', 2], ['螺内酯片', 1]] },
    { dx: ['N40.x00'], dept: 'urology', dr: [['盐酸坦索罗辛缓释胶囊', 1], ['非那雄胺片', 1]] },
    { dx: ['J44.100'], dept: 'respiratory', dr: [['布地奈德福莫特罗吸入粉雾剂', 0.02], ['噻托溴铵粉吸入剂', 0.035]] },
  ][v];
  const c = stay(m, { hid, level: lvl, dept: spec.dept, adm, los: ri(6, 9), dx: spec.dx, body: (b, days) => {
    if (v === 4) B.copdBody()(b, days); else {
      admissionLabs(b, days[0], { cxr: true }); b.add('心脏彩色多普勒超声', days[1], 1);
      if (v === 2) { b.add('B型钠尿肽(BNP)测定', days[0], 1); b.add('B型钠尿肽(BNP)测定', days[days.length - 1], 1); days.slice(0, 4).forEach((d) => { b.add('呋塞米注射液', d, 2); b.add('静脉注射', d, 2); }); }
      if (v === 3) { b.add('前列腺特异性抗原(PSA)测定', days[0], 1); b.add('泌尿系B超', days[0], 1); }
      if (v === 1) { b.add('动态心电图(24小时)', days[1], 1); b.add('凝血四项', days[0], 1); }
      if (v === 0) { b.add('肌钙蛋白I测定', days[0], 2); b.add('动态心电图(24小时)', days[2], 1); }
      days.forEach((d) => spec.dr.forEach(([n, q]) => { if (q >= 1) b.add(n, d, q); }));
    }
    const last = days[days.length - 1];
    spec.dr.forEach(([n, q]) => mut.push(b.add(n, last, q >= 1 ? q * days_ : Math.max(3, Math.round(q * days_ * 1.5)))));
  } });
  emit(c); return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
}]);

// T10 超限定支付范围: restricted drugs outside their restriction.
T.push(['T10', '超限定支付范围用药', (i) => {
  const v = i % 4; const mut = [];
  if (v === 0) { // albumin after elective surgery without hypoalbuminaemia/shock/cirrhosis
    const m = member({ age: ri(55, 80) }); const hid = H(m, 3); const adm = day(5, 320);
    const tk = pick([0, 1]);
    const c = stay(m, { hid, level: 3, dept: tk ? 'general surgery' : 'orthopedics', adm, los: ri(7, 10), dx: tk ? ['K80.101'] : ['M17.000'], procs: [[tk ? '51.2300' : '81.5400', addDays(adm, 1)]], body: (b, days) => {
      if (tk) B.lapChole()(b, days); else { admissionLabs(b, days[0], { surgery: true, cxr: true }); surgeryDay(b, days[1], { op: '人工全膝关节置换术', gaHours: 3, extra: [['膝关节假体(全膝)', 1], ['一次性负压引流器', 1]] }); days.slice(2).forEach((d) => { b.add('运动疗法', d, 1); b.add('依诺肝素钠注射液', d, 1); }); }
      days.slice(2, 2 + ri(3, 5)).forEach((d) => mut.push(b.add('人血白蛋白', d, 1)));
    } });
    emit(c); return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
  }
  const m = member({ age: v === 3 ? ri(30, 38) : v === 1 ? ri(55, 72) : ri(25, 45), gender: v === 1 ? 'F' : undefined }); const lvl = 3; const hid = H(m, lvl);
  const dx = [null, [pick(['M17.000', 'M54.505'])], ['E66.900'], [pick(['M54.505', 'M17.101'])]][v];
  const c = visit(m, { hid, level: lvl, dept: ['', 'orthopedics', 'endocrinology', 'orthopedics'][v], date: day(5, 340), dx, body: (b, d) => {
    if (v === 1) { mut.push(b.add('特立帕肽注射液', d, 1)); b.add('碳酸钙D3片', d, 30); }
    if (v === 2) { mut.push(b.add('利拉鲁肽注射液', d, ri(2, 3))); b.add('空腹血糖测定', d, 1); }
    if (v === 3) { mut.push(b.add('唑来膦酸注射液', d, 1)); b.add('静脉输液(第一组)', d, 1); b.add('一次性使用输液器', d, 1); b.add('氯化钠注射液', d, 1); }
  } });
  emit(c); return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
}]);

// T11 过度检查: outpatient battery for a simple complaint in young adults.
T.push(['T11', '过度检查：门诊轻症全套影像/肿瘤标志物', (i) => {
  const v = i % 4; const mut = []; const m = member({ age: ri(20, 42) }); const lvl = pick([2, 3]); const hid = H(m, lvl);
  const dx = [['R51.x00'], ['R42.x00x004'], ['K29.500'], ['J06.900']][v];
  const c = visit(m, { hid, level: lvl, dept: ['neurology', 'neurology', 'gastroenterology', 'internal'][v], date: day(5, 340), dx, body: (b, d) => {
    b.add('血常规(五分类)', d, 1);
    const pool = v < 2 ? ['头颅MRI平扫', '头颅CT平扫', '颈部血管彩色多普勒超声', '脑电图', '动态心电图(24小时)', '甲状腺功能(三项)', '心脏彩色多普勒超声'] :
      v === 2 ? ['肿瘤标志物(CEA)测定', '甲胎蛋白(AFP)测定', '糖类抗原19-9(CA19-9)测定', '糖类抗原125(CA125)测定', '腹部CT平扫', '胸部CT平扫', '甲状腺彩超'] :
        ['胸部CT平扫', '降钙素原测定', 'D-二聚体测定', '心肌酶谱', 'B型钠尿肽(BNP)测定', '肝功能(全套)', '肾功能(三项)'];
    const k = ri(4, 6); pool.slice(0, k).forEach((n) => mut.push(b.add(n, d, 1)));
    if (v === 2) b.add('铝碳酸镁咀嚼片', d, 18);
    if (v === 3) b.add('连花清瘟胶囊', d, 24);
    if (v < 2) b.add(v === 0 ? '布洛芬缓释胶囊' : '甲磺酸倍他司汀片', d, v === 0 ? 6 : 15);
  } });
  emit(c); return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
}]);

// T12 高套病组: principal diagnosis coded heavier than the bill supports.
T.push(['T12', '高套病组：主诊断高编', (i) => {
  const v = i % 4; const m = member({ age: ri(45, 80), gender: v === 1 ? 'F' : undefined }); const lvl = pick([2, 3]); const hid = H(m, lvl); const adm = day(5, 330);
  const spec = [
    { dx: ['I63.900', 'I10.x00x002'], los: ri(3, 4), body: (b, days) => { admissionLabs(b, days[0], {}); b.add('头颅CT平扫', days[0], 1); b.add('颈部血管彩色多普勒超声', days[1], 1); days.forEach((d) => { b.add('阿司匹林肠溶片', d, 1); b.add('阿托伐他汀钙片', d, 1); }); } },
    { dx: ['A41.900', 'N30.000'], los: ri(3, 5), body: (b, days) => { admissionLabs(b, days[0], {}); b.add('细菌培养及药敏', days[0], 1); b.add('泌尿系B超', days[0], 1); days.slice(0, 3).forEach((d) => { b.add('左氧氟沙星氯化钠注射液', d, 1); ivDay(b, d, 1); }); } },
    { dx: ['J96.000', 'J20.900'], los: ri(4, 6), body: (b, days) => { admissionLabs(b, days[0], { cxr: true }); b.add('C反应蛋白测定', days[0], 1); days.forEach((d, k) => { if (k < 4) { b.add('注射用头孢呋辛钠', d, 2); b.add('氯化钠注射液', d, 2); ivDay(b, d, 2); } b.add('盐酸氨溴索片', d, 3); }); } },
    { dx: ['I21.900', 'I10.x00x002'], los: 2, body: (b, days) => { admissionLabs(b, days[0], {}); b.add('肌钙蛋白I测定', days[0], 1); b.add('心肌酶谱', days[0], 1); b.add('心电监测', days[0], 12); b.add('常规心电图检查', days[1], 1); b.add('阿司匹林肠溶片', days[0], 1); b.add('单硝酸异山梨酯缓释片', days[1], 1); } },
  ][v];
  const c = stay(m, { hid, level: lvl, dept: 'internal', adm, los: spec.los, dx: spec.dx, route: 'emergency', body: spec.body });
  emit(c); return { claims: [c], targets: [c] };
}]);

// T13 冒名就医: a child's card used for an adult's inpatient stay (adult-only drugs, adult conditions).
T.push(['T13', '冒名就医：儿童医保卡用于成人住院', (i) => {
  const v = i % 3; const m = member({ age: ri(6, 13), insuranceType: 'resident' }); const lvl = pick([1, 2]); const hid = H(m, lvl); const adm = day(5, 330);
  const spec = [
    { dx: ['M51.202'], dept: 'orthopedics', body: (b, days) => { admissionLabs(b, days[0], {}); b.add('腰椎X线摄影', days[0], 1); days.forEach((d, k) => { b.add('塞来昔布胶囊', d, 2); b.add('推拿治疗', d, 1); if (k < 3) { b.add('甘露醇注射液', d, 2); b.add('地塞米松磷酸钠注射液', d, 1); ivDay(b, d, 2); } }); } },
    { dx: ['N30.000'], dept: 'urology', body: (b, days) => { admissionLabs(b, days[0], {}); b.add('细菌培养及药敏', days[0], 1); days.forEach((d) => { b.add('左氧氟沙星氯化钠注射液', d, 1); ivDay(b, d, 1); }); } },
    { dx: ['J18.900'], dept: 'respiratory', body: (b, days) => { admissionLabs(b, days[0], { cxr: true }); days.forEach((d) => { b.add('盐酸莫西沙星氯化钠注射液', d, 1); b.add('盐酸氨溴索注射液', d, 2); ivDay(b, d, 2); }); } },
  ][v];
  const c = stay(m, { hid, level: v === 2 ? 2 : lvl, dept: spec.dept, adm, los: ri(4, 7), dx: spec.dx, body: spec.body });
  emit(c); return { claims: [c], targets: [c] };
}]);

// T14 倒卖药品: several unrelated members' cards at one pharmacy the same day, each for bulk of the same high-value drug.
T.push(['T14', '倒卖药品：多人同日同店批量购同一高值药', (i) => {
  const region = pick(REGIONS); const ph = pharmacy(region, ri(31, 60)); const d = day(5, 340);
  const drug = pick([['布地奈德福莫特罗吸入粉雾剂', [3, 6], 'J45.900'], ['替格瑞洛片', [84, 168], 'I25.103'], ['达格列净片', [60, 120], 'E11.900'], ['恩替卡韦分散片', [90, 180], 'B18.100'], ['甘精胰岛素注射液', [5, 10], 'E11.900'], ['利伐沙班片', [60, 120], 'I48.000']]);
  const n = ri(4, 6); const claims = []; const mut = {};
  for (let k = 0; k < n; k++) {
    const m = member({ age: ri(24, 45), region });
    const c = visit(m, { hid: ph, level: 1, dept: 'pharmacy', type: 'pharmacy', date: d, dx: [drug[2]], body: (b, dd) => { mut['x'] = b.add(drug[0], dd, ri(drug[1][0], drug[1][1])); } });
    emit(c); claims.push(c); mut[c.claimId] = [mut.x]; delete mut.x;
  }
  return { claims, targets: claims, mutated: mut };
}]);

// T15 重复结算: same pharmacy sale settled again at a sister branch the same day; or a clinic visit's exams settled again on a second visit 1-2 days later.
T.push(['T15', '重复结算：同一笔购药/检查再次结算', (i) => {
  const v = i % 2; const m = member({ age: ri(30, 75) }); const d = day(5, 330);
  if (v === 0) {
    const [items, pdx] = pick([[[['苯磺酸氨氯地平片', 28], ['阿托伐他汀钙片', 28]], ['I10.x00x002', 'E78.000']], [[['盐酸二甲双胍片', 84], ['阿卡波糖片', 84]], ['E11.900']], [[['氯雷他定片', 14], ['丁酸氢化可的松乳膏', 1]], ['L30.900']], [[['奥美拉唑肠溶胶囊', 28], ['铝碳酸镁咀嚼片', 36]], ['K29.500']]]);
    const n0 = ri(1, 20);
    const mk = (ph) => visit(m, { hid: ph, level: 1, dept: 'pharmacy', type: 'pharmacy', date: d, dx: pdx, body: (b, dd) => items.forEach(([n, q]) => b.add(n, dd, q)) });
    const a = emit(mk(pharmacy(m.region, n0))); const b2 = emit(mk(pharmacy(m.region, n0 + 100)));
    return { claims: [a, b2], targets: [b2] };
  }
  const lvl = pick([2, 3]); const hid = H(m, lvl); const doc = L.doctor();
  const exams = pick([[['胃镜检查', 1], ['腹部B超', 1]], [['动态心电图(24小时)', 1], ['心脏彩色多普勒超声', 1]], [['甲状腺彩超', 1], ['甲状腺功能(三项)', 1]], [['腰椎MRI平扫', 1], ['腰椎X线摄影', 1]]]);
  const dx = { 胃镜检查: 'K29.500', 动态心电图: 'I10.x00x002', 甲状腺彩超: 'E04.100', 腰椎MRI平扫: 'M51.202' }[exams[0][0].replace(/\(.*/, '')] || 'K29.500';
  const a = emit(visit(m, { hid, level: lvl, dept: 'outpatient', doc, date: d, dx: [dx], body: (b, dd) => exams.forEach(([n, q]) => b.add(n, dd, q)) }));
  const mut = [];
  const c2 = emit(visit(m, { hid, level: lvl, dept: 'outpatient', doc, date: addDays(d, ri(1, 2)), dx: [dx], body: (b, dd) => exams.forEach(([n, q]) => mut.push(b.add(n, dd, q))) }));
  return { claims: [a, c2], targets: [c2], mutated: { [c2.claimId]: mut } };
}]);

// T16 将丙类（自费）项目计入政策范围: the 丙 lines are counted in amounts.policy and the fund claim.
T.push(['T16', '自费项目计入政策范围内费用申报基金', (i) => {
  const v = i % 3; const mut = []; let c;
  if (v === 0) { const m = member({ age: ri(24, 36), gender: 'F' }); const hid = H(m, 2); const adm = day(5, 330);
    c = stay(m, { hid, level: 2, dept: 'obstetrics', adm, los: 3, dx: ['O80.000'], procs: [['73.5900x002', adm]], body: (b, days) => { B.deliveryBody()(b, days); mut.push(b.add('医用护理垫', days[0], 20)); mut.push(b.add('阿胶', days[1], 2)); mut.push(b.add('医用冷敷贴', days[1], 4)); } });
  } else if (v === 1) { const m = member({ age: ri(50, 80) });
    c = visit(m, { hid: pharmacy(m.region, ri(61, 90)), level: 1, dept: 'pharmacy', type: 'pharmacy', date: day(5, 340), dx: ['I10.x00x002'], body: (b, d) => { b.add('苯磺酸氨氯地平片', d, 28); mut.push(b.add('辅酶Q10胶囊', d, 90)); mut.push(b.add('维生素C片', d, 100)); mut.push(b.add('复方樟脑乳膏', d, 2)); } });
  } else { const m = member({ age: ri(60, 85) }); const lvl = pick([1, 2]); const hid = H(m, lvl);
    c = stay(m, { hid, level: lvl, dept: 'geriatrics', adm: day(5, 320), los: ri(8, 12), dx: ['J18.900', 'I10.x00x002'], body: (b, days) => { B.pneumoniaBody(false)(b, days); days.forEach((d) => mut.push(b.add('医用护理垫', d, 4))); mut.push(b.add('阿胶', days[2], 1)); } });
  }
  emit(c, { inflate: true }); return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
}]);

// T17 门诊慢特病 超病种: acute-illness items billed on a chronic-disease settlement.
T.push(['T17', '门诊慢特病结算夹带非病种用药', (i) => {
  const v = i % 4; const mut = [];
  const dis = [['E11', 'E11.900'], ['I10', 'I10.x00x002'], ['I25', 'I25.103'], ['N18', 'N18.400']][v];
  const m = member({ age: ri(50, 80), chronicDiseases: [dis[0]] }); const lvl = pick([1, 2, 3]); const hid = H(m, lvl);
  const c = visit(m, { hid, level: lvl, dept: 'chronic clinic', type: 'chronic', date: day(5, 340), dx: [dis[1]], body: (b, d) => {
    if (v === 0) { b.add('盐酸二甲双胍片', d, 90); b.add('格列美脲片', d, 30); }
    if (v === 1) { b.add('苯磺酸氨氯地平片', d, 30); b.add('缬沙坦胶囊', d, 30); }
    if (v === 2) { b.add('阿司匹林肠溶片', d, 30); b.add('阿托伐他汀钙片', d, 30); b.add('单硝酸异山梨酯缓释片', d, 30); }
    if (v === 3) { b.add('重组人促红素注射液', d, 4); b.add('骨化三醇软胶囊', d, 30); b.add('琥珀酸亚铁片', d, 90); }
    const extra = pick([[['阿莫西林胶囊', 24], ['连花清瘟胶囊', 36]], [['磷酸奥司他韦胶囊', 10], ['对乙酰氨基酚片', 9]], [['氯雷他定片', 14], ['丁酸氢化可的松乳膏', 2]], [['左氧氟沙星滴眼液', 2], ['玻璃酸钠滴眼液', 2]], [['头孢克肟胶囊', 12], ['复方甘草片', 27]], [['塞来昔布胶囊', 28], ['双氯芬酸钠缓释片', 14]]]);
    extra.forEach(([n, q]) => mut.push(b.add(n, d, q)));
  } });
  emit(c); return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
}]);

// T18 应由第三方负担: traffic or work injuries (external cause coded) billed to basic insurance.
T.push(['T18', '第三方责任/工伤费用由医保基金支付', (i) => {
  const v = i % 4; const m = member({ age: ri(20, 60), insuranceType: v >= 2 ? 'employee' : undefined }); const adm = day(5, 330);
  const ext = [pick(['V49.400', 'V49.500']), pick(['V29.400', 'V29.500']), 'W23.x00', 'W12.x00'][v];
  let c;
  if (v === 2) { // work hand injury, outpatient debridement and suture
    const lvl = pick([1, 2]); const hid = H(m, lvl);
    c = visit(m, { hid, level: lvl, dept: 'emergency', emergency: true, date: adm, dx: ['S61.000x001', ext, 'Y96.x00'], body: (b, d) => { b.add('四肢X线摄影', d, 1); b.add('局部浸润麻醉', d, 1); b.add('盐酸利多卡因注射液', d, 2); b.add('换药(中)', d, 1); b.add('可吸收缝线', d, 1); b.add('一次性使用换药包', d, 1); b.add('头孢呋辛酯片', d, 12); b.add('肌肉注射', d, 1); } });
  } else {
    const lvl = pick([2, 3]); const hid = H(m, lvl);
    const tib = v === 1 || v === 3;
    c = stay(m, { hid, level: lvl, dept: 'orthopedics', adm, los: ri(8, 13), route: 'emergency', dx: tib ? ['S82.200x011', ext] : ['S52.500x001', ext].concat(v === 3 ? ['Y96.x00'] : []), procs: [[tib ? '79.3600x013' : '79.3200x011', addDays(adm, 2)]], body: B.fractureOrif({ opDay: 2, plates: tib ? 2 : 1, screws: tib ? 10 : 6, drain: tib, ga: tib ? 3 : 2 }) });
    if (v === 3) c.diagnoses.push({ code: 'Y96.x00' });
  }
  emit(c); return { claims: [c], targets: [c] };
}]);

// T19 重复检查: after referral/transfer the receiving hospital repeats the sender's fresh imaging on day 1 (检查检验结果互认 not applied).
T.push(['T19', '重复检查：转诊/转院后重复近期同项影像检查', (i) => {
  const v = i % 3; const m = member({ age: ri(45, 82) }); const d = day(5, 320); const mut = [];
  const hA = hosp(m.region, 2, ri(1, 4)); const hB = hosp(m.region, 3, ri(5, 8));
  const exams = [['头颅CT平扫', '颈部血管彩色多普勒超声', '头颅MRI平扫'], ['胸部CT平扫', '心脏彩色多普勒超声'], ['腹部CT平扫', '腹部B超']][v];
  const dx = [['I63.900', 'I10.x00x002'], ['I50.900x008', 'J18.900'], ['K80.000x002']][v];
  const a = emit(visit(m, { hid: hA, level: 2, dept: 'emergency', emergency: true, date: d, dx, body: (b, dd) => { b.add('血常规(五分类)', dd, 1); exams.forEach((n) => b.add(n, dd, 1)); } }));
  const adm = addDays(d, ri(0, 2));
  const c = stay(m, { hid: hB, level: 3, dept: ['neurology', 'cardiology', 'general surgery'][v], adm, los: ri(7, 11), dx, route: 'outpatient', body: (b, days) => {
    if (v === 0) B.strokeBody(false)(b, days); else if (v === 1) { admissionLabs(b, days[0], { cxr: true }); b.add('B型钠尿肽(BNP)测定', days[0], 1); days.slice(0, 5).forEach((dd) => { b.add('呋塞米注射液', dd, 2); b.add('注射用头孢呋辛钠', dd, 2); ivDay(b, dd, 2); b.add('静脉注射', dd, 2); }); days.forEach((dd) => b.add('沙库巴曲缬沙坦钠片', dd, 2)); } else B.lapChole()(b, days);
    // the repeated exams on day 0 (for stroke body, the first two already sit on days 0/1: add the missing repeats explicitly)
    const have = new Set(b.items.filter((x) => x.date <= days[1]).map((x) => x.name));
    exams.forEach((n) => { if (have.has(n)) { const li = b.items.find((x) => x.name === n); mut.push(li.lineId); } else mut.push(b.add(n, days[0], 1)); });
  } });
  if (v === 2) c.procedures = [{ code: '51.2300', date: addDays(adm, 1) }];
  emit(c); return { claims: [a, c], targets: [c], mutated: { [c.claimId]: mut } };
}]);

// T20 村卫生室/卫生院 违规输液: IV antibiotic + steroid for common colds / pharyngitis / diarrhoea on consecutive days.
T.push(['T20', '基层违规输液：普通感冒抗菌药+激素静滴', (i) => {
  const m = member({ age: pick([ri(3, 12), ri(18, 80)]), insuranceType: 'resident' }); const child = m.age < 7;
  const vil = i % 2 === 0; const hid = vil ? village(m.region, ri(1, 40)) : hosp(m.region, 1, ri(5, 9));
  const dx = pick([['J06.900'], ['J02.900'], ['J00.x00'], ['A09.901']]);
  const d0 = day(5, 330); const n = ri(2, 3); const claims = []; const mut = {};
  const doc = L.doctor();
  for (let k = 0; k < n; k++) {
    const ml = [];
    const c = visit(m, { hid, level: 1, dept: 'general', doc, date: addDays(d0, k), dx, body: (b, d) => {
      ml.push(b.add(dx[0] === 'A09.901' ? '注射用头孢呋辛钠' : '注射用头孢曲松钠', d, child ? 1 : 2));
      ml.push(b.add('地塞米松磷酸钠注射液', d, child ? 1 : 2));
      b.add('氯化钠注射液', d, 2);
      if (child) ml.push(b.add('小儿头皮静脉输液', d, 1)); else ml.push(b.add('静脉输液(第一组)', d, 1));
      ml.push(b.add('静脉输液(每增加一组)', d, 1)); ml.push(b.add('一次性使用输液器', d, 2));
      if (k === 0) b.add(child ? '小儿氨酚黄那敏颗粒' : '连花清瘟胶囊', d, child ? 9 : 24);
    } });
    emit(c); claims.push(c); mut[c.claimId] = ml;
  }
  return { claims, targets: claims, mutated: mut };
}]);

module.exports.T = T;
if (require.main === module) require('./make-rest').run({ T, emit, caseOf, labels, out });
