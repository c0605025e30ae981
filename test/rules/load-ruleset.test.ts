import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RuleLoadError } from '../../src/rules/errors';
import { loadRuleSource } from '../../src/rules/load-ruleset';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { loadError, ruleDef, rulesDir } from '../helpers/rules';

describe('rule loading', () => {
  it('loads *.rules.json files and ignores data tables', () => {
    const dir = rulesDir({
      'catalogue/a.rules.json': { rules: [ruleDef()] },
      'catalogue/drugs.json': [{ code: 'X' }],
    });
    const src = loadRuleSource(dir);
    expect(src.rules.map((r) => [r.def.id, r.file])).toEqual([['catalogue.test-rule', 'catalogue/a.rules.json']]);
    expect(src.version).toMatch(/^rs-[0-9a-f]{16}$/);
  });

  it('versions by content: any change under rules/, data tables included, changes the version', () => {
    const a = loadRuleSource(rulesDir({ 'x.rules.json': { rules: [ruleDef()] }, 't.json': [1] })).version;
    const b = loadRuleSource(rulesDir({ 'x.rules.json': { rules: [ruleDef()] }, 't.json': [1] })).version;
    const c = loadRuleSource(rulesDir({ 'x.rules.json': { rules: [ruleDef()] }, 't.json': [2] })).version;
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('an empty rules directory is a valid (empty) rule set', () => {
    expect(loadRuleSource(rulesDir({})).rules).toEqual([]);
  });

  it.each([
    ['malformed JSON', '{ "rules": [', 'bad.rules.json', null, /not valid JSON/],
    ['missing severity', { rules: [ruleDef({ severity: undefined })] }, 'bad.rules.json', 'catalogue.test-rule', /severity/],
    ['unknown operator', { rules: [ruleDef({ conditions: { all: [{ fact: 'totalFen', operator: 'biggerThan', value: 1 }] } })] }, 'bad.rules.json', 'catalogue.test-rule', /unknown operator "biggerThan"/],
    ['unknown fact', { rules: [ruleDef({ conditions: { any: [{ fact: 'totl', operator: 'equal', value: 1 }] } })] }, 'bad.rules.json', 'catalogue.test-rule', /unknown fact "totl"/],
    ['item fact in a claim rule', { rules: [ruleDef({ conditions: { all: [{ fact: 'item', path: '$.amount', operator: 'equal', value: 1 }] } })] }, 'bad.rules.json', 'catalogue.test-rule', /unknown fact "item"/],
    ['a shared condition (none can be defined)', { rules: [ruleDef({ conditions: { all: [{ condition: 'lowRate' }] } })] }, 'bad.rules.json', 'catalogue.test-rule', /conditions\.all\[0\]\.condition: shared conditions/],
    ['message naming an unknown fact', { rules: [ruleDef({ message: '{{nope.x}}' })] }, 'bad.rules.json', 'catalogue.test-rule', /nope\.x/],
    ['bad severity', { rules: [ruleDef({ severity: 'fatal' })] }, 'bad.rules.json', 'catalogue.test-rule', /severity/],
    ['no rule-library metadata', { rules: [ruleDef({ meta: undefined })] }, 'bad.rules.json', 'catalogue.test-rule', /rules\.0\.meta: Invalid input/],
    ['metadata without 政策依据', { rules: [ruleDef({ meta: { stages: ['事中'], resultType: '明确违规', period: '当次就诊', basis: [] } })] }, 'bad.rules.json', 'catalogue.test-rule', /meta\.basis/],
    ['retrospective claims naming an unknown fact', { rules: [ruleDef({ retrospective: { claims: 'membr.visitDuringStay.suspects', message: '事后发现：{{claimId}}' } })] }, 'bad.rules.json', 'catalogue.test-rule', /retrospective\.claims "membr\.visitDuringStay\.suspects" does not start with a known fact/],
    ['retrospective message naming an unknown fact', { rules: [ruleDef({ retrospective: { claims: 'member.visitDuringStay.suspects', message: '事后发现：{{suspct.claimId}}' } })] }, 'bad.rules.json', 'catalogue.test-rule', /retrospective\.message "suspct\.claimId"/],
    ['retrospective message not beginning 事后发现', { rules: [ruleDef({ retrospective: { claims: 'member.visitDuringStay.suspects', message: '住院单据{{claimId}}' } })] }, 'bad.rules.json', 'catalogue.test-rule', /must begin 事后发现/],
    ['retrospective on an item rule', { rules: [ruleDef({ appliesTo: 'item', retrospective: { claims: 'member.visitDuringStay.suspects', message: '事后发现：{{suspect.claimId}}' } })] }, 'bad.rules.json', 'catalogue.test-rule', /only a claim rule names earlier claims/],
    ['a 可疑 rule that blocks', { rules: [ruleDef({ severity: 'block', meta: { stages: ['事中'], resultType: '可疑', period: '当次就诊', basis: ['x'] } })] }, 'bad.rules.json', 'catalogue.test-rule', /可疑 with severity block/],
  ])('%s stops loading with an error naming file and rule', (_name, content, file, ruleId, message) => {
    const err = loadError(rulesDir({ [file]: content }));
    expect(err.file).toBe(file);
    expect(err.ruleId).toBe(ruleId);
    expect(err.message).toMatch(message as RegExp);
  });

  it('every shipped rule carries its metadata, and only 明确违规 rules block', () => {
    const shipped = loadRuleSource(join(__dirname, '../../rules')).rules;
    expect(shipped.length).toBeGreaterThan(20);
    for (const { def } of shipped) {
      expect(def.meta.basis.length).toBeGreaterThan(0);
      // 依据 is read by investigators: documents and tables by name, in Chinese — never a file path or an English flag.
      for (const b of def.meta.basis) expect([def.id, b]).not.toEqual([def.id, expect.stringMatching(/\.json|rules\/|src\/|SAMPLE|CONTRACTS/)]);
      if (def.severity === 'block') expect([def.id, def.meta.resultType]).toEqual([def.id, '明确违规']);
    }
  });

  it('the titles mended for review 30 item 15 / 30B item 11 keep English out of the Chinese bracket', () => {
    // An investigator reads the Chinese title and its bracketed 违规类型; the English gloss follows outside it.
    const mended = ['history.doctor-two-places', 'history.teeth-already-extracted', 'history.root-canal-rebilled', 'history.hbv-drug-on-free-art', 'history.stent-removal-unplaced'];
    const titles = new Map(loadRuleSource(join(__dirname, '../../rules')).rules.map(({ def }) => [def.id, def.title]));
    for (const id of mended) {
      expect([id, titles.get(id)]).toEqual([id, expect.stringMatching(/（[^）A-Za-z]*） \(.+\)$/)]);
    }
  });

  it('every rule title and message is Chinese but for codes and accepted abbreviations; a title\'s English gloss stays after it', () => {
    // What an investigator reads is the title up to its trailing " (English gloss)", the message and the 事后发现 message.
    for (const { def } of loadRuleSource(join(__dirname, '../../rules')).rules) {
      const read = [chinesePart(def.title), def.message, def.retrospective?.message ?? ''];
      for (const text of read) expect([def.id, englishWords(text)]).toEqual([def.id, []]);
    }
  });

  it('the Chinese-only check finds an English gloss inside the Chinese bracket', () => {
    expect(englishWords(chinesePart('互联网首诊（online visit with no in-person visit） (online visit)'))).toEqual(['online', 'visit', 'with', 'no', 'in-person', 'visit']);
    expect(englishWords(chinesePart('稳定性冠心病择期PCI（无指征冠脉介入，Z51.1、I25.1、GLP-1、300 IU/kg） (elective PCI)'))).toEqual([]);
  });

  it("doctor-two-places' basis keeps the 多点执业 articles to registration and labels the same-day reading as inference", () => {
    // Review 30B item 10: 第十六、十七条 govern registering an added practice site, nothing about one day in two places.
    const rule = loadRuleSource(join(__dirname, '../../rules')).rules.find(({ def }) => def.id === 'history.doctor-two-places')!.def;
    const articles = rule.meta.basis.filter((b) => b.includes('医师执业注册管理办法'));
    expect(articles).toHaveLength(1);
    expect(articles[0]).not.toMatch(/同日|不同日期/);
    expect(rule.meta.basis.filter((b) => /同日/.test(b)).every((b) => b.startsWith('本系统推断'))).toBe(true);
    expect(rule.meta.basis.some((b) => b.includes('曝光台'))).toBe(false);
  });

  it("rules/README.md's retrospective row names every rule that declares retrospective, and no other", () => {
    // README.md points there for the list of 事后发现 rules: a rule given `retrospective` is added to it.
    const row = readFileSync(join(__dirname, '../../rules/README.md'), 'utf8').split('\n').find((l) => l.startsWith('| `retrospective` |'))!;
    const listed = new Set(row.match(/`(?:history|catalogue|benefits|grouping)\.[a-z0-9-]+`/g)!.map((x) => x.slice(1, -1)));
    const declared = loadRuleSource(join(__dirname, '../../rules')).rules.filter(({ def }) => def.retrospective).map(({ def }) => def.id);
    expect([...listed].sort()).toEqual([...declared].sort());
  });

  it('a duplicate id names both files', () => {
    const err = loadError(rulesDir({ 'a.rules.json': { rules: [ruleDef()] }, 'b.rules.json': { rules: [ruleDef()] } }));
    expect(err.file).toBe('b.rules.json');
    expect(err.ruleId).toBe('catalogue.test-rule');
    expect(err.message).toMatch(/also in a\.rules\.json/);
  });

  it('decorated operators are known', () => {
    const dir = rulesDir({
      'a.rules.json': { rules: [ruleDef({ conditions: { all: [{ fact: 'diagnosisCodes', operator: 'someFact:equal', value: 'I10' }] } })] },
    });
    expect(loadRuleSource(dir).rules).toHaveLength(1);
  });

  it('a failed reload keeps the last good rule set', () => {
    const dir = rulesDir({ 'a.rules.json': { rules: [ruleDef()] } });
    const holder = createRulesetHolder(dir);
    const good = holder.current();
    writeFileSync(join(dir, 'a.rules.json'), '{ nope');
    expect(() => holder.reload()).toThrow(RuleLoadError);
    expect(holder.current()).toBe(good);
  });
});

// Codes (ICD-10, ICD-9-CM-3, ATC, DRG groups) and the abbreviations investigators read as words of their own.
const ACCEPTED = new Set(['CT', 'MRI', 'PCI', 'DRG', 'DIP', 'HIV', 'HCG', 'FFR', 'PPD', 'ESA', 'IU', 'ICD-10', 'P2Y12', 'GLP-1', 'CRRT', 'ICU', 'mg', 'ml', 'kg', 'Z']);
const CODE = /^[A-Z]\d[\dA-Za-z.+*-]*$/;

/** The title up to a trailing " (English gloss)" (which may hold parentheses of its own). */
function chinesePart(title: string): string {
  if (!title.endsWith(')')) return title;
  let depth = 0;
  for (let i = title.length - 1; i >= 0; i--) {
    if (title[i] === ')') depth++;
    else if (title[i] === '(' && --depth === 0) return title.slice(i - 1, i) === ' ' ? title.slice(0, i - 1) : title;
  }
  return title;
}

function englishWords(text: string): string[] {
  const words = text.replace(/\{\{[^}]*\}\}/g, '').match(/[A-Za-z][A-Za-z0-9.+*-]*[A-Za-z0-9]|[A-Za-z]/g) ?? [];
  return words.filter((w) => !ACCEPTED.has(w) && !CODE.test(w));
}
