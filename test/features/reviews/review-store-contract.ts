import { makeClaim, makeClaimWithUnknownFields, makeHit, makeInvalid, makeOutpatientClaim, makeLedger, makeRecord, makeReviewed, makeVerdict } from '../../helpers/fixtures';
import type { Store } from '../../../src/features/stores';
import { countCases, moveCase } from '../../helpers/cases';
import type { Claim } from '../../../src/contract/claim';
import type { BillPeer } from '../../../src/benefits/identical-bills';
import type { AdmissionPeer } from '../../../src/benefits/cross-claim/batch-admission';
import type { ReviewedClaim } from '../../../src/features/reviews/review-store';
import { finding as fsiFinding } from '../fsi/fsi-store-contract';

// The behaviour every Store implementation must show, written against the interface alone so the SQLite,
// in-memory and MongoDB stores are held to the same contract. `make` returns a fresh, empty store.
// `alongInTransaction`: a write along a batch (AlongReviews) shares its transaction, so a throw there stores nothing
// (SQLite, memory); MongoDB runs it after the commit.

export function describeStoreContract(name: string, make: () => Promise<Store> | Store, { alongInTransaction = true } = {}): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('round trip', () => {
      it('keeps a flagged review whole: verdict record, case, claim and verdict JSON', async () => {
        const claim = { ...makeClaim({ claimId: 'RT-1' }), label: 'upcoding' }; // passthrough fields survive
        const verdict = makeVerdict(claim, {
          decision: 'review',
          riskScore: 0.8731,
          hits: [makeHit({ evidence: { limit: 3, actual: 6, nested: { codes: ['A', 'B'] } } }), makeHit({ ruleId: 'benefits.x', lineIds: [], amount: null })],
          grouping: { scheme: 'CHS-DRG 1.1', mdc: 'MDCB', adrg: 'BR2', drg: 'BR23', dip: null, status: 'grouped' },
          line: 7,
        });
        const record = makeRecord(claim, verdict);
        await store.saveReviews([{ claim, verdict, record, ledger: makeLedger(claim) }]);

        expect(await store.getVerdict('RT-1')).toEqual(record);
        const found = await store.getCase('RT-1');
        expect(found).toEqual({
          claimId: 'RT-1',
          status: 'new',
          decision: 'review',
          claim,
          verdict,
          summary: record,
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
        });
        expect(found?.createdAt).toBe(found?.updatedAt);
        expect(Number.isNaN(Date.parse(found?.createdAt ?? ''))).toBe(false);
        expect(await countCases(store)).toBe(1);
      });

      it("keeps a claim's unknown fields exactly as sent, however nested and whatever their keys; the queue still lists it", async () => {
        // 200 levels: past BSON's nesting limit (100), so a store that kept them as a sub-document could not write it.
        const claim = makeClaimWithUnknownFields('UNK-1', 200);
        await store.saveReviews([makeReviewed(claim, { decision: 'review' })]);
        expect((await store.getCase('UNK-1'))?.claim).toEqual(claim);
        const page = await store.listCases({}, { field: 'amount', dir: 'desc' }, null, 10);
        expect(page.items.map((i) => [i.claimId, i.insuredId])).toEqual([['UNK-1', claim.patient.insuredId]]);
      });

      it('keeps the member ledger by claimId: round trip, idempotent, filtered by member', async () => {
        const a = makeReviewed({ claimId: 'L-1' });
        // b carries the settlement-list fields (a transfer admission): they round-trip with the entry.
        const settled = makeReviewed({ claimId: 'L-2', admissionDate: '2025-04-01', admissionRoute: 'transfer', dischargeMode: 'ordered', transferFromHospitalId: 'H9' });
        // and a test line with the diagnoses calling for it: a repeat arrived first is read from them (exam-repeat.ts).
        const ct = { lineId: '9', code: '002301010010001', date: '2025-04-01', kind: 'service' as const, amountFen: 18000, quantity: 1, test: true, exam: true, indicatedBy: ['I63', 'I10'] };
        const b = { ...settled, ledger: { ...settled.ledger, lines: [...(settled.ledger.lines ?? []), ct] } };
        expect([b.ledger.admissionRoute, b.ledger.dischargeMode, b.ledger.transferFromHospitalId]).toEqual(['transfer', 'ordered', 'H9']);
        const other = makeReviewed({ claimId: 'L-3', patient: { insuredId: 'OTHER', gender: 'F', birthDate: '1980-01-01' } });
        await store.saveReviews([a, b, other]);
        await store.saveReviews([a, b]); // replay
        const got = (await store.getMemberClaims([a.claim.patient.insuredId])).sort((x, y) => x.claimId.localeCompare(y.claimId));
        expect(got).toEqual([
          { ...a.ledger, arrival: expect.any(Number) },
          { ...b.ledger, arrival: expect.any(Number) },
        ]);
        // The treating region (就医地) comes back: same-day care in two provinces far apart is judged by it.
        expect(got.map((e) => e.region)).toEqual([a.claim.region, b.claim.region]);
        expect(a.claim.region).toMatch(/^[0-9]{6}$/);
        // The department (an emergency department's visit may repeat an examination) and a test line's indications.
        expect(got.map((e) => e.department)).toEqual([a.claim.provider.department, b.claim.provider.department]);
        expect(a.claim.provider.department).toBeTruthy();
        // The hospital's level (a later claim at a higher level re-examines: cross-claim/referred-up.ts).
        expect(got.map((e) => e.hospitalLevel)).toEqual([a.claim.provider.level, b.claim.provider.level]);
        expect(a.claim.provider.level).toBeGreaterThan(0);
        expect(got[1].lines?.find((l) => l.lineId === '9')?.indicatedBy).toEqual(['I63', 'I10']);
        // The claim's codes and its third-party flag (the injury's later care, a peritoneal dialysis catheter: the record).
        expect(got.map((e) => e.codes)).toEqual([a.ledger.codes, b.ledger.codes]);
        expect(a.ledger.codes?.length).toBeGreaterThan(0);
        expect(got.map((e) => e.thirdParty)).toEqual([false, false]);
        // Arrival is the first-seen order and survives the replay.
        const [third] = await store.getMemberClaims(['OTHER']);
        expect(third).toEqual({ ...other.ledger, arrival: expect.any(Number) });
        expect((got[0].arrival as number) < (got[1].arrival as number)).toBe(true);
        expect((got[1].arrival as number) < (third.arrival as number)).toBe(true);
        expect(await store.getMemberClaims(['NOBODY'])).toEqual([]);
        expect(await store.getMemberClaims([])).toEqual([]);
      });

      it("finds identical bills by hospital, doctor, service date and item signature, whoever the member: what each is judged by (BillPeer)", async () => {
        const bill = (claimId: string, insuredId: string, over: Partial<Claim> = {}): ReviewedClaim => {
          const claim = makeOutpatientClaim({ claimId, patient: { insuredId, gender: 'M', birthDate: '1950-01-01' }, provider: { hospitalId: 'H1', level: 1, doctorId: 'D1' }, ...over });
          return { claim, verdict: makeVerdict(claim), record: makeRecord(claim, makeVerdict(claim)), ledger: makeLedger(claim) };
        };
        const a = bill('B-1', 'M-1');
        const b = bill('B-2', 'M-2');
        const otherDoctor = bill('B-3', 'M-3', { provider: { hospitalId: 'H1', level: 1, doctorId: 'D2' } });
        const otherHospital = bill('B-4', 'M-4', { provider: { hospitalId: 'H2', level: 1, doctorId: 'D1' } });
        const otherDay = bill('B-5', 'M-5', { visitDate: '2025-03-16' });
        const noDoctor = bill('B-6', 'M-6', { provider: { hospitalId: 'H1', level: 1 } });
        const otherItems = bill('B-7', 'M-7', { items: makeOutpatientClaim().items.map((i) => (i.lineId === '2' ? { ...i, quantity: 4, amount: 50 } : i)) });
        expect(new Set([a, b, otherDoctor, otherHospital, otherDay, noDoctor].map((r) => r.ledger.itemsSignature)).size).toBe(2); // the day is in the signature
        expect(otherItems.ledger.itemsSignature).not.toBe(a.ledger.itemsSignature);
        await store.saveReviews([a, otherDoctor, otherHospital, otherDay, noDoctor, otherItems, b]);
        const key = { hospitalId: 'H1', doctorId: 'D1', serviceDate: '2025-03-15', itemsSignature: a.ledger.itemsSignature };
        const byId = (xs: BillPeer[]) => [...xs].sort((x, y) => x.claimId.localeCompare(y.claimId));
        // A store may give more of the entry (the in-memory one keeps it whole); these fields it must give.
        const peer = (e: BillPeer): BillPeer => ({ claimId: e.claimId, insuredId: e.insuredId, arrival: e.arrival, hospitalId: e.hospitalId, doctorId: e.doctorId, visitType: e.visitType, serviceDate: e.serviceDate, itemsSignature: e.itemsSignature });
        const found = byId(await store.getIdenticalBills([key]));
        expect(found.map(peer)).toEqual([
          peer({ ...a.ledger, arrival: expect.any(Number) }),
          peer({ ...b.ledger, arrival: expect.any(Number) }),
        ]);
        expect(found[0].doctorId).toBe('D1');
        // The arrival is the store's, as getMemberClaims gives it: b was saved after a.
        expect((found[0].arrival as number) < (found[1].arrival as number)).toBe(true);
        // Several keys: every entry of each, once.
        const dayKey = { ...key, serviceDate: '2025-03-16', itemsSignature: otherDay.ledger.itemsSignature };
        expect(byId(await store.getIdenticalBills([key, dayKey, key])).map((e) => e.claimId)).toEqual(['B-1', 'B-2', 'B-5']);
        expect(await store.getIdenticalBills([{ ...key, doctorId: 'NOBODY' }])).toEqual([]);
        expect(await store.getIdenticalBills([])).toEqual([]);
        // A treatment bundle (bundle: true) is looked up by the visit's care without its drugs: B-7 differs only in its
        // drug's quantity, and each found peer carries the bundle signature hasBill compares.
        expect(otherItems.ledger.bundleSignature).toBe(a.ledger.bundleSignature);
        const bundleKey = { ...key, itemsSignature: a.ledger.bundleSignature as string, bundle: true };
        const bundles = byId(await store.getIdenticalBills([bundleKey]));
        expect(bundles.map((e) => e.claimId)).toEqual(['B-1', 'B-2', 'B-7']);
        expect(bundles.every((e) => e.bundleSignature === a.ledger.bundleSignature)).toBe(true);
      });

      it("finds a doctor's clinic visits of one day whatever the bill, with each bill's signature and drug count (DayBill)", async () => {
        const visit = (claimId: string, insuredId: string, over: Partial<Claim> = {}): ReviewedClaim => {
          const claim = makeOutpatientClaim({ claimId, patient: { insuredId, gender: 'F', birthDate: '1950-01-01' }, provider: { hospitalId: 'H1', level: 1, doctorId: 'D1' }, ...over });
          return { claim, verdict: makeVerdict(claim), record: makeRecord(claim, makeVerdict(claim)), ledger: makeLedger(claim) };
        };
        const items = makeOutpatientClaim().items;
        const secondDrug = { ...items[1], lineId: '4', code: 'XC08CAA512A001010145149', name: '苯磺酸氨氯地平片', quantity: 28, unitPrice: 0.5, amount: 14 };
        const a = visit('D-1', 'M-1');
        const twoDrugs = visit('D-2', 'M-2', { items: [...items, secondDrug], visitType: 'chronic' });
        const otherDoctor = visit('D-3', 'M-3', { provider: { hospitalId: 'H1', level: 1, doctorId: 'D2' } });
        const otherHospital = visit('D-4', 'M-4', { provider: { hospitalId: 'H2', level: 1, doctorId: 'D1' } });
        const otherDay = visit('D-5', 'M-5', { visitDate: '2025-03-16' });
        const purchase = visit('D-6', 'M-6', { visitType: 'pharmacy' });
        await store.saveReviews([a, otherDoctor, otherHospital, otherDay, purchase, twoDrugs]);
        const key = { hospitalId: 'H1', doctorId: 'D1', serviceDate: '2025-03-15' };
        const found = [...(await store.getDoctorDays([key, key]))].sort((x, y) => x.claimId.localeCompare(y.claimId));
        expect(found.map((e) => [e.claimId, e.insuredId, e.hospitalId, e.doctorId, e.serviceDate, e.itemsSignature, e.drugs])).toEqual([
          ['D-1', 'M-1', 'H1', 'D1', '2025-03-15', a.ledger.itemsSignature, 1],
          ['D-2', 'M-2', 'H1', 'D1', '2025-03-15', twoDrugs.ledger.itemsSignature, 2],
        ]);
        expect((found[0].arrival as number) < (found[1].arrival as number)).toBe(true);
        expect((await store.getDoctorDays([{ ...key, serviceDate: '2025-03-16' }])).map((e) => e.claimId)).toEqual(['D-5']);
        expect(await store.getDoctorDays([{ ...key, doctorId: 'NOBODY' }])).toEqual([]);
        expect(await store.getDoctorDays([])).toEqual([]);
      });

      it("finds a doctor's clinic visits of one day at any institution, whole, and no stay or purchase (getDoctorClinics)", async () => {
        const visit = (claimId: string, insuredId: string, over: Partial<Claim> = {}): ReviewedClaim => {
          const claim = makeOutpatientClaim({ claimId, patient: { insuredId, gender: 'F', birthDate: '1950-01-01' }, provider: { hospitalId: 'H1', level: 1, doctorId: 'D1' }, ...over });
          return { claim, verdict: makeVerdict(claim), record: makeRecord(claim, makeVerdict(claim)), ledger: makeLedger(claim) };
        };
        const a = visit('C-1', 'M-1');
        const elsewhere = visit('C-2', 'M-2', { region: '370100', provider: { hospitalId: 'H9', level: 3, doctorId: 'D1' }, visitType: 'chronic' });
        const otherDoctor = visit('C-3', 'M-3', { provider: { hospitalId: 'H1', level: 1, doctorId: 'D2' } });
        const otherDay = visit('C-4', 'M-4', { visitDate: '2025-03-16' });
        const purchase = visit('C-5', 'M-5', { visitType: 'pharmacy' });
        const stayClaim = makeClaim({ claimId: 'C-6', patient: { insuredId: 'M-6', gender: 'M', birthDate: '1940-01-01' }, provider: { hospitalId: 'H2', level: 2, doctorId: 'D1' }, admissionDate: '2025-03-15', dischargeDate: '2025-03-18' });
        const stay = { claim: stayClaim, verdict: makeVerdict(stayClaim), record: makeRecord(stayClaim, makeVerdict(stayClaim)), ledger: makeLedger(stayClaim) };
        await store.saveReviews([a, elsewhere, otherDoctor, otherDay, purchase, stay]);
        const key = { doctorId: 'D1', serviceDate: '2025-03-15', hospitalId: 'H2' };
        const found = [...(await store.getDoctorClinics([key, key]))].sort((x, y) => x.claimId.localeCompare(y.claimId));
        expect(found.map((e) => [e.claimId, e.hospitalId, e.region, e.visitType])).toEqual([
          ['C-1', 'H1', a.ledger.region, 'outpatient'],
          ['C-2', 'H9', '370100', 'chronic'],
        ]);
        // Whole entries: the lines a consultation is read from.
        expect(found[1].lines).toEqual(elsewhere.ledger.lines);
        expect((await store.getDoctorClinics([{ ...key, serviceDate: '2025-03-16' }])).map((e) => e.claimId)).toEqual(['C-4']);
        expect(await store.getDoctorClinics([{ ...key, doctorId: 'NOBODY' }])).toEqual([]);
        expect(await store.getDoctorClinics([])).toEqual([]);
        // Not the stay's own institution: his clinic there is no second place (review 30B item 12).
        expect((await store.getDoctorClinics([{ ...key, hospitalId: 'H1' }])).map((e) => e.claimId)).toEqual(['C-2']);
        expect((await store.getDoctorClinics([{ ...key, hospitalId: 'H1' }, key])).map((e) => e.claimId).sort()).toEqual(['C-1', 'C-2']);
      });

      it("finds a doctor's stays with an operation on a day at any institution, whole, replaced with their entry (getDoctorOperations)", async () => {
        const stay = (claimId: string, hospitalId: string, doctorId: string, procedures: { code: string; date: string }[], over: Partial<Claim> = {}): ReviewedClaim => {
          const claim = makeClaim({ claimId, patient: { insuredId: `M-${claimId}`, gender: 'M', birthDate: '1960-01-01' }, provider: { hospitalId, level: 3, doctorId }, admissionDate: '2025-03-14', dischargeDate: '2025-03-20', procedures, ...over });
          return { claim, verdict: makeVerdict(claim), record: makeRecord(claim, makeVerdict(claim)), ledger: makeLedger(claim) };
        };
        const twoDays = stay('O-1', 'H2', 'D1', [{ code: '79.3200', date: '2025-03-15' }, { code: '78.6200', date: '2025-03-17' }]);
        const elsewhere = stay('O-2', 'H9', 'D1', [{ code: '79.3200', date: '2025-03-15' }], { region: '370100' });
        const otherDoctor = stay('O-3', 'H2', 'D2', [{ code: '79.3200', date: '2025-03-15' }]);
        // 87–99 are not operations: a CT that day is no operation day.
        const noOperation = stay('O-4', 'H2', 'D1', [{ code: '87.4100', date: '2025-03-15' }]);
        const visitClaim = makeOutpatientClaim({ claimId: 'O-5', patient: { insuredId: 'M-O-5', gender: 'F', birthDate: '1950-01-01' }, provider: { hospitalId: 'H1', level: 1, doctorId: 'D1' } });
        const visit = { claim: visitClaim, verdict: makeVerdict(visitClaim), record: makeRecord(visitClaim, makeVerdict(visitClaim)), ledger: makeLedger(visitClaim) };
        expect(twoDays.ledger.operationDays).toEqual(['2025-03-15', '2025-03-17']);
        await store.saveReviews([twoDays, elsewhere, otherDoctor, noOperation, visit]);
        const key = { doctorId: 'D1', serviceDate: '2025-03-15', hospitalId: 'H1' };
        const found = [...(await store.getDoctorOperations([key, key]))].sort((x, y) => x.claimId.localeCompare(y.claimId));
        expect(found.map((e) => [e.claimId, e.hospitalId, e.region, e.visitType, e.operationDays])).toEqual([
          ['O-1', 'H2', twoDays.ledger.region, 'inpatient', ['2025-03-15', '2025-03-17']],
          ['O-2', 'H9', '370100', 'inpatient', ['2025-03-15']],
        ]);
        expect(found[0].lines).toEqual(twoDays.ledger.lines);
        expect((await store.getDoctorOperations([{ ...key, serviceDate: '2025-03-17' }])).map((e) => e.claimId)).toEqual(['O-1']);
        expect(await store.getDoctorOperations([{ ...key, serviceDate: '2025-03-16' }])).toEqual([]);
        expect(await store.getDoctorOperations([{ ...key, doctorId: 'NOBODY' }])).toEqual([]);
        expect(await store.getDoctorOperations([])).toEqual([]);
        // Not the visit's own institution.
        expect((await store.getDoctorOperations([{ ...key, hospitalId: 'H2' }])).map((e) => e.claimId)).toEqual(['O-2']);
        // The stay re-reviewed with its operation recoded to another day: read by its new day only.
        await store.saveReviews([stay('O-1', 'H2', 'D1', [{ code: '79.3200', date: '2025-03-16' }])]);
        expect((await store.getDoctorOperations([key])).map((e) => e.claimId)).toEqual(['O-2']);
        expect((await store.getDoctorOperations([{ ...key, serviceDate: '2025-03-16' }])).map((e) => e.claimId)).toEqual(['O-1']);
      });

      it("finds a pharmacy's identical purchases of a day whichever pharmacist dispensed (doctorId null), and no clinic visit there", async () => {
        const buy = (claimId: string, insuredId: string, over: Partial<Claim> = {}): ReviewedClaim => {
          const claim = makeOutpatientClaim({ claimId, visitType: 'pharmacy', patient: { insuredId, gender: 'F', birthDate: '1960-01-01' }, provider: { hospitalId: 'Y1', level: 1, department: 'pharmacy', doctorId: 'YS1' }, ...over });
          return { claim, verdict: makeVerdict(claim), record: makeRecord(claim, makeVerdict(claim)), ledger: makeLedger(claim) };
        };
        const a = buy('P-1', 'M-1');
        const otherPharmacist = buy('P-2', 'M-2', { provider: { hospitalId: 'Y1', level: 1, department: 'pharmacy', doctorId: 'YS2' } });
        const noPharmacist = buy('P-3', 'M-3', { provider: { hospitalId: 'Y1', level: 1, department: 'pharmacy' } });
        const otherPharmacy = buy('P-4', 'M-4', { provider: { hospitalId: 'Y2', level: 1, department: 'pharmacy', doctorId: 'YS1' } });
        const visit = buy('P-5', 'M-5', { visitType: 'outpatient', provider: { hospitalId: 'Y1', level: 1, doctorId: 'YS1' } });
        expect(visit.ledger.itemsSignature).toBe(a.ledger.itemsSignature);
        await store.saveReviews([a, otherPharmacist, noPharmacist, otherPharmacy, visit]);
        const key = { hospitalId: 'Y1', doctorId: null, serviceDate: a.ledger.serviceDate, itemsSignature: a.ledger.itemsSignature };
        const found = [...(await store.getIdenticalBills([key]))].sort((x, y) => x.claimId.localeCompare(y.claimId));
        expect(found.map((e) => e.claimId)).toEqual(['P-1', 'P-2', 'P-3']);
        expect(found.every((e) => e.visitType === 'pharmacy')).toBe(true);
        expect(found.map((e) => e.doctorId)).toEqual(['YS1', 'YS2', null]);
      });

      it("finds stays by institution and admission day, whoever the member, and no visit: what each is judged by (AdmissionPeer)", async () => {
        const stay = (claimId: string, insuredId: string, over: Partial<Claim> = {}): ReviewedClaim => {
          const claim = makeClaim({ claimId, patient: { insuredId, gender: 'M', birthDate: '1940-01-01' }, provider: { hospitalId: 'H1', level: 2 }, ...over });
          return { claim, verdict: makeVerdict(claim), record: makeRecord(claim, makeVerdict(claim)), ledger: makeLedger(claim) };
        };
        const a = stay('S-1', 'M-1');
        const b = stay('S-2', 'M-2', { admissionRoute: 'emergency' });
        const otherHospital = stay('S-3', 'M-3', { provider: { hospitalId: 'H2', level: 2 } });
        const otherDay = stay('S-4', 'M-4', { admissionDate: '2025-03-05' });
        const claim = makeOutpatientClaim({ claimId: 'V-1', provider: { hospitalId: 'H1', level: 2 }, visitDate: a.ledger.serviceDate });
        const visit = { claim, verdict: makeVerdict(claim), record: makeRecord(claim, makeVerdict(claim)), ledger: makeLedger(claim) };
        await store.saveReviews([a, otherHospital, otherDay, visit, b]);
        const key = { hospitalId: 'H1', serviceDate: a.ledger.serviceDate };
        const found = [...(await store.getAdmissions([key, key]))].sort((x, y) => x.claimId.localeCompare(y.claimId));
        const peer = (e: AdmissionPeer): AdmissionPeer => ({ claimId: e.claimId, insuredId: e.insuredId, arrival: e.arrival, hospitalId: e.hospitalId, serviceDate: e.serviceDate, endDate: e.endDate, principalCategory: e.principalCategory, fundClaimedFen: e.fundClaimedFen, admissionRoute: e.admissionRoute ?? null });
        expect(found.map(peer)).toEqual([
          peer({ ...a.ledger, arrival: expect.any(Number) }),
          peer({ ...b.ledger, arrival: expect.any(Number) }),
        ]);
        expect(found[1].admissionRoute).toBe('emergency');
        expect((found[0].arrival as number) < (found[1].arrival as number)).toBe(true);
        expect((await store.getAdmissions([{ hospitalId: 'H1', serviceDate: '2025-03-05' }])).map((e) => e.claimId)).toEqual(['S-4']);
        expect(await store.getAdmissions([])).toEqual([]);
      });

      it('keeps nullable columns and integer fen exactly', async () => {
        const claim = makeOutpatientClaim({ claimId: 'RT-2', provider: { hospitalId: 'H1', level: 1 } });
        const verdict = makeVerdict(claim, { decision: 'reject' });
        const record = makeRecord(claim, verdict, { totalFen: 9_007_199_254, fundClaimedFen: 0, amountAtStakeFen: 1 });
        await store.saveReviews([{ claim, verdict, record, ledger: makeLedger(claim) }]);
        const got = await store.getVerdict('RT-2');
        expect(got).toEqual(record);
        expect(got?.department).toBeNull();
        expect(got?.doctorId).toBeNull();
        expect((await store.getCase('RT-2'))?.decision).toBe('reject');
      });

      it('records a pass without opening a case', async () => {
        const r = makeReviewed({ claimId: 'P-1' });
        await store.saveReviews([r]);
        expect(await store.getVerdict('P-1')).toEqual(r.record);
        expect(await store.getCase('P-1')).toBeUndefined();
        expect(await countCases(store)).toBe(0);
      });

      it('answers undefined for an unknown claim', async () => {
        expect(await store.getVerdict('nope')).toBeUndefined();
        expect(await store.getCase('nope')).toBeUndefined();
      });

      it('is not changed by mutating what was saved or what was read', async () => {
        const r = makeReviewed({ claimId: 'M-1' }, { decision: 'review' });
        const before = structuredClone(r);
        await store.saveReviews([r]);
        r.claim.items[0].quantity = 99;
        r.record.families.push('anomaly');
        const read = await store.getCase('M-1');
        read?.verdict.hits.pop();
        expect(await store.getCase('M-1')).toMatchObject({ claim: before.claim, verdict: before.verdict, summary: before.record });
      });
    });

    describe('re-review is idempotent by claimId', () => {
      it('updates the one verdict row and the one case, keeping status and createdAt', async () => {
        const first = makeReviewed({ claimId: 'I-1' }, { decision: 'review', riskScore: 0.6 });
        await store.saveReviews([first]);
        const created = await store.getCase('I-1');

        const claim = makeClaim({ claimId: 'I-1', patient: { ...first.claim.patient, name: '张三' } });
        const verdict = makeVerdict(claim, { decision: 'reject', riskScore: 0.97, rulesetVersion: 'rules-test-2', reviewedAt: '2025-05-01T00:00:00.000Z' });
        const second = { claim, verdict, record: makeRecord(claim, verdict), ledger: makeLedger(claim) };
        await store.saveReviews([second]);
        await store.saveReviews([second]); // a redelivery changes nothing further

        expect(await store.countVerdicts()).toBe(1);
        expect(await countCases(store)).toBe(1);
        expect(await store.getVerdict('I-1')).toEqual(second.record);
        const updated = await store.getCase('I-1');
        expect(updated).toMatchObject({ status: 'new', decision: 'reject', claim, verdict, summary: second.record });
        expect(updated?.createdAt).toBe(created?.createdAt);
        expect((updated?.updatedAt ?? '') >= (created?.updatedAt ?? '')).toBe(true);
      });

      it('keeps the last of two entries for one claimId in a batch', async () => {
        const a = makeReviewed({ claimId: 'D-1' }, { decision: 'review' });
        const b = makeReviewed({ claimId: 'D-1' }, { decision: 'reject', riskScore: 0.99 });
        await store.saveReviews([a, b]);
        expect(await store.countVerdicts()).toBe(1);
        expect(await store.getVerdict('D-1')).toEqual(b.record);
        expect((await store.getCase('D-1'))?.decision).toBe('reject');
      });

      it('a flagged claim re-reviewed as pass loses its untouched (new) case', async () => {
        await store.saveReviews([makeReviewed({ claimId: 'F-1' }, { decision: 'review' })]);
        expect(await countCases(store)).toBe(1);
        const pass = makeReviewed({ claimId: 'F-1' }, { decision: 'pass', reviewedAt: '2025-05-01T00:00:00.000Z' });
        await store.saveReviews([pass]);
        expect(await store.getCase('F-1')).toBeUndefined();
        expect(await countCases(store)).toBe(0);
        expect(await store.getVerdict('F-1')).toEqual(pass.record);
      });

      it('a case being worked survives a pass, keeps status and decision, and shows the newer verdict', async () => {
        await store.saveReviews([makeReviewed({ claimId: 'W-1' }, { decision: 'reject' })]);
        expect(await moveCase(store, 'W-1', 'investigating')).toBe(true);
        const worked = await store.getCase('W-1');

        const pass = makeReviewed({ claimId: 'W-1' }, { decision: 'pass', rulesetVersion: 'rules-test-2' });
        await store.saveReviews([pass]);
        const kept = await store.getCase('W-1');
        expect(kept).toMatchObject({ status: 'investigating', decision: 'reject', verdict: pass.verdict, summary: pass.record });
        expect(kept?.createdAt).toBe(worked?.createdAt);
        expect(await countCases(store)).toBe(1);
      });

      it('a case being worked keeps its status when flagged again', async () => {
        await store.saveReviews([makeReviewed({ claimId: 'W-2' }, { decision: 'review' })]);
        await moveCase(store, 'W-2', 'assigned');
        const again = makeReviewed({ claimId: 'W-2' }, { decision: 'reject' });
        await store.saveReviews([again]);
        expect(await store.getCase('W-2')).toMatchObject({ status: 'assigned', decision: 'reject', verdict: again.verdict });
      });

      it('setCaseStatus answers false when there is no case', async () => {
        await store.saveReviews([makeReviewed({ claimId: 'P-2' })]);
        expect(await moveCase(store, 'P-2', 'assigned')).toBe(false);
        expect(await moveCase(store, 'nope', 'assigned')).toBe(false);
        expect(await countCases(store)).toBe(0);
      });
    });

    describe('retrospective findings (事后发现)', () => {
      // A visit that settled first (A), and the stay that settles later (B) finding the visit dated inside it.
      const visitClaim = () => makeOutpatientClaim({ claimId: 'RETRO-A', visitDate: '2025-03-05' });
      const stayClaim = () => makeClaim({ claimId: 'RETRO-B', patient: { ...visitClaim().patient } });
      const finding = (byClaimId = 'RETRO-B', message = '事后发现：住院单据RETRO-B结算后查明') =>
        ({
          claimId: 'RETRO-A',
          hit: makeHit({ ruleId: 'history.visit-during-stay', family: 'history', severity: 'warn', message, lineIds: ['1'], amount: 10, evidence: { 发现单据: byClaimId }, retrospective: { byClaimId, foundAt: '2025-04-02T08:00:00.000Z' } }),
        });
      const stay = (retrospective = [finding()]): ReviewedClaim => {
        const claim = stayClaim();
        const verdict = makeVerdict(claim, { decision: 'review' });
        return { claim, verdict, record: makeRecord(claim, verdict), ledger: makeLedger(claim), retrospective };
      };
      const visit = (): ReviewedClaim => {
        const claim = visitClaim();
        const verdict = makeVerdict(claim);
        return { claim, verdict, record: makeRecord(claim, verdict), ledger: makeLedger(claim) };
      };

      it("revises the earlier claim's stored verdict (pass → review, score kept) and opens its case from the ledger", async () => {
        await store.saveReviews([visit()]);
        const revisions = await store.saveReviews([stay()]);
        expect(revisions.map((r) => [r.claimId, r.after, r.verdict.revision, r.verdict.decision])).toEqual([['RETRO-A', 'RETRO-B', 1, 'review']]);
        const record = await store.getVerdict('RETRO-A');
        expect(record).toMatchObject({ decision: 'review', riskScore: 0.12, ruleIds: ['history.visit-during-stay'], families: ['history'], amountAtStakeFen: 1000 });
        const kase = await store.getCase('RETRO-A');
        expect(kase?.decision).toBe('review');
        expect(kase?.verdict.hits).toEqual([finding().hit]);
        expect(kase?.verdict.revision).toBe(1);
        // The pass kept no claim text: the case holds what the ledger says, marked so.
        expect(kase?.claim).toMatchObject({ claimId: 'RETRO-A', patient: { insuredId: visitClaim().patient.insuredId }, 台账摘要: expect.any(String) });
        expect(kase?.claim.items.map((i) => i.lineId)).toEqual(visitClaim().items.map((i) => i.lineId));
      });

      it('hands a write along the batch the revisions it returns, once its rows are written (3101 findings ride in it)', async () => {
        await store.saveReviews([visit()]);
        const seen: string[][] = [];
        const revisions = await store.saveReviews([stay()], (revised) => {
          seen.push(revised.map((r) => `${r.claimId}<${r.after}`));
          return store.writeFindings([{ claimId: 'RETRO-B', findings: [] }]);
        });
        expect(revisions.map((r) => `${r.claimId}<${r.after}`)).toEqual(['RETRO-A<RETRO-B']);
        expect(seen).toEqual([['RETRO-A<RETRO-B']]);
        expect((await store.getVerdict('RETRO-B'))?.claimId).toBe('RETRO-B');
      });

      (alongInTransaction ? it : it.skip)('a throw in the write along a batch stores nothing of it: reviews, ledger, cases, revisions, the rows written along', async () => {
        await store.saveReviews([visit()]);
        await store.saveFindings('RETRO-B', [fsiFinding('JR-OLD', { claimId: 'RETRO-B' })]);
        const insuredId = visitClaim().patient.insuredId;
        const [verdictBefore, ledgerBefore] = [await store.getVerdict('RETRO-A'), await store.getMemberClaims([insuredId])];
        // The batch re-reviews the visit as flagged and revises it by the stay's finding; then the write along fails.
        const flagged = visit();
        flagged.verdict = makeVerdict(flagged.claim, { decision: 'review' });
        flagged.record = makeRecord(flagged.claim, flagged.verdict);
        const failing = () => {
          store.writeFindings([{ claimId: 'RETRO-B', findings: [fsiFinding('JR-NEW', { claimId: 'RETRO-B' })] }]);
          throw new Error('findings refused');
        };
        await expect(store.saveReviews([flagged, stay()], failing)).rejects.toThrow('findings refused');
        expect(await store.getVerdict('RETRO-A')).toEqual(verdictBefore);
        expect(await store.getVerdict('RETRO-B')).toBeUndefined();
        expect(await store.getCase('RETRO-A')).toBeUndefined();
        expect(await store.getCase('RETRO-B')).toBeUndefined();
        expect(await store.getMemberClaims([insuredId])).toEqual(ledgerBefore);
        expect((await store.listFindings('RETRO-B')).map((f) => f.jrId)).toEqual(['JR-OLD']);
        // The store goes on as if the batch had never come: the same batch, now written along, stores and revises.
        const revisions = await store.saveReviews([stay()], () => store.writeFindings([{ claimId: 'RETRO-B', findings: [] }]));
        expect(revisions.map((r) => [r.claimId, r.verdict.revision])).toEqual([['RETRO-A', 1]]);
        expect((await store.getMemberClaims([insuredId])).map((e) => e.claimId).sort()).toEqual(['RETRO-A', 'RETRO-B']);
        expect(await store.listFindings('RETRO-B')).toEqual([]);
      });

      it('keeps the claim itself on the case when the earlier claim is in the same batch', async () => {
        const revisions = await store.saveReviews([visit(), stay()]);
        expect(revisions.map((r) => r.claimId)).toEqual(['RETRO-A']);
        expect((await store.getCase('RETRO-A'))?.claim).toEqual(visitClaim());
      });

      it('a claim later in the same batch than the claim finding it is revised once written, as on its re-review (after itself)', async () => {
        const revisions = await store.saveReviews([stay(), visit()]);
        expect(revisions.map((r) => [r.claimId, r.after, r.verdict.revision, r.verdict.decision])).toEqual([['RETRO-A', 'RETRO-A', 1, 'review']]);
        expect((await store.getVerdict('RETRO-A'))?.decision).toBe('review');
        expect((await store.getCase('RETRO-A'))?.claim).toEqual(visitClaim());
      });

      it('re-reviewing the finding claim adds nothing twice; a changed finding replaces its own, keeping when it was found', async () => {
        await store.saveReviews([visit()]);
        await store.saveReviews([stay()]);
        expect(await store.saveReviews([stay()])).toEqual([]);
        expect((await store.getCase('RETRO-A'))?.verdict.hits).toHaveLength(1);
        const changed = finding('RETRO-B', '事后发现：住院单据RETRO-B结算后查明（规则修订）');
        changed.hit.retrospective = { byClaimId: 'RETRO-B', foundAt: '2025-05-01T00:00:00.000Z' };
        const [r] = await store.saveReviews([stay([changed])]);
        expect(r.verdict.hits.map((h) => [h.message, h.retrospective?.foundAt])).toEqual([[changed.hit.message, '2025-04-02T08:00:00.000Z']]);
        expect(r.verdict.revision).toBe(1);
      });

      it('a second later claim is revision 2; re-reviewing the earlier claim applies every finding again', async () => {
        await store.saveReviews([visit()]);
        await store.saveReviews([stay()]);
        const other = makeClaim({ claimId: 'RETRO-C', patient: { ...visitClaim().patient } });
        const otherVerdict = makeVerdict(other, { decision: 'review' });
        const [second] = await store.saveReviews([{ claim: other, verdict: otherVerdict, record: makeRecord(other, otherVerdict), ledger: makeLedger(other), retrospective: [finding('RETRO-C')] }]);
        expect(second.verdict.revision).toBe(2);
        const before = await store.getVerdict('RETRO-A');
        const again = await store.saveReviews([visit()]);
        expect(again.map((r) => [r.claimId, r.after, r.verdict.decision, r.verdict.revision, r.verdict.hits.length])).toEqual([['RETRO-A', 'RETRO-A', 'review', 2, 2]]);
        expect(await store.getVerdict('RETRO-A')).toEqual(before);
        expect((await store.getCase('RETRO-A'))?.verdict.hits.map((h) => h.retrospective?.byClaimId)).toEqual(['RETRO-B', 'RETRO-C']);
      });

      it('never raises a reject: the earlier claim keeps its decision and gains the hit', async () => {
        const claim = visitClaim();
        const verdict = makeVerdict(claim, { decision: 'reject' });
        await store.saveReviews([{ claim, verdict, record: makeRecord(claim, verdict), ledger: makeLedger(claim) }]);
        const [r] = await store.saveReviews([stay()]);
        expect(r.verdict.decision).toBe('reject');
        expect((await store.getVerdict('RETRO-A'))?.decision).toBe('reject');
        expect((await store.getCase('RETRO-A'))?.verdict.hits).toHaveLength(2);
      });
    });

    describe('countVerdicts', () => {
      beforeEach(async () => {
        const reviewed = [
          makeReviewed({ claimId: 'C-1', region: '510100', admissionDate: '2025-03-04' }, { decision: 'pass' }),
          makeReviewed({ claimId: 'C-2', region: '510100', admissionDate: '2025-03-20' }, { decision: 'review' }),
          makeReviewed({ claimId: 'C-3', region: '510700', admissionDate: '2025-04-02' }, { decision: 'reject' }),
          makeReviewed({ claimId: 'C-4', region: '370100', admissionDate: '2025-03-10' }, { decision: 'review' }),
          makeReviewed({ claimId: 'C-5', region: '220100', admissionDate: '2025-04-30' }, { decision: 'pass' }),
        ];
        await store.saveReviews(reviewed);
      });

      it.each([
        ['no query', undefined, 5],
        ['empty query', {}, 5],
        ['decision', { decision: 'review' as const }, 2],
        ['decision pass', { decision: 'pass' as const }, 2],
        ['decision invalid (never stored as a verdict row)', { decision: 'invalid' as const }, 0],
        ['month', { month: '2025-03' }, 3],
        ['province', { province: '51' }, 3],
        ['month and province', { month: '2025-03', province: '51' }, 2],
        ['all three', { decision: 'reject' as const, month: '2025-04', province: '51' }, 1],
        ['no match', { month: '2024-01' }, 0],
      ])('by %s', async (_name, query, expected) => {
        expect(await store.countVerdicts(query)).toBe(expected);
      });

      it('counts cases of the flagged claims only', async () => {
        expect(await countCases(store)).toBe(3);
      });
    });

    describe('invalid inputs', () => {
      it('keeps inputs with and without a claimId', async () => {
        expect(await store.countInvalid()).toBe(0);
        await store.saveInvalid([
          makeInvalid(),
          makeInvalid({ claimId: null, raw: '{oops', errors: [{ path: '', message: 'is not JSON' }] }),
        ]);
        await store.saveInvalid([makeInvalid({ claimId: null, raw: 42, source: 'kafka' })]);
        expect(await store.countInvalid()).toBe(3);
        expect(await store.countVerdicts()).toBe(0);
      });

      it('accepts empty batches', async () => {
        await store.saveInvalid([]);
        await store.saveReviews([]);
        expect(await store.countInvalid()).toBe(0);
        expect(await store.countVerdicts()).toBe(0);
      });
    });

    describe('batches', () => {
      it('saves a batch of 1,000 in one call', async () => {
        const decisions = ['pass', 'pass', 'review', 'reject'] as const;
        const batch = Array.from({ length: 1000 }, (_, i) =>
          i % 2 === 0
            ? makeReviewed({ claimId: `B-${i}` }, { decision: decisions[i % 4] })
            : (() => {
                const claim = makeOutpatientClaim({ claimId: `B-${i}` });
                const verdict = makeVerdict(claim, { decision: decisions[i % 4] });
                return { claim, verdict, record: makeRecord(claim, verdict), ledger: makeLedger(claim) };
              })(),
        );
        await store.saveReviews(batch);
        expect(await store.countVerdicts()).toBe(1000);
        expect(await store.countVerdicts({ decision: 'pass' })).toBe(500);
        expect(await countCases(store)).toBe(500);
        expect(await store.getVerdict('B-777')).toEqual(batch[777].record);
        expect((await store.getCase('B-998'))?.claim).toEqual(batch[998].claim);
      });

      it('stores nothing of a batch that fails part-way (one transaction)', async () => {
        const circular: Record<string, unknown> = {};
        circular.self = circular; // has no JSON (or BSON) form
        const good = makeReviewed({ claimId: 'T-1' }, { decision: 'review' });
        const bad = makeReviewed({ claimId: 'T-2' }, { decision: 'review', hits: [makeHit({ evidence: circular })] });
        await expect(store.saveReviews([good, bad])).rejects.toThrow();
        expect(await store.countVerdicts()).toBe(0);
        expect(await countCases(store)).toBe(0);
      });
    });

    describe('liveness', () => {
      it('answers ping while open and not after close; close twice is harmless', async () => {
        expect(await store.ping()).toBe(true);
        await store.close();
        expect(await store.ping()).toBe(false);
        await store.close();
      });
    });
  });
}
