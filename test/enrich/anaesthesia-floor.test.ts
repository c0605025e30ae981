import { join } from 'node:path';
import { anaesthesiaBelowOperation } from '../../src/enrich/anaesthesia-ceiling';
import { loadTheatreItems } from '../../src/enrich/theatre-items';
import type { ItemFacts } from '../../src/enrich/item-fact-types';

// Operations done only under general or neuraxial anaesthesia (theatre-items.json anaesthesiaFloor), on the shipped table.
const theatre = loadTheatreItems(join(__dirname, '../../rules/knowledge/theatre-items.json'));
const line = (lineId: string, code: string, name: string, dayIndex: number, yuan: number) =>
  ({ lineId, code, name, category: 'service', dayIndex, date: `2025-03-0${4 + dayIndex}`, amountFen: yuan * 100, catalogue: { code, name, subcategory: 'surgery' } }) as unknown as ItemFacts;
const LAP_APPENDIX = line('1', '003302010010001', '腹腔镜下阑尾切除术', 1, 1800);
const LOCAL = line('2', '003301010030001', '局部浸润麻醉', 1, 30);

describe('手术无相应麻醉 (anaesthesiaFloor)', () => {
  it('names a laparoscopic appendicectomy billed under local infiltration, with the local anaesthesia', () => {
    expect(anaesthesiaBelowOperation([LAP_APPENDIX, LOCAL], theatre)).toMatchObject({ lineIds: ['1', '2'], amount: 1830 });
  });
  it('is quiet with a general anaesthesia that day or the day before, and for a hernia repair under local', () => {
    expect(anaesthesiaBelowOperation([LAP_APPENDIX, line('3', '003301010010001', '全身麻醉', 1, 600)], theatre)).toBeNull();
    expect(anaesthesiaBelowOperation([line('5', '003306010010001', '经尿道前列腺电切术', 1, 2500), line('3', '003301010020001', '椎管内麻醉', 0, 400)], theatre)).toBeNull();
    expect(anaesthesiaBelowOperation([line('4', '003302030010001', '腹股沟疝修补术', 1, 1200), LOCAL], theatre)).toBeNull();
  });
  // A laparoscopy needs general anaesthesia unless its ports are billed: spinal alone with no trocar reads as an open operation.
  const SPINAL = line('3', '003301010020001', '椎管内麻醉', 1, 400);
  const TROCAR = { ...line('6', 'C11010150100001004460000001', '一次性腹腔镜穿刺器', 1, 600), category: 'material' } as ItemFacts;
  it('names a laparoscopic appendicectomy under spinal anaesthesia alone with no trocar, with the spinal line', () => {
    expect(anaesthesiaBelowOperation([LAP_APPENDIX, SPINAL], theatre)).toMatchObject({ lineIds: ['1', '3'], amount: 2200 });
  });
  it('is quiet under spinal anaesthesia with the trocar billed, and for a TURP under spinal', () => {
    expect(anaesthesiaBelowOperation([LAP_APPENDIX, SPINAL, TROCAR], theatre)).toBeNull();
    expect(anaesthesiaBelowOperation([line('5', '003306010010001', '经尿道前列腺电切术', 1, 2500), SPINAL], theatre)).toBeNull();
  });
});
