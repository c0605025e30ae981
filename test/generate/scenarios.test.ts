import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateClaims } from '../../src/generate';
import { INPATIENT_SCENARIOS, readScenarios, VISIT_SCENARIOS } from '../../src/generate/scenarios';
import data from '../../src/generate/data/scenarios.json';
import { RULES } from './helpers';

// The scenario tables moved from code (src/generate/scenarios.ts) to data (src/generate/data/scenarios.json).
// These hashes were taken from the generator before the move: the same seed must still give the same bytes.
// A deliberate change to the scenarios or the generator changes them; update them in that commit.
// Re-pinned at the merge onto main (whose catalogue files the generator reads had changed): main's code-defined
// scenarios and these data-file scenarios give the same hashes on the same rule files. Re-pinned again when the
// waiting period became resident-only from 2025-01-01 (issue 17.5/17.6): the generator injects it only where the
// provision covers the member, which changes the random draws that follow. Re-pinned when pharmacies got monthly
// refills of chronic-condition drugs (乙 class among them) and the concussion stay its admission labs (issue 19:
// the model had never seen the one, the test norms of BY1 were 3 tests), which changes the draws, and when the
// catalogue moved to national code formats (issue 17.1: codes are in the output). Re-pinned when complication support
// became specific (issue 19.2: clean stays carry the complication's own care, judged as the review judges it; new
// catalogue rows for ventilation, high-flow oxygen, lactate and CRRT; ventilation consumables left to the item
// consistency table), a swapped code's quantity became at least ten
// days of its usual use, and a high-cost outlier stay cut short by the end of the period is no longer emitted; and when
// the clean urti_observation stays became elderly (65–88; an uncomplicated URTI admission below that is 低标准入院).
// Re-pinned when routine admission tests stopped evidencing complications and a heart-failure stay's own renal
// rechecks stopped evidencing AKI (issue 19 point 1): clean stays so coded now carry the
// complication's own care, as the review judges it. Re-pinned when a medically managed infarction's troponin became
// serial (a course, not one admission test): one troponin is any chest pain's rule-out (grouping.principal-unsupported);
// when cataract stays got the admission and pre-operative panels of the clinical pathway (their test norms were 5 tests);
// and when injectables got their labels' daily maxima and advanced dressings catalogue rows (issue 19.2: the catalogue
// the generator draws quantities and complication care from). Re-pinned when the elective inguinal hernia stays
// stopped being coded K40.001/K40.002 (双侧腹股沟疝伴梗阻: an incarcerated hernia, an emergency) and became K40.201/
// K40.202 (双侧腹股沟斜疝/直疝): grouping.principal-unsupported judges an obstructed hernia by its emergency care.
// Re-pinned when clean bills became as full as a real
// 结算清单 (issue 19.5: repeated tests in acute illness, fuller admission panel, cannulas, operation-day monitoring,
// stents per lesion, chemotherapy regimens and cycles, dialysis every other day, an AV-fistula stay) and the norms and
// test norms were re-derived from them; when children under 14 were seen in 儿科 for medical care (the department
// a general hospital routes them to), spironolactone became heart failure's own evidence (an MRA, 2018 guideline)
// and a ward stay's respiratory failure stopped getting invasive ventilation (特级/重症 care the ward stays do not bill).
// Re-pinned when the laparoscopic cholecystectomy stays became coded 51.2300 腹腔镜下胆囊切除术 (they were coded the
// open 51.2200 while billing 腹腔镜下胆囊切除术) and took the DIP 病种 K80/K81:51.2300: the draws are unchanged, only
// those stays' procedure and DIP codes differ. Re-pinned when the elective hernia stays became unilateral (K40.900x003/
// K40.900x004 单侧腹股沟斜疝/直疝: they coded a bilateral hernia with a unilateral repair) repaired with the mesh they bill
// (53.0501 单侧腹股沟疝无张力修补术, not 53.0001 without one), and the ovarian cyst stripping became 65.2501 腹腔镜卵巢病损
// 切除术 (not 65.2400, a wedge resection): same ADRGs (GE1, ND1), same draws; only those stays' codes and DIP 病种 differ.
// Re-pinned when the lumbar discectomy stays, which bill an interbody cage and screws, became coded with their fusion
// (81.0801 腰椎椎体间融合术 before 80.5100x013: a cage on a plain discectomy is now 串换), and the post-stroke rehabilitation stays bill their 康复评定 once on
// admission (初期评定) instead of daily for 3–7 days (a course of assessments is 频次超标准): other draws follow; and when a
// timed service and what it includes while it runs came to share the day's 24 hours (catalogue includesDuring: a COPD
// stay's respiratory failure no longer gets 20 h of high-flow on a day of 12 h of oxygen); and when eye drops were counted
// at 12.5 days a 5 ml bottle (catalogue usualPerDay 0.08, was 0.2: a conjunctivitis visit dispenses one bottle of each drop).
// Re-pinned when TCM and key-monitoring injections got indication restrictions (胞磷胆碱, 丹参, 参麦, 银杏叶提取物;
// 参麦 限二级及以上医疗机构): clean claims are unchanged (fraud rate 0 gives the same bytes), the restricted-scope injectors
// draw from more rows. Re-pinned when over_reimbursement claims above 95% of the policy scope under the shipped
// (unconfirmed) benefit figures, needing a bill of 100 yuan, and the catalogue got dental and 腹膜透析液 rows (the
// fraud injectors draw from more rows), and when sex and age restrictions without a clinical basis left the sample
// catalogue (breast surgery and β-HCG are not one sex's; DXA and estradiol have no age floor: premature ovarian
// insufficiency, glucocorticoid osteoporosis): clean claims are unchanged (fraud rate 0 gives the same bytes).
// Re-pinned when the generator took the review's policy resolution (src/generate/policy.ts): 成都's regional override
// (resident outpatient cap 500 over the province's) now pays its claims; without that override the bytes are as before.
// Re-pinned when clean operations' course antibacterial ran on the operation day and the next only (prophylaxisDays,
// ≤ 24 h: 抗菌药物临床应用指导原则 2015), and when parenteral nutrition's indications lost the whole K chapter (the
// restricted-indication injector draws diagnoses against them): each change alone moves both hashes. Re-pinned when
// the inpatient bronchitis scenario's ages became 65–90 (acute bronchitis in younger adults is treated in clinics:
// 《急性气管-支气管炎基层诊疗指南（2018年）》; such a stay is catalogue.low-standard-admission since blind43), and again when a member's unpaired organ
// (appendix, gallbladder, uterus, tonsils) could no longer be removed twice (history.organ-removed-twice). Re-pinned when
// HbA1c's indications took ischaemic stroke and TIA (二级预防指南2022; the restricted-indication injector draws against
// them): clean claims (fraud rate 0) are unchanged. Re-pinned when a visit billing a senior consultation fee was seen by
// the department's senior colleague (doctor id suffixed S): the fee follows the doctor's grade
// (history.doctor-grade-fees); only those claims' doctorId moved. Re-pinned when the single CKD stay (dialysis every
// other day with nothing acute: the outpatient programme in a bed, 将门诊透析患者收住院) became three stays admitted for
// a reason with its care — hyperkalaemia, fluid overload with heart failure, pneumonia (ckd_* rows, weights 0.4/0.35/0.25
// of the old one): the draws of those stays and all that follow them change. Re-pinned when the dialyser and blood line
// took CRRT's non-renal indications (sepsis, ARDS, pancreatitis, poisoning …: 血液净化标准操作规程 2021; the
// restricted-indication injector draws diagnoses against them): clean claims (fraud rate 0) are unchanged. Re-pinned when
// clopidogrel's indications took the sequelae of cerebral infarction (I69.3: the ischaemic stroke after its acute phase,
// long-term secondary prevention; the restricted-indication injector draws against them): clean claims are unchanged.
// Re-pinned when the cataract scenario's principal became H25.900 老年性白内障 in place of H25.000 老年性初期白内障 (an
// incipient cataract is no indication for extraction: history.procedure-not-indicated); only that code moved.
// Re-pinned when the lumbar discectomy stays stopped fusing a simple herniation (M51 with 81.0801, a cage and screws:
// fusion without an indication, 腰椎间盘突出症诊疗指南 2020, catalogue.fusion-without-indication — since house35
// catalogue.operation-without-indication) and became a plain
// discectomy (80.5100x013, no implant), half their weight going to a fusion for degenerative spondylolisthesis with
// stenosis (M43.1 + M48.005, TLIF 81.0800x018 + 84.5100x006 with its cage and screws): the draws that follow change.
// Re-pinned when the restricted-level injector stopped choosing 门诊慢特病 and pharmacy claims (a dispensing claim is judged
// at the prescriber's level, levelPrescribed: a member's earlier stay at a higher level exempted one): clean claims unchanged.
// Re-pinned after the twenty-first round's catalogue edits the generator reads (the PN rows' and EPO's restrictions, the
// per-day and per-drug units of 静脉输液 and 化疗药物配置): the fraud injectors' draws over them change; scenarios unchanged.
// Re-pinned when the clean hypertension stay became a hypertensive emergency (I10.x10/I10.x06: IV nitroglycerin with its
// drip and monitoring for 1–2 days, then oral drugs, the target-organ work-up and renal rechecks; a daily saline drip
// for stable hypertension is 低标准入院) and the mastectomy and radius-fixation stays' drips ended with the post-operative
// course (courseDays; the cannula placed once on the operation day): the draws of those stays and all that follow change;
// and the excess-quantity injector stopped picking a stay's per-day rows (日, dailyUnit: read as a summary of the days
// after it, day-summary-lines.ts, a days-beyond-the-stay finding): only fraud claims move.
// Re-pinned when the chemotherapy stays took their PPI by mouth, not IV (one quantity draw per row either way: only
// the chemotherapy stays move); and again when a row's indication clauses qualified its diagnoses (the cirrhosis stay
// bills albumin beside its diuretics again, as before albumin's K74 moved into a clause); and again when the endourological stays' IV prophylaxis stopped at 48 h
// (prophylaxisDays 2, 抗菌药物临床应用指导原则 2015) and the clean ESWL stay codes the hydronephrosis that keeps it
// in bed (N13.202: a stay for shock waves alone is a 低标准入院, stay-content.json outpatientProcedures).
// Re-pinned when the acute-pancreatitis stay passed one gastric tube on admission and a second only a week on (a tube
// stays in for days, T/CNAS 19—2020; it billed a new one every few days), the medical coronary stay coded the worsening
// exertional angina that admits it (I20.003, with troponin, echo, nitrate, β-blocker and LMWH: 稳定性冠心病基层诊疗指南
// 2020 转诊; a stable I25 alone is 低标准入院), and the duplicate-charge injector stopped copying a test the claim's
// condition repeats the same day (serial-tests.json: troponin in an acute coronary syndrome): the draws that follow change.
// Re-pinned when complication-support.json asked a post-operative E87.6/E87.1 for electrolytes on a third day or potassium
// (the generator's complications bill the support the table names, so a surgical stay's draws change).
// Re-pinned on the thirty-ninth round's tables the generator reads (complication-support.json's new J98.1 atelectasis
// row with nebulisation, the acute CCs marked acquired, catalogue label indications): the draws that follow change.
const PINNED: Record<string, string> = {
  'scenario-data-1': 'ce6d057129a8ae525db9a8050fa0d0524133cd2daa55591b9f561765942f14b6',
  'scenario-data-2': 'e14c6c02cb5e94e976967d16584a0d2a52bc51bc21c9712272c239aaa452aa59',
};

describe('generator scenarios as data', () => {
  it.each(Object.keys(PINNED))('3,000 claims of seed %s hash as before the move', (seed) => {
    const hash = createHash('sha256');
    for (const claim of generateClaims({ count: 3000, seed, fraudRate: 0.2, rulesDir: RULES })) hash.update(`${JSON.stringify(claim)}\n`);
    expect(hash.digest('hex')).toBe(PINNED[seed]);
  });

  it('splices item sets in place and gives inpatient stays the default comorbidities', () => {
    const ami = INPATIENT_SCENARIOS.find((s) => s.id === 'ami_pci')!;
    expect(ami.daily.slice(-data.itemSets.IV.length)).toEqual(data.itemSets.IV);
    expect(ami.comorbid).toEqual(data.itemSets.HTN);
    expect(ami.complications).toEqual(['I50.900', 'E87.600', 'I48.000']);
    expect(INPATIENT_SCENARIOS.every((s) => s.complications && s.comorbid)).toBe(true);
    expect(INPATIENT_SCENARIOS.flatMap((s) => [...s.daily, ...s.course, ...s.admission, ...s.operation]).some((n) => n.startsWith('@'))).toBe(false);
    expect(VISIT_SCENARIOS.length).toBe(data.visits.length);
  });

  // A maintenance-dialysis member has the sessions in the dialysis clinic: a clean stay that bills them is admitted for
  // something the programme does not manage (catalogue.low-standard-admission judges the rest as 将门诊透析患者收住院).
  it('gives every stay that dialyses a programme member a reason the outpatient programme does not manage', () => {
    const t = JSON.parse(readFileSync(join(RULES, 'knowledge/stay-content.json'), 'utf8')).lowIntensity.maintenanceDialysis;
    const off = (codes: string[], list: string[]) => codes.filter((c) => !list.some((p) => c.startsWith(p)));
    const dialysing = INPATIENT_SCENARIOS.filter((s) =>
      [...s.admission, ...s.daily, ...s.course, ...s.repeat.flatMap((r) => r.items)].includes('血液透析') &&
      [...s.principal, ...s.always].some((c) => t.onDialysis.some((p: string) => c.startsWith(p))));
    expect(dialysing.length).toBeGreaterThan(0);
    for (const s of dialysing) {
      const reasons = [...off(s.always, t.diagnoses), ...off(s.principal, t.diagnoses), ...off(s.procedures, t.procedures)];
      expect({ scenario: s.id, reasons: reasons.length > 0 }).toEqual({ scenario: s.id, reasons: true });
    }
  });

  it('names the scenario and field of a malformed table', () => {
    const broken = structuredClone(data) as any;
    broken.inpatient[2].los = [3];
    expect(() => readScenarios(broken)).toThrow(/scenarios\.json: inpatient\.2\.los/);
    const unknownSet = structuredClone(data) as any;
    unknownSet.visits[0].services = ['@NOPE'];
    expect(() => readScenarios(unknownSet)).toThrow('scenarios.json: visits.0.services: no item set NOPE');
  });
});
