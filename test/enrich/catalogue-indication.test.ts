import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { loadEnrichRefs } from '../../src/enrich/load-refs';
import { makeClaim, makeItem, makeOutpatientClaim } from '../helpers/fixtures';

// The item fact catalogueIndicationMet: whether a diagnosis of the claim meets the catalogue row's 限定适应症.
// The rule catalogue.indication-unsupported and the model gate's indicated-drug cost both read it.

const { refs } = loadEnrichRefs(resolve(__dirname, '../../rules'));

/** A teriparatide pen (sample catalogue: 限 M80/M81) and a consultation (no restriction), with these diagnoses. */
function lines(...dx: string[]) {
  const claim = makeOutpatientClaim({
    patient: { insuredId: 'INS-5101-000002', gender: 'F', birthDate: '1951-06-01' },
    diagnoses: dx.map((code, i) => ({ code, principal: i === 0 })),
    items: [
      makeItem({ lineId: '1', code: '001101000020000', name: '门诊诊查费', category: 'service', date: '2025-03-15', quantity: 1, unitPrice: 50 }),
      makeItem({ lineId: '2', code: 'XH05AAT511B002010193506', name: '特立帕肽注射液', category: 'drug', date: '2025-03-15', quantity: 1, unitPrice: 350 }),
    ],
  });
  const items = enrichClaim(claim, refs).facts.items;
  return { consultation: items[0].catalogueIndicationMet, drug: items[1].catalogueIndicationMet };
}

describe('catalogueIndicationMet', () => {
  it('is true where a diagnosis, principal or secondary, starts with one of the row\'s indication prefixes', () => {
    expect(lines('M81.000').drug).toBe(true);
    expect(lines('M54.500', 'M80.000').drug).toBe(true);
  });

  it('is false where no diagnosis does', () => {
    expect(lines('M54.500').drug).toBe(false);
  });

  it('is null on a line whose catalogue row sets no indication restriction', () => {
    expect(lines('M81.000').consultation).toBeNull();
  });
});

describe('catalogueIndicationMet by the date of service (indicationsFrom)', () => {
  /** Ginkgo-leaf extract injection (sample catalogue: 限缺血性心脑血管疾病急性期、耳部血流及神经障碍, from 2025-01-01) on this date. */
  function ginkgo(date: string, ...dx: string[]) {
    const claim = makeOutpatientClaim({
      visitDate: date,
      diagnoses: dx.map((code, i) => ({ code, principal: i === 0 })),
      items: [makeItem({ lineId: '1', code: 'XN06DXY505B002010124156', name: '银杏叶提取物注射液', category: 'drug', date, quantity: 1, unitPrice: 18 })],
    });
    return enrichClaim(claim, refs).facts.items[0].catalogueIndicationMet;
  }

  it('judges a line dated on or after the day the restriction took effect', () => {
    expect(ginkgo('2025-01-01', 'E05.900')).toBe(false);
    expect(ginkgo('2025-03-15', 'H91.200')).toBe(true);
  });

  it('does not judge a line dated before it: the restriction was not in force', () => {
    expect(ginkgo('2024-12-31', 'E05.900')).toBeNull();
  });
});

describe('catalogueIndicationEvidenced (catalogue indicationEvidence)', () => {
  /** Oxiracetam on day 1 of a stay with these diagnoses and these service lines beside it ([code, name]). */
  function oxiracetam(dx: string[], services: Array<[string, string]>) {
    const items = [
      makeItem({ lineId: '1', code: 'XN06BXA518B002010164482', name: '奥拉西坦注射液', category: 'drug', date: '2025-03-05', quantity: 2, unitPrice: 26 }),
      ...services.map(([code, name], i) => makeItem({ lineId: String(i + 2), code, name, category: 'service', date: '2025-03-04', quantity: 1, unitPrice: 100 })),
    ];
    const claim = makeClaim({ diagnoses: dx.map((code, i) => ({ code, principal: i === 0 })), procedures: [], items });
    const line = enrichClaim(claim, refs).facts.items[0];
    return { evidenced: line.catalogueIndicationEvidenced, evidence: line.indicationEvidence };
  }

  it('is false where the only diagnosis meeting the restriction needs an examination the bill lacks, naming it', () => {
    const r = oxiracetam(['H81.100', 'S06.000'], []);
    expect(r.evidenced).toBe(false);
    expect(r.evidence?.diagnoses).toBe('S06.000');
    expect(r.evidence?.expected).toContain('头颅CT或MRI');
  });

  it('is true with the examination billed, by catalogue code or by a local name', () => {
    expect(oxiracetam(['H81.100', 'S06.000'], [['002301010010001', '头颅CT平扫']]).evidenced).toBe(true);
    expect(oxiracetam(['H81.100', 'S06.000'], [['210100001', '颅脑MRI平扫']]).evidenced).toBe(true);
  });

  it('is true where another diagnosis meets the restriction with no examination asked (stroke)', () => {
    expect(oxiracetam(['I61.000', 'S06.000'], []).evidenced).toBe(true);
  });

  it('asks imaging of a stroke coded beside another principal, not of a stay admitted for it (secondaryOnly)', () => {
    const beside = oxiracetam(['I25.103', 'I63.900'], []);
    expect(beside.evidenced).toBe(false);
    expect(beside.evidence?.diagnoses).toBe('I63.900');
    expect(beside.evidence?.expected).toContain('急性脑卒中');
    expect(oxiracetam(['I25.103', 'I63.900'], [['002301010010001', '头颅CT平扫']]).evidenced).toBe(true);
    // Admitted for the stroke: the emergency department's CT is billed apart.
    expect(oxiracetam(['I63.900', 'I25.103'], []).evidenced).toBe(true);
  });

  it('is null where the restriction is not met at all (catalogue.indication-unsupported speaks)', () => {
    expect(oxiracetam(['H81.100'], []).evidenced).toBeNull();
  });

  /** Human albumin on day 1 of a cirrhosis stay with ascites coded and these service lines beside it. */
  function albumin(services: Array<[string, string]>) {
    const items = [
      makeItem({ lineId: '1', code: 'XB05AAR504B002010170824', name: '人血白蛋白', category: 'drug', date: '2025-03-05', quantity: 1, unitPrice: 398 }),
      ...services.map(([code, name], i) => makeItem({ lineId: String(i + 2), code, name, category: 'service', date: '2025-03-04', quantity: 1, unitPrice: 80 })),
    ];
    const claim = makeClaim({ diagnoses: [{ code: 'K74.600', principal: true }, { code: 'R18.x00' }], procedures: [], items });
    const line = enrichClaim(claim, refs).facts.items[0];
    return { evidenced: line.catalogueIndicationEvidenced, evidence: line.indicationEvidence };
  }

  it('needs every group naming the diagnosis shown: the ascites and the albumin value', () => {
    const panelOnly = albumin([['002502010010001', '肝功能(全套)']]);
    expect(panelOnly.evidenced).toBe(false);
    expect(panelOnly.evidence?.expected).toContain('腹部超声');
    expect(panelOnly.evidence?.expected).not.toContain('血清白蛋白测定');
    const scanOnly = albumin([['002103010010001', '腹部B超']]);
    expect(scanOnly.evidenced).toBe(false);
    expect(scanOnly.evidence?.expected).toContain('血清白蛋白测定');
    expect(albumin([['002502010010001', '肝功能(全套)'], ['002103010010001', '腹部B超']]).evidenced).toBe(true);
  });

  /** Fat emulsion on day 1 of a pneumonia stay coding dysphagia, with these lines beside it ([code, name, category]). */
  function emulsion(beside: Array<[string, string, 'service' | 'consumable']>) {
    const items = [
      makeItem({ lineId: '1', code: 'XB05BAZ504B002010188677', name: '脂肪乳注射液(C14～24)', category: 'drug', date: '2025-03-05', quantity: 1, unitPrice: 68 }),
      ...beside.map(([code, name, category], i) => makeItem({ lineId: String(i + 2), code, name, category, date: '2025-03-04', quantity: 1, unitPrice: 20 })),
    ];
    const claim = makeClaim({ diagnoses: [{ code: 'J18.900', principal: true }, { code: 'R13.x00' }], procedures: [], items });
    return enrichClaim(claim, refs).facts.items[0].catalogueIndicationEvidenced;
  }

  it('needs dysphagia assessed or tube-fed before parenteral nutrition rests on it', () => {
    expect(emulsion([])).toBe(false);
    expect(emulsion([['002503010030001', '胃镜检查', 'service']])).toBe(true);
    expect(emulsion([['120400001', '洼田饮水试验', 'service']])).toBe(true);
    expect(emulsion([['C14040150200001963360000001', '一次性使用胃管', 'consumable']])).toBe(true);
    expect(emulsion([['002301010010001', '头颅CT平扫', 'service']])).toBe(false);
  });

  it('asks nothing where an indication clause meets the restriction (radiotherapy of a nasopharyngeal cancer)', () => {
    const items = [makeItem({ lineId: '1', code: 'XB05BAZ504B002010188677', name: '脂肪乳注射液(C14～24)', category: 'drug', date: '2025-03-05', quantity: 1, unitPrice: 68 })];
    const claim = makeClaim({ diagnoses: [{ code: 'Z51.000', principal: true }, { code: 'C11.900' }], procedures: [{ code: '92.2400' }], items });
    const line = enrichClaim(claim, refs).facts.items[0];
    expect(line.catalogueIndicationMet).toBe(true);
    expect(line.catalogueIndicationEvidenced).toBe(true);
  });

  it('asks nothing of a dysphagia coded beside a clause met on its own (oesophageal cancer radiotherapy)', () => {
    const items = [makeItem({ lineId: '1', code: 'XB05BAZ504B002010188677', name: '脂肪乳注射液(C14～24)', category: 'drug', date: '2025-03-05', quantity: 1, unitPrice: 68 })];
    const claim = makeClaim({ diagnoses: [{ code: 'C15.400', principal: true }, { code: 'Z51.000' }, { code: 'R13.x00' }], procedures: [{ code: '92.2400x003' }], items });
    expect(enrichClaim(claim, refs).facts.items[0].catalogueIndicationEvidenced).toBe(true);
  });

  it('needs enteral nutrition on the stay where malnutrition alone meets the PN restriction (E44)', () => {
    const stay = (extra: ReturnType<typeof makeItem>[]) => {
      const items = [makeItem({ lineId: '1', code: 'XB05BAZ504B002010188677', name: '脂肪乳注射液(C14～24)', category: 'drug', date: '2025-03-05', quantity: 1, unitPrice: 68 }), ...extra];
      const claim = makeClaim({ diagnoses: [{ code: 'J44.100', principal: true }, { code: 'E44.000' }], procedures: [], items });
      return enrichClaim(claim, refs).facts.items[0];
    };
    const none = stay([]);
    expect(none.catalogueIndicationEvidenced).toBe(false);
    expect(none.indicationEvidence?.expected).toContain('肠内营养');
    // An enteral nutrition drug line counts by its catalogue code (a drug line, unlike an examination).
    const tpf = makeItem({ lineId: '2', code: 'XV06DBC501A004010158746', name: '肠内营养乳剂(TPF)', category: 'drug', date: '2025-03-04', quantity: 1, unitPrice: 90 });
    expect(stay([tpf]).catalogueIndicationEvidenced).toBe(true);
  });
});
