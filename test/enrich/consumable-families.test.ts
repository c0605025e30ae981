import { join } from 'node:path';
import { implantUnsupported } from '../../src/enrich/implant-facts';
import { loadImplantProcedures } from '../../src/enrich/stay-knowledge';
import { classesNeverUsing, loadOperationClasses } from '../../src/benefits/operation-classes';
import type { ItemFacts } from '../../src/enrich/item-fact-types';

// Consumable families by operation class (operation-classes.json consumables) and the fixation or repair a coded
// operation or fracture names (implant-procedures.json notProcedures, maxPerFracture), on the shipped tables.
const rows = loadImplantProcedures(join(__dirname, '../../rules/knowledge/implant-procedures.json'));
const classes = loadOperationClasses(join(__dirname, '../../rules/knowledge/operation-classes.json'));
const DAY = '2025-03-05';
const line = (lineId: string, code: string, subcategory: string | null = null, quantity = 1) =>
  ({ lineId, code, category: subcategory ? 'service' : 'consumable', quantity, amountFen: 50000 * quantity, date: DAY, catalogue: { code, subcategory } }) as unknown as ItemFacts;
const TROCAR = 'C11010150100001004460000001';
const MESH = 'C11010150500001036850000001';
const NAIL = 'C03010150800001787350000001';
const judge = (items: ItemFacts[], procs: string[], dx: string[]) => implantUnsupported(items, procs, rows, procs.map(() => DAY), true, dx, classes);

describe('手术耗材按术式类别（operation-classes.json consumables）', () => {
  it('every family a class lists is a row of implant-procedures.json', () => {
    const names = new Set([...rows.values()].map((r) => r.name));
    for (const c of classes!.rows) for (const f of c.consumables?.uses ?? []) expect(names).toContain(f);
  });

  it('a trocar set on an open varicose-vein stripping: the class uses no port, the line is named', () => {
    const hit = judge([line('1', '003307010010001', 'surgery'), line('2', TROCAR)], ['38.5901'], ['I83.900x004']);
    expect(hit).toMatchObject({ lineIds: ['2'], units: 1 });
    expect(hit?.detail).toContain('所属术式类别均不使用一次性腹腔镜穿刺器');
  });

  it('quiet: a laparoscopy coded beside, an operation of no class, an endoscopic thyroidectomy (its class uses ports)', () => {
    expect(judge([line('1', '003307010010001', 'surgery'), line('2', TROCAR)], ['38.5901', '54.2100'], ['I83.900x004'])).toBeNull();
    expect(judge([line('2', TROCAR)], ['47.0901'], ['K35.800'])).toBeNull();
    expect(judge([line('2', TROCAR)], ['06.2x01'], ['E04.101'])).toBeNull();
    expect(classesNeverUsing('一次性腹腔镜穿刺器', ['38.5901', '99.0401'], classes)?.map((c) => c.code)).toEqual(['38.5901']);
    expect(classesNeverUsing('一次性腹腔镜穿刺器', [], classes)).toBeNull();
    // Catheter work inside a class: endovenous closure (38.59) and uterine artery embolisation (68.24/68.25) use a sheath.
    expect(classesNeverUsing('血管鞘组', ['38.5900x003'], classes)).toBeNull();
    expect(classesNeverUsing('血管鞘组', ['68.2500x001'], classes)).toBeNull();
  });
});

describe('手术编码或骨折诊断所示的术式不用的耗材', () => {
  it("a mesh on a ligation of the sac (a child's herniotomy) is named; on a tension-free repair it is not", () => {
    expect(judge([line('1', MESH)], ['53.0202'], ['K40.900x003'])?.detail).toContain('53.0202所编码的术式不放置疝修补补片');
    expect(judge([line('1', MESH)], ['53.1200x001'], ['K40.200'])?.lineIds).toEqual(['1']);
    expect(judge([line('1', MESH)], ['53.0401'], ['K40.900x003'])).toBeNull();
  });

  it('a nail on a distal radius fixation is named; a radial shaft (elastic nail) or a femur fixed beside is not', () => {
    expect(judge([line('1', NAIL)], ['79.3200'], ['S52.500x001'])?.detail).toContain('不使用髓内钉');
    expect(judge([line('1', NAIL)], ['79.3200'], ['S52.300'])).toBeNull();
    expect(judge([line('1', NAIL)], ['79.3500', '79.3200'], ['S72.300', 'S52.500x001'])).toBeNull();
  });
});
