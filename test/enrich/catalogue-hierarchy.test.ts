import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCatalogue } from '../../src/enrich/catalogue';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';
import { tempDir } from '../helpers/temp-dir';

const RULES = resolve(__dirname, '../../rules');

function catalogueWith(versions: { kind: string; version: string; effectiveFrom: string; rows: object[] }[]): string {
  const dir = tempDir('cat-index-');
  for (const v of versions) {
    mkdirSync(join(dir, 'versions', v.kind), { recursive: true });
    writeFileSync(join(dir, 'versions', v.kind, `${v.version}.json`), JSON.stringify({ note: 'test', ...v }));
  }
  return dir;
}

const row = (code: string, name: string) => ({ code, name, category: 'drug', class: '乙' });

describe('catalogue matching through the national code hierarchy', () => {
  it('a 23-character 医保药品代码 matches the longest row above it, cut only at segment boundaries', () => {
    const cat = loadCatalogue(
      catalogueWith([
        {
          kind: 'drug',
          version: 'v1',
          effectiveFrom: '2024-01-01',
          rows: [row('XA01ABD075', '通用名（各剂型）'), row('XA01ABD075A001', '含片'), row('XA01ABD075A0010101', '含片 某规格'), row('XA01ABD075A001010104694', '某企业产品')],
        },
      ]),
    );
    expect(cat.get('XA01ABD075A001010104694')?.name).toBe('某企业产品');
    expect(cat.get('XA01ABD075A001010199999')?.name).toBe('含片 某规格');
    expect(cat.get('XA01ABD075A001020299999')?.name).toBe('含片');
    expect(cat.get('XA01ABD075B002010100001')?.name).toBe('通用名（各剂型）');
    expect(cat.get('XA01ABD076A001010104694')).toBeUndefined();
    // Not a 23-character code: exact match only, no cutting.
    expect(cat.get('XA01ABD075A00101010469')).toBeUndefined();
    expect(cat.get('XA01ABD075A0')).toBeUndefined();
    expect(cat.get('XA01ABD075A001')?.name).toBe('含片');
  });

  it('the shipped sample catalogue is in the national formats: product codes match their generic + dosage-form row', () => {
    const cat = loadCatalogue(join(RULES, 'catalogue'));
    // The sample product the generator bills, and another strength and maker beneath the same 14-character row.
    expect(cat.get('XJ01CAA501A001010126436', '2025-03-05')).toMatchObject({ code: 'XJ01CAA501A001', name: '阿莫西林胶囊', version: 'sample' });
    expect(cat.get('XJ01CAA501A001020299999', '2025-03-05')).toMatchObject({ code: 'XJ01CAA501A001', name: '阿莫西林胶囊', version: 'sample' });
    // Another dosage form of the generic is another row (注射用氨苄西林钠 is a different generic, same class).
    expect(cat.get('XJ01CAA501B002010100001', '2025-03-05')).toBeUndefined();
    expect(cat.get('001102000010001', '2025-03-05')).toMatchObject({ name: '普通门诊诊察费', version: 'sample' });
    expect(cat.get('C14010150100001020350000001', '2025-03-05')).toMatchObject({ name: '一次性使用输液器', version: 'sample' });
    // The old illustrative codes (X<ATC>X<nnn>, S<9 digits>, HC<nnnn>; written in parts so the migration leaves them) are gone.
    for (const old of ['XJ01CA' + 'X001', 'S' + '110200001', 'HC' + '0101']) expect(cat.get(old, '2025-03-05')).toBeUndefined();
    // And a national product code under a shipped imported row.
    expect(cat.get('XA10BAE014A001010112345', '2025-03-05')).toMatchObject({ code: 'XA10BAE014A001', name: '二甲双胍', version: 'sample-2024' });
  });

  it('a hit names the catalogue row it matched and its version', async () => {
    const ruleset = createRulesetHolder(RULES).current();
    const claim = buildExample(
      { base: 'outpatient', addItems: [{ code: 'XC01EAQ003B002010100001' }] } as never,
      loadBaseClaims(RULES),
      ruleset.refs.catalogue,
    );
    const checked = validateClaim(claim);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const hits = await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs));
    const setting = hits.find((h) => h.ruleId === 'catalogue.setting-restricted');
    expect(setting?.evidence).toMatchObject({ catalogueRow: 'XC01EAQ003B002', catalogueVersion: 'sample-2024' });
    expect(hits.map((h) => h.ruleId)).not.toContain('catalogue.restriction-suspect');
  });

  it('a knowledge table listing a drug row covers every product beneath it (item consistency through the matched row)', async () => {
    const ruleset = createRulesetHolder(RULES).current();
    const judge = async (addItems: object[]) => {
      const claim = buildExample({ addItems } as never, loadBaseClaims(RULES), ruleset.refs.catalogue);
      const checked = validateClaim(claim);
      if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
      return (await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs))).map((h) => h.ruleId);
    };
    // 特级护理 on day 2 of the base stroke stay: unsupported alone (the rule's own example) …
    const nursing = { code: '001201000010001', day: 2 };
    expect(await judge([nursing])).toContain('catalogue.item-context-unsupported');
    // … supported by same-day dopamine, which item-consistency.json lists by its row XC01CAD504B002 (盐酸多巴胺注射液):
    // the sample product the generator bills and another strength and maker beneath the row both count.
    const dopamineRow = 'XC01CAD504B002';
    expect(ruleset.refs.catalogue.get(`${dopamineRow}020254321`, '2025-03-05')).toMatchObject({ code: dopamineRow, name: '盐酸多巴胺注射液' });
    for (const product of ['XC01CAD504B002010100054', `${dopamineRow}020254321`]) {
      expect(await judge([nursing, { code: product, day: 2 }])).not.toContain('catalogue.item-context-unsupported');
    }
  });

  it('a partly parsed restriction gives a suspicious hit showing the original text', async () => {
    const ruleset = createRulesetHolder(RULES).current();
    const claim = buildExample(
      { set: { 'provider.level': 1 }, addItems: [{ code: 'XL01XCQ062B002010100001' }] } as never,
      loadBaseClaims(RULES),
      ruleset.refs.catalogue,
    );
    const checked = validateClaim(claim);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const hits = await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs));
    const suspect = hits.find((h) => h.ruleId === 'catalogue.restriction-suspect');
    expect(suspect).toMatchObject({ severity: 'warn' });
    expect(suspect?.message).toContain('原文：限以下情况方可支付：HER2阳性的乳腺癌患者；限二级及以上医疗机构');
    expect(suspect?.evidence).toMatchObject({ 原文: '限以下情况方可支付：HER2阳性的乳腺癌患者；限二级及以上医疗机构', catalogueVersion: 'sample-2024' });
    expect(hits.map((h) => h.ruleId)).not.toContain('catalogue.level-restricted');
  });
});
