import { underAny } from '../contract/code-prefix';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { routineLineIds } from './stay-day-content';

// 《医疗保障基金结算清单填写规范》(医保办发〔2021〕34号) 主要诊断选择: a symptom, sign or abnormal finding (ICD-10 chapter
// XVIII) is principal only when the stay ended without a definitive diagnosis; a diagnosis that includes the symptom as
// its usual presentation is principal in its place (rules/knowledge/symptom-causes.json).

/**
 * A stay whose principal diagnosis is a symptom of a row while another coded diagnosis is one of that row's causes:
 * the stay found the cause, so the symptom is not the principal (the order of the codes may move the stay's group).
 * A symptom standing alone, or beside diagnoses that do not explain it, is not judged. Names the stay's bed and
 * nursing lines (the stay billed under the group of that principal).
 */
export function symptomPrincipal(c: StayContentInput): StayContentFacts['symptomPrincipal'] {
  const rows = c.knowledge?.symptomCauses;
  if (!rows || !c.inpatient) return null;
  for (const row of rows) {
    if (!underAny(c.principalDiagnosis, row.symptoms)) continue;
    const operated = (row.operatedCauses ?? []).filter((o) => c.procedureCodes.some((p) => underAny(p, o.procedures))).flatMap((o) => o.causes);
    const cause = c.diagnosisCodes.find((d) => d !== c.principalDiagnosis && (underAny(d, row.causes) || underAny(d, operated)));
    if (cause) return { symptom: c.principalDiagnosis, name: row.name, cause, lineIds: routineLineIds(c.items) };
  }
  return null;
}
