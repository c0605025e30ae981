// A tiny element builder: text always goes in as text (never as HTML), so claim data cannot inject markup.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function show(...nodes) {
  const view = document.getElementById('view');
  view.replaceChildren(...nodes.filter((n) => n !== null && n !== undefined && n !== false));
}

let routes = 0;

/** A new address is being rendered (app.js, also on logging out): pages still loading for the one before will not draw. */
export function newRoute() {
  routes += 1;
}

/**
 * The drawer of the page being rendered, taken before its first await (a re-render after an action is handed its
 * page's drawer): it shows the nodes only while no newer route has started, and says whether it did. Pages draw when
 * their answers arrive, so without it a slow answer for a page the investigator has left replaced the page they are on.
 */
export function drawer() {
  const mine = routes;
  return (...nodes) => {
    if (mine !== routes) return false;
    show(...nodes);
    return true;
  };
}

export const yuan = (n) => (n === null || n === undefined ? '—' : `¥${Number(n).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
export const pct = (x) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);
