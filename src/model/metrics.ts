// Ranking metrics for labelled evaluation. ROC-AUC by ranks (ties count half); PR-AUC as average precision
// (the area under the step precision–recall curve, which does not interpolate optimistically).

export function rocAuc(scores: ArrayLike<number>, positive: ArrayLike<boolean>): number {
  const n = scores.length;
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let pos = 0;
  let rankSum = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (positive[idx[k]]) {
        pos++;
        rankSum += avgRank;
      }
    }
    i = j + 1;
  }
  const neg = n - pos;
  if (pos === 0 || neg === 0) return Number.NaN;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

export function averagePrecision(scores: ArrayLike<number>, positive: ArrayLike<boolean>): number {
  const n = scores.length;
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let totalPos = 0;
  for (let i = 0; i < n; i++) if (positive[i]) totalPos++;
  if (totalPos === 0) return Number.NaN;
  let tp = 0;
  let seen = 0;
  let ap = 0;
  // Tied scores are taken as one step, so the order of ties cannot flatter the figure.
  for (let i = 0; i < n; ) {
    let j = i;
    let tpGroup = 0;
    while (j < n && scores[idx[j]] === scores[idx[i]]) {
      if (positive[idx[j]]) tpGroup++;
      j++;
    }
    seen += j - i;
    tp += tpGroup;
    ap += (tpGroup / totalPos) * (tp / seen);
    i = j;
  }
  return ap;
}

export interface AtThreshold {
  threshold: number;
  flagged: number;
  precision: number;
  recall: number;
}

export function atThreshold(scores: ArrayLike<number>, positive: ArrayLike<boolean>, threshold: number): AtThreshold {
  let flagged = 0;
  let tp = 0;
  let pos = 0;
  for (let i = 0; i < scores.length; i++) {
    const f = scores[i] > threshold;
    if (f) flagged++;
    if (positive[i]) pos++;
    if (f && positive[i]) tp++;
  }
  return { threshold, flagged, precision: flagged ? tp / flagged : Number.NaN, recall: pos ? tp / pos : Number.NaN };
}
