import { unseenImaging } from '../../src/benefits/cross-claim/unseen-imaging';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import type { LedgerLine, MemberClaim } from '../../src/benefits/member-claim';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleExample } from '../../src/rules/examples';
import { RULES_DIR } from '../helpers/rules-dir';
import { arrive, buildClaim, hitOf, shippedRules } from '../helpers/shipped-rules';

const k = shippedRules.current().refs.history!;
const line = (lineId: string, kind: LedgerLine['kind'], amountFen: number, exam = false): LedgerLine => ({ lineId, code: `C${lineId}`, date: '2025-06-10', kind, amountFen, ...(exam ? { test: true, exam: true } : {}) });
const claim = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P', claimId: 'V1', insuranceType: 'resident', visitType: 'outpatient', serviceDate: '2025-06-10', endDate: '2025-06-10',
  hospitalId: 'H11', hospitalLevel: 1, principalCategory: 'J20', mdc: null, totalFen: 6400, policyFen: 6400, fundClaimedFen: 1, itemsSignature: 'S', serviceCodes: [],
  lines: [line('1', 'consult', 800), line('2', 'service', 5600, true)], ...over,
});
// The township visit: seen (一般诊疗费) and filmed (chest X-ray).
const visit = claim({});
// The lead hospital's bill of a chest CT alone.
const scan = claim({ claimId: 'R1', hospitalId: 'H01', hospitalLevel: 3, totalFen: 20000, lines: [line('1', 'service', 20000, true)] });
const ct: BenefitItem = { lineId: '1', code: '002301010020001', name: '胸部CT平扫', category: 'service', date: '2025-06-10', quantity: 1, unitPrice: 200, amountFen: 20000, longPrescription: false, catalogue: null } as BenefitItem;

describe('an examination-only claim up the alliance the day of a township visit (history.unseen-imaging)', () => {
  it('the scan claim arriving second carries the hit with its lines; the visit arriving second names it (事后发现)', () => {
    expect(unseenImaging(scan, [ct], [visit], k)).toMatchObject({ claimId: 'R1', visitClaimId: 'V1', lineIds: ['1'], amount: 200, suspects: [] });
    expect(unseenImaging(visit, [], [scan], k)).toMatchObject({ claimId: 'R1', visitClaimId: 'V1', lineIds: [], amount: null, suspects: [{ claimId: 'R1', lineIds: ['1'], amount: 200 }] });
  });
  it('quiet: a consultation billed, an earlier claim at the hospital to order it, the same level, another condition or day, a visit without an examination', () => {
    const consulted = claim({ claimId: 'R1', hospitalId: 'H01', hospitalLevel: 3, lines: [line('1', 'consult', 1000), line('2', 'service', 20000, true)] });
    expect(unseenImaging(consulted, [ct], [visit], k)).toBeNull();
    const ordered = claim({ claimId: 'O1', hospitalId: 'H01', hospitalLevel: 3, serviceDate: '2025-06-08', endDate: '2025-06-08' });
    expect(unseenImaging(scan, [ct], [visit, ordered], k)).toBeNull();
    expect(unseenImaging({ ...scan, hospitalLevel: 1 }, [ct], [visit], k)).toBeNull();
    expect(unseenImaging(scan, [ct], [{ ...visit, principalCategory: 'S93' }], k)).toBeNull();
    expect(unseenImaging(scan, [ct], [{ ...visit, serviceDate: '2025-06-09', endDate: '2025-06-09' }], k)).toBeNull();
    expect(unseenImaging(scan, [ct], [{ ...visit, lines: [line('1', 'consult', 800)] }], k)).toBeNull();
  });
});

// Review 29 item 6: a same-day 医共体 referral for imaging (the township's order, the county CT) bills exactly like this,
// so the finding is a lead an investigator may read (info), never a review on its own.
describe('history.unseen-imaging through the whole review', () => {
  it('is an info lead that says a same-day referral looks the same, and leaves the claim to pass', async () => {
    const rule = (JSON.parse(readFileSync(join(RULES_DIR, 'history/history.rules.json'), 'utf8')).rules as { id: string; examples: { fires: RuleExample[] } }[]).find((r) => r.id === 'history.unseen-imaging')!;
    const [fires] = rule.examples.fires;
    const [, scanVerdict] = await arrive(...fires.history!.map((h) => buildClaim(h)), buildClaim(fires));
    const h = hitOf(scanVerdict, 'history.unseen-imaging')!;
    expect(h.severity).toBe('info');
    expect(h.message).toContain('当日转上级医院做CT等检查');
    expect(scanVerdict.decision).toBe('pass');
  });
});
