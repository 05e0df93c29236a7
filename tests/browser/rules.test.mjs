// Real-browser tests of the Rules pages (/{lang}/rules/…): the guided assessment, the result
// matrix, a rule's proof, the reference pages, Arabic, saving, and a phone-width layout.
// A demo node on 127.0.0.1:0 with its data in a temp dir, driven by headless Chromium (Debian's
// /usr/bin/chromium) through playwright-core, checked with axe-core; the same approach as
// the other suites; the start-up and the shared helpers are in lib.mjs.
//
//   ACCORD_BIN=/path/to/accord node --test rules.test.mjs   (default: ../../target/debug/accord)
//
// Screenshots go to ./artifacts/ (git-ignored), named rules-*.png.

import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import * as lib from './lib.mjs';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, follow, formatViolations, runAxe } from './lib.mjs';

const ADMIN = { email: 'admin@secretariat.example', password: 'accord-demo-2026' };
const TIMEOUT = 180_000;

// The worked case (corpus/golden/worked-cases.toml, first case): a 3e25-FLOP open-weights
// general-purpose generative model offered to the public in the EU, China and California, by a
// provider established in China. Every other fact the pages ask is answered "I do not know".
const WORKED_CASE = {
  markets: ['EU', 'CN', 'US-CA'],
  roles: ['provider', 'service_provider'],
  established_in: ['CN'],
  artifact: ['gpai_model'],
  general_purpose: ['true'],
  open_weights: ['true'],
  foss_licence: ['true'],
  generative: ['true'],
  interacts_with_people: ['true'],
  offered_to_public: ['true'],
  training_flop: ['3e25'],
  placed_on_market: ['2026-03-01'],
};
// The day of the assessment, fixed so that the result does not drift with the calendar.
const AS_OF = '2026-12-01';
const UNKNOWN = 'unknown';
const MAX_QUESTIONS = 40;

/// The result URL of a profile, as the pages themselves write it (one pair per value).
function resultPath(lang, answers, asOf = AS_OF) {
  const q = new URLSearchParams();
  for (const [fact, values] of Object.entries(answers)) for (const v of values) q.append(fact, v);
  if (asOf) q.append('as_of', asOf);
  return `/${lang}/rules/result?${q}`;
}

// Shared state, set up in test.before.
let node; // { child, baseUrl, dataDir, stderr() }
let browser;
let context; // an anonymous desktop context
let page;
const requests = []; // every request any page made: { url, page }

// Helpers from tests/browser/lib.mjs, bound to this file's state.
const url = (p) => new URL(p, node.baseUrl).href;
const newContext = (options = {}) => lib.newContext(browser, requests, options);
const goto = (p, target = page, status = 200) => lib.goto(target, url(p), p, status);
const startNode = () => lib.startNode(node.dataDir);
const stopNode = () => lib.stopNode(node);
// What the tests learn as they go: fact → the English question text (from the guided walk).
const questionText = new Map();
let unknownComputeResultUrl = null; // the result page of test 2, for the drill-down of test 3
let savedPath = null; // the saved assessment of test 7 (/en/rules/assessments/{id})

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
/// external links, and anything in another language than the page. (From ui.test.mjs.)
async function shellText(target, regions) {
  return target.evaluate((regions) => {
    const DATA = 'bdi, [dir="ltr"], code, time, a[href^="http"], script, style, template';
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

// ---------------------------------------------------------------- helpers for the Rules pages

/// What the current page of the guided assessment is: a question (with the fact it asks, the
/// kind of input and the values offered) or the "check your answers" page.
async function readQuestion(target) {
  return target.evaluate(() => {
    const form = document.querySelector('main form[action$="/rules/assess"]');
    if (!form) {
      return { kind: 'other', h1: document.querySelector('main h1')?.textContent.trim() ?? '' };
    }
    const inputs = [...form.querySelectorAll('input:not([type="hidden"])')];
    const facts = [...new Set(inputs.map((i) => i.name))];
    const fact = facts[0];
    const own = inputs.filter((i) => i.name === fact);
    const type = own.some((i) => i.type === 'radio') ? 'radio' : own.some((i) => i.type === 'text') ? 'text' : 'checkbox';
    const legend = form.querySelector('legend.question, label.question');
    return {
      kind: 'question',
      facts,
      fact,
      type,
      values: own.filter((i) => i.type !== 'text').map((i) => i.value),
      text: legend?.textContent.trim() ?? '',
      caption: form.querySelector('.caption')?.textContent ?? '',
    };
  });
}

/// Answers the question on the page from `answers` (fact → values), or "I do not know".
async function answerQuestion(target, q, answers) {
  const form = target.locator('main form[action$="/rules/assess"]');
  const given = answers[q.fact];
  if (q.type === 'text') {
    if (given && given[0] !== UNKNOWN) {
      await form.locator(`input[type="text"][name="${q.fact}"]`).fill(given[0]);
    } else {
      await form.locator(`input[type="checkbox"][name="${q.fact}"][value="${UNKNOWN}"]`).check();
    }
  } else {
    const values = given ?? [UNKNOWN];
    for (const v of values) {
      assert.ok(
        q.values.includes(v),
        `the question "${q.fact}" does not offer the value "${v}"; it offers: ${q.values.join(', ')}`,
      );
      await form.locator(`input[name="${q.fact}"][value="${v}"]`).check();
    }
  }
  return follow(target, form.locator('button[type="submit"]'));
}

/// Walks the guided assessment from the start page until "check your answers", answering from
/// `answers`. Returns the facts asked, in order.
async function walkAssessment(target, answers, { screenshot } = {}) {
  await goto('/en/rules', target);
  let res = await follow(target, target.locator('main a.start-button'));
  assert.equal(res.status(), 200, 'the start button leads to the first question');
  const asked = [];
  for (;;) {
    const q = await readQuestion(target);
    if (q.kind !== 'question') break;
    assert.equal(q.facts.length, 1, `one question per page, but the form has inputs for ${q.facts.join(', ')}`);
    assert.ok(!asked.includes(q.fact), `the question "${q.fact}" is asked a second time (after ${asked.join(', ')})`);
    asked.push(q.fact);
    assert.ok(asked.length <= MAX_QUESTIONS + 20, `more than ${MAX_QUESTIONS + 20} questions: ${asked.join(', ')}`);
    const n = Number((q.caption.match(/\d+/) ?? [])[0]);
    assert.equal(n, asked.length, `the caption of question ${asked.length} (${q.fact}) says «${q.caption.trim()}»`);
    assert.ok(q.text.length > 0, `the question "${q.fact}" has no visible text`);
    questionText.set(q.fact, q.text);
    if (screenshot && asked.length === 1) await target.screenshot({ path: path.join(ARTIFACTS, screenshot), fullPage: true });
    res = await answerQuestion(target, q, answers);
    assert.equal(res.status(), 200, `answering "${q.fact}" led to ${res.status()} at ${target.url()}`);
  }
  return asked;
}

/// On the "check your answers" page: sets the date and submits; returns the response.
async function submitCheckPage(target, asOf = AS_OF) {
  const form = target.locator('main form[action$="/rules/result"]');
  await form.locator('#as_of').fill(asOf);
  return follow(target, form.locator('button[type="submit"]'));
}

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

/// The findings of a jurisdiction's section: the relevant ones, and those behind "rules that do
/// not apply".
async function readFindings(target, code) {
  return target.evaluate((code) => {
    const section = document.getElementById(`j-${code.toLowerCase()}`);
    if (!section) return null;
    const read = (li) => ({
      rule: li.querySelector('.meta code')?.textContent.trim(),
      status: li.querySelector('.finding-head .tag')?.textContent.trim(),
      statusClass: li.querySelector('.finding-head .tag')?.className,
      href: li.querySelector('.finding-head a')?.getAttribute('href'),
    });
    return {
      relevant: [...section.querySelectorAll(':scope > ul.findings > li.finding')].map(read),
      others: [...section.querySelectorAll(':scope > details ul.findings > li.finding')].map(read),
      othersSummary: section.querySelector(':scope > details > summary')?.textContent.trim() ?? null,
    };
  }, code);
}

async function signIn(target) {
  await goto('/en/login', target);
  await target.locator('#email').fill(ADMIN.email);
  await target.locator('#password').fill(ADMIN.password);
  await Promise.all([
    target.waitForURL((u) => !u.pathname.endsWith('/login'), { waitUntil: 'load' }),
    target.locator('main button.button[type="submit"]').click(),
  ]);
  await target
    .locator('header.site-header form[action$="/logout"] button')
    .waitFor({ state: 'visible' })
    .catch(() => assert.fail('not signed in: no sign-out button in the header after the login form'));
}

// ---------------------------------------------------------------- setup and teardown

test.before(async () => {
  node = { dataDir: await mkdtemp(path.join(tmpdir(), 'accord-browser-rules-')) };
  await mkdir(ARTIFACTS, { recursive: true });
  Object.assign(node, await startNode());
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  context = await newContext();
  page = await context.newPage();
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

test('1. a first-time user walks the guided assessment for the worked case (en)', { timeout: TIMEOUT }, async () => {
  const asked = await walkAssessment(page, WORKED_CASE, { screenshot: 'rules-question-en.png' });
  console.log(`rules test 1: ${asked.length} questions asked: ${asked.join(', ')}`);
  // Facts of the case that no rule needed once the others were known are not asked (questions
  // appear only when they matter); the result must then be the one of the full profile (checked
  // below against the result URL with every fact of the case).
  const notAsked = Object.keys(WORKED_CASE).filter((f) => !asked.includes(f));
  console.log(`rules test 1: facts of the case not asked: ${notAsked.join(', ') || 'none'}`);
  for (const f of ['markets', 'roles', 'training_flop']) assert.ok(asked.includes(f), `the question "${f}" was asked`);
  assert.ok(asked.length < MAX_QUESTIONS, `${asked.length} questions asked; expected fewer than ${MAX_QUESTIONS}`);

  // "Check your answers": every answer listed, with a "Change" link.
  assert.equal(new URL(page.url()).pathname, '/en/rules/assess');
  assert.equal((await page.locator('main h1').innerText()).trim(), 'Check your answers');
  const rows = await page.locator('main dl.summary-list > div > dt').count();
  assert.equal(rows, asked.length, 'one row per question answered on "Check your answers"');
  assert.equal(await page.locator('main dl.summary-list dd.actions a').count(), asked.length, 'a "Change" link per answer');
  await page.screenshot({ path: path.join(ARTIFACTS, 'rules-check-en.png'), fullPage: true });

  const res = await submitCheckPage(page);
  assert.equal(res.status(), 200, `the result page answered ${res.status()}`);
  assert.equal(new URL(page.url()).pathname, '/en/rules/result');
  await page.screenshot({ path: path.join(ARTIFACTS, 'rules-result-en.png'), fullPage: true });

  const m = await readMatrix(page);
  assert.ok(m, 'the result page has a matrix table');
  for (const code of ['EU', 'CN', 'US-CA']) assert.ok(m.rows[code], `the matrix has a row for ${code}; rows: ${Object.keys(m.rows).join(', ')}`);
  // EU: the systemic-risk duties of Art. 55 apply (3e25 > 1e25 FLOP, open-source exemption lost).
  for (const kind of ['risk.systemic.evaluation', 'risk.systemic.mitigation']) {
    const cell = m.rows.EU[kind];
    assert.ok(cell, `the matrix has a column for ${kind}; columns: ${m.kinds.join(', ')}`);
    assert.equal(cell.cls, 'cell-applies', `EU × ${kind}: «${cell.text}»`);
    assert.equal(cell.word, 'Applies', `EU × ${kind}`);
  }
  // China: the labelling duties apply.
  for (const kind of ['content.label.visible', 'content.marking.machine_readable']) {
    const cell = m.rows.CN[kind];
    assert.ok(cell, `the matrix has a column for ${kind}`);
    assert.equal(cell.cls, 'cell-applies', `CN × ${kind}: «${cell.text}»`);
    assert.equal(cell.word, 'Applies', `CN × ${kind}`);
  }
  const eu = await readFindings(page, 'EU');
  for (const rule of ['eu.aia.55.1a', 'eu.aia.55.1b']) {
    const f = eu.relevant.find((x) => x.rule === rule);
    assert.ok(f, `${rule} is among the EU findings that apply or may apply`);
    assert.equal(f.status, 'Applies', `${rule}'s status`);
  }
  // California: SB 53 needs more than 1e26 FLOP, so none of its rules applies; they are listed
  // under "rules that do not apply".
  const ca = await readFindings(page, 'US-CA');
  assert.ok(ca, 'the result page has a section for US-CA (#j-us-ca)');
  const sb53Relevant = ca.relevant.filter((f) => f.rule?.startsWith('us-ca.sb53'));
  assert.deepEqual(sb53Relevant, [], 'no SB 53 rule applies or may apply at 3e25 FLOP');
  const sb53Others = ca.others.filter((f) => f.rule?.startsWith('us-ca.sb53'));
  assert.ok(sb53Others.length >= 3, `SB 53 rules listed under «${ca.othersSummary}»: ${sb53Others.map((f) => f.rule).join(', ')}`);
  assert.match(ca.othersSummary ?? '', /rules? that do(es)? not apply/, 'the collapsed list is "rules that do not apply"');
  for (const f of sb53Others) assert.equal(f.status, 'Does not apply', `${f.rule}'s status`);

  // The same matrix as for the full profile of the case, whose facts were not all asked.
  await goto(resultPath('en', WORKED_CASE));
  const full = await readMatrix(page);
  const classes = (mx) => Object.fromEntries(Object.entries(mx.rows).map(([code, cells]) => [code, Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c.cls]))]));
  assert.deepEqual(classes(m), classes(full), 'the guided result differs from the result of the full profile of the case');
});

test('2. the same profile without training compute: the missing-facts box asks for it first', { timeout: TIMEOUT }, async () => {
  const answers = { ...WORKED_CASE, training_flop: [UNKNOWN] };
  const asked = await walkAssessment(page, answers);
  console.log(`rules test 2: ${asked.length} questions asked`);
  assert.ok(asked.includes('training_flop'), 'training compute was asked');
  // "Not known" is shown as such on "Check your answers", not as "no".
  const row = page.locator('main dl.summary-list > div', { has: page.locator('dt#answer-training_flop') });
  assert.equal(await row.count(), 1, 'the training compute answer is on "Check your answers"');
  assert.equal((await row.locator('dd').first().innerText()).trim(), 'Not known');

  const res = await submitCheckPage(page);
  assert.equal(res.status(), 200);
  unknownComputeResultUrl = page.url();
  const box = page.locator('main .missing-box');
  assert.equal(await box.count(), 1, 'the result page has a missing-facts box');
  const first = box.locator('dl.summary-list > div').first();
  const expected = questionText.get('training_flop');
  assert.ok(expected, 'the walk recorded the training compute question');
  assert.equal((await first.locator('dt').innerText()).trim(), expected, 'the first missing fact is the training compute question');
  const href = await first.locator('dd.actions a').getAttribute('href');
  assert.equal(new URL(href, page.url()).searchParams.get('ask'), 'training_flop', `its "Answer" link: ${href}`);
  // And EU Art. 55 now only may apply.
  const m = await readMatrix(page);
  assert.equal(m.rows.EU['risk.systemic.evaluation']?.cls, 'cell-may', 'EU × risk.systemic.evaluation without compute');
});

test('3. drill-down: from a finding to its rule, its proof, its source and the open question', { timeout: TIMEOUT }, async () => {
  // The result with training compute unknown (from test 2, or built the same way).
  const start = unknownComputeResultUrl ?? url(resultPath('en', { ...WORKED_CASE, training_flop: [UNKNOWN] }));
  await goto(start);
  const link = page.locator('#j-eu li.finding', { has: page.locator('.meta code', { hasText: /^eu\.aia\.55\.1a$/ }) }).locator('.finding-head a');
  assert.equal(await link.count(), 1, 'the EU section lists eu.aia.55.1a with a link');
  const res = await follow(page, link);
  assert.equal(res.status(), 200);
  assert.equal(new URL(page.url()).pathname, '/en/rules/rule/eu.aia.55.1a');
  assert.match(await page.locator('main h1').innerText(), /55/, 'the rule page is headed by its article');

  const tree = page.locator('main ul.proof-tree');
  assert.equal(await tree.count(), 1, 'the rule page shows a proof tree ("Why")');
  const items = await tree.evaluate((ul) =>
    [...ul.querySelectorAll('li')].map((li) => ({
      cls: li.className,
      icon: li.querySelector(':scope > span[aria-hidden="true"]')?.textContent,
      answer: li.querySelector(':scope > a')?.getAttribute('href') ?? null,
    })),
  );
  assert.ok(items.length >= 3, `the proof has ${items.length} items`);
  const icons = new Set(items.map((i) => i.icon));
  for (const i of items) assert.ok(['✓', '✗', '?'].includes(i.icon), `a proof item's icon is «${i.icon}» (${i.cls})`);
  assert.ok(icons.has('✓'), 'the proof has met conditions (✓)');
  assert.ok(icons.has('?'), 'the proof has an unknown condition (?)');
  for (const i of items) {
    const want = { '✓': 'proof-true', '✗': 'proof-false', '?': 'proof-unknown' }[i.icon];
    assert.equal(i.cls, want, `a proof item with ${i.icon} has class ${i.cls}`);
  }
  // A source link to the legal text.
  const source = page.locator('main dl.summary-list > div', { has: page.locator('dt', { hasText: /^Source$/ }) }).locator('a[href^="http"]');
  assert.equal(await source.count(), 1, 'the rule page has a Source link');
  assert.match(await source.getAttribute('href'), /^https?:\/\/\S+$/);
  await page.screenshot({ path: path.join(ARTIFACTS, 'rules-rule-en.png'), fullPage: true });

  // The "Answer" link next to the unknown training compute leads to that question.
  const answer = tree.locator('li.proof-unknown > a[href*="ask=training_flop"]');
  assert.equal(await answer.count(), 1, `one "Answer" link for training_flop; unknown items: ${JSON.stringify(items.filter((i) => i.icon === '?'))}`);
  const res2 = await follow(page, answer);
  assert.equal(res2.status(), 200);
  assert.equal(new URL(page.url()).pathname, '/en/rules/assess');
  const q = await readQuestion(page);
  assert.equal(q.kind, 'question', 'the "Answer" link leads to a question page');
  assert.equal(q.fact, 'training_flop', 'the question asked is training compute');
  // The answers given so far travel along (hidden inputs), so the person does not start over.
  const hidden = await page.locator('main form input[type="hidden"][name="markets"]').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(hidden.sort(), ['CN', 'EU', 'US-CA'], 'the markets answered before are carried along');

  // A rule that does not apply shows a ✗: SB 53's threshold of 1e26 FLOP, for the worked case.
  await goto(`/en/rules/rule/us-ca.sb53.transparency_report?${new URL(url(resultPath('en', WORKED_CASE))).search.slice(1)}`);
  const falseItems = await page.locator('main ul.proof-tree li.proof-false').count();
  assert.ok(falseItems >= 1, 'the proof of SB 53 for 3e25 FLOP has a condition not met (✗)');
  assert.equal(await page.locator('main ul.proof-tree li.proof-false > span[aria-hidden="true"]').first().textContent(), '✗');
});

test('3b. a rule page shows its numbers as people read them (1e25, not 26 digits)', { timeout: TIMEOUT }, async () => {
  for (const rule of ['eu.aia.55.1a', 'us-ca.sb53.transparency_report']) {
    await goto(`/en/rules/rule/${rule}`);
    const details = await page.locator('main dl.summary-list').innerText();
    const line = details.split('\n').find((l) => /\d{13,}/.test(l));
    assert.equal(line, undefined, `the details of ${rule} show an unreadable number: «${line}»`);
  }
});

test('4. a bad number keeps the answer and shows a focused error summary (400)', { timeout: TIMEOUT }, async () => {
  await goto('/en/rules/assess?markets=EU&markets=CN&roles=provider&ask=training_flop');
  const q = await readQuestion(page);
  assert.equal(q.fact, 'training_flop', 'the question asked for is training compute');
  const title = await page.title();
  const form = page.locator('main form[action$="/rules/assess"]');
  await form.locator('#training_flop').fill('lots');
  const res = await follow(page, form.locator('button[type="submit"]'));
  assert.equal(res.status(), 400, `a number answer "lots" answered ${res.status()}`);
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), null, { timeout: 5_000 }).catch(() => {});
  const state = await page.evaluate(() => ({
    active: document.activeElement?.className ?? null,
    activeTag: document.activeElement?.tagName ?? null,
    title: document.title,
    value: document.getElementById('training_flop')?.value,
    invalid: document.getElementById('training_flop')?.getAttribute('aria-invalid'),
    describedBy: document.getElementById('training_flop')?.getAttribute('aria-describedby') ?? '',
    summaryLink: document.querySelector('.error-summary a')?.getAttribute('href'),
    prefix: document.querySelector('.error-message .visually-hidden')?.textContent.trim(),
  }));
  assert.equal(state.active, 'error-summary', `the focused element is <${state.activeTag} class="${state.active}">`);
  assert.equal(state.prefix, 'Error:', 'the error message starts with the (visually hidden) error prefix');
  assert.ok(state.title.startsWith(`${state.prefix} `), `the title «${state.title}» starts with the error prefix`);
  assert.equal(state.title, `${state.prefix} ${title}`, 'the title is the question\'s title, prefixed');
  assert.equal(state.value, 'lots', 'the answer typed is kept');
  assert.equal(state.invalid, 'true', 'the input is aria-invalid');
  assert.ok(state.describedBy.split(/\s+/).includes('training_flop-error'), `aria-describedby «${state.describedBy}» names the error`);
  assert.equal(state.summaryLink, '#training_flop', 'the summary links to the input');
  // The other answers are still there.
  const markets = await page.locator('main form input[type="hidden"][name="markets"]').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(markets.sort(), ['CN', 'EU']);
  await page.screenshot({ path: path.join(ARTIFACTS, 'rules-question-error-en.png'), fullPage: true });
});

test('5. instruments, convergence, timeline and the result pass axe (WCAG 2.1 A/AA)', { timeout: TIMEOUT }, async (t) => {
  // The node's Content-Security-Policy (script-src 'self') rightly blocks the injected axe script;
  // this context bypasses CSP for that, and for nothing else.
  const axeContext = await newContext({ bypassCSP: true });
  try {
    const p = await axeContext.newPage();
    const cases = [
      ['/en/rules/instruments', 'ul.instrument-list > li'],
      ['/en/rules/convergence', 'table tbody tr'],
      ['/en/rules/timeline', 'ol.timeline-list > li'],
      [resultPath('en', WORKED_CASE), 'table.matrix tbody tr'],
      ['/en/rules/instruments/eu.aia', 'table tbody tr'],
      ['/en/rules', 'table tbody tr'],
      ['/en/rules/assessments', 'p'],
      [`/en/rules/rule/eu.aia.55.1a?${new URL(url(resultPath('en', { ...WORKED_CASE, training_flop: [UNKNOWN] }))).search.slice(1)}`, 'ul.proof-tree li'],
      [resultPath('ar', WORKED_CASE), 'table.matrix tbody tr'],
    ];
    for (const [route, rowSelector] of cases) {
      await t.test(route.length > 60 ? `${route.slice(0, 60)}…` : route, async () => {
        await goto(route, p);
        const h1 = p.locator('main h1');
        assert.equal(await h1.count(), 1, 'one h1');
        assert.ok((await h1.innerText()).trim().length > 0, 'the h1 has text');
        const rows = await p.locator(`main ${rowSelector}`).count();
        assert.ok(rows >= 1, `at least one row (${rowSelector}); found ${rows}`);
        const violations = await runAxe(p);
        assert.deepEqual(violations, [], `axe-core violations on ${route}:\n${formatViolations(violations)}`);
      });
    }
  } finally {
    await axeContext.close();
  }
});

test('6. Arabic: the result is laid out right to left, with Arabic status words', { timeout: TIMEOUT }, async (t) => {
  const ar = await newContext({ locale: 'ar' });
  try {
    const p = await ar.newPage();
    await goto(resultPath('ar', WORKED_CASE), p);
    await p.screenshot({ path: path.join(ARTIFACTS, 'rules-result-ar.png'), fullPage: true });
    const m = await readMatrix(p);

    await t.test('right to left', async () => {
      const doc = await p.evaluate(() => ({
        dir: document.documentElement.dir,
        lang: document.documentElement.lang,
        mainDirection: getComputedStyle(document.querySelector('main')).direction,
      }));
      assert.equal(doc.dir, 'rtl', '<html dir>');
      assert.equal(doc.lang, 'ar', '<html lang>');
      assert.equal(doc.mainDirection, 'rtl', 'computed direction of <main>');
    });

    await t.test('the matrix status words are Arabic', async () => {
      assert.ok(m, 'the Arabic result page has a matrix');
      const english = ['Applies', 'May apply', 'Exempt', 'Does not apply', 'Not in force', 'No rule found'];
      const bad = new Map(); // word → cells
      const words = new Set();
      for (const [code, cells] of Object.entries(m.rows)) {
        for (const [kind, c] of Object.entries(cells)) {
          words.add(c.word);
          if (english.includes(c.word) || !/[\u0600-\u06FF]/.test(c.word) || /[A-Za-z]/.test(c.word)) {
            bad.set(c.word, [...(bad.get(c.word) ?? []), `${code} × ${kind}`]);
          }
        }
      }
      const report = [...bad].map(([w, cells]) => `«${w}» in ${cells.length} cells, e.g. ${cells[0]}`);
      assert.ok(report.length === 0, `status words in the Arabic matrix that are not Arabic:\n  ${report.join('\n  ')}`);
      assert.ok(words.size >= 2, `several status words in the matrix: ${[...words].join(', ')}`);
      // The same cell as in English: EU × systemic-risk evaluation applies (green).
      assert.equal(m.rows.EU?.['risk.systemic.evaluation']?.cls, 'cell-applies', 'EU × risk.systemic.evaluation in Arabic');
    });

    await t.test('headings, matrix columns and rows are Arabic', async () => {
      const texts = await p.evaluate(() => ({
        headings: [...document.querySelectorAll('main h1, main h2')].map((h) => h.textContent.trim()),
        columns: [...document.querySelectorAll('table.matrix thead th')].map((th) => th.textContent.trim()),
      }));
      const notArabic = (x) => !/[\u0600-\u06FF]/.test(x);
      const rows = (m?.rowNames ?? []).map((n) => n.replace(/\S+$/, '').trim()); // without the code
      const report = [
        ...texts.headings.filter(notArabic).map((x) => `heading «${x}»`),
        ...texts.columns.filter(notArabic).map((x) => `column «${x}»`),
        ...rows.filter(notArabic).map((x) => `row «${x}»`),
      ];
      assert.ok(
        report.length === 0,
        `${report.length} texts without Arabic on /ar/rules/result:\n  ${report.slice(0, 12).join('\n  ')}${report.length > 12 ? '\n  …' : ''}`,
      );
    });
  } finally {
    await ar.close();
  }
});

test('6b. the Arabic Rules pages: no untranslated words, English data marked as such', { timeout: TIMEOUT }, async (t) => {
  const ar = await newContext({ locale: 'ar' });
  try {
    const p = await ar.newPage();
    // The whole Rules shell in Arabic: translated, and English corpus text (summaries, citations,
    // instrument titles) marked lang="en"/dir="ltr" (WCAG 3.1.2, and isolated for the bidi layout).
    const rtlQuery = new URL(url(resultPath('ar', { ...WORKED_CASE, training_flop: [UNKNOWN] }))).search;
    for (const route of [
      resultPath('ar', WORKED_CASE),
      `/ar/rules/rule/eu.aia.55.1a${rtlQuery}`,
      '/ar/rules',
      '/ar/rules/assess',
      '/ar/rules/instruments',
      '/ar/rules/convergence',
      '/ar/rules/timeline',
    ]) {
      await t.test(`no untranslated words on ${route.replace(/\?.*/, '?…')}`, async () => {
        await goto(route, p);
        const nodeName = (await p.locator('.brand-node').innerText()).trim();
        const allowed = new Set([...LATIN_ALLOWED, ...(nodeName.match(/[A-Za-z]{2,}/g) ?? [])]);
        const offences = latinOffences(await shellText(p, ['header.site-header', 'main#main', 'footer.site-footer']), allowed);
        assert.ok(
          offences.length === 0,
          `${offences.length} texts with Latin-script words, neither translated nor marked as data (lang="en", dir="ltr", <bdi>, <code>):\n  ${offences.slice(0, 25).join('\n  ')}${offences.length > 25 ? '\n  …' : ''}`,
        );
      });
    }
  } finally {
    await ar.close();
  }
});

test('7. signed in as the demo admin, save the assessment and find it again', { timeout: TIMEOUT }, async () => {
  const admin = await newContext();
  try {
    const p = await admin.newPage();
    await signIn(p);
    await goto(resultPath('en', WORKED_CASE), p);
    const form = p.locator('main form[method="post"][action$="/rules/assessments"]');
    assert.equal(await form.count(), 1, 'the signed-in result page has a save form');
    const name = `Worked case: open-weights GPAI, EU/CN/US-CA — browser test ${Date.now()}`;
    await form.locator('#name').fill(name);
    const res = await follow(p, form.locator('button[type="submit"]'));
    assert.equal(res.status(), 200, `saving led to ${res.status()} at ${p.url()}`);
    assert.match(new URL(p.url()).pathname, /^\/en\/rules\/assessments\/[^/]+$/, `landed on ${p.url()}`);
    const savedUrl = p.url();
    savedPath = new URL(savedUrl).pathname;
    assert.equal((await p.locator('main h1').innerText()).trim(), name, 'the saved page is headed by the name');
    // The name is data: isolated (FSI … PDI) in the title so it cannot reorder it.
    const title = (await p.title()).replace(/[\u2068\u2069]/g, '');
    assert.ok(title.startsWith(name), `the title «${title}» starts with the name`);
    const log = p.locator('main a[href*="/transparency/log/"]');
    assert.equal(await log.count(), 1, 'a link to the transparency log entry');
    await p.screenshot({ path: path.join(ARTIFACTS, 'rules-saved-en.png'), fullPage: true });
    // The saved page shows the same result: EU × systemic-risk evaluation applies.
    const m = await readMatrix(p);
    assert.equal(m?.rows.EU?.['risk.systemic.evaluation']?.cls, 'cell-applies', 'the saved result keeps EU Art. 55');
    // The log entry exists.
    const logRes = await follow(p, log);
    assert.equal(logRes.status(), 200, `the log entry ${p.url()} answered ${logRes.status()}`);
    assert.match(new URL(p.url()).pathname, /^\/en\/transparency\/log\/\d+$/);

    // The list of saved assessments shows it, linking to it.
    await goto('/en/rules/assessments', p);
    const entry = p.locator('main table tbody a', { hasText: name });
    assert.equal(await entry.count(), 1, 'the saved list shows the assessment by name');
    assert.equal(new URL(await entry.getAttribute('href'), p.url()).href, savedUrl, 'and links to it');
  } finally {
    await admin.close();
  }
});

test('7b. the saved assessment and the saved list have all their labels (en)', { timeout: TIMEOUT }, async () => {
  assert.ok(savedPath, 'test 7 saved an assessment');
  const missing = {};
  for (const route of [savedPath, '/en/rules/assessments']) {
    await goto(route);
    const text = await page.locator('main').innerText();
    missing[route] = [...text.matchAll(/Unknown localization key: "([^"]+)"/g)].map((x) => x[1]);
  }
  assert.deepEqual(missing, { [savedPath]: [], '/en/rules/assessments': [] }, 'labels shown as "Unknown localization key"');
});

test('8. phone width (375 px): only the matrix scrolls sideways, not the page', { timeout: TIMEOUT }, async (t) => {
  const phone = await newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const p = await phone.newPage();
    for (const lang of ['en', 'ar']) {
      await t.test(lang, async () => {
        await goto(resultPath(lang, WORKED_CASE), p);
        // The first screen (a full-page capture of this long page is beyond what Chromium captures
        // at this scale).
        // The first screen (a full-page capture of this long page is beyond what Chromium captures
        // at this scale). While the matrix widens the page, the Arabic capture comes out blank.
        await p.screenshot({ path: path.join(ARTIFACTS, `rules-result-${lang}-phone.png`) });
        // A phone browser widens its layout viewport (innerWidth) to fit content that sticks out,
        // so both are compared with the phone's 375 px.
        const o = await horizontalOverflow(p);
        assert.ok(
          o.scrollWidth <= 375 && o.innerWidth === 375,
          `${lang}: the page scrolls sideways: scrollWidth ${o.scrollWidth}, innerWidth ${o.innerWidth} (phone: 375 px); sticking out:\n      ${o.wide.join('\n      ')}`,
        );
        // The matrix is wider than the phone and scrolls inside its own region.
        const region = await p.evaluate(() => {
          const r = document.querySelector('.matrix-scroll');
          return r && { scrollWidth: r.scrollWidth, clientWidth: r.clientWidth, overflowX: getComputedStyle(r).overflowX };
        });
        assert.ok(region, 'the matrix has its scroll region');
        assert.ok(region.scrollWidth > region.clientWidth, `the matrix scrolls inside its region: ${JSON.stringify(region)}`);
        assert.ok(['auto', 'scroll'].includes(region.overflowX), `the region's overflow-x is ${region.overflowX}`);
      });
    }
    await t.test('desktop (1280 px) too', async () => {
      await goto(resultPath('en', WORKED_CASE));
      const o = await horizontalOverflow(page);
      assert.ok(
        o.scrollWidth <= o.clientWidth,
        `the page scrolls sideways at 1280 px: scrollWidth ${o.scrollWidth}; sticking out:\n      ${o.wide.join('\n      ')}`,
      );
    });
  } finally {
    await phone.close();
  }
});

test('10. a question page: one heading, checkboxes of one size, no axe violations', { timeout: TIMEOUT }, async (t) => {
  const axeContext = await newContext({ bypassCSP: true });
  try {
    const p = await axeContext.newPage();
    // The first question of the guided assessment, and a set question asked by a "Change" link.
    for (const route of ['/en/rules/assess', '/en/rules/assess?ask=markets', '/ar/rules/assess?ask=training_flop']) {
      await t.test(route, async (t2) => {
        await goto(route, p);
        await t2.test('axe', async () => {
          const violations = await runAxe(p);
          assert.deepEqual(violations, [], `axe-core violations on ${route}:\n${formatViolations(violations)}`);
        });
        await t2.test('the question is the page heading (one h1)', async () => {
          const q = await readQuestion(p);
          const h1 = await p.locator('main h1').allInnerTexts();
          assert.deepEqual(h1.map((x) => x.trim()), [q.text], `the h1s of the page; the question is «${q.text}»`);
        });
        await t2.test('every checkbox and radio button is the same size', async () => {
          const sizes = await p.locator('main form input[type="checkbox"], main form input[type="radio"]').evaluateAll((els) =>
            els.map((e) => {
              const r = e.getBoundingClientRect();
              return { id: e.id, label: e.labels?.[0]?.textContent.trim().slice(0, 50), w: Math.round(r.width), h: Math.round(r.height) };
            }),
          );
          assert.ok(sizes.length >= 1, 'the question has checkboxes or radio buttons');
          const first = sizes[0];
          const odd = sizes.filter((x) => x.w !== first.w || x.h !== first.h);
          assert.deepEqual(odd, [], `inputs of another size than ${first.w}×${first.h} px (#${first.id})`);
        });
      });
    }
  } finally {
    await axeContext.close();
  }
});

test('11. no missing translation keys on the Rules pages, in the six languages', { timeout: TIMEOUT }, async () => {
  const query = new URL(url(resultPath('en', { ...WORKED_CASE, training_flop: [UNKNOWN] }))).search;
  const routes = [
    '/rules',
    '/rules/assess',
    '/rules/assess?ask=markets',
    '/rules/assess/all',
    `/rules/assess${query}`, // "check your answers"
    `/rules/result${query}`,
    `/rules/rule/eu.aia.55.1a${query}`,
    '/rules/instruments',
    '/rules/instruments/eu.aia',
    '/rules/instruments/coe.ai-convention',
    '/rules/convergence',
    '/rules/timeline',
    '/rules/assessments',
    ...(savedPath ? [savedPath.replace(/^\/en/, '')] : []),
  ];
  const missing = new Map(); // key → where
  for (const lang of ['en', 'ar', 'zh', 'fr', 'ru', 'es']) {
    for (const route of routes) {
      const res = await page.request.get(url(`/${lang}${route}`));
      assert.ok([200].includes(res.status()), `GET /${lang}${route} answered ${res.status()}`);
      const html = await res.text();
      for (const m of html.matchAll(/Unknown localization key: (?:&#34;|&quot;|")([^&"]+)/g)) {
        const where = missing.get(m[1]) ?? new Set();
        where.add(`${lang}:${route.replace(/\?.*/, '')}`);
        missing.set(m[1], where);
      }
    }
  }
  const report = [...missing].map(([k, where]) => `${k}   (${[...where].slice(0, 4).join(', ')}${where.size > 4 ? `, … ${where.size} pages` : ''})`);
  assert.ok(report.length === 0, `${report.length} translation keys missing on the Rules pages:\n  ${report.join('\n  ')}`);
});

test('12. the status colours of the matrix and the tags are styled', { timeout: TIMEOUT }, async () => {
  await goto(resultPath('en', WORKED_CASE));
  const styles = await page.evaluate(() => {
    const bg = (el) => (el ? getComputedStyle(el).backgroundColor : null);
    const cell = (cls) => bg(document.querySelector(`table.matrix td.${cls}`));
    const tag = (cls) => bg(document.querySelector(`main .tag.${cls}`));
    return {
      cells: { applies: cell('cell-applies'), may: cell('cell-may'), no: cell('cell-no'), none: cell('cell-none') },
      tags: { green: tag('tag-green'), yellow: tag('tag-yellow'), orange: tag('tag-orange'), grey: tag('tag-grey') },
    };
  });
  const transparent = (c) => c === null || c === 'rgba(0, 0, 0, 0)' || c === 'transparent';
  // Each status has its own colour (the words and icons say it too; the colour is for scanning).
  assert.ok(!transparent(styles.cells.applies) && !transparent(styles.cells.may), `matrix cells have no status colour: ${JSON.stringify(styles.cells)}`);
  assert.notEqual(styles.cells.applies, styles.cells.may, '"applies" and "may apply" cells differ in colour');
  const unstyled = Object.entries(styles.tags).filter(([, c]) => transparent(c)).map(([k]) => `tag-${k}`);
  assert.deepEqual(unstyled, [], `tags without a background on the result page (${JSON.stringify(styles.tags)})`);
});

// Runs last, so that it sees the requests of all the tests above.
test('13. every request goes to the node on 127.0.0.1 (no CDN, no third party)', { timeout: TIMEOUT }, async () => {
  assert.ok(requests.length > 0, 'requests were recorded');
  const foreign = requests.filter((r) => {
    const u = new URL(r.url);
    if (['data:', 'blob:', 'about:'].includes(u.protocol)) return false;
    return u.hostname !== '127.0.0.1';
  });
  assert.deepEqual(
    foreign.map((r) => `${r.url} (from ${r.page})`),
    [],
    'requests to hosts other than 127.0.0.1',
  );
});

test('13. a user can stop answering at any question and see the results so far', { timeout: TIMEOUT }, async () => {
  const p = await context.newPage();
  try {
    await goto('/en/rules/assess?markets=EU&roles=provider', p);
    const link = p.getByRole('link', { name: /See the results now/ });
    assert.equal(await link.count(), 1, 'every question page offers the results so far');
    const res = await follow(p, link);
    assert.equal(res.status(), 200);
    assert.match(new URL(p.url()).pathname, /^\/en\/rules\/result$/);
    const params = new URL(p.url()).searchParams;
    assert.deepEqual(params.getAll('markets'), ['EU'], 'the answers given are kept');
    assert.ok(await p.locator('.missing-box').count() === 1, 'what is still unknown is listed with its questions');
    assert.ok((await p.locator('.matrix').count()) === 1, 'the matrix is there');
  } finally {
    await p.close();
  }
});
