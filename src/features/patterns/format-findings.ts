import type { PatternFinding, PatternRun } from './pattern-store';

// Findings as text for the CLI: one block per finding, in Chinese for investigators.

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const LEVEL = ['', '一级', '二级', '三级'];

export function formatFinding(f: PatternFinding): string {
  const who = f.providerKind === 'institution' ? `机构 ${f.hospitalId}` : `医师 ${f.doctorId}（机构 ${f.hospitalId}）`;
  const group = `${f.peerGroup.region} ${LEVEL[f.hospitalLevel] ?? f.hospitalLevel}${f.peerGroup.department ? ` ${f.peerGroup.department}科` : ''}，${f.peerGroup.providers} ${f.providerKind === 'institution' ? '家' : '名'}`;
  const value = f.metric === 'los-ratio' ? (x: number) => `${x.toFixed(2)}倍` : pct;
  const ratio = f.ratio === null ? '同级为0' : `${f.ratio.toFixed(2)}×`;
  const more = f.count > f.evidenceClaimIds.length ? ` 等${f.count}件` : '';
  // A cluster's evidence is its admissions with their dates: the dates are what make it one.
  const evidence = f.cluster ? f.cluster.admissions.map((a) => `${a.claimId}（${a.date}入院）`).join(', ') : f.evidenceClaimIds.join(', ');
  return (
    `${who}  ${f.title}\n` +
    `  本身 ${value(f.rate)}（${f.count}/${f.volume}件），收缩后 ${value(f.shrunkRate)}，同级同统筹区 ${value(f.peerRate)}，${ratio}；同级组：${group}；先验相当于 ${Math.round(f.priorStrength)} 件\n` +
    `  证据：${evidence}${more}`
  );
}

export function formatRun(run: PatternRun, findings: readonly PatternFinding[]): string {
  const head = `服务期间 ${run.from} 至 ${run.to}：${findings.length} 条机构/医师异常模式（运行 #${run.id}，${run.ranAt}）`;
  return [head, ...findings.map(formatFinding)].join('\n') + '\n';
}
