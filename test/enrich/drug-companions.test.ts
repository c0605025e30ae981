import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { loadKnowledge } from '../../src/enrich/knowledge';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';
import { tempDir } from '../helpers/temp-dir';

// Gastroprotection beside antithrombotics (drug-indications.json `companions`): a PPI or H2RA is part of the
// antiplatelet's or anticoagulant's treatment where the GI-bleeding risk calls for it (age 65 and over, dual
// therapy), so it is within the 门诊慢特病 disease the antithrombotic serves, and follows it when it is not.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const ASPIRIN = { code: 'XB01ACA509A001010119008', quantity: 30 };
const CLOPIDOGREL = { code: 'XB01ACL502A001010124734', quantity: 30 };
const RIVAROXABAN = { code: 'XB01AFL503A001010159963', quantity: 30 };
const OMEPRAZOLE = { code: 'XA02BCA515A001010168198', quantity: 30 };
const FAMOTIDINE = { code: 'XA02BAF504A001010137730', quantity: 30 };
const ANTACID = { code: 'XA02ADL508A001010126179', quantity: 30 };

function chronic(approved: string[], birthDate: string, addItems: object[]) {
  return {
    base: 'outpatient',
    set: {
      visitType: 'chronic',
      'patient.birthDate': birthDate,
      'enrollment.chronicDiseases': approved,
      diagnoses: approved.map((code, i) => ({ code: `${code}.900`, principal: i === 0 })),
    },
    addItems,
  };
}

/** Names of the lines catalogue.chronic-drug-out-of-scope (or the pharmacy rule) flags. */
async function flagged(example: object, ruleId = 'catalogue.chronic-drug-out-of-scope'): Promise<string[]> {
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const claim = checked.claim;
  const hits = (await ruleset.evaluate(enrichClaim(claim, ruleset.refs))).filter((h) => h.ruleId === ruleId);
  const names = new Map(claim.items.map((it) => [it.lineId, it.name]));
  return hits.flatMap((h) => h.lineIds.map((id) => String(names.get(id))));
}

describe('gastroprotection beside antithrombotics', () => {
  it('a PPI or H2RA beside aspirin at 65 and over is within the approved coronary disease; an antacid is not', async () => {
    expect(await flagged(chronic(['I25'], '1953-01-10', [ASPIRIN, OMEPRAZOLE, FAMOTIDINE]))).toEqual([]);
    expect(await flagged(chronic(['I25'], '1953-01-10', [ASPIRIN, ANTACID]))).toEqual(['铝碳酸镁咀嚼片']);
  });

  it('under 65 it takes dual therapy', async () => {
    expect(await flagged(chronic(['I25'], '1975-01-10', [ASPIRIN, OMEPRAZOLE]))).toEqual(['奥美拉唑肠溶胶囊']);
    expect(await flagged(chronic(['I25'], '1975-01-10', [ASPIRIN, CLOPIDOGREL, OMEPRAZOLE]))).toEqual([]);
  });

  it('with no antithrombotic on the claim the PPI is judged by its own class', async () => {
    expect(await flagged(chronic(['I25'], '1953-01-10', [OMEPRAZOLE]))).toEqual(['奥美拉唑肠溶胶囊']);
  });

  it('follows an antithrombotic outside the approved diseases (rivaroxaban for a member approved for diabetes)', async () => {
    expect(await flagged(chronic(['E11'], '1950-05-02', [RIVAROXABAN, OMEPRAZOLE]))).toEqual(['利伐沙班片', '奥美拉唑肠溶胶囊']);
  });

  it('at a pharmacy, follows the aspirin the claim\'s diagnoses support', async () => {
    const pharmacy = (dx: string) => ({
      base: 'outpatient',
      set: { visitType: 'pharmacy', 'provider.department': 'pharmacy', 'provider.level': 1, items: [], 'patient.birthDate': '1955-03-01', 'diagnoses[0].code': dx },
      addItems: [ASPIRIN, OMEPRAZOLE],
    });
    expect(await flagged(pharmacy('I25.100'), 'catalogue.pharmacy-drug-no-diagnosis')).toEqual([]);
    expect(await flagged(pharmacy('J06.900'), 'catalogue.pharmacy-drug-no-diagnosis')).toEqual(['阿司匹林肠溶片', '奥美拉唑肠溶胶囊']);
  });

  it('refuses a companion row without the drugs it protects against, naming the field', () => {
    const dir = tempDir('companions-');
    writeFileSync(join(dir, 'drug-indications.json'), JSON.stringify({ note: 'x', rows: [], companions: [{ atc: ['A02BC'], name: 'x', withName: 'y', source: 's' }] }));
    expect(() => loadKnowledge(dir)).toThrow(/drug-indications\.json: companions\.0\.with/);
  });
});
