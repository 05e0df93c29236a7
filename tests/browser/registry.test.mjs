// Real-browser tests of the Registry pages (/{lang}/registry/…): what a policy officer does —
// find a model from the home page, search and filter the list, read an entry (licence in plain
// words, compute with its method, lineage, obligations for a chosen market, the full assessment,
// history, the card), the compute chart with its thresholds; axe-core on every page; Arabic laid
// out right to left; a phone-width layout.
// A demo node on 127.0.0.1:0 with its data in a temp dir (it seeds the registry), driven by
// headless Chromium (Debian's /usr/bin/chromium) through playwright-core; the same approach as
// the other suites; the start-up and the shared helpers are in lib.mjs.
//
//   ACCORD_BIN=/path/to/accord node --test registry.test.mjs   (default: ../../target/debug/accord)
//
// Screenshots go to ./artifacts/ (git-ignored), named registry-*.png.

import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import * as lib from './lib.mjs';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, PHONE, follow, formatViolations, runAxe } from './lib.mjs';

const TIMEOUT = 120_000;

// The entries the walk opens (from the demo registry: the shared cards and the Epoch AI data).
const BLOOM = 'bigscience/bloom'; // a card with a RAIL licence, Epoch compute, and derivatives
const LLAMA = 'epoch/llama-3.1-405b'; // above the EU's 10²⁵ FLOP presumption of systemic risk

// Shared state, set up in test.before.
let node; // { child, baseUrl, dataDir, stderr() }
let browser;
let context; // an anonymous desktop context
let page;
let axeContext; // a desktop context that may inject axe (see runAxe)
let axePage;
const requests = []; // every request any page made: { url, page }

// Helpers from tests/browser/lib.mjs, bound to this file's state.
const url = (p) => new URL(p, node.baseUrl).href;
const newContext = (options = {}) => lib.newContext(browser, requests, options);
const goto = (p, target = page, status = 200) => lib.goto(target, url(p), p, status);
const startNode = () => lib.startNode(node.dataDir);
const stopNode = () => lib.stopNode(node);

// ---------------------------------------------------------------- this file's own helpers

// Latin-script words that may appear in the Arabic pages outside of elements marked as data: the
// brand and technical names (as in ui.test.mjs), and the download formats.
const LATIN_ALLOWED = new Set(['Accord', 'OpenAPI', 'JSON', 'API', 'CSV']);
// Data inside translated sentences, cut out before the words are checked.
const DATA_IN_TEXT = [
  /[\u2066-\u2068][^\u2069]*\u2069/g, // a Fluent placeable (FSI…PDI), or a term the translator isolated (LRI…PDI)
  /\b[a-z0-9]+(?:[._][a-z0-9]+)+\b/g, // an identifier (a rule id, a kind of obligation: content.label.visible)
  /https?:\/\/\S*/g, // a URL
  /\b[A-Z]{2,4}(-[A-Z]{2,4})?\b/g, // a jurisdiction or market code (EU, CN, US-CA, INTL)
];

/// The text a person gets from the given regions: text nodes of rendered elements and the
/// user-facing attributes. Elements marked as data are skipped: <bdi>, dir="ltr", <code>, <time>,
/// external links, and anything in another language than the page. (From ui.test.mjs; here also
/// names isolated with dir="auto", the SVG charts (entry keys, jurisdiction codes, instrument
/// ids), the organisations offered as a filter, and the model card: the developer's text as
/// published, in its language.)
async function shellText(target, regions) {
  return target.evaluate((regions) => {
    const DATA = 'bdi, [dir="ltr"], [dir="auto"], code, time, a[href^="http"], script, style, template, svg, #organisation, .model-card';
    const docLang = document.documentElement.lang;
    const out = [];
    for (const sel of regions) {
      const root = document.querySelector(sel);
      if (!root) {
        out.push({ region: sel, text: null });
        continue;
      }
      for (const el of [root, ...root.querySelectorAll('*')]) {
        if (el.closest(DATA)) continue;
        const langEl = el.closest('[lang]');
        if (langEl && langEl.getAttribute('lang') !== docLang) continue;
        // Text in a closed <details> counts: it is one click away.
        const rendered = el.tagName === 'OPTION' || el.checkVisibility() || !!el.closest('details:not([open])');
        if (!rendered) continue;
        for (const n of el.childNodes) {
          if (n.nodeType === Node.TEXT_NODE && n.textContent.trim()) {
            out.push({ region: sel, where: el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/)[0]}` : ''), text: n.textContent.trim() });
          }
        }
        for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
          const v = el.getAttribute(a);
          if (v && v.trim()) out.push({ region: sel, where: `${el.tagName.toLowerCase()}[${a}]`, text: v.trim() });
        }
        if (el.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(el.type) && el.value) {
          out.push({ region: sel, where: 'input[value]', text: el.value });
        }
      }
    }
    out.push({ region: 'title', where: 'title', text: document.title });
    return out;
  }, regions);
}

/// Latin-script words in the texts that are neither allowed nor data: "where: words «text»".
function latinOffences(texts, allowed = LATIN_ALLOWED) {
  const seen = new Map();
  for (const t of texts) {
    if (t.text === null) {
      seen.set(`region ${t.region} is missing`, 1);
      continue;
    }
    // A tooltip that is an identifier (a kind of obligation, a rule id) is data.
    if (t.where.endsWith('[title]') && /^[a-z0-9_.-]+$/.test(t.text)) continue;
    const words = DATA_IN_TEXT.reduce((s, re) => s.replace(re, ' '), t.text);
    const bad = (words.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !allowed.has(w));
    if (bad.length) {
      const key = `<${t.where}> ${bad.slice(0, 6).join(', ')}   «${t.text.slice(0, 100)}»`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
  return [...seen].map(([k, n]) => (n > 1 ? `${k} (×${n})` : k));
}

async function horizontalOverflow(target) {
  return target.evaluate(() => {
    const de = document.documentElement;
    const wide = [];
    if (de.scrollWidth > de.clientWidth || innerWidth > de.clientWidth) {
      // Name the outermost elements that stick out, leaving out what a scroll region clips, to
      // make a failure actionable.
      // Wider than the page, or (when the browser did not widen its layout viewport to fit, as a
      // phone does) outside it.
      const widened = innerWidth > de.clientWidth;
      const sticksOut = (el) => {
        const r = el.getBoundingClientRect();
        return r.width > de.clientWidth + 1 || (!widened && r.width > 0 && (r.right > de.clientWidth + 1 || r.left < -1));
      };
      const clipped = (el) => {
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX !== 'visible') return true;
        }
        return false;
      };
      for (const el of document.body.querySelectorAll('*')) {
        if (!sticksOut(el) || clipped(el) || (el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement))) continue;
        const r = el.getBoundingClientRect();
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        const parent = el.parentElement;
        const pcls = typeof parent.className === 'string' && parent.className ? `.${parent.className.trim().split(/\s+/).join('.')}` : '';
        wide.push(`${el.tagName.toLowerCase()}${id}${cls} [${Math.round(r.left)}, ${Math.round(r.right)}] in ${parent.tagName.toLowerCase()}${pcls} (overflow-x: ${getComputedStyle(parent).overflowX})`);
      }
    }
    return { scrollWidth: de.scrollWidth, clientWidth: de.clientWidth, innerWidth, wide: wide.slice(0, 15) };
  });
}

// ---- from rules.test.mjs

/// The result page's matrix: column kinds (from the headers' title), and per row code the cells.
async function readMatrix(target) {
  return target.evaluate(() => {
    const table = document.querySelector('table.matrix');
    if (!table) return null;
    const kinds = [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.getAttribute('title'));
    const rows = {};
    for (const tr of table.querySelectorAll('tbody tr')) {
      const code = tr.querySelector('th[scope="row"] .code')?.textContent.trim();
      const cells = [...tr.querySelectorAll('td')].map((td) => {
        const a = td.querySelector('a');
        const clone = a.cloneNode(true);
        clone.querySelectorAll('.cell-icon, .cell-detail').forEach((e) => e.remove());
        return { cls: td.className, word: clone.textContent.trim(), text: td.textContent.replace(/\s+/g, ' ').trim() };
      });
      rows[code] = Object.fromEntries(kinds.map((k, i) => [k, cells[i]]));
    }
    return { kinds, rows, rowNames: [...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent.trim()) };
  });
}

// ---------------------------------------------------------------- helpers for the Registry pages

/// A heading's text without the bidi isolates (FSI…PDI) around the numbers Fluent puts in.
async function headingText(locator) {
  return (await locator.innerText()).replace(/[\u2066-\u2069]/g, '').trim();
}

const SUPERSCRIPT = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-' };

/// A number as the pages write it, "3.80 × 10²⁵", read back (NaN if it is not one).
function parseFlop(text) {
  const m = (text ?? '').replace(/[\u2066-\u2069]/g, '').match(/([\d.]+)\s*×\s*10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/);
  if (!m) return NaN;
  return Number(`${m[1]}e${[...m[2]].map((c) => SUPERSCRIPT[c]).join('')}`);
}

/// The rows of the list: key, name, licence class (label and tag), compute.
async function readRows(target) {
  return target.locator('main table.registry-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const th = tr.querySelector('th[scope="row"]');
      const cells = tr.querySelectorAll('td');
      const classTag = cells[1]?.querySelector('.tag');
      return {
        key: th.querySelector('.code')?.textContent.trim(),
        name: th.querySelector('a')?.textContent.trim(),
        href: th.querySelector('a')?.getAttribute('href'),
        classLabel: classTag?.textContent.trim(),
        classTag: [...(classTag?.classList ?? [])].find((c) => c.startsWith('tag-')),
        compute: cells[3]?.textContent.trim(),
      };
    }),
  );
}

/// Submits the list's filter form and waits for the list it leads to.
async function applyFilters(target) {
  const res = await follow(target, target.locator('main form.registry-filters button[type="submit"]'));
  assert.equal(res.status(), 200, `the filtered list answered ${res.status()} at ${target.url()}`);
  return readRows(target);
}

/// Selects the option of `select` whose visible label starts with `label`; returns its value.
async function selectByLabel(target, select, label) {
  const options = await target.locator(`${select} option`).evaluateAll((os) => os.map((o) => ({ value: o.value, text: o.textContent.trim() })));
  const option = options.find((o) => o.text.startsWith(label));
  assert.ok(option, `${select} offers «${label}…»; it offers: ${options.map((o) => `«${o.text}»`).join(', ')}`);
  await target.locator(select).selectOption(option.value);
  return option.value;
}

/// What sticks out of the page sideways, as an assertion message (or null).
async function pageOverflow(target, width) {
  const o = await horizontalOverflow(target);
  if (o.scrollWidth <= width && o.innerWidth === width) return null;
  return `scrollWidth ${o.scrollWidth}, innerWidth ${o.innerWidth} (viewport ${width} px); sticking out:\n      ${o.wide.join('\n      ')}`;
}

/// The scroll regions of the page: each one's own width against its box.
async function scrollRegions(target) {
  return target.evaluate(() =>
    [...document.querySelectorAll('main .chart-scroll, main .matrix-scroll, main .table-scroll, main .model-card')].map((r) => ({
      cls: r.className,
      label: r.getAttribute('aria-label') ?? r.getAttribute('aria-labelledby') ?? '',
      scrollWidth: r.scrollWidth,
      clientWidth: r.clientWidth,
      overflowX: getComputedStyle(r).overflowX,
      focusable: r.tabIndex >= 0,
    })),
  );
}

// ---------------------------------------------------------------- setup and teardown

test.before(async () => {
  node = { dataDir: await mkdtemp(path.join(tmpdir(), 'accord-browser-registry-')) };
  await mkdir(ARTIFACTS, { recursive: true });
  Object.assign(node, await startNode());
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  context = await newContext();
  page = await context.newPage();
  // The node's Content-Security-Policy (script-src 'self') rightly blocks the injected axe script;
  // this context bypasses CSP for that, and for nothing else.
  axeContext = await newContext({ bypassCSP: true });
  axePage = await axeContext.newPage();
});

test.after(async () => {
  await browser?.close().catch(() => {});
  await stopNode();
  if (node?.dataDir) await rm(node.dataDir, { recursive: true, force: true });
});

// Whatever happens, do not leave the node running.
process.on('exit', () => {
  if (node?.child && node.child.exitCode === null) node.child.kill('SIGKILL');
});

// ---------------------------------------------------------------- tests

test('1. from the home page to the Registry; search "llama", filter by licence class and compute', { timeout: TIMEOUT }, async (t) => {
  await goto('/en/');
  const nav = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Registry', exact: true });
  assert.equal(await nav.count(), 1, 'the main navigation has a "Registry" link');
  const res = await follow(page, nav);
  assert.equal(res.status(), 200);
  assert.equal(new URL(page.url()).pathname, '/en/registry');
  assert.equal((await page.locator('main h1').innerText()).trim(), 'Registry');
  assert.equal(await nav.getAttribute('aria-current'), 'page', 'the main navigation marks the Registry as the current page');
  assert.equal(await page.locator('main nav.sub-nav a[aria-current="page"]').innerText(), 'Models and systems', 'the Registry\'s own navigation marks the list');
  // The search box looks like the other fields (a bare <input type="search"> is tiny).
  const sizes = await page.evaluate(() => [document.getElementById('q'), document.getElementById('kind')].map((e) => Math.round(e.getBoundingClientRect().height)));
  assert.ok(sizes[0] >= 40 && Math.abs(sizes[0] - sizes[1]) <= 4, `the search box (${sizes[0]} px high) matches the selects (${sizes[1]} px)`);
  const all = await readRows(page);
  assert.equal(all.length, 50, 'the unfiltered list shows a page of 50 entries');
  assert.match(await headingText(page.locator('main h2#results')), /^9\d\d entries \(1–50\)$/, 'the unfiltered list counts about 980 entries');
  assert.equal(await page.locator('main nav.pager a[rel="next"]').count(), 1, 'a link to the next page');

  let llama;
  await t.test('search "llama"', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('llama');
    llama = await applyFilters(page);
    assert.equal(new URL(page.url()).searchParams.get('q'), 'llama');
    assert.equal(await page.locator('#q').inputValue(), 'llama', 'the search box keeps the words searched for');
    const keys = llama.map((r) => r.key);
    for (const k of [LLAMA, 'meta-llama/Llama-3.1', 'meta-llama/Llama-2']) assert.ok(keys.includes(k), `"llama" finds ${k}; found: ${keys.join(', ')}`);
    assert.ok(llama.length >= 10 && llama.length < 50, `"llama" finds ${llama.length} entries`);
    // Relevance first: the entries named Llama before those that only mention it.
    const firstOther = llama.findIndex((r) => !/llama/i.test(`${r.key} ${r.name}`));
    const lastNamed = llama.findLastIndex((r) => /llama/i.test(`${r.key} ${r.name}`));
    assert.ok(firstOther === -1 || lastNamed < firstOther, `an entry without "llama" in its name ranks before one with it: ${keys.join(', ')}`);
    assert.match(await headingText(page.locator('main h2#results')), new RegExp(`^${llama.length} entries \\(1–${llama.length}\\)$`));
    // Numbers and dates stay on one line (a date broken at its hyphen reads as two).
    const broken = await page.locator('main table.registry-table td.num > span').evaluateAll((ss) => ss.filter((s) => s.getClientRects().length > 1).map((s) => s.textContent));
    assert.deepEqual(broken, [], 'compute and dates wrapped over lines');
    await page.screenshot({ path: path.join(ARTIFACTS, 'registry-list-llama-en.png'), fullPage: true });
  });

  let restricted;
  await t.test('licence class "Open, with restrictions"', async () => {
    const value = await selectByLabel(page, '#licence_class', 'Open, with restrictions');
    assert.equal(value, 'open_restricted');
    restricted = await applyFilters(page);
    const params = new URL(page.url()).searchParams;
    assert.equal(params.get('q'), 'llama', 'the search is kept when filtering');
    assert.equal(params.get('licence_class'), 'open_restricted');
    assert.equal(await page.locator('#licence_class').inputValue(), 'open_restricted', 'the filter stays selected');
    assert.ok(restricted.length >= 3, `${restricted.length} llama entries open with restrictions`);
    const others = restricted.filter((r) => r.classLabel !== 'Open, with restrictions' || r.classTag !== 'tag-yellow');
    assert.deepEqual(others, [], 'every row is tagged "Open, with restrictions" (yellow)');
    const keys = new Set(llama.map((r) => r.key));
    assert.deepEqual(restricted.filter((r) => !keys.has(r.key)), [], 'filtering narrows the search, it does not widen it');
    assert.ok(restricted.some((r) => r.key === 'meta-llama/Llama-3.1'), 'Meta\'s Llama 3.1 card (Llama 3.1 Community License) is among them');
  });

  await t.test('training compute at least 10²⁵ FLOP', async (t) => {
    const value = await selectByLabel(page, '#min_flop', '≥ 1 × 10²⁵');
    assert.equal(value, '1e25');
    const both = await applyFilters(page);
    const params = new URL(page.url()).searchParams;
    assert.deepEqual([params.get('q'), params.get('licence_class'), params.get('min_flop')], ['llama', 'open_restricted', '1e25']);
    assert.equal(await page.locator('#min_flop').inputValue(), '1e25', 'the compute filter stays selected');
    const ok = (r) => r.classLabel === 'Open, with restrictions' && parseFlop(r.compute) >= 1e25;
    const licenceShown = await page.locator('#licence_class').inputValue();
    assert.deepEqual(both.filter((r) => !ok(r)), [], 'every row matches both filters');
    // Epoch AI's record of Llama 3.1 405B (3.8 × 10²⁵ FLOP) has no licence, but its
    // accessibility, "Open weights (restricted use)", gives the class.
    assert.ok(both.some((r) => r.key === 'epoch/llama-3.1-405b'), `Llama 3.1 405B matches both: ${JSON.stringify(both.map((r) => r.key))}`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'registry-list-filtered-en.png'), fullPage: true });
    await t.test('the licence class chosen stays selected, even when no entry is left with it', () => {
      assert.equal(licenceShown, 'open_restricted');
    });

    // Any licence, at least 10²⁵ FLOP: Llama 3.1 405B (3.8 × 10²⁵), and only entries that large.
    await page.locator('#licence_class').selectOption('');
    const large = await applyFilters(page);
    assert.ok(!new URL(page.url()).searchParams.get('licence_class'), '"Any" sends no licence class');
    assert.ok(large.some((r) => r.key === LLAMA), `${LLAMA} is at least 10²⁵ FLOP; found ${large.map((r) => r.key).join(', ')}`);
    const small = large.filter((r) => !(parseFlop(r.compute) >= 1e25));
    assert.deepEqual(small, [], 'every row has at least 10²⁵ FLOP');
    for (const r of large) assert.ok(llama.some((x) => x.key === r.key), `${r.key} was among the "llama" results`);
  });

  await t.test('"Clear filters" goes back to the whole list', async () => {
    const clear = page.locator('main form.registry-filters a', { hasText: 'Clear filters' });
    const r = await follow(page, clear);
    assert.equal(r.status(), 200);
    assert.equal(new URL(page.url()).search, '');
    assert.equal(await page.locator('#q').inputValue(), '');
  });

  await t.test('a bad compute value is an error, not a crash', async () => {
    await goto('/en/registry?min_flop=lots', page, 400);
    assert.equal(await page.locator('main .error-summary').count(), 1, 'an error summary');
  });
});

test('2. an entry: bigscience/bloom — licence, compute, lineage, obligations for the EU, history, card', { timeout: TIMEOUT }, async (t) => {
  await goto('/en/registry?q=bloom');
  const link = page.locator('main table.registry-table tbody th a', { hasText: /^bloom$/ });
  assert.ok((await link.count()) >= 1, 'searching "bloom" lists BLOOM');
  const res = await follow(page, link.first());
  assert.equal(res.status(), 200);
  assert.equal(new URL(page.url()).pathname, `/en/registry/${BLOOM}`);
  assert.equal((await page.locator('main h1 bdi').innerText()).trim(), 'bloom');
  assert.match(await page.title(), /bloom.*Registry/);
  await page.screenshot({ path: path.join(ARTIFACTS, 'registry-entry-bloom-en.png'), fullPage: true });

  await t.test('facts, each with its source', async () => {
    const facts = await page.locator('main > dl.summary-list').first().evaluate((dl) =>
      Object.fromEntries([...dl.querySelectorAll(':scope > div')].map((d) => [d.querySelector('dt').textContent.trim(), d.querySelector('dd').textContent.trim()])),
    );
    for (const label of ['Developer', 'Released', 'Parameters', 'Open weights']) assert.ok(facts[label], `the facts have «${label}»: ${JSON.stringify(facts)}`);
    assert.match(facts.Released, /^2022-07-11\b/);
    assert.equal(parseFlop(facts.Parameters), 1.76e11);
    for (const [label, value] of Object.entries(facts)) assert.match(value, /\(from [^)]+\)$/, `«${label}» names its source`);
  });

  await t.test('the licence: its class and its terms in plain words', async () => {
    const section = page.locator('main h2#licence');
    assert.equal(await section.count(), 1);
    const head = section.locator('xpath=following-sibling::p[1]');
    assert.match(await head.innerText(), /BigScience BLOOM RAIL 1\.0/);
    const tag = head.locator('.tag').first();
    assert.equal((await tag.innerText()).trim(), 'Open, with restrictions');
    assert.match(await tag.getAttribute('class'), /\btag-yellow\b/);
    const dims = await section.locator('xpath=following-sibling::dl[1]').evaluate((dl) =>
      Object.fromEntries([...dl.querySelectorAll(':scope > div')].map((d) => [d.querySelector('dt').textContent.trim(), d.querySelector('dd').textContent.trim()])),
    );
    for (const label of ['Weights', 'Commercial use', 'Use restrictions', 'Changes and derivatives', 'Attribution']) {
      assert.ok(dims[label]?.length > 10, `the licence says in plain words «${label}»: ${JSON.stringify(dims)}`);
    }
    assert.match(dims['Commercial use'], /allowed/i);
    assert.match(dims['Use restrictions'], /Attachment A/);
  });

  await t.test('the training compute and its method', async () => {
    const total = page.locator('main h2#compute + p.compute-total');
    assert.match(await total.innerText(), /3\.66 × 10²³\s*FLOP/);
    const method = page.locator('main h2#compute ~ dl.summary-list').first().locator('div', { has: page.locator('dt', { hasText: /^Method$/ }) }).locator('dd');
    assert.match(await method.innerText(), /^Estimated from hardware \(accelerator-hours × peak × utilisation\)/);
    const inputs = await page.locator('main h2#compute ~ dl.summary-list').first().locator('dt').allInnerTexts();
    for (const label of ['Confidence', 'Accelerator', 'Number of accelerators', 'Training time (hours)']) assert.ok(inputs.includes(label), `the compute shows «${label}»: ${inputs.join(', ')}`);
    const how = page.locator('main details', { has: page.locator('summary', { hasText: 'How the figure was obtained' }) });
    assert.equal(await how.count(), 1, 'how the figure was obtained, one click away');
  });

  await t.test('the lineage: an SVG whose boxes link to the entries, and the derived models listed', async () => {
    const svg = page.locator('main .chart-scroll svg.lineage');
    assert.equal(await svg.count(), 1, 'a lineage SVG in its scroll region');
    const nodes = await svg.locator('a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), title: a.querySelector('title')?.textContent, current: !!a.querySelector('.node-current') })));
    const byTitle = Object.fromEntries(nodes.map((n) => [n.title, n]));
    assert.equal(byTitle[BLOOM]?.current, true, `the entry is the highlighted box: ${JSON.stringify(nodes)}`);
    for (const k of ['epoch/bloomz-176b', 'epoch/bluumi']) {
      assert.equal(byTitle[k]?.href, `/en/registry/${k}`, `a box links to the derivative ${k}`);
    }
    assert.ok((await svg.locator('line[marker-end]').count()) >= 2, 'arrows from the base to its derivatives');
    const derived = page.locator('main h3', { hasText: /^Derived models$/ }).locator('xpath=following-sibling::ul[1]//a');
    assert.deepEqual((await derived.allInnerTexts()).sort(), ['epoch/bloomz-176b', 'epoch/bluumi']);
    // Every box of the graph links to a page that exists.
    for (const n of nodes) {
      const r = await page.request.get(url(n.href));
      assert.equal(r.status(), 200, `the lineage link ${n.href} answered ${r.status()}`);
    }
  });

  await t.test('a box of the lineage leads to the derivative, which names bloom as its base', async () => {
    const box = page.locator('main svg.lineage a[href$="/epoch/bloomz-176b"]');
    const r = await follow(page, box);
    assert.equal(r.status(), 200);
    assert.equal(new URL(page.url()).pathname, '/en/registry/epoch/bloomz-176b');
    const bases = page.locator('main h3', { hasText: /^Based on$/ }).locator('xpath=following-sibling::ul[1]//a');
    assert.deepEqual(await bases.allInnerTexts(), [BLOOM]);
    const back = await follow(page, bases.first());
    assert.equal(back.status(), 200);
    assert.equal(new URL(page.url()).pathname, `/en/registry/${BLOOM}`);
  });

  await t.test('obligations: only the EU market, then the matrix has the EU row only', async () => {
    const form = page.locator('main form', { has: page.locator('input[name="markets"]') });
    const boxes = form.locator('input[type="checkbox"][name="markets"]');
    assert.ok((await boxes.count()) >= 5, 'a checkbox per market');
    assert.equal(await form.locator('input[name="markets"]:checked').count(), 0, 'none ticked: every market assumed');
    // Before a choice: a row per market, and the international instruments (INTL).
    const markets = await boxes.evaluateAll((is) => is.map((i) => i.value));
    const before = await readMatrix(page);
    assert.deepEqual(Object.keys(before?.rows ?? {}).filter((c) => c !== 'INTL'), markets, 'the matrix has a row per market before a choice');
    await form.getByRole('checkbox', { name: 'European Union' }).check();
    const r = await follow(page, form.getByRole('button', { name: 'Show obligations' }));
    assert.equal(r.status(), 200);
    const u = new URL(page.url());
    assert.deepEqual(u.searchParams.getAll('markets'), ['EU']);
    assert.equal(u.hash, '#obligations', 'the page comes back at the obligations');
    assert.deepEqual(
      await form.locator('input[name="markets"]:checked').evaluateAll((is) => is.map((i) => i.value)),
      ['EU'],
      'the EU box stays ticked',
    );
    assert.match(await form.locator('.hint').innerText(), /Only the jurisdictions ticked/);
    const m = await readMatrix(page);
    assert.deepEqual(Object.keys(m.rows).filter((c) => c !== 'INTL'), ['EU'], 'the matrix has the EU row, and no other market\'s');
    assert.match(m.rowNames[0], /^European Union\s+EU$/);
    // An open-weights RAIL model of 3.7 × 10²³ FLOP: below the systemic-risk threshold.
    assert.notEqual(m.rows.EU['risk.systemic.evaluation']?.cls, 'cell-applies', 'EU × systemic-risk evaluation does not apply to BLOOM');
    // Every cell links to the full result, with the EU alone.
    const cellHref = await page.locator('table.matrix tbody td a').first().getAttribute('href');
    assert.deepEqual(new URL(cellHref, page.url()).searchParams.getAll('markets'), ['EU']);
    await page.locator('main h2#obligations').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'registry-entry-bloom-eu-en.png') });
  });

  await t.test('"Open the full assessment" leads to the Rules result with the profile', async () => {
    const entryUrl = page.url();
    const full = page.getByRole('link', { name: 'Open the full assessment' });
    assert.equal(await full.count(), 1);
    const r = await follow(page, full);
    assert.equal(r.status(), 200);
    const u = new URL(page.url());
    assert.equal(u.pathname, '/en/rules/result');
    const p = u.searchParams;
    assert.deepEqual(p.getAll('markets'), ['EU'], 'the market chosen');
    assert.equal(Number(p.get('training_flop')), 3.65664e23, 'the training compute of the entry');
    assert.equal(p.get('open_weights'), 'true');
    assert.equal(p.get('placed_on_market'), '2022-07-11');
    assert.deepEqual(p.getAll('roles').sort(), ['developer', 'provider']);
    assert.equal(p.get('artifact'), 'gpai_model');
    const m = await readMatrix(page);
    assert.deepEqual(Object.keys(m?.rows ?? {}).filter((c) => c !== 'INTL'), ['EU'], 'the result\'s matrix has the EU row, and no other market\'s');
    assert.ok((await page.locator('#j-eu li.finding').count()) >= 1, 'the EU findings are listed');
    await goto(new URL(entryUrl).pathname + new URL(entryUrl).search);
  });

  await t.test('the model card: rendered, without scripts, images, frames or handlers', async () => {
    await goto(`/en/registry/${BLOOM}?markets=EU`);
    const card = page.locator('main .model-card');
    assert.equal(await card.count(), 1);
    assert.match(await card.innerText(), /BigScience Large Open-science Open-access Multilingual Language Model/);
    const unsafe = await card.evaluate((c) => ({
      script: c.querySelectorAll('script').length,
      img: c.querySelectorAll('img, picture, svg image, input[type="image"]').length,
      embedded: c.querySelectorAll('iframe, object, embed, video, audio, source, form, link, meta, style, base').length,
      handlers: [...c.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => `${e.tagName}[${a.name}]`)),
      styled: c.querySelectorAll('[style]').length,
      links: [...c.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    }));
    assert.equal(unsafe.script, 0, 'no <script> in the card');
    assert.equal(unsafe.img, 0, 'no image in the card');
    assert.equal(unsafe.embedded, 0, 'no embedded content, form or style in the card');
    assert.deepEqual(unsafe.handlers, [], 'no event handler or javascript: URL in the card');
    assert.equal(unsafe.styled, 0, 'no inline style in the card');
    assert.ok(unsafe.links.length >= 1, 'the card keeps its links out');
    const relative = unsafe.links.filter((h) => !/^https?:\/\//.test(h));
    assert.deepEqual(relative, [], 'links of the card are absolute links out (links to this site are removed)');
    const rels = await card.locator('a[href]').evaluateAll((as) => as.map((a) => a.rel));
    assert.ok(rels.every((r) => /\bnofollow\b/.test(r) && /\bnoopener\b/.test(r)), 'links out of the card are nofollow noopener');
  });

  await t.test('the history: versions, each a signed log entry', async () => {
    const r = await follow(page, page.locator('main').getByRole('link', { name: 'History', exact: true }));
    assert.equal(r.status(), 200);
    assert.equal(new URL(page.url()).pathname, `/en/registry/${BLOOM}/history`);
    assert.equal((await page.locator('main h1').innerText()).trim(), 'History: bloom');
    const versions = await page.locator('main ol.timeline-list > li').evaluateAll((lis) =>
      lis.map((li) => ({ head: li.querySelector('strong')?.textContent.trim(), log: li.querySelector('a[href*="/transparency/log/"]')?.getAttribute('href'), at: li.querySelector('time')?.textContent.trim() })),
    );
    assert.ok(versions.length >= 1, 'at least one version');
    assert.match(versions[0].head, /^Version \d+$/);
    const numbers = versions.map((v) => Number(v.head.replace(/\D/g, '')));
    assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a), 'newest first');
    for (const v of versions) {
      assert.match(v.log ?? '', /^\/en\/transparency\/log\/\d+$/, 'each version links to its log entry');
      assert.match(v.at ?? '', /^\d{4}-\d\d-\d\dT/);
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'registry-history-bloom-en.png'), fullPage: true });
    const log = await follow(page, page.locator('main ol.timeline-list > li').first().locator('a[href*="/transparency/log/"]'));
    assert.equal(log.status(), 200, `the log entry ${page.url()} answered ${log.status()}`);
    await page.goBack({ waitUntil: 'load' });
    const back = await follow(page, page.locator('main a.back-link'));
    assert.equal(back.status(), 200);
    assert.equal(new URL(page.url()).pathname, `/en/registry/${BLOOM}`, 'the back link leads to the entry');
  });
});

test('3. an entry above 10²⁵ FLOP: epoch/llama-3.1-405b, for the EU', { timeout: TIMEOUT }, async () => {
  await goto(`/en/registry/${LLAMA}`);
  assert.equal((await page.locator('main h1 bdi').innerText()).trim(), 'Llama 3.1-405B');
  const total = parseFlop(await page.locator('main h2#compute + p.compute-total').innerText());
  assert.ok(total >= 1e25, `the compute ${total} is at least 10²⁵`);
  const method = await page.locator('main h2#compute ~ dl.summary-list').first().locator('div', { has: page.locator('dt', { hasText: /^Method$/ }) }).locator('dd').innerText();
  assert.ok(method.trim().length > 5, `the compute has its method: «${method}»`);
  // The licence section says what is known (here: nothing), with its class.
  assert.ok((await page.locator('main h2#licence + p .tag').count()) >= 1, 'the licence class is shown');
  assert.equal(await page.locator('main h2#lineage').count(), 1);

  const form = page.locator('main form', { has: page.locator('input[name="markets"]') });
  await form.getByRole('checkbox', { name: 'European Union' }).check();
  const r = await follow(page, form.getByRole('button', { name: 'Show obligations' }));
  assert.equal(r.status(), 200);
  const m = await readMatrix(page);
  assert.deepEqual(Object.keys(m.rows).filter((c) => c !== 'INTL'), ['EU'], 'the matrix has the EU row, and no other market\'s');
  // Art. 55 (systemic-risk evaluation) is in the matrix for the EU; 3.8 × 10²⁵ FLOP meets its
  // 10²⁵ threshold (it is not yet in force for a model placed on the market before 2025-08-02:
  // Art. 111(3) gives those until 2027-08-02).
  const cell = m.rows.EU['risk.systemic.evaluation'];
  assert.ok(cell, `the EU row has a systemic-risk evaluation column: ${m.kinds.join(', ')}`);
  const profile = new URL(await page.getByRole('link', { name: 'Open the full assessment' }).getAttribute('href'), page.url()).search;
  assert.equal(new URLSearchParams(profile).get('training_flop'), '3.8e25');
  await goto(`/en/rules/rule/eu.aia.55.1a${profile}`);
  const met = await page.locator('main ul.proof-tree li.proof-true').allInnerTexts();
  assert.ok(met.some((x) => /training_flop\s*>\s*1e25/.test(x)), `the proof says the compute threshold is met: ${met.join(' | ')}`);
  await page.goBack({ waitUntil: 'load' });
  await page.screenshot({ path: path.join(ARTIFACTS, 'registry-entry-llama-eu-en.png'), fullPage: true });
});

test('4. training compute over time: the chart, its thresholds, the data as a table', { timeout: TIMEOUT }, async () => {
  await goto('/en/registry');
  const r = await follow(page, page.locator('main nav.sub-nav').getByRole('link', { name: 'Training compute over time' }));
  assert.equal(r.status(), 200);
  assert.equal(new URL(page.url()).pathname, '/en/registry/compute');
  assert.equal((await page.locator('main h1').innerText()).trim(), 'Training compute over time');
  const count = Number((await page.locator('main p.lead').innerText()).replace(/[^\d]/g, ''));
  assert.ok(count >= 100, `the chart counts ${count} models`);

  const chart = page.locator('main figure .chart-scroll svg.chart');
  assert.equal(await chart.count(), 1, 'an SVG chart in its scroll region');
  assert.equal(await chart.getAttribute('role'), 'group', 'a group: its points are links');
  assert.equal((await chart.locator('title#chart-title').textContent()).trim(), 'Training compute over time');
  // The chart starts in 2010 (the era the thresholds are about); the table lists every model.
  const table = page.locator('main details', { has: page.locator('summary', { hasText: 'The data as a table' }) });
  const years = await table.locator('tbody tr td:nth-child(2)').evaluateAll((tds) => tds.map((td) => Number(td.textContent.trim().slice(0, 4))));
  assert.equal(years.length, count, 'a table row per model');
  assert.equal(await chart.locator('a circle.point').count(), years.filter((y) => y >= 2010).length, 'a point per model since 2010, each a link');
  const listed = await page.locator('main h2', { hasText: 'Thresholds in the rules' }).locator('xpath=following-sibling::ul[1]/li').evaluateAll((lis) =>
    lis.map((li) => ({ value: li.querySelector('strong')?.textContent.trim(), href: li.querySelector('a')?.getAttribute('href') })),
  );
  assert.ok(listed.length >= 2, `thresholds listed: ${JSON.stringify(listed)}`);
  for (const t of listed) assert.match(t.href ?? '', /^\/en\/rules\/rule\/[\w.-]+$/, 'each threshold links to its rule');
  const values = listed.map((t) => parseFlop(t.value));
  assert.ok(values.includes(1e25) && values.includes(1e26), `the EU's 10²⁵ and the 10²⁶ of SB 53 are among the thresholds: ${values.join(', ')}`);
  // A dashed line across the chart per threshold, at the height of its value, with a label.
  const lines = await chart.evaluate((svg) => {
    const ticks = [...svg.querySelectorAll('text.axis')].filter((t) => t.querySelector('tspan')).map((t) => ({ exp: Number(t.querySelector('tspan').textContent), y: Number(t.getAttribute('y')) - 4 }));
    return {
      ticks,
      thresholds: [...svg.querySelectorAll('line.threshold')].map((l) => ({ y: Number(l.getAttribute('y1')), dash: getComputedStyle(l).strokeDasharray })),
      labels: [...svg.querySelectorAll('text.threshold-label')].map((t) => t.textContent.trim()),
    };
  });
  const distinct = new Set(values).size;
  assert.equal(lines.thresholds.length, distinct, 'a line per threshold value');
  assert.equal(lines.labels.length, distinct, 'one label per value, naming every jurisdiction that sets it');
  for (const l of lines.thresholds) assert.notEqual(l.dash, 'none', 'threshold lines are dashed');
  const at = (exp) => lines.ticks.find((t) => t.exp === exp)?.y;
  assert.ok(lines.thresholds.some((l) => Math.abs(l.y - at(25)) < 0.5), `a threshold line at 10²⁵ (y ${at(25)}): ${JSON.stringify(lines.thresholds)}`);
  assert.ok(lines.thresholds.some((l) => Math.abs(l.y - at(26)) < 0.5), 'a threshold line at 10²⁶');
  assert.ok(lines.labels.some((x) => /10²⁵ — .*European Union/.test(x)), `the EU threshold is labelled: ${lines.labels.join(' | ')}`);
  // A point links to its entry.
  const first = await chart.locator('a').first().getAttribute('href');
  assert.match(first, /^\/en\/registry\/[^/]+\/[^/]+$/);
  // The data as a table, for those who cannot see the chart.
  await table.locator('summary').click();
  assert.ok(await table.locator('tbody tr').first().isVisible());
  await table.locator('summary').click();
  await page.screenshot({ path: path.join(ARTIFACTS, 'registry-compute-en.png'), fullPage: true });
});

test('5. axe-core finds no WCAG 2.1 A/AA violations on the Registry pages', { timeout: TIMEOUT }, async (t) => {
  const routes = [
    '/en/registry',
    '/en/registry?q=llama&licence_class=open_restricted',
    '/en/registry?q=llama&licence_class=open_restricted&min_flop=1e25',
    `/en/registry/${BLOOM}`,
    `/en/registry/${BLOOM}?markets=EU`,
    `/en/registry/${LLAMA}?markets=EU`,
    `/en/registry/${BLOOM}/history`,
    '/en/registry/compute',
    '/ar/registry?q=llama',
    `/ar/registry/${BLOOM}`,
    '/ar/registry/compute',
  ];
  // Found, and to be fixed in web/registry.rs and accord-registry's card rendering (see
  // the TODO tests below): kept apart so that every other violation still fails.
  const svgLinks = []; // the charts are role="img" with links inside (nested-interactive)
  const cardHeadings = []; // the card's own <h1>s inside the entry page
  for (const route of routes) {
    await t.test(route, async () => {
      await goto(route, axePage);
      const h1 = await axePage.locator('main h1').evaluateAll((hs) => hs.filter((h) => !h.closest('.model-card')).map((h) => h.textContent.trim()));
      assert.equal(h1.length, 1, `one h1 in <main> (outside the card): ${JSON.stringify(h1)}`);
      const inCard = await axePage.locator('main .model-card h1').count();
      if (inCard) cardHeadings.push(`${route}: ${inCard} <h1> in the card`);
      const violations = await runAxe(axePage);
      const isSvgLinks = (v) => v.id === 'nested-interactive' && v.nodes.every((n) => /^svg\b/.test(n.target));
      for (const v of violations.filter(isSvgLinks)) svgLinks.push(`${route}: ${v.nodes.map((n) => n.target).join(', ')}`);
      const others = violations.filter((v) => !isSvgLinks(v));
      assert.deepEqual(others, [], `axe-core violations on ${route}:\n${formatViolations(others)}`);
    });
  }
  await t.test('the charts are not role="img" around links (axe: nested-interactive)', () => {
    assert.deepEqual(svgLinks, []);
  });
  await t.test('the card\'s headings sit below the page\'s "Model card" heading', () => {
    assert.deepEqual(cardHeadings, []);
  });
});

test('6. Arabic: /ar/registry/bigscience/bloom is right to left, and only its regions scroll sideways', { timeout: TIMEOUT }, async (t) => {
  const ar = await newContext({ locale: 'ar' });
  try {
    const p = await ar.newPage();
    await goto(`/ar/registry/${BLOOM}`, p);
    await p.screenshot({ path: path.join(ARTIFACTS, 'registry-entry-bloom-ar.png'), fullPage: true });

    await t.test('right to left', async () => {
      const doc = await p.evaluate(() => ({
        dir: document.documentElement.dir,
        lang: document.documentElement.lang,
        mainDirection: getComputedStyle(document.querySelector('main')).direction,
        svgDirection: document.querySelector('svg.lineage')?.getAttribute('direction'),
      }));
      assert.equal(doc.dir, 'rtl', '<html dir>');
      assert.equal(doc.lang, 'ar', '<html lang>');
      assert.equal(doc.mainDirection, 'rtl', 'computed direction of <main>');
      assert.equal(doc.svgDirection, 'ltr', 'the lineage graph keeps its left-to-right keys');
    });

    await t.test('headings and labels are Arabic', async () => {
      const texts = await p.evaluate(() => [...document.querySelectorAll('main h2, main > dl.summary-list dt, main legend, main button')].filter((e) => !e.closest('.model-card')).map((e) => e.textContent.trim()));
      const notArabic = texts.filter((x) => !/[\u0600-\u06FF]/.test(x));
      assert.deepEqual(notArabic, [], 'headings, labels and buttons without Arabic');
      const missing = [...(await p.locator('main').innerText()).matchAll(/Unknown localization key: "([^"]+)"/g)].map((x) => x[1]);
      assert.deepEqual(missing, []);
    });

    await t.test('no page-level horizontal overflow (1280 px); the regions scroll inside', async () => {
      const problem = await pageOverflow(p, 1280);
      assert.equal(problem, null, problem ?? '');
      const regions = await scrollRegions(p);
      const matrix = regions.find((r) => r.cls === 'matrix-scroll');
      assert.ok(matrix, 'the matrix has its scroll region');
      assert.ok(matrix.scrollWidth > matrix.clientWidth, `the 34-column matrix scrolls inside its region: ${JSON.stringify(matrix)}`);
      for (const r of regions) {
        if (r.scrollWidth > r.clientWidth) {
          assert.ok(['auto', 'scroll'].includes(r.overflowX), `a region wider than its box scrolls: ${JSON.stringify(r)}`);
          assert.ok(r.cls === 'model-card' || r.focusable, `a scroll region can be reached by keyboard: ${JSON.stringify(r)}`);
        }
      }
    });

    await t.test('the compute chart in Arabic', async () => {
      await goto('/ar/registry/compute', p);
      assert.equal(await p.evaluate(() => document.documentElement.dir), 'rtl');
      const problem = await pageOverflow(p, 1280);
      assert.equal(problem, null, problem ?? '');
      await p.screenshot({ path: path.join(ARTIFACTS, 'registry-compute-ar.png'), fullPage: true });
    });

    await t.test('the list in Arabic', async () => {
      await goto('/ar/registry?q=llama', p);
      const problem = await pageOverflow(p, 1280);
      assert.equal(problem, null, problem ?? '');
      await p.screenshot({ path: path.join(ARTIFACTS, 'registry-list-ar.png'), fullPage: true });
    });

    await t.test('no untranslated words outside of what is marked as data', async () => {
      const offences = [];
      for (const route of [`/ar/registry/${BLOOM}`, `/ar/registry/${BLOOM}/history`, '/ar/registry?q=llama', '/ar/registry/compute']) {
        await goto(route, p);
        const nodeName = (await p.locator('.brand-node').innerText()).trim();
        const allowed = new Set([...LATIN_ALLOWED, 'FLOP', 'SHA', 'FMTI', ...(nodeName.match(/[A-Za-z]{2,}/g) ?? [])]);
        for (const o of latinOffences(await shellText(p, ['header.site-header', 'main#main', 'footer.site-footer']), allowed)) offences.push(`${route}: ${o}`);
      }
      assert.ok(
        offences.length === 0,
        `${offences.length} texts with Latin-script words, neither translated nor marked as data (lang="en", dir="ltr", <bdi>, <code>):\n  ${offences.slice(0, 30).join('\n  ')}${offences.length > 30 ? '\n  …' : ''}`,
      );
    });
  } finally {
    await ar.close();
  }
});

test('7. phone width (390 px): the list and an entry do not scroll sideways', { timeout: TIMEOUT }, async (t) => {
  const phone = await newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const p = await phone.newPage();
    for (const [name, route] of [
      ['list-en', '/en/registry?q=llama'],
      ['entry-bloom-en', `/en/registry/${BLOOM}?markets=EU`],
      ['list-ar', '/ar/registry?q=llama'],
      ['entry-bloom-ar', `/ar/registry/${BLOOM}`],
      ['compute-en', '/en/registry/compute'],
      ['history-en', `/en/registry/${BLOOM}/history`],
    ]) {
      await t.test(route, async () => {
        await goto(route, p);
        const problem = await pageOverflow(p, PHONE.width);
        // The first screen only: a full-page capture of a long page at this scale is beyond what
        // Chromium captures.
        await p.screenshot({ path: path.join(ARTIFACTS, `registry-${name}-phone.png`) });
        assert.equal(problem, null, `${route}: the page scrolls sideways: ${problem}`);
        for (const r of await scrollRegions(p)) {
          if (r.scrollWidth > r.clientWidth) assert.ok(['auto', 'scroll'].includes(r.overflowX), `a region wider than its box scrolls: ${JSON.stringify(r)}`);
        }
      });
    }
  } finally {
    await phone.close();
  }
});

test('8. no missing translation keys on the Registry pages, in the six languages', { timeout: TIMEOUT }, async () => {
  const routes = ['/registry', '/registry?q=llama&min_flop=1e25', `/registry/${BLOOM}?markets=EU`, `/registry/${LLAMA}`, `/registry/${BLOOM}/history`, '/registry/compute'];
  const missing = new Map(); // key → where
  for (const lang of ['en', 'ar', 'zh', 'fr', 'ru', 'es']) {
    for (const route of routes) {
      const res = await page.request.get(url(`/${lang}${route}`));
      assert.equal(res.status(), 200, `GET /${lang}${route}`);
      const html = await res.text();
      for (const m of html.matchAll(/Unknown localization key: (?:&#34;|&quot;|")([^&"]+)/g)) {
        const where = missing.get(m[1]) ?? new Set();
        where.add(`${lang}:${route.replace(/\?.*/, '')}`);
        missing.set(m[1], where);
      }
    }
  }
  const report = [...missing].map(([k, where]) => `${k}   (${[...where].slice(0, 4).join(', ')})`);
  assert.deepEqual(report, [], 'translation keys missing on the Registry pages');
});

// Runs last, so that it sees the requests of all the tests above.
test('9. every request goes to the node on 127.0.0.1 (no CDN, no third party)', { timeout: TIMEOUT }, async () => {
  assert.ok(requests.length > 0, 'requests were recorded');
  const foreign = requests.filter((r) => {
    const u = new URL(r.url);
    if (['data:', 'blob:', 'about:'].includes(u.protocol)) return false;
    return u.hostname !== '127.0.0.1';
  });
  assert.deepEqual(foreign.map((r) => `${r.url} (from ${r.page})`), [], 'requests to hosts other than 127.0.0.1');
});
