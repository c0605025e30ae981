import { api, fetchFile, query, saveBlob, sha256Hex } from './api.js';
import { drawer, h } from './dom.js';

// 月度导出 (auditor, admin): choose the month and province, see the export's manifest, download the workbook or a
// CSV table, and see the download checked: a CSV table's SHA-256 must equal its manifest entry (same data, same
// bytes); the workbook's bytes differ run to run (zip times), so it is checked against the hash the server
// sent with it (X-Export-Sha256), and its cell contents are what the manifest's cellsSha256 pins.

const TABLES = { summary: '汇总', 'by-region': '按统筹区', 'by-institution': '按机构', 'by-rule': '按规则', cases: '疑点案件' };
const cellsText = (hashes = {}) => {
  const values = Object.values(hashes);
  return values.length === 1 ? h('code', {}, values[0].slice(0, 16), '…') : `${values.length} 张表`;
};
const lastMonth = () => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
};

export async function renderExports(me, params = {}) {
  const draw = drawer();
  const month = /^\d{4}-\d{2}$/.test(params.month ?? '') ? params.month : lastMonth();
  const province = /^\d{2}$/.test(params.province ?? '') ? params.province : (me.provinces.length === 1 ? me.provinces[0] : '');
  const go = (m, p) => { location.hash = `#/exports${query({ month: m, province: p })}`; };
  const monthInput = h('input', { type: 'month', value: month, 'data-testid': 'export-month', onchange: (e) => go(e.target.value, province) });
  const provinceInput = h('input', { value: province, size: 4, placeholder: '全部', 'data-testid': 'export-province', onchange: (e) => go(month, e.target.value.trim()) });
  const scope = query({ province: province || undefined });
  const status = h('p', { 'data-testid': 'export-verified' });
  let manifest;
  try {
    manifest = await api(`/exports/${month}/manifest${scope}`);
  } catch (e) {
    return draw(h('h2', {}, '月度导出'), h('div', { class: 'filters' }, h('label', {}, '月份', monthInput), h('label', {}, '省份代码', provinceInput)), h('p', { class: 'error', 'data-testid': 'export-error' }, e.message));
  }
  const download = async (path, expected) => {
    status.textContent = '正在下载…';
    status.className = '';
    try {
      const { blob, headers, name } = await fetchFile(path);
      saveBlob(blob, name);
      const actual = await sha256Hex(blob);
      const want = expected ?? headers.get('x-export-sha256');
      if (actual === null) status.textContent = `已下载 ${name}；此浏览器不能计算 SHA-256（需 HTTPS），请用命令 export verify 校验`;
      else if (actual === want) {
        status.textContent = `已下载 ${name}，SHA-256 校验通过：${actual}`;
        status.className = 'ok';
      } else {
        status.textContent = `已下载 ${name}，SHA-256 不一致：文件 ${actual}，应为 ${want}`;
        status.className = 'error';
      }
    } catch (e) {
      status.textContent = e.message;
      status.className = 'error';
    }
  };
  const t = manifest.totals;
  draw(
    h('h2', {}, '月度导出'),
    h('div', { class: 'filters' }, h('label', {}, '月份', monthInput), h('label', {}, '省份代码', provinceInput)),
    h('section', {}, h('div', { class: 'facts' },
      [['就诊数', t.claimsReviewed], ['疑点数', t.flagged], ['拒付', t.rejected], ['申报总额(元)', t.totalClaimed], ['基金申报(元)', t.fundClaimed], ['涉及金额(元)', t.amountAtStake],
        ['规则版本', manifest.versions.ruleset.join('、') || '—'], ['模型版本', manifest.versions.model.join('、') || '—']]
        .map(([k, v]) => h('div', { class: 'fact' }, h('span', { class: 'k' }, k), h('span', {}, String(v))))),
    h('p', {}, h('button', { type: 'button', 'data-testid': 'export-xlsx', onclick: () => download(`/exports/${month}${query({ province: province || undefined, format: 'xlsx' })}`, null) }, '下载工作簿（XLSX）')),
    status),
    h('section', {}, h('h3', {}, '导出清单（manifest）'),
      h('table', { class: 'grid', 'data-testid': 'manifest-table' },
        h('thead', {}, h('tr', {}, ['文件', '行数', '字节', 'SHA-256', '单元格哈希', ''].map((x) => h('th', {}, x)))),
        h('tbody', {}, manifest.files.map((f) => {
          const table = f.name.endsWith('.csv') ? f.name.slice(0, -4) : null;
          return h('tr', { 'data-testid': 'manifest-file' },
            h('td', {}, f.name), h('td', { class: 'num' }, Object.values(f.rows ?? {}).reduce((a, b) => a + b, 0)),
            h('td', { class: 'num' }, f.bytes), h('td', {}, h('code', {}, f.sha256.slice(0, 16), '…')), h('td', {}, cellsText(f.cellsSha256)),
            h('td', {}, table && TABLES[table]
              ? h('button', { type: 'button', 'data-testid': `export-csv-${table}`, onclick: () => download(`/exports/${month}${query({ province: province || undefined, format: 'csv', table })}`, f.sha256) }, `下载 ${TABLES[table]} CSV`)
              : ''));
        })))),
  );
}
