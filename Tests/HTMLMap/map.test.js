// Unit tests of the map's pure helpers (node Tests/HTMLMap/map.test.js): loads map.js without a
// document, so only globalThis.PaperGraphMap is defined.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const source = fs.readFileSync(path.join(__dirname, '../../Sources/PaperGraphIO/Export/HTMLMap/Resources/map.js'), 'utf8');
const sandbox = { URL, URLSearchParams };
sandbox.globalThis = sandbox;
vm.runInNewContext(source, sandbox);
const PG = sandbox.PaperGraphMap;
let passed = 0;
// Values from the sandbox have its own Array prototype: compare them as plain JSON.
const same = (a, b) => assert.deepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
function test(name, body) { body(); passed++; console.log('ok   ' + name); }

// Three papers: b cites a, c cites a and b; c needs b first (prerequisite).
const data = {
  title: 'T', public: false, layout: 'force',
  papers: {
    key: ['a', 'b', 'c'], title: ['Attention Is All You Need', 'BERT: Pre-training', 'Émile <script>'],
    year: [2017, 2019, null], venue: [null, null, null], kind: ['paper', 'paper', 'paper'],
    authors: [[0], [1], [0, 1]], topics: [[0], [0, 1], [1]], x: [0, 10, 20], y: [0, 0, 0], r: [5, 6, 7],
    rank: [0.5, 0.3, 0.2], pos: [1, 2, 3], cluster: [0, 0, 1], status: [2, 0, 1],
    doi: ['10.1/x', null, null], arxiv: ['1706.03762', 'javascript:alert(1)', null], openalex: [null, 'W123', 'javascript:x'],
    url: ['https://ok.example/a', 'javascript:alert(1)', 'http://fine.example/'], summary: [null, null, null], notes: [null, null, null],
  },
  authors: ['Ashish Vaswani', 'Jacob Devlin'], topics: [['nlp', 'NLP'], ['pre', 'Pretraining']], clusters: [['one', '#E69F00'], ['two', '#56B4E9']],
  cites: [0, 1, 0, 2], prereqs: [1, 2], prereqReasons: ['why'],
  related: [[0, [1, 'shares 1 reference']]], paths: [[2, 0, 0, [0, 'first', 1, 'second', 2, 'target']]], next: [[0, 0, [1, 'builds on a']]],
};
const m = PG.decode(data);

test('decode builds both adjacency directions', () => {
  same(Array.from(m.readFirst.of(2)).sort(), [0, 1]);
  same(Array.from(m.buildsOn.of(0)).sort(), [1, 2]);
  assert.equal(m.edgeCount, 3);
  same(m.paths.get(2).entries.map((e) => e.node), [0, 1, 2]);
});

test('only http(s) links survive', () => {
  assert.equal(PG.safeLink('javascript:alert(1)'), null);
  assert.equal(PG.safeLink(' JAVASCRIPT:alert(1)'), null);
  assert.equal(PG.safeLink('data:text/html,x'), null);
  assert.equal(PG.safeLink('/relative'), null);
  assert.equal(PG.safeLink('https://a.example/\u0000'), null);
  assert.equal(PG.safeLink('https://a.example/x'), 'https://a.example/x');
  const links = [0, 1, 2].map((i) => PG.idLinks(m, i).map((l) => l.href));
  same(links[0], ['https://arxiv.org/abs/1706.03762', 'https://doi.org/10.1/x', 'https://ok.example/a']);
  same(links[1], ['https://openalex.org/W123']);
  same(links[2], ['http://fine.example/']);
});

test('search: exact id first, words anywhere, accents folded', () => {
  const index = PG.searchIndex(m);
  same(PG.search(m, index, '1706.03762'), [0]);
  same(PG.search(m, index, 'attention'), [0]);
  same(PG.search(m, index, 'devlin'), [1, 2]);
  same(PG.search(m, index, 'emile'), [2]);
  same(PG.search(m, index, 'nothing here'), []);
});

test('filters combine', () => {
  const f = PG.defaultFilters();
  same(Array.from(PG.filterMask(m, f, null)), [1, 1, 1]);
  same(Array.from(PG.filterMask(m, Object.assign(PG.defaultFilters(), { topic: 'pre' }), null)), [0, 1, 1]);
  same(Array.from(PG.filterMask(m, Object.assign(PG.defaultFilters(), { yearFrom: 2018 }), null)), [0, 1, 0]);
  same(Array.from(PG.filterMask(m, Object.assign(PG.defaultFilters(), { read: 'unread' }), null)), [0, 1, 1]);
  same(Array.from(PG.filterMask(m, Object.assign(PG.defaultFilters(), { cluster: '1' }), null)), [0, 0, 1]);
  same(Array.from(PG.filterMask(m, Object.assign(PG.defaultFilters(), { rankTop: 34 }), null)), [1, 1, 0]);
  same(Array.from(PG.filterMask(m, Object.assign(PG.defaultFilters(), { onlyPath: true }), new Set([0, 2]))), [1, 0, 1]);
});

test('the fragment round-trips and ignores junk', () => {
  const state = { selected: 'a&b=c', path: true, filters: Object.assign(PG.defaultFilters(), { topic: 'nlp', yearFrom: 2000, cluster: '1', rankTop: 20 }),
    camera: { x: 10, y: -5, z: 1.5 } };
  const back = PG.parseFragment(PG.formatFragment(state));
  assert.equal(back.selected, 'a&b=c');
  assert.equal(back.path, true);
  same(Object.assign({}, back.filters), Object.assign({}, state.filters));
  same(Object.assign({}, back.camera), { x: 10, y: -5, z: 1.5 });
  const junk = PG.parseFragment('#top=abc&z=-1&x=1&y=2&read=<script>&cluster=x');
  assert.equal(junk.filters.rankTop, 100);
  assert.equal(junk.filters.read, '');
  assert.equal(junk.filters.cluster, '');
  assert.equal(junk.camera, null);
});

console.log(passed + ' map.js tests passed');
