import { toYuan } from '../money/fen';
import { startsWithAny } from '../contract/code-prefix';
import type { StayContentFacts, StayContentInput } from './stay-content-types';

// 冬病夏治三伏贴 is prevention — applied in the 三伏 to people whose asthma, bronchitis or rhinitis is in remission —
// and basic insurance does not pay for prevention (劳社部发〔1999〕22号); the catalogue gives it a 丙 row of its own.
// Billed as the covered 穴位贴敷治疗 it is 串换项目. What shows it: the row's line in the season's dates on a visit
// that bills nothing but it, its own tape and paste, and the consultation, for a 冬病 only. A treatment of an attack
// carries its drugs or nebulisation beside the plasters (and the attack is in winter).

/** Lines of a therapy row's preventive season (therapy-indications.json preventiveSeason) on a visit holding nothing else. */
export function therapyPreventive(c: StayContentInput): StayContentFacts['therapyPreventive'] {
  if (c.inpatient || !c.diagnosisCodes.length) return null;
  const table = c.knowledge!.therapy;
  const lines = c.items.filter((it) => {
    const season = table.get(it.code)?.preventiveSeason;
    if (!season || (c.region && season.disabledRegions.some((p) => c.region!.startsWith(p)))) return false;
    const day = it.date.slice(5);
    return day >= season.from && day <= season.to;
  });
  if (!lines.length) return null;
  const seasons = [...new Set(lines.map((l) => table.get(l.code)!.preventiveSeason!))];
  if (!c.diagnosisCodes.every((d) => seasons.some((s) => startsWithAny([d], s.diagnoses)))) return null;
  const own = new Set(lines.map((l) => l.lineId));
  // The plaster's own lines (its tape, its paste's herbs) are not a treatment beside it; any other drug, test or
  // treatment is.
  const pasteMarks = seasons.flatMap((s) => s.pasteMarks);
  const plasters = (it: (typeof c.items)[number]) =>
    it.category === 'consumable' || (it.category === 'drug' && pasteMarks.some((m) => it.name.includes(m)));
  if (c.items.some((it) => !own.has(it.lineId) && it.catalogue?.subcategory !== 'consult' && !plasters(it))) return null;
  return {
    lineIds: lines.map((l) => l.lineId),
    dates: [...new Set(lines.map((l) => l.date))].sort().join('、'),
    names: [...new Set(lines.map((l) => l.name))].join('、'),
    season: seasons.map((s) => `${s.name}（${s.from}至${s.to}）`).join('、'),
    diagnoses: c.diagnosisCodes.join('、'),
    amount: toYuan(lines.reduce((s, l) => s + l.amountFen, 0)),
  };
}
