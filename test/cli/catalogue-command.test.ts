import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

const ROOT = resolve(__dirname, '../..');
const cli = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist/src/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

function rulesDir(): string {
  const dir = tempDir('cat-cli-');
  mkdirSync(join(dir, 'catalogue'));
  cpSync(join(ROOT, 'rules/catalogue/indications.json'), join(dir, 'catalogue/indications.json'));
  return dir;
}

describe('yibao-review catalogue import', () => {
  it('imports the sample XLSX and prints rows, coverage and changes; a second import reports the changes', () => {
    const rules = rulesDir();
    const file = join(ROOT, 'samples/catalogue/drug-catalogue.sample.xlsx');
    const out = cli(['catalogue', 'import', file, '--kind', 'drug', '--version', 'v1', '--effective-from', '2024-01-01', '--rules', rules]);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('导入 23 行，拒绝 0 行');
    expect(out.stdout).toContain('完全 12 行，部分 2 行，未能解析 4 行');
    expect(existsSync(join(rules, 'catalogue/versions/drug/v1.json'))).toBe(true);

    const dup = cli(['catalogue', 'import', file, '--kind', 'drug', '--version', 'v1', '--effective-from', '2025-01-01', '--rules', rules]);
    expect(dup.status).toBe(1);
    expect(dup.stderr).toMatch(/version v1 already exists/);

    const csv = join(rules, 'next.csv');
    writeFileSync(csv, '药品分类代码,药品名称,医保药品代码,甲乙类,备注\nXA10BA,二甲双胍,XA10BAE014A001,甲,限2型糖尿病患者\n');
    const next = cli(['catalogue', 'import', csv, '--kind', 'drug', '--version', 'v2', '--effective-from', '2025-01-01', '--rules', rules]);
    expect(next.status).toBe(0);
    expect(next.stdout).toContain('变更（对比版本 v1）：新增 0，删除 22，价格变更 0，限定支付范围变更 1');
    expect(next.stdout).toContain('限定支付范围 XA10BAE014A001: “” → “限2型糖尿病患者”');
  });

  it('a file with rejected rows names them and creates no version unless --accept-partial', () => {
    const rules = rulesDir();
    const csv = join(rules, 'bad.csv');
    writeFileSync(csv, '\uFEFF项目编码,项目名称,计价单位,价格,医保类别\n001102000010000,普通门诊诊察费,次,10,甲\n0011020000,诊察费,次,abc,甲\n');
    const args = ['catalogue', 'import', csv, '--kind', 'service', '--version', 's1', '--effective-from', '2024-01-01', '--rules', rules];
    const out = cli(args);
    expect(out.status).toBe(2);
    expect(out.stdout).toContain('拒绝 第 3 行：代码 0011020000 格式不对');
    expect(out.stdout).toContain('未创建版本');
    expect(existsSync(join(rules, 'catalogue/versions/service/s1.json'))).toBe(false);
    const partial = cli([...args, '--accept-partial']);
    expect(partial.status).toBe(0);
    expect(existsSync(join(rules, 'catalogue/versions/service/s1.json'))).toBe(true);
    expect(cli(['catalogue', 'import', csv, '--kind', 'drugs', '--version', 'x', '--effective-from', '2024-01-01', '--rules', rules]).stderr).toMatch(/--kind “drugs”/);
  });
});
