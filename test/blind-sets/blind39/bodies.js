'use strict';
// Clinical bill bodies shared by routine, fraud and control cases.
const L = require('./lib');
const { ri, pick, addDays, diffDays, newClaim, finish, inpatientBase, admissionLabs, ivDay, surgeryDay } = L;

// generic inpatient stay: o = {m, hid, level, dept, adm, los, dx, procs, nursing, bed, route, mode, body(b, days, c)}
function stay(m, o) {
  const dis = addDays(o.adm, o.los);
  const c = newClaim(m, {
    hospitalId: o.hid, level: o.level, department: o.dept, doctorId: o.doc, visitType: 'inpatient', admissionDate: o.adm, dischargeDate: dis,
    diagnoses: o.dx, procedures: o.procs || [], admissionRoute: o.route || 'outpatient', dischargeMode: o.mode, transferFromHospitalId: o.from,
    region: o.region, insuredRegion: o.insuredRegion,
  });
  const days = inpatientBase(c, { bed: o.bed, nursing: o.nursing });
  if (o.body) o.body(c._bill, days, c);
  return c;
}
function visit(m, o) {
  const c = newClaim(m, { hospitalId: o.hid, level: o.level, department: o.dept, doctorId: o.doc, visitType: o.type || 'outpatient', visitDate: o.date, diagnoses: o.dx, region: o.region, insuredRegion: o.insuredRegion });
  const b = c._bill;
  if (o.consult !== false) {
    if (o.type === 'chronic') b.add('门诊慢特病管理诊查费', o.date, 1);
    else if (o.type === 'pharmacy') { /* none */ }
    else if (o.emergency) b.add('急诊诊察费', o.date, 1);
    else if (o.level === 1) b.add('一般诊疗费', o.date, 1);
    else b.add(o.senior ? '副主任医师门诊诊察费' : '普通门诊诊察费', o.date, 1);
  }
  if (o.body) o.body(b, o.date, c);
  return c;
}

// ---- bodies ----
function postOp(b, days, from, child) { days.slice(from).forEach((d) => b.add(child ? '小儿对乙酰氨基酚颗粒' : '布洛芬缓释胶囊', d, child ? 3 : 2)); }
function pneumoniaBody(child, scalp) {
  return (b, days) => {
    admissionLabs(b, days[0], { cxr: true, noStool: child });
    b.add('C反应蛋白测定', days[0], 1);
    if (!child) b.add('细菌培养及药敏', days[0], 1);
    const n = Math.min(days.length - 1, 7);
    days.slice(0, n).forEach((d, i) => {
      b.add('注射用头孢曲松钠', d, child ? 1 : 2);
      b.add('氯化钠注射液', d, 2);
      ivDay(b, d, 2, { child: !!scalp });
      if (child) { b.add('雾化吸入', d, 2); b.add('吸入用布地奈德混悬液', d, 2); if (i === 0) b.add('一次性使用雾化器', d, 1); }
      else if (i < 5) b.add('盐酸氨溴索注射液', d, 2);
    });
    if (child) b.add('小儿对乙酰氨基酚颗粒', days[0], 3);
    b.add('血常规(五分类)', days[Math.min(4, days.length - 1)], 1);
    b.add('C反应蛋白测定', days[Math.min(4, days.length - 1)], 1);
    b.add('胸部X线摄影(正侧位)', days[days.length - 1], 1);
  };
}
function copdBody() {
  return (b, days) => {
    admissionLabs(b, days[0], { cxr: true });
    b.add('血气分析', days[0], 1); b.add('C反应蛋白测定', days[0], 1); b.add('B型钠尿肽(BNP)测定', days[0], 1);
    days.forEach((d, i) => {
      if (i < 7) { b.add('注射用头孢呋辛钠', d, 2); b.add('氯化钠注射液', d, 3); b.add('多索茶碱注射液', d, 1); ivDay(b, d, 3); }
      if (i < 5) b.add('注射用甲泼尼龙琥珀酸钠', d, 1);
      b.add('雾化吸入', d, 2); b.add('吸入用异丙托溴铵溶液', d, 2); b.add('吸入用布地奈德混悬液', d, 2);
      b.add('吸氧', d, i < 4 ? 12 : 6);
    });
    b.add('一次性使用吸氧管', days[0], 1); b.add('一次性使用雾化器', days[0], 1);
    b.add('血气分析', days[3], 1);
  };
}
function lapApp() {
  return (b, days) => {
    admissionLabs(b, days[0], { surgery: true, cxr: true });
    b.add('腹部B超', days[0], 1);
    surgeryDay(b, days[0], { op: '腹腔镜下阑尾切除术', gaHours: 2, extra: [['一次性腹腔镜穿刺器', 1], ['止血夹(结扎夹)', 3], ['一次性电刀笔', 1]] });
    b.add('病理检查(常规石蜡切片)', days[0], 1);
    days.slice(0, 3).forEach((d) => { b.add('注射用头孢呋辛钠', d, 2); b.add('甲硝唑氯化钠注射液', d, 2); b.add('葡萄糖氯化钠注射液', d, 2); ivDay(b, d, 3); });
    b.add('心电监测', days[0], 12); b.add('血氧饱和度监测', days[0], 12);
    b.add('换药(小)', days[2], 1); b.add('透明敷贴', days[2], 2);
    b.add('血常规(五分类)', days[2], 1); postOp(b, days, 1);
  };
}
function lapChole() {
  return (b, days) => {
    admissionLabs(b, days[0], { surgery: true, cxr: true });
    b.add('腹部B超', days[0], 1);
    surgeryDay(b, days[1], { op: '腹腔镜下胆囊切除术', gaHours: 2, extra: [['一次性腹腔镜穿刺器', 1], ['止血夹(结扎夹)', 4], ['一次性电刀笔', 1]] });
    b.add('病理检查(常规石蜡切片)', days[1], 1);
    days.slice(1, 4).forEach((d) => { b.add('注射用头孢呋辛钠', d, 2); b.add('葡萄糖氯化钠注射液', d, 2); ivDay(b, d, 2); });
    b.add('心电监测', days[1], 12); b.add('血氧饱和度监测', days[1], 12);
    b.add('换药(小)', days[3], 1); b.add('透明敷贴', days[3], 3);
    b.add('肝功能(全套)', days[3], 1); postOp(b, days, 2);
  };
}
function hernia() {
  return (b, days) => {
    admissionLabs(b, days[0], { surgery: true, cxr: true });
    surgeryDay(b, days[1], { op: '腹股沟疝修补术', spinal: true, extra: [['疝修补补片', 1], ['一次性电刀笔', 1]] });
    b.add('注射用头孢呋辛钠', days[1], 1); ivDay(b, days[1], 1);
    b.add('换药(小)', days[2], 1); b.add('透明敷贴', days[2], 1); postOp(b, days, 2);
  };
}
function strokeBody(thrombo) {
  return (b, days) => {
    admissionLabs(b, days[0], { cxr: true });
    b.add('凝血四项', days[0], 1); b.add('血脂(四项)', days[0], 1); b.add('空腹血糖测定', days[0], 1);
    b.add('头颅CT平扫', days[0], 1); b.add('头颅MRI平扫', days[1], 1); b.add('颈部血管彩色多普勒超声', days[1], 1); b.add('心脏彩色多普勒超声', days[2], 1);
    if (thrombo) { b.add('注射用阿替普酶', days[0], 2); b.add('心电监测', days[0], 24); b.add('心电监测', days[1], 24); }
    days.forEach((d, i) => {
      if (i < 14 && i < days.length) { b.add('依达拉奉注射液', d, 2); b.add('氯化钠注射液', d, 2); ivDay(b, d, 2); }
      if (i >= (thrombo ? 1 : 0)) { b.add('阿司匹林肠溶片', d, 1); b.add('硫酸氢氯吡格雷片', d, 1); }
      b.add('阿托伐他汀钙片', d, 1);
      if (i >= 3) b.add('康复评定', d, i === 3 ? 1 : 0) ;
    });
    // remove zero-qty lines
    b.items = b.items.filter((x) => x.quantity > 0); b.items.forEach((x, k) => (x.lineId = String(k + 1)));
  };
}
function deliveryBody() {
  return (b, days) => {
    admissionLabs(b, days[0], { surgery: true, noEcg: false });
    b.add('产科B超', days[0], 1); b.add('胎心监护', days[0], 2);
    b.add('阴道分娩接生', days[0], 1); b.add('一次性产包', days[0], 1); b.add('缩宫素注射液', days[0], 2); b.add('肌肉注射', days[0], 1);
    b.add('血常规(五分类)', days[1], 1);
  };
}
function caesBody(extra) {
  return (b, days) => {
    admissionLabs(b, days[0], { surgery: true });
    b.add('产科B超', days[0], 1); b.add('胎心监护', days[0], 2);
    surgeryDay(b, days[1], { op: '剖宫产术', spinal: true, sutures: 3, extra: [['一次性电刀笔', 1], ['一次性使用导尿包', 1]] });
    b.add('缩宫素注射液', days[1], 2);
    days.slice(1, 4).forEach((d) => { b.add('注射用头孢呋辛钠', d, d === days[1] ? 1 : 2); b.add('葡萄糖氯化钠注射液', d, 2); ivDay(b, d, 2); });
    b.add('心电监测', days[1], 12); b.add('血氧饱和度监测', days[1], 12);
    b.add('换药(小)', days[3], 1); b.add('血常规(五分类)', days[2], 1); postOp(b, days, 2);
    if (extra) extra(b, days);
  };
}
function fractureOrif(o) {
  return (b, days) => {
    admissionLabs(b, days[0], { surgery: true, cxr: true });
    b.add('四肢X线摄影', days[0], 1);
    const od = days[o.opDay || 1];
    surgeryDay(b, od, { op: '骨折切开复位内固定术', gaHours: o.ga || 2, extra: [['接骨板', o.plates || 1], ['骨科螺钉', o.screws || 6], ['一次性电刀笔', 1], ['一次性负压引流器', o.drain ? 1 : 0]].filter((x) => x[1] > 0) });
    days.slice(o.opDay || 1, (o.opDay || 1) + 2).forEach((d) => { b.add('注射用头孢呋辛钠', d, 2); b.add('氯化钠注射液', d, 2); ivDay(b, d, 2); });
    b.add('心电监测', od, 8);
    b.add('四肢X线摄影', days[Math.min(days.length - 1, (o.opDay || 1) + 1)], 1);
    b.add('换药(中)', days[Math.min(days.length - 1, (o.opDay || 1) + 2)], 1);
    if (o.child) days.slice(o.opDay || 1).forEach((d) => b.add('小儿对乙酰氨基酚颗粒', d, 3)); else if (o.teen) days.slice(o.opDay || 1).forEach((d) => b.add('布洛芬缓释胶囊', d, 2)); else days.slice(o.opDay || 1).forEach((d) => b.add('塞来昔布胶囊', d, 2));
  };
}

module.exports = { postOp, stay, visit, pneumoniaBody, copdBody, lapApp, lapChole, hernia, strokeBody, deliveryBody, caesBody, fractureOrif };
