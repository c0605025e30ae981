import { lateRehabilitation } from '../../src/benefits/cross-claim/late-rehabilitation';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { shippedRules } from '../helpers/shipped-rules';

// 超限定支付 (康复时限): an inpatient rehabilitation course of a stroke's sequela long after the acute stay on record.
const k = shippedRules.current().refs.history!;
const PT = '001218000010001';

const stay = (claimId: string, principalCategory: string, serviceDate: string, codes: string[] = []): MemberClaim =>
  ({ insuredId: 'P1', claimId, visitType: 'inpatient', principalCategory, serviceDate, endDate: serviceDate, codes, serviceCodes: [], hospitalId: 'H1' }) as unknown as MemberClaim;
const therapy = [{ lineId: '7', code: PT, name: '运动疗法', category: 'service', date: '2025-03-05', quantity: 2, amountFen: 7200, catalogue: { code: PT } }] as unknown as BenefitItem[];

describe('rehabilitation long after the acute stroke (history.rehabilitation-long-after-onset)', () => {
  const course = stay('R', 'I69', '2025-03-04', ['I69.300x003', 'G81.903']);

  it('names the latest acute stay and the therapy lines beyond the limit', () => {
    const found = lateRehabilitation(course, therapy, [stay('A', 'I63', '2022-09-15')], k);
    expect(found).toMatchObject({ onset: 'A（入院2022-09-15）', maxDays: 365, lineIds: ['7'], amount: 72 });
    expect(found?.daysSinceOnset).toBeGreaterThan(365);
  });

  it('is quiet within the limit, after a recurrent stroke, without an acute stay on record, or for another condition', () => {
    expect(lateRehabilitation(course, therapy, [stay('A', 'I63', '2025-01-10')], k)).toBeNull();
    expect(lateRehabilitation(course, therapy, [stay('A', 'I63', '2022-09-15'), stay('B', 'I61', '2024-12-01')], k)).toBeNull();
    expect(lateRehabilitation(course, therapy, [], k)).toBeNull();
    expect(lateRehabilitation(stay('S', 'G82', '2025-03-04'), therapy, [stay('A', 'I63', '2022-09-15')], k)).toBeNull();
    // A new infarct coded on the stay, or a stay billing no therapy.
    expect(lateRehabilitation(stay('R', 'I69', '2025-03-04', ['I69.300', 'I63.900']), therapy, [stay('A', 'I63', '2022-09-15')], k)).toBeNull();
    expect(lateRehabilitation(course, [], [stay('A', 'I63', '2022-09-15')], k)).toBeNull();
  });

  // Review 29 item 7: the therapy the note names (运动疗法, 作业疗法, 言语训练), and an onset coded anywhere on the earlier stay.
  const line = (code: string, name: string) => [{ lineId: '8', code, name, category: 'service', date: '2025-03-05', quantity: 1, amountFen: 3600, catalogue: { code } }] as unknown as BenefitItem[];
  it('reads 作业疗法 and 言语训练 as the course, not 针灸 or 推拿', () => {
    const acute = [stay('A', 'I63', '2022-09-15')];
    expect(lateRehabilitation(course, line('003402000010001', '作业疗法'), acute, k)).toMatchObject({ lineIds: ['8'] });
    expect(lateRehabilitation(course, line('003402000020001', '言语训练'), acute, k)).toMatchObject({ lineIds: ['8'] });
    expect(lateRehabilitation(course, line('001215000010001', '针灸'), acute, k)).toBeNull();
    expect(lateRehabilitation(course, line('001216000010001', '推拿治疗'), acute, k)).toBeNull();
  });

  it('counts a recurrence admitted for its aspiration pneumonia (J69 principal, I63 secondary) as the onset', () => {
    expect(lateRehabilitation(course, therapy, [stay('A', 'I63', '2022-09-15'), stay('B', 'J69', '2024-12-01', ['J69.000', 'I63.900'])], k)).toBeNull();
  });
});
