// PaperGraph interactive map: draws the papers exported by `papergraph export --format html`.
// Every string from the data reaches the page through textContent or attribute setters, never
// as markup. The pure helpers at the top are exported as globalThis.PaperGraphMap for tests.
'use strict';
(function (root) {
  const PG = {};

  // ---------- data ----------

  /** Turns the compact JSON into typed arrays and adjacency lists. */
  PG.decode = function (data) {
    const p = data.papers;
    const n = p.key.length;
    const m = {
      data, n, title: data.title, isPublic: !!data.public, layout: data.layout,
      key: p.key, titles: p.title, year: p.year, venue: p.venue, kind: p.kind,
      authors: p.authors, topics: p.topics, rank: p.rank, pos: p.pos, cluster: p.cluster,
      status: p.status, ext: p.ext || null, doi: p.doi, arxiv: p.arxiv, openalex: p.openalex, url: p.url,
      summary: p.summary, notes: p.notes,
      authorNames: data.authors, topicList: data.topics, clusters: data.clusters,
      x: Float64Array.from(p.x), y: Float64Array.from(p.y), r: Float64Array.from(p.r),
    };
    const pairs = data.cites.concat(data.prereqs);
    const e = pairs.length / 2;
    m.edgeCount = e;
    m.citeCount = data.cites.length / 2;
    m.from = new Int32Array(e);
    m.to = new Int32Array(e);
    for (let k = 0; k < e; k++) { m.from[k] = pairs[2 * k]; m.to[k] = pairs[2 * k + 1]; }
    m.prereqReason = data.prereqReasons;
    // readFirst[i]: what i builds on (cites or needs); buildsOn[i]: what builds on i.
    m.readFirst = adjacency(n, m.to, m.from);
    m.buildsOn = adjacency(n, m.from, m.to);
    m.related = rows(data.related, 1);
    m.paths = rows(data.paths, 3, (row) => ({ omitted: row[1], hidden: row[2] }));
    m.next = rows(data.next, 2, (row) => ({ hidden: row[1] }));
    return m;
  };

  function adjacency(n, a, b) {
    const offsets = new Int32Array(n + 1);
    for (let k = 0; k < a.length; k++) offsets[a[k] + 1]++;
    for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
    const fill = offsets.slice(0, n);
    const targets = new Int32Array(a.length);
    for (let k = 0; k < a.length; k++) targets[fill[a[k]]++] = b[k];
    return { offsets, targets, of(i) { return targets.subarray(offsets[i], offsets[i + 1]); } };
  }

  function rows(list, at, extra) {
    const map = new Map();
    for (const row of list) {
      const flat = row[at];
      const entries = [];
      for (let k = 0; k < flat.length; k += 2) entries.push({ node: flat[k], reason: flat[k + 1] });
      map.set(row[0], Object.assign({ entries }, extra ? extra(row) : {}));
    }
    return map;
  }

  // ---------- links ----------

  /** The URL if it is http(s), else null (javascript:, data:, relative, malformed). */
  PG.safeLink = function (s) {
    if (typeof s !== 'string' || s.length === 0 || s.length > 2000) return null;
    if (/[\u0000-\u001f\u007f-\u009f\s]/.test(s)) return null;
    let u;
    try { u = new URL(s); } catch (err) { return null; }
    return (u.protocol === 'https:' || u.protocol === 'http:') ? u.href : null;
  };

  /** Links for a paper's identifiers: arXiv, DOI, OpenAlex and its own URL, http(s) only. */
  PG.idLinks = function (m, i) {
    const out = [];
    const arxiv = m.arxiv[i], doi = m.doi[i], oa = m.openalex[i], url = m.url[i];
    if (arxiv && /^[A-Za-z0-9.\-/]+$/.test(arxiv)) out.push({ label: 'arXiv:' + arxiv, href: PG.safeLink('https://arxiv.org/abs/' + arxiv) });
    if (doi && /^10\.\S+$/.test(doi)) out.push({ label: 'doi:' + doi, href: PG.safeLink('https://doi.org/' + doi.split('/').map(encodeURIComponent).join('/')) });
    if (oa) {
      const w = oa.replace(/^https?:\/\/openalex\.org\//i, '');
      if (/^[WAISC]\d+$/i.test(w)) out.push({ label: 'OpenAlex ' + w, href: PG.safeLink('https://openalex.org/' + w.toUpperCase()) });
    }
    const own = PG.safeLink(url);
    if (own) out.push({ label: own, href: own });
    return out.filter((l) => l.href);
  };

  // ---------- search ----------

  PG.fold = function (s) {
    return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  };

  /** One folded haystack per paper: title, key, ids and authors. */
  PG.searchIndex = function (m) {
    const out = new Array(m.n);
    for (let i = 0; i < m.n; i++) {
      const names = m.authors[i].map((a) => m.authorNames[a]).join(' ');
      out[i] = {
        title: PG.fold(m.titles[i]),
        key: PG.fold(m.key[i]),
        ids: PG.fold([m.doi[i], m.arxiv[i], m.openalex[i]].filter(Boolean).join(' ')),
        authors: PG.fold(names),
      };
    }
    return out;
  };

  /** Papers matching every word of `query`, best first: exact key or id, title start, word starts, anywhere. */
  PG.search = function (m, index, query, limit) {
    const q = PG.fold(query).trim();
    if (!q) return [];
    const words = q.split(/\s+/);
    const scored = [];
    for (let i = 0; i < m.n; i++) {
      const h = index[i];
      let score = 0;
      if (h.key === q || h.ids.split(' ').indexOf(q) >= 0) score = 100;
      else if (h.title === q) score = 90;
      else if (h.title.startsWith(q)) score = 70;
      else {
        let all = true, starts = true;
        for (const w of words) {
          const inTitle = h.title.indexOf(w), inOther = (h.key + ' ' + h.authors + ' ' + h.ids).indexOf(w);
          if (inTitle < 0 && inOther < 0) { all = false; break; }
          const boundary = (s, at) => at === 0 || /[^a-z0-9]/.test(s[at - 1]);
          if (!((inTitle >= 0 && boundary(h.title, inTitle)) || (inOther >= 0))) starts = false;
        }
        if (!all) continue;
        score = starts ? 40 : 20;
      }
      scored.push([score, m.pos[i] || 1e9, i]);
    }
    scored.sort((a, b) => (b[0] - a[0]) || (a[1] - b[1]) || (a[2] - b[2]));
    return scored.slice(0, limit || 20).map((s) => s[2]);
  };

  // ---------- filters and state ----------

  PG.defaultFilters = function () {
    return { topic: '', yearFrom: null, yearTo: null, cluster: '', read: '', rankTop: 100, onlyPath: false, external: false };
  };

  /** 1 for each paper the filters keep. `pathNodes` is the highlighted path (a Set) or null. */
  PG.filterMask = function (m, f, pathNodes) {
    const mask = new Uint8Array(m.n);
    const topic = f.topic === '' ? -1 : m.topicList.findIndex((t) => t[0] === f.topic);
    const cluster = f.cluster === '' ? null : Number(f.cluster);
    const rankLimit = Math.ceil(m.n * f.rankTop / 100);
    for (let i = 0; i < m.n; i++) {
      if (f.topic !== '' && m.topics[i].indexOf(topic) < 0) continue;
      const y = m.year[i];
      if (f.yearFrom != null && (y == null || y < f.yearFrom)) continue;
      if (f.yearTo != null && (y == null || y > f.yearTo)) continue;
      if (cluster !== null && m.cluster[i] !== cluster) continue;
      if (f.read === 'read' && m.status[i] !== 2) continue;
      if (f.read === 'unread' && m.status[i] === 2) continue;
      if (f.rankTop < 100 && m.pos[i] != null && m.pos[i] > rankLimit) continue;
      if (f.onlyPath && !(pathNodes && pathNodes.has(i))) continue;
      mask[i] = 1;
    }
    return mask;
  };

  /** The state in a URL fragment: selection, path, filters and camera. */
  PG.formatFragment = function (s) {
    const q = new URLSearchParams();
    if (s.selected != null) q.set('p', s.selected);
    if (s.path) q.set('path', '1');
    const f = s.filters || {};
    if (f.topic) q.set('topic', f.topic);
    if (f.yearFrom != null) q.set('from', String(f.yearFrom));
    if (f.yearTo != null) q.set('to', String(f.yearTo));
    if (f.cluster !== '' && f.cluster != null) q.set('cluster', String(f.cluster));
    if (f.read) q.set('read', f.read);
    if (f.rankTop != null && f.rankTop < 100) q.set('top', String(f.rankTop));
    if (f.onlyPath) q.set('only', 'path');
    if (f.external) q.set('ext', '1');
    if (s.camera) {
      q.set('x', s.camera.x.toFixed(0));
      q.set('y', s.camera.y.toFixed(0));
      q.set('z', s.camera.z.toFixed(3));
    }
    return '#' + q.toString();
  };

  PG.parseFragment = function (hash) {
    const q = new URLSearchParams(String(hash || '').replace(/^#/, ''));
    const f = PG.defaultFilters();
    const num = (v) => (v !== null && v !== '' && isFinite(Number(v)) ? Number(v) : null);
    f.topic = q.get('topic') || '';
    f.yearFrom = num(q.get('from'));
    f.yearTo = num(q.get('to'));
    f.cluster = num(q.get('cluster')) === null ? '' : String(num(q.get('cluster')));
    f.read = ['read', 'unread'].indexOf(q.get('read')) >= 0 ? q.get('read') : '';
    const top = num(q.get('top'));
    f.rankTop = top === null ? 100 : Math.min(100, Math.max(1, Math.round(top)));
    f.onlyPath = q.get('only') === 'path';
    f.external = q.get('ext') === '1';
    const x = num(q.get('x')), y = num(q.get('y')), z = num(q.get('z'));
    const camera = x !== null && y !== null && z !== null && z > 0 ? { x, y, z } : null;
    return { selected: q.get('p'), path: q.get('path') === '1', filters: f, camera };
  };

  root.PaperGraphMap = PG;
  if (typeof document === 'undefined') return;

  // ---------- the page ----------

  const $ = (id) => document.getElementById(id);
  const PATH = '#D55E00';
  const INK = '#1a1a1a';
  // At most this many citations are drawn at once (beyond, only when zoomed in far enough, and always
  // the selection's): more would hide the papers and slow every frame.
  const EDGE_BUDGET = 15000;

  /** An element with text and attributes; children are elements or strings (as text). */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') e.textContent = v;
      else if (k === 'class') e.className = v;
      else if (k === 'on') for (const [type, f] of Object.entries(v)) e.addEventListener(type, f);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  const m = PG.decode(JSON.parse($('pg-data').textContent));
  const index = PG.searchIndex(m);
  const canvas = $('map');
  const ctx = canvas.getContext('2d', { alpha: false });
  // The last full frame, reused (moved and scaled) while panning and zooming; redrawn once the
  // camera rests. `version` counts content changes (filters, selection, path).
  const scene = { canvas: document.createElement('canvas'), camera: null, version: -1 };
  const sceneCtx = scene.canvas.getContext('2d', { alpha: false });
  let version = 0, idleTimer = null;
  const hook = { ready: false, frames: 0, nodesDrawn: 0, edgesDrawn: 0, lastFrameMs: 0, firstDrawAt: null, errors: [] };
  root.__papergraphMap = hook;

  const state = { selected: null, path: null, filters: PG.defaultFilters(), camera: null, hover: null };
  let mask = new Uint8Array(m.n).fill(1);
  let width = 0, height = 0, ratio = 1;
  let scheduled = false;

  // Spatial grid for hit testing (world coordinates).
  const grid = (function () {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, maxR = 1;
    for (let i = 0; i < m.n; i++) {
      minX = Math.min(minX, m.x[i]); maxX = Math.max(maxX, m.x[i]);
      minY = Math.min(minY, m.y[i]); maxY = Math.max(maxY, m.y[i]);
      maxR = Math.max(maxR, m.r[i]);
    }
    if (m.n === 0) { minX = minY = 0; maxX = maxY = 1; }
    const cell = Math.max(2 * maxR, (maxX - minX) / 512, (maxY - minY) / 512, 1);
    const cols = Math.floor((maxX - minX) / cell) + 1, rowsN = Math.floor((maxY - minY) / cell) + 1;
    const buckets = new Map();
    for (let i = 0; i < m.n; i++) {
      const k = Math.floor((m.y[i] - minY) / cell) * cols + Math.floor((m.x[i] - minX) / cell);
      if (!buckets.has(k)) buckets.set(k, []);
      buckets.get(k).push(i);
    }
    return {
      minX, minY, maxX, maxY, maxR,
      at(wx, wy, slack) {
        const c = Math.floor((wx - minX) / cell), r = Math.floor((wy - minY) / cell);
        let best = -1, bestD = Infinity;
        for (let rr = r - 1; rr <= r + 1; rr++) {
          for (let cc = c - 1; cc <= c + 1; cc++) {
            if (rr < 0 || cc < 0 || rr >= rowsN || cc >= cols) continue;
            for (const i of buckets.get(rr * cols + cc) || []) {
              if (!mask[i] || !externalShown(i)) continue;
              const d = Math.hypot(m.x[i] - wx, m.y[i] - wy);
              if (d <= m.r[i] + slack && d < bestD) { best = i; bestD = d; }
            }
          }
        }
        return best;
      },
    };
  })();

  function externalShown(i) { return !m.ext || !m.ext[i] || state.filters.external || state.selected === i; }

  function fitCamera() {
    const w = Math.max(1, grid.maxX - grid.minX + 4 * grid.maxR), h = Math.max(1, grid.maxY - grid.minY + 4 * grid.maxR);
    const z = Math.min(width / w, height / h, 40 / grid.maxR);
    return { x: (grid.minX + grid.maxX) / 2, y: (grid.minY + grid.maxY) / 2, z: z > 0 ? z : 1 };
  }

  function toScreen(wx, wy) {
    const c = state.camera;
    return [(wx - c.x) * c.z + width / 2, (wy - c.y) * c.z + height / 2];
  }

  function toWorld(sx, sy) {
    const c = state.camera;
    return [(sx - width / 2) / c.z + c.x, (sy - height / 2) / c.z + c.y];
  }

  function clusterColor(i) {
    const c = m.cluster[i];
    return c >= 0 && c < m.clusters.length ? m.clusters[c][1] : '#BBBBBB';
  }

  function resize() {
    ratio = root.devicePixelRatio || 1;
    width = canvas.clientWidth || 800;
    height = canvas.clientHeight || 600;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    if (!state.camera) state.camera = fitCamera();
    schedule();
  }

  /** Redraws after a content change. */
  function schedule() {
    version++;
    scheduleMove();
  }

  /** Redraws after a camera move: the last frame is moved at once, redrawn in full when the camera rests. */
  function scheduleMove() {
    if (scheduled) return;
    scheduled = true;
    root.requestAnimationFrame(() => { scheduled = false; draw(); });
  }

  function pathInfo() {
    if (state.path === null) return null;
    const row = m.paths.get(state.path);
    if (!row) return null;
    const step = new Map();
    row.entries.forEach((e, k) => { if (!step.has(e.node)) step.set(e.node, k + 1); });
    return { row, step };
  }

  /** Draws one frame on `target` (the canvas, or a recorder for SVG). Returns what it drew. */
  function render(g, w, h) {
    const c = state.camera;
    const t0 = performance.now();
    g.clearRect(0, 0, w, h);
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, w, h);
    const path = pathInfo();
    const left = c.x - w / 2 / c.z, right = c.x + w / 2 / c.z, top = c.y - h / 2 / c.z, bottom = c.y + h / 2 / c.z;
    const inView = (i) => m.x[i] + m.r[i] >= left && m.x[i] - m.r[i] <= right && m.y[i] + m.r[i] >= top && m.y[i] - m.r[i] <= bottom;
    const shown = (i) => mask[i] && externalShown(i);
    // Year axis.
    if (m.layout === 'year') drawYearAxis(g, h);
    // Edges: every visible one when few or zoomed in; else only the selection's.
    let edges = 0;
    const zoomedIn = c.z * grid.maxR > 6;
    let onScreen = 0;
    if (m.edgeCount > EDGE_BUDGET) {
      for (let k = 0; k < m.edgeCount && onScreen <= EDGE_BUDGET; k++) {
        const a = m.from[k], b = m.to[k];
        if (shown(a) && shown(b) && (inView(a) || inView(b))) onScreen++;
      }
    }
    const many = onScreen > EDGE_BUDGET;
    hook.edgesHidden = many;
    const dim = state.selected !== null || path !== null;
    if (!many) {
      // Fainter as edges multiply, so that thousands of them shade the map rather than hide the papers.
      const alpha = zoomedIn ? 0.28 : Math.min(0.28, Math.max(0.05, 1500 / Math.max(1, m.edgeCount)));
      g.strokeStyle = dim ? 'rgba(120,120,120,' + Math.min(alpha, 0.12) + ')' : 'rgba(90,90,90,' + alpha + ')';
      g.lineWidth = m.edgeCount > 5000 && !zoomedIn ? 0.5 : 0.7;
      g.beginPath();
      for (let k = 0; k < m.edgeCount; k++) {
        const a = m.from[k], b = m.to[k];
        if (!shown(a) || !shown(b) || !(inView(a) || inView(b))) continue;
        const [x1, y1] = toScreen(m.x[a], m.y[a]), [x2, y2] = toScreen(m.x[b], m.y[b]);
        g.moveTo(x1, y1);
        g.lineTo(x2, y2);
        edges++;
        if (edges % 2000 === 0) { g.stroke(); g.beginPath(); }
      }
      g.stroke();
      if (edges < 1500 && c.z * grid.maxR > 4) {
        g.fillStyle = dim ? 'rgba(120,120,120,0.2)' : 'rgba(90,90,90,0.45)';
        g.beginPath();
        for (let k = 0; k < m.edgeCount; k++) {
          const a = m.from[k], b = m.to[k];
          if (!shown(a) || !shown(b) || !(inView(a) || inView(b))) continue;
          arrowHead(g, a, b, 4.5);
        }
        g.fill();
      }
    }
    if (state.selected !== null && !path) {
      const s = state.selected;
      g.beginPath();
      for (const q of m.readFirst.of(s)) { edgeLine(g, q, s); edges++; }
      for (const q of m.buildsOn.of(s)) { edgeLine(g, s, q); edges++; }
      g.strokeStyle = 'rgba(0,114,178,0.75)';
      g.lineWidth = 1.4;
      g.stroke();
      g.fillStyle = 'rgba(0,114,178,0.9)';
      g.beginPath();
      for (const q of m.readFirst.of(s)) arrowHead(g, q, s, 8);
      for (const q of m.buildsOn.of(s)) arrowHead(g, s, q, 8);
      g.fill();
    }
    if (path) {
      const nodes = path.row.entries.map((e) => e.node);
      g.beginPath();
      for (let k = 1; k < nodes.length; k++) edgeLine(g, nodes[k - 1], nodes[k]);
      g.strokeStyle = PATH;
      g.lineWidth = 3;
      g.stroke();
      g.fillStyle = PATH;
      g.beginPath();
      for (let k = 1; k < nodes.length; k++) arrowHead(g, nodes[k - 1], nodes[k], 11);
      g.fill();
    }
    // Nodes, batched by colour.
    const batches = new Map();
    let drawn = 0;
    for (let i = 0; i < m.n; i++) {
      if (!shown(i) || !inView(i)) continue;
      const faint = (m.ext && m.ext[i] && !state.filters.external) || (dim && !(path && path.step.has(i)) && i !== state.selected);
      const k = clusterColor(i) + (faint ? '|f' : '');
      if (!batches.has(k)) batches.set(k, []);
      batches.get(k).push(i);
      drawn++;
    }
    for (const [k, list] of batches) {
      const [color, faint] = k.split('|');
      g.globalAlpha = faint ? 0.22 : 1;
      g.fillStyle = color;
      g.beginPath();
      for (const i of list) {
        const [sx, sy] = toScreen(m.x[i], m.y[i]);
        const r = Math.max(1.2, m.r[i] * c.z);
        if (r < 2) { g.rect(sx - r, sy - r, 2 * r, 2 * r); continue; }
        g.moveTo(sx + r, sy);
        g.arc(sx, sy, r, 0, 2 * Math.PI);
      }
      g.fill();
      if (!faint && drawn < 2500) {
        g.strokeStyle = 'rgba(0,0,0,0.45)';
        g.lineWidth = 0.6;
        g.stroke();
      }
    }
    g.globalAlpha = 1;
    // Read papers: a ring and a check mark.
    g.beginPath();
    const checks = [];
    for (let i = 0; i < m.n; i++) {
      if (m.status[i] !== 2 || !shown(i) || !inView(i)) continue;
      const [sx, sy] = toScreen(m.x[i], m.y[i]);
      const r = Math.max(1.2, m.r[i] * c.z) + 2.5;
      g.moveTo(sx + r, sy);
      g.arc(sx, sy, r, 0, 2 * Math.PI);
      if (r > 7) checks.push([sx, sy, r]);
    }
    g.strokeStyle = INK;
    g.lineWidth = 1.6;
    g.stroke();
    g.fillStyle = INK;
    g.font = 'bold 11px system-ui, sans-serif';
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    for (const [sx, sy, r] of checks) g.fillText('\u2713', sx + r * 0.72, sy - r * 0.72);
    if (state.selected !== null) {
      const [sx, sy] = toScreen(m.x[state.selected], m.y[state.selected]);
      const r = Math.max(5, m.r[state.selected] * c.z) + 5;
      g.beginPath();
      g.arc(sx, sy, r, 0, 2 * Math.PI);
      g.strokeStyle = '#0072B2';
      g.lineWidth = 3;
      g.stroke();
    }
    drawLabels(g, w, h, inView, shown, path);
    // Path steps: numbered, above the labels.
    if (path) {
      g.font = 'bold 12px system-ui, sans-serif';
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      for (const [i, step] of path.step) {
        const [sx, sy] = toScreen(m.x[i], m.y[i]);
        const r = Math.max(6, m.r[i] * c.z);
        g.beginPath();
        g.arc(sx, sy, r + 3, 0, 2 * Math.PI);
        g.strokeStyle = PATH;
        g.lineWidth = 3;
        g.stroke();
        g.fillStyle = PATH;
        g.beginPath();
        g.arc(sx - r - 6, sy - r - 6, 9, 0, 2 * Math.PI);
        g.fill();
        g.fillStyle = '#ffffff';
        g.fillText(String(step), sx - r - 6, sy - r - 6);
      }
    }
    return { nodes: drawn, edges, ms: performance.now() - t0 };
  }

  function edgeLine(g, a, b) {
    const [x1, y1] = toScreen(m.x[a], m.y[a]), [x2, y2] = toScreen(m.x[b], m.y[b]);
    g.moveTo(x1, y1);
    g.lineTo(x2, y2);
  }

  /** A filled arrowhead at the rim of `b`, pointing from `a` to `b`. */
  function arrowHead(g, a, b, size) {
    const [x1, y1] = toScreen(m.x[a], m.y[a]), [x2, y2] = toScreen(m.x[b], m.y[b]);
    const d = Math.hypot(x2 - x1, y2 - y1);
    if (d < 1) return;
    const ux = (x2 - x1) / d, uy = (y2 - y1) / d;
    const r = Math.max(1.2, m.r[b] * state.camera.z) + 1;
    const tx = x2 - ux * r, ty = y2 - uy * r;
    g.moveTo(tx, ty);
    g.lineTo(tx - ux * size - uy * size * 0.45, ty - uy * size + ux * size * 0.45);
    g.lineTo(tx - ux * size + uy * size * 0.45, ty - uy * size - ux * size * 0.45);
    g.closePath();
  }

  function drawLabels(g, w, h, inView, shown, path) {
    const c = state.camera;
    const candidates = [];
    for (let i = 0; i < m.n; i++) {
      if (!shown(i) || !inView(i)) continue;
      const r = m.r[i] * c.z;
      const highlighted = i === state.selected || (path && path.step.has(i));
      if (highlighted || (r >= 7 && !path)) candidates.push(i);
    }
    candidates.sort((a, b) => (m.pos[a] || 1e9) - (m.pos[b] || 1e9));
    g.font = '12px system-ui, sans-serif';
    g.textAlign = 'left';
    g.textBaseline = 'middle';
    const taken = [];
    let count = 0;
    for (const i of candidates) {
      if (count >= 120) break;
      const [sx, sy] = toScreen(m.x[i], m.y[i]);
      const r = Math.max(1.2, m.r[i] * c.z);
      const text = short(m.titles[i], 34) + (m.year[i] ? ' (' + m.year[i] + ')' : '');
      const tw = g.measureText(text).width;
      const box = [sx + r + 3, sy - 8, sx + r + 3 + tw, sy + 8];
      if (taken.some((t) => !(box[2] < t[0] || box[0] > t[2] || box[3] < t[1] || box[1] > t[3]))) continue;
      taken.push(box);
      g.fillStyle = 'rgba(255,255,255,0.8)';
      g.fillRect(box[0] - 1, box[1], tw + 2, 16);
      g.fillStyle = INK;
      g.fillText(text, box[0], sy);
      count++;
    }
  }

  function drawYearAxis(g, h) {
    const years = new Map();
    for (let i = 0; i < m.n; i++) {
      const y = m.year[i];
      if (y == null) continue;
      const cur = years.get(y);
      if (!cur || m.x[i] < cur) years.set(y, m.x[i]);
    }
    g.font = '11px system-ui, sans-serif';
    g.fillStyle = '#777777';
    g.textAlign = 'left';
    g.textBaseline = 'top';
    let lastX = -Infinity;
    for (const [y, wx] of [...years.entries()].sort((a, b) => a[0] - b[0])) {
      const [sx] = toScreen(wx, 0);
      if (sx - lastX < 34) continue;
      g.fillText(String(y), sx - 6, 6);
      lastX = sx;
    }
  }

  function short(s, n) {
    const chars = Array.from(String(s));
    return chars.length <= n ? chars.join('') : chars.slice(0, n - 1).join('') + '\u2026';
  }

  /** Draws the scene canvas onto the map for the current camera. */
  function blit() {
    const s = scene.camera, c = state.camera, k = c.z / s.z;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(scene.canvas, width / 2 * (1 - k) + (s.x - c.x) * c.z, height / 2 * (1 - k) + (s.y - c.y) * c.z, width * k, height * k);
  }

  function draw() {
    const same = scene.camera && scene.camera.x === state.camera.x && scene.camera.y === state.camera.y && scene.camera.z === state.camera.z;
    if (scene.version === version && scene.camera && scene.canvas.width === canvas.width && scene.canvas.height === canvas.height) {
      const t0 = performance.now();
      blit();
      hook.lastMoveMs = performance.now() - t0;
      if (!same) {
        if (idleTimer) clearTimeout(idleTimer);
        idleTimer = setTimeout(() => { idleTimer = null; version++; draw(); }, 140);
      }
      return;
    }
    scene.canvas.width = canvas.width;
    scene.canvas.height = canvas.height;
    sceneCtx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const out = render(sceneCtx, width, height);
    scene.camera = Object.assign({}, state.camera);
    scene.version = version;
    blit();
    hook.frames++;
    hook.nodesDrawn = out.nodes;
    hook.edgesDrawn = out.edges;
    hook.lastFrameMs = out.ms;
    if (!hook.ready) {
      hook.ready = true;
      hook.firstDrawAt = performance.now();
      document.documentElement.setAttribute('data-ready', '1');
    }
    let visible = 0;
    for (let i = 0; i < m.n; i++) visible += mask[i];
    $('status').textContent = visible + ' of ' + m.n + ' papers shown \u00b7 ' + out.nodes + ' on screen'
      + (hook.edgesHidden ? ' \u00b7 zoom in to see the citations' : '');
  }

  /** Times of `count` synchronous frames, rasterization included (getImageData flushes): full
   *  redraws, or with `moving` the frames shown while panning and zooming (the last frame moved). */
  hook.benchmark = function (count, moving) {
    const times = [];
    if (moving) { version++; draw(); }
    for (let k = 0; k < count; k++) {
      state.camera.x += 0.5;
      state.camera.z *= 1.001;
      const t0 = performance.now();
      if (moving) {
        blit();
      } else {
        sceneCtx.setTransform(ratio, 0, 0, ratio, 0, 0);
        render(sceneCtx, width, height);
        sceneCtx.getImageData(0, 0, 1, 1);
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        ctx.drawImage(scene.canvas, 0, 0, width, height);
      }
      ctx.getImageData(0, 0, 1, 1);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { mean: times.reduce((a, b) => a + b, 0) / times.length, median: times[Math.floor(times.length / 2)], max: times[times.length - 1] };
  };

  // ---------- panel ----------

  function paperButton(i, extra) {
    const b = el('button', { type: 'button', class: 'linklike', on: { click: () => select(i, { center: true }) } },
      el('span', { dir: 'auto', class: 't', text: m.titles[i] }));
    const meta = [m.year[i], m.authors[i].length ? m.authorNames[m.authors[i][0]] + (m.authors[i].length > 1 ? ' et al.' : '') : null]
      .filter((v) => v != null).join(' \u00b7 ');
    const li = el('li', {}, b, meta ? el('span', { class: 'meta', dir: 'auto', text: ' ' + meta }) : null);
    if (extra) li.append(extra);
    return li;
  }

  function listSection(title, ids, empty, cap) {
    const sec = el('section', {}, el('h3', { text: title + ' (' + ids.length + ')' }));
    if (ids.length === 0) { sec.append(el('p', { class: 'meta', text: empty })); return sec; }
    const ul = el('ul');
    for (const i of ids.slice(0, cap || 40)) ul.append(paperButton(i));
    sec.append(ul);
    if (ids.length > (cap || 40)) sec.append(el('p', { class: 'meta', text: 'and ' + (ids.length - (cap || 40)) + ' more' }));
    return sec;
  }

  function showPanel(i) {
    const panel = $('panel');
    panel.replaceChildren();
    panel.append(el('button', { type: 'button', class: 'close', 'aria-label': 'Close the panel', text: '\u00d7', on: { click: () => select(null) } }));
    const heading = el('h2', { dir: 'auto', id: 'panel-title' }, m.status[i] === 2 ? '\u2713 ' : '', el('span', { class: 't', dir: 'auto', text: m.titles[i] }));
    panel.append(heading);
    const names = m.authors[i].map((a) => m.authorNames[a]);
    if (names.length) panel.append(el('p', { dir: 'auto', text: names.join(', ') }));
    const dl = el('dl');
    const row = (k, v) => { if (v !== null && v !== undefined && v !== '') dl.append(el('dt', { text: k }), el('dd', {}, v)); };
    row('Year', m.year[i] != null ? String(m.year[i]) : null);
    row('Venue', m.venue[i] ? el('span', { dir: 'auto', text: m.venue[i] }) : null);
    row('Kind', m.kind[i] !== 'paper' ? m.kind[i] : null);
    row('Key', el('code', { dir: 'auto', text: m.key[i] }));
    if (!m.isPublic) row('Status', ['unread', 'reading', 'read \u2713'][m.status[i]]);
    if (m.ext && m.ext[i]) row('Source', 'external (not in your list)');
    if (m.pos[i] != null) row('Rank', '#' + m.pos[i] + ' of ' + m.n + ' by PageRank (' + (m.rank[i] != null ? Number(m.rank[i]).toPrecision(3) : '?') + ')');
    if (m.cluster[i] >= 0 && m.clusters[m.cluster[i]]) {
      const c = m.cluster[i];
      row('Cluster', el('span', {}, el('span', { class: 'swatch c' + Math.min(c, 6) }), ' ', el('span', { dir: 'auto', text: m.clusters[c][0] })));
    }
    const links = PG.idLinks(m, i);
    if (links.length) {
      const span = el('span');
      links.forEach((l, k) => {
        if (k) span.append(' \u00b7 ');
        span.append(el('a', { href: l.href, rel: 'noopener noreferrer', target: '_blank', dir: 'ltr', text: l.label }));
      });
      row('Links', span);
    }
    panel.append(dl);
    if (m.topics[i].length) {
      const topics = el('p');
      for (const t of m.topics[i]) {
        const [key, name] = m.topicList[t];
        topics.append(el('button', { type: 'button', class: 'chip', title: 'Show only this topic', on: { click: () => setFilters({ topic: key }) } },
          el('span', { dir: 'auto', text: name })));
      }
      panel.append(topics);
    }
    if (m.summary[i]) panel.append(el('p', { dir: 'auto', text: m.summary[i] }));
    if (m.notes && m.notes[i]) panel.append(el('h3', { text: 'Notes' }), el('p', { class: 'note', dir: 'auto', text: m.notes[i] }));

    const actions = el('div', { class: 'actions' });
    const hasPath = m.paths.has(i);
    actions.append(el('button', {
      type: 'button', id: 'show-path', 'aria-pressed': String(state.path === i), disabled: !hasPath,
      title: hasPath ? 'Highlight the reading path to this paper' : 'No precomputed path for this paper: run papergraph path --to ' + m.key[i],
      text: state.path === i ? 'Hide reading path' : 'Reading path to this paper',
      on: { click: () => togglePath(i) },
    }));
    actions.append(el('button', { type: 'button', id: 'show-next', disabled: !m.next.has(i), text: 'What next from here',
      on: { click: () => { const s = $('next-section'); if (s) { s.hidden = false; s.focus(); } } } }));
    actions.append(el('button', { type: 'button', text: 'Centre on map', on: { click: () => centreOn(i) } }));
    panel.append(actions);

    if (state.path === i && hasPath) {
      const p = m.paths.get(i);
      const sec = el('section', { id: 'path-section' }, el('h3', { text: 'Reading path (' + p.entries.length + ' steps)' }));
      const ol = el('ol');
      for (const e of p.entries) ol.append(paperButton(e.node, el('span', { class: 'reason', dir: 'auto', text: e.reason })));
      sec.append(ol);
      const notes = [];
      if (p.omitted) notes.push(p.omitted + ' less important prerequisite(s) left out (path --max)');
      if (p.hidden) notes.push(p.hidden + ' step(s) outside this export');
      if (notes.length) sec.append(el('p', { class: 'meta', text: notes.join('; ') }));
      panel.append(sec);
    }
    if (m.next.has(i)) {
      const nx = m.next.get(i);
      const sec = el('section', { id: 'next-section', tabindex: '-1', hidden: state.path !== null && state.path !== i ? true : null },
        el('h3', { text: 'What next once this is read' }));
      if (nx.entries.length === 0) sec.append(el('p', { class: 'meta', text: 'Nothing in this export.' }));
      const ol = el('ol');
      for (const e of nx.entries) ol.append(paperButton(e.node, el('span', { class: 'reason', dir: 'auto', text: e.reason })));
      sec.append(ol);
      panel.append(sec);
    }
    const rel = m.related.get(i);
    if (!rel && m.related.size > 0) {
      panel.append(el('h3', { text: 'Related papers' }), el('p', { class: 'meta',
        text: 'Precomputed for the ' + m.related.size + ' most important papers only: run papergraph related ' + m.key[i] }));
    }
    if (rel) {
      const sec = el('section', {}, el('h3', { text: 'Related papers' }));
      const ol = el('ol');
      for (const e of rel.entries) ol.append(paperButton(e.node, el('span', { class: 'reason', dir: 'auto', text: e.reason })));
      sec.append(ol);
      panel.append(sec);
    }
    panel.append(listSection('Builds on (cites)', Array.from(m.readFirst.of(i)), 'Cites nothing in this export.'));
    panel.append(listSection('Cited by', Array.from(m.buildsOn.of(i)), 'Not cited in this export.'));
    panel.hidden = false;
  }

  // ---------- interaction ----------

  function select(i, opts) {
    state.selected = i;
    closeSearch();
    if (i === null) {
      $('panel').hidden = true;
      state.path = null;
      updateMask();
      canvas.focus();
    } else {
      if (state.path !== null && state.path !== i) state.path = null;
      showPanel(i);
      if (opts && opts.center) centreOn(i);
      updateMask();
    }
    saveState();
    schedule();
  }

  function togglePath(i) {
    state.path = state.path === i ? null : i;
    updateMask();
    showPanel(i);
    const p = pathInfo();
    if (p) fitTo(p.row.entries.map((e) => e.node));
    saveState();
    schedule();
    const b = $('show-path');
    if (b) b.focus();
  }

  /** The width of the map not covered by the side panel. */
  function openWidth() {
    const panel = $('panel');
    return panel.hidden ? width : Math.max(120, width - panel.offsetWidth);
  }

  function centreOn(i) {
    state.camera.z = Math.max(state.camera.z, 12 / Math.max(m.r[i], 1));
    state.camera.x = m.x[i] + (width - openWidth()) / 2 / state.camera.z;
    state.camera.y = m.y[i];
    saveState();
    schedule();
  }

  /** Zooms to show `nodes` in the part of the map the panel leaves open. */
  function fitTo(nodes) {
    if (!nodes.length) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const i of nodes) {
      x0 = Math.min(x0, m.x[i] - m.r[i]); x1 = Math.max(x1, m.x[i] + m.r[i]);
      y0 = Math.min(y0, m.y[i] - m.r[i]); y1 = Math.max(y1, m.y[i] + m.r[i]);
    }
    const open = openWidth(), pad = 60;
    const z = Math.min((open - 2 * pad) / Math.max(x1 - x0, 1), (height - 2 * pad) / Math.max(y1 - y0, 1), 40 / grid.maxR);
    state.camera.z = Math.max(0.002, z);
    state.camera.x = (x0 + x1) / 2 + (width - open) / 2 / state.camera.z;
    state.camera.y = (y0 + y1) / 2;
  }

  function updateMask() {
    const p = pathInfo();
    mask = PG.filterMask(m, state.filters, p ? new Set(p.step.keys()) : null);
    if (!$('list-view').hidden) fillList();
  }

  function setFilters(changes) {
    Object.assign(state.filters, changes);
    writeFilterControls();
    updateMask();
    saveState();
    schedule();
  }

  function writeFilterControls() {
    const f = state.filters;
    $('f-topic').value = f.topic;
    $('f-year-from').value = f.yearFrom == null ? '' : String(f.yearFrom);
    $('f-year-to').value = f.yearTo == null ? '' : String(f.yearTo);
    $('f-cluster').value = f.cluster;
    $('f-read').value = f.read;
    $('f-rank').value = String(f.rankTop);
    $('f-rank-label').textContent = f.rankTop + '%';
    $('f-path').checked = f.onlyPath;
    $('f-external').checked = f.external;
  }

  function readFilterControls() {
    const num = (v) => (v === '' || !isFinite(Number(v)) ? null : Number(v));
    setFilters({
      topic: $('f-topic').value, yearFrom: num($('f-year-from').value), yearTo: num($('f-year-to').value),
      cluster: $('f-cluster').value, read: $('f-read').value, rankTop: Number($('f-rank').value) || 100,
      onlyPath: $('f-path').checked, external: $('f-external').checked,
    });
  }

  let closeSearch = () => {};
  let saveTimer = null;
  function saveState() {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      const frag = PG.formatFragment({ selected: state.selected === null ? null : m.key[state.selected], path: state.path !== null,
        filters: state.filters, camera: state.camera });
      try { history.replaceState(null, '', frag); } catch (err) { /* some browsers refuse on file: URLs */ }
    }, 150);
  }

  function loadState() {
    const s = PG.parseFragment(location.hash);
    state.filters = s.filters;
    if (s.camera) state.camera = s.camera;
    writeFilterControls();
    const i = s.selected === null ? -1 : m.key.indexOf(s.selected);
    if (i >= 0) {
      state.selected = i;
      if (s.path && m.paths.has(i)) state.path = i;
      showPanel(i);
    }
    updateMask();
  }

  function fillList() {
    const order = [];
    for (let i = 0; i < m.n; i++) if (mask[i] && externalShown(i)) order.push(i);
    order.sort((a, b) => (m.pos[a] || 1e9) - (m.pos[b] || 1e9) || a - b);
    const cap = 1000;
    $('list-count').textContent = order.length + ' papers' + (order.length > cap ? ', the ' + cap + ' highest-ranked listed' : '') + ', by rank.';
    const ol = $('list');
    ol.replaceChildren();
    const frag = document.createDocumentFragment();
    for (const i of order.slice(0, cap)) frag.append(paperButton(i));
    ol.append(frag);
  }

  function legend() {
    const box = $('legend');
    const ul = el('ul');
    m.clusters.slice(0, 6).forEach((c, k) => ul.append(el('li', {}, el('span', { class: 'swatch c' + k }), el('span', { dir: 'auto', text: c[0] }))));
    if (m.clusters.length > 6) ul.append(el('li', {}, el('span', { class: 'swatch c6' }), el('span', { text: (m.clusters.length - 6) + ' smaller clusters' })));
    if (!m.isPublic && m.status.some((s) => s === 2)) ul.append(el('li', {}, el('span', { class: 'swatch ring' }), el('span', { text: '\u2713 read' })));
    ul.append(el('li', {}, el('span', { class: 'swatch path-swatch' }), el('span', { text: 'reading path' })));
    box.append(el('p', { class: 'meta', text: 'Size: PageRank \u00b7 arrows: read first \u2192 builds on' }), ul);
  }

  function setupFilters() {
    const topics = $('f-topic');
    m.topicList.map((t, k) => [t, k]).sort((a, b) => a[0][1].localeCompare(b[0][1])).forEach(([t]) => topics.append(el('option', { value: t[0], text: t[1] })));
    const cl = $('f-cluster');
    m.clusters.forEach((c, k) => cl.append(el('option', { value: String(k), text: (k + 1) + '. ' + c[0] })));
    const years = m.year.filter((y) => y != null);
    if (years.length) {
      const lo = years.reduce((a, b) => Math.min(a, b)), hi = years.reduce((a, b) => Math.max(a, b));
      for (const id of ['f-year-from', 'f-year-to']) { $(id).min = String(lo); $(id).max = String(hi); $(id).placeholder = String(id.endsWith('from') ? lo : hi); }
    }
    if (!m.ext || !m.ext.some((v) => v)) $('f-external-label').hidden = true;
    if (m.isPublic) $('f-read').disabled = true;
    $('filters').addEventListener('input', readFilterControls);
    $('filters').addEventListener('change', readFilterControls);
    $('filters').addEventListener('submit', (ev) => ev.preventDefault());
    $('f-clear').addEventListener('click', () => setFilters(PG.defaultFilters()));
  }

  function setupSearch() {
    const input = $('search'), list = $('search-results');
    let results = [], active = -1;
    const close = closeSearch = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
    const mark = () => {
      [...list.children].forEach((li, k) => li.setAttribute('aria-selected', String(k === active)));
      if (active >= 0) { input.setAttribute('aria-activedescendant', 'result-' + active); list.children[active].scrollIntoView({ block: 'nearest' }); }
    };
    const choose = (k) => { if (results[k] !== undefined) { select(results[k], { center: true }); close(); } };
    input.addEventListener('input', () => {
      results = PG.search(m, index, input.value, 12);
      list.replaceChildren();
      results.forEach((i, k) => {
        const names = m.authors[i].slice(0, 3).map((a) => m.authorNames[a]).join(', ');
        list.append(el('li', { id: 'result-' + k, role: 'option', 'aria-selected': 'false', on: { mousedown: (ev) => { ev.preventDefault(); choose(k); } } },
          el('span', { class: 't', dir: 'auto', text: m.titles[i] }),
          el('span', { class: 'meta', dir: 'auto', text: ' ' + [m.year[i], names].filter((v) => v).join(' \u00b7 ') })));
      });
      if (input.value.trim() && results.length === 0) list.append(el('li', { role: 'option', 'aria-disabled': 'true', text: 'No paper matches.' }));
      active = results.length ? 0 : -1;
      list.hidden = list.children.length === 0;
      input.setAttribute('aria-expanded', String(!list.hidden));
      mark();
    });
    input.addEventListener('keydown', (ev) => {
      if (ev.key === 'ArrowDown' && results.length) { active = (active + 1) % results.length; mark(); ev.preventDefault(); }
      else if (ev.key === 'ArrowUp' && results.length) { active = (active - 1 + results.length) % results.length; mark(); ev.preventDefault(); }
      else if (ev.key === 'Enter') { choose(Math.max(active, 0)); ev.preventDefault(); }
      else if (ev.key === 'Escape') { close(); }
    });
    input.addEventListener('blur', () => setTimeout(close, 100));
    hook.search = (q) => { input.value = q; input.dispatchEvent(new Event('input')); return results.map((i) => m.key[i]); };
  }

  function setupCanvas() {
    let drag = null;
    canvas.addEventListener('pointerdown', (ev) => {
      drag = { x: ev.clientX, y: ev.clientY, cx: state.camera.x, cy: state.camera.y, moved: false };
      canvas.setPointerCapture(ev.pointerId);
    });
    canvas.addEventListener('pointermove', (ev) => {
      const rect = canvas.getBoundingClientRect();
      if (drag) {
        const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
        if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; canvas.classList.add('dragging'); }
        state.camera.x = drag.cx - dx / state.camera.z;
        state.camera.y = drag.cy - dy / state.camera.z;
        scheduleMove();
        return;
      }
      const [wx, wy] = toWorld(ev.clientX - rect.left, ev.clientY - rect.top);
      const i = grid.at(wx, wy, 4 / state.camera.z);
      hover(i, ev.clientX - rect.left, ev.clientY - rect.top);
    });
    canvas.addEventListener('pointerup', (ev) => {
      canvas.classList.remove('dragging');
      const wasDrag = drag && drag.moved;
      drag = null;
      if (wasDrag) { saveState(); return; }
      const rect = canvas.getBoundingClientRect();
      const [wx, wy] = toWorld(ev.clientX - rect.left, ev.clientY - rect.top);
      const i = grid.at(wx, wy, 4 / state.camera.z);
      select(i >= 0 ? i : null);
    });
    canvas.addEventListener('pointerleave', () => hover(-1));
    canvas.addEventListener('wheel', (ev) => {
      ev.preventDefault();
      const rect = canvas.getBoundingClientRect();
      zoomAt(Math.exp(-ev.deltaY * 0.0015), ev.clientX - rect.left, ev.clientY - rect.top);
    }, { passive: false });
    canvas.addEventListener('keydown', (ev) => {
      const step = 60 / state.camera.z;
      const keys = {
        ArrowLeft: () => { state.camera.x -= step; }, ArrowRight: () => { state.camera.x += step; },
        ArrowUp: () => { state.camera.y -= step; }, ArrowDown: () => { state.camera.y += step; },
        '+': () => zoomAt(1.25, width / 2, height / 2), '=': () => zoomAt(1.25, width / 2, height / 2),
        '-': () => zoomAt(0.8, width / 2, height / 2), '0': () => { state.camera = fitCamera(); },
        Enter: () => { if (state.hover !== null && state.hover >= 0) select(state.hover); },
        Escape: () => select(null),
      };
      if (keys[ev.key]) { keys[ev.key](); ev.preventDefault(); saveState(); scheduleMove(); }
    });
    document.addEventListener('keydown', (ev) => {
      if (ev.key === '/' && document.activeElement !== $('search')) { $('search').focus(); ev.preventDefault(); }
      if (ev.key === 'Escape' && !$('panel').hidden && document.activeElement !== $('search')) select(null);
    });
  }

  function zoomAt(factor, sx, sy) {
    const [wx, wy] = toWorld(sx, sy);
    state.camera.z = Math.min(200, Math.max(0.002, state.camera.z * factor));
    const [wx2, wy2] = toWorld(sx, sy);
    state.camera.x += wx - wx2;
    state.camera.y += wy - wy2;
    saveState();
    scheduleMove();
  }

  function hover(i, sx, sy) {
    const tip = $('tooltip');
    state.hover = i;
    if (i < 0) { tip.hidden = true; return; }
    const names = m.authors[i].map((a) => m.authorNames[a]);
    tip.replaceChildren(
      el('span', { class: 't', dir: 'auto', text: (m.status[i] === 2 ? '\u2713 ' : '') + m.titles[i] }),
      el('span', { class: 'meta', dir: 'auto', text: [m.year[i], names.slice(0, 4).join(', ') + (names.length > 4 ? ' et al.' : '')].filter((v) => v).join(' \u00b7 ') }));
    tip.hidden = false;
    tip.style.left = Math.min(sx + 14, width - 300) + 'px';
    tip.style.top = (sy + 14) + 'px';
  }

  // ---------- saving ----------

  function download(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** The current view as SVG text, built as DOM nodes so every title stays text. */
  function svgText() {
    const NS = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('xmlns', NS);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    const add = (tag, attrs, text) => {
      const e = document.createElementNS(NS, tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
      if (text !== undefined) e.textContent = text;
      svg.append(e);
      return e;
    };
    add('rect', { width, height, fill: '#ffffff' });
    const c = state.camera;
    const left = c.x - width / 2 / c.z, right = c.x + width / 2 / c.z, top = c.y - height / 2 / c.z, bottom = c.y + height / 2 / c.z;
    const inView = (i) => m.x[i] >= left && m.x[i] <= right && m.y[i] >= top && m.y[i] <= bottom;
    const shown = (i) => mask[i] && externalShown(i);
    let lines = 0;
    if (!hook.edgesHidden) {
      for (let k = 0; k < m.edgeCount && lines < EDGE_BUDGET; k++) {
        const a = m.from[k], b = m.to[k];
        if (!shown(a) || !shown(b) || !(inView(a) || inView(b))) continue;
        const [x1, y1] = toScreen(m.x[a], m.y[a]), [x2, y2] = toScreen(m.x[b], m.y[b]);
        add('line', { x1: x1.toFixed(1), y1: y1.toFixed(1), x2: x2.toFixed(1), y2: y2.toFixed(1), stroke: '#8a8a8a', 'stroke-opacity': 0.4, 'stroke-width': 0.7 });
        lines++;
      }
    }
    const path = pathInfo();
    for (let i = 0; i < m.n; i++) {
      if (!shown(i) || !inView(i)) continue;
      const [sx, sy] = toScreen(m.x[i], m.y[i]);
      const r = Math.max(1.2, m.r[i] * c.z);
      const circle = add('circle', { cx: sx.toFixed(1), cy: sy.toFixed(1), r: r.toFixed(1), fill: clusterColor(i), stroke: m.status[i] === 2 ? INK : 'rgba(0,0,0,0.45)',
        'stroke-width': m.status[i] === 2 ? 2 : 0.6 });
      if (path && path.step.has(i)) circle.setAttribute('stroke', PATH);
      const title = document.createElementNS(NS, 'title');
      title.textContent = m.titles[i];
      circle.append(title);
      if (r >= 7) add('text', { x: (sx + r + 3).toFixed(1), y: (sy + 4).toFixed(1), 'font-family': 'sans-serif', 'font-size': 12 }, short(m.titles[i], 34));
    }
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
  }
  hook.svgText = svgText;

  function setupButtons() {
    const toggle = (button, target, after) => {
      $(button).addEventListener('click', () => {
        const box = $(target);
        box.hidden = !box.hidden;
        $(button).setAttribute('aria-expanded', String(!box.hidden));
        if (after) after(!box.hidden);
      });
    };
    toggle('toggle-filters', 'filters', (open) => { if (open) $('f-topic').focus(); });
    toggle('toggle-list', 'list-view', (open) => { if (open) { fillList(); $('list-view').focus(); } });
    $('save-png').addEventListener('click', () => canvas.toBlob((b) => { if (b) download(b, 'papergraph-map.png'); }, 'image/png'));
    $('save-svg').addEventListener('click', () => download(new Blob([svgText()], { type: 'image/svg+xml' }), 'papergraph-map.svg'));
    $('reset-view').addEventListener('click', () => { state.camera = fitCamera(); saveState(); schedule(); });
  }

  hook.select = (key) => { const i = m.key.indexOf(key); if (i >= 0) select(i, { center: false }); return i; };
  hook.showPath = () => { const b = $('show-path'); if (b && !b.disabled) b.click(); const p = pathInfo(); return p ? p.row.entries.map((e) => m.key[e.node]) : null; };
  hook.highlightedPath = () => { const p = pathInfo(); return p ? [...p.step.entries()].sort((a, b) => a[1] - b[1]).map((e) => m.key[e[0]]) : null; };
  hook.visibleCount = () => mask.reduce((a, b) => a + b, 0);
  hook.setFilters = setFilters;
  hook.panelText = () => $('panel').hidden ? null : $('panel').textContent;
  hook.zoom = (z) => { state.camera.z = z; schedule(); };
  hook.model = { n: m.n, edges: m.edgeCount };

  $('title').textContent = m.title;
  document.title = m.title;
  legend();
  setupFilters();
  setupSearch();
  setupCanvas();
  setupButtons();
  loadState();
  root.addEventListener('resize', resize);
  resize();
})(typeof globalThis !== 'undefined' ? globalThis : this);
