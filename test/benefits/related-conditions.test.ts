import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadHistoryKnowledge } from '../../src/benefits/history-knowledge';
import { relatedStay } from '../../src/benefits/cross-claim';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { RULES_DIR } from '../helpers/reviewed-file';

// 分解住院 is a readmission for the same condition: the same ICD-10 category, or categories the shipped
// related-conditions table groups; two conditions that only share an MDC (body system) are not the same.

const shipped = loadHistoryKnowledge(RULES_DIR);
const stay = (principalCategory: string, mdc: string): MemberClaim =>
  ({ principalCategory, mdc, claimId: `C-${principalCategory}`, visitType: 'inpatient' }) as MemberClaim;

describe('relatedness of a readmission (history.split-hospitalisation)', () => {
  it('the same ICD-10 category, or one condition group of the table, is related; the same MDC alone is not', () => {
    expect(relatedStay(stay('I63', 'MDCB'), stay('I63', 'MDCB'), shipped)).toBe('同一疾病类目I63');
    expect(relatedStay(stay('G45', 'MDCB'), stay('I63', 'MDCB'), shipped)).toBe('同属脑血管病（G45、I63）');
    expect(relatedStay(stay('S06', 'MDCB'), stay('I63', 'MDCB'), shipped)).toBeNull();
    expect(relatedStay(stay('J18', 'MDCE'), stay('C34', 'MDCE'), shipped)).toBeNull();
    expect(relatedStay(stay('N83', 'MDCN'), stay('D25', 'MDCN'), shipped)).toBeNull();
  });

  it('a table putting one category in two groups fails at load, naming the file and the group', () => {
    const dir = mkdtempSync(join(tmpdir(), 'related-'));
    cpSync(RULES_DIR, dir, { recursive: true });
    const file = join(dir, 'history', 'related-conditions.json');
    const table = JSON.parse(readFileSync(file, 'utf8'));
    table.groups[1].categories.push('I63');
    writeFileSync(file, JSON.stringify(table));
    expect(() => loadHistoryKnowledge(dir)).toThrow(/related-conditions\.json group 1: category I63 is already in group 脑血管病/);
  });
});
