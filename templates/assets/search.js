// The search page: Pagefind finds the records, this script filters them by
// outlet, person and story (facets stored as record metadata) and renders
// them with DOM nodes only. It is a file, not inline, for the strict CSP.
const SEPARATOR = ' | ';
const FACETS = ['outlet', 'person', 'story'];
const MAX_RESULTS = 200;

// The site may live under a sub-path: find it from this script's own address.
const base = new URL('..', import.meta.url);
const form = document.querySelector('.search-form');
const input = document.getElementById('search-query');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const filterBox = document.getElementById('search-filters');
// One load of the index, shared: typing and pressing Enter at once must not load and merge the shards twice
// (that doubled every result).
let pagefindReady;
let results = [];
let latest = 0;

const values = (meta, facet) => (meta[facet] ? meta[facet].split(SEPARATOR) : []);
const chosen = (facet) =>
  [...filterBox.querySelectorAll(`fieldset[data-facet="${facet}"] input:checked`)].map((i) => i.value);

/** Pagefind excerpts mark matches with <mark>; everything else is shown as text. */
function excerptNodes(excerpt) {
  const out = [];
  excerpt.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
    const mark = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (mark ? mark[1] : part).replace(/<[^>]*>/g, '');
    const doc = new DOMParser().parseFromString(`<p>${text}</p>`, 'text/html');
    const node = document.createTextNode(doc.body.textContent ?? '');
    if (mark) {
      const m = document.createElement('mark');
      m.append(node);
      out.push(m);
    } else out.push(node);
  });
  return out;
}

/**
 * The index comes in shards (a rebuild rewrites only those that changed):
 * the first is loaded, the others merged into it, sharing its WebAssembly.
 */
async function loadIndex() {
  const shards = await fetch(new URL('pagefind/shards.json', base)).then((r) => r.json());
  const [first, ...rest] = shards.map((name) => new URL(`pagefind/${name}/`, base).href);
  const p = await import(`${first}pagefind.js`);
  // Pagefind's worker did not start in headless Chromium here; the main thread is quick enough.
  // Records already carry full site paths (sub-path included), so no base is added to them.
  const options = { noWorker: true, baseUrl: '/' };
  await p.options(options);
  for (const path of rest) await p.mergeIndex(path, options);
  return p;
}

function renderFilters() {
  for (const facet of FACETS) {
    const box = filterBox.querySelector(`fieldset[data-facet="${facet}"]`);
    const keep = new Set(chosen(facet));
    const counts = new Map();
    for (const r of results) for (const v of values(r.meta, facet)) counts.set(v, (counts.get(v) ?? 0) + 1);
    box.querySelectorAll('label').forEach((l) => l.remove());
    [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .forEach(([value, n]) => {
        const label = document.createElement('label');
        const check = document.createElement('input');
        check.type = 'checkbox';
        check.value = value;
        check.checked = keep.has(value);
        check.addEventListener('change', renderResults);
        label.append(check, ` ${value} (${n})`);
        box.append(label);
      });
    box.hidden = counts.size === 0;
  }
  filterBox.hidden = results.length === 0;
}

function renderResults() {
  const wanted = FACETS.map((f) => [f, chosen(f)]).filter(([, v]) => v.length);
  const shown = results.filter((r) => wanted.every(([f, v]) => values(r.meta, f).some((x) => v.includes(x))));
  list.replaceChildren(
    ...shown.map((r) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = r.meta.title;
      const kind = document.createElement('span');
      kind.className = 'meta';
      kind.textContent = ` ${r.meta.kind}`;
      const p = document.createElement('p');
      p.append(...excerptNodes(r.excerpt));
      li.append(a, kind, p);
      return li;
    }),
  );
  const query = input.value.trim();
  status.textContent = query
    ? `${shown.length} result${shown.length === 1 ? '' : 's'} for “${query}”${wanted.length ? ' with the chosen filters' : ''}`
    : '';
}

async function run() {
  const query = input.value.trim();
  const mine = ++latest;
  if (!query) {
    results = [];
    renderFilters();
    renderResults();
    return;
  }
  status.textContent = `Searching for “${query}”…`;
  pagefindReady ??= loadIndex();
  const search = await (await pagefindReady).search(query);
  const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
  if (mine !== latest) return;
  results = data;
  renderFilters();
  renderResults();
}

let timer;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, 200);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
  run();
});
// The filters start open where there is room beside the results (the same width as the two-column layout).
filterBox.open = matchMedia('(min-width: 50rem)').matches;
input.value = new URLSearchParams(location.search).get('q') ?? '';
if (input.value) run();
