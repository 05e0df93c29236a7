// Real-browser tests of the Dialogue pages (/{lang}/dialogue/…): the list, a conversation's
// voting page (one statement at a time, Agree / Disagree / Pass as plain form posts, the opinion
// map) and its report — axe-core finds no violation in English and Arabic, nothing sticks out
// sideways on a 390 px phone, and voting by clicks (with and without JavaScript) advances the
// statement and the progress count.
// A demo node on 127.0.0.1:0 with its data in a temp dir, driven by headless Chromium (Debian's
// /usr/bin/chromium) through playwright-core. The conversation is the demo's (topic "How
// should …", accord-node/src/demo_dialogue.rs); if the demo has none, the test creates one
// through the JSON API as the demo administrator. The start-up and the small helpers are copied
// from safety.test.mjs (the test files export nothing).
//
//   ACCORD_BIN=/path/to/accord node --test dialogue.test.mjs   (default: ../../target/debug/accord)
//
// Screenshots go to ./artifacts/ (git-ignored), named dialogue-*.png.

import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = path.join(HERE, 'artifacts');
const ACCORD_BIN = process.env.ACCORD_BIN
  ? path.resolve(process.env.ACCORD_BIN)
  : path.resolve(HERE, '../../target/debug/accord');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TIMEOUT = 180_000;
const PHONE = { width: 390, height: 844 };
const PASSWORD = 'accord-demo-2026'; // accord-node/src/demo.rs, DEMO_PASSWORD
const ADMIN = 'admin@secretariat.example'; // accord-node/src/demo.rs

// Shared state, set up in test.before.
let node; // { child, baseUrl, dataDir, stderr() }
let browser;
let axeContext; // a desktop context that may inject axe (see runAxe)
let axePage;
let page; // goto()'s default target; every call here names its page
const requests = []; // every request any page made: { url, page }
let conversation; // the conversation's id

// ---------------------------------------------------------------- helpers (copied from safety.test.mjs)

function startNode() {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let settled = false;
    // Hermetic: no ACCORD_* settings from the caller's environment (the node reads them as
    // configuration and rejects unknown ones, ACCORD_BIN included), and the working directory is
    // the temp dir, so that no accord.toml from elsewhere is picked up.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ACCORD_')));
    const child = spawn(ACCORD_BIN, ['demo', '--data-dir', node.dataDir, '--listen', '127.0.0.1:0'], {
      cwd: node.dataDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...env, NO_COLOR: '1' },
    });
    const fail = (err) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`${err}\n--- accord stdout ---\n${stdout}\n--- accord stderr (tail) ---\n${stderr.slice(-4000)}`));
    };
    // Seeding the safety databases (about 4 000 records and their index) takes longer than the
    // registry alone.
    const timer = setTimeout(() => fail('the demo node did not print its URL within 120 s'), 120_000);
    child.on('error', (e) => fail(`cannot start ${ACCORD_BIN}: ${e.message}`));
    child.on('exit', (code, signal) => fail(`the demo node exited early (code ${code}, signal ${signal})`));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-64_000);
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      stdout += d;
      const m = stdout.match(/Accord demo node: (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({ child, baseUrl: m[1], stderr: () => stderr });
      }
    });
  });
}

async function stopNode() {
  const child = node?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timeout = new Promise((r) => setTimeout(() => r('timeout'), 5_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

function url(p) {
  return new URL(p, node.baseUrl).href;
}

async function newContext(options = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  ctx.on('request', (req) => requests.push({ url: req.url(), page: req.frame()?.page()?.url() ?? '' }));
  ctx.setDefaultTimeout(15_000);
  return ctx;
}

async function goto(p, target = page, status = 200) {
  const res = await target.goto(url(p), { waitUntil: 'load' });
  assert.ok(res, `no response for ${p}`);
  assert.equal(res.status(), status, `GET ${p} answered ${res.status()}`);
  return res;
}

async function runAxe(target) {
  const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await target.addScriptTag({ content: axeSource });
  return target.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

function formatViolations(violations) {
  return violations
    .map(
      (v) =>
        `  [${v.impact}] ${v.id}: ${v.help}\n` +
        v.nodes
          .slice(0, 8)
          .map((n) => `      ${n.target}\n        ${(n.summary ?? '').replace(/\n/g, '\n        ')}`)
          .join('\n') +
        (v.nodes.length > 8 ? `\n      … and ${v.nodes.length - 8} more` : ''),
    )
    .join('\n');
}

async function horizontalOverflow(target) {
  return target.evaluate(() => {
    const de = document.documentElement;
    const wide = [];
    if (de.scrollWidth > de.clientWidth || innerWidth > de.clientWidth) {
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
        wide.push(`${el.tagName.toLowerCase()}${id}${cls} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
      }
    }
    return { scrollWidth: de.scrollWidth, clientWidth: de.clientWidth, innerWidth, wide: wide.slice(0, 15) };
  });
}

/// What sticks out of the page sideways, as an assertion message (or null).
async function pageOverflow(target, width) {
  const o = await horizontalOverflow(target);
  if (o.scrollWidth <= width && o.innerWidth === width) return null;
  return `scrollWidth ${o.scrollWidth}, innerWidth ${o.innerWidth} (viewport ${width} px); sticking out:\n      ${o.wide.join('\n      ')}`;
}

/// Clicks `locator` (a submit button or a link) and waits for the page it leads to; returns the
/// navigation's response (its status is checked by the caller).
async function follow(target, locator) {
  const before = target.url();
  const [res] = await Promise.all([
    target.waitForResponse(
      (r) => r.request().isNavigationRequest() && r.frame() === target.mainFrame() && !(r.status() >= 300 && r.status() < 400),
    ),
    target.waitForURL((u) => u.href !== before, { waitUntil: 'load' }),
    locator.click(),
  ]);
  return res;
}

/// Submits a form whose result may be the same URL (a form shown again with its errors).
async function submit(target, button) {
  const [res] = await Promise.all([
    target.waitForResponse((r) => r.request().isNavigationRequest() && r.frame() === target.mainFrame() && !(r.status() >= 300 && r.status() < 400)),
    button.click(),
  ]);
  await target.waitForLoadState('load');
  return res;
}

/// A new context signed in as `email` through the web form, and its page.
async function signedIn(email, options = {}) {
  const ctx = await newContext(options);
  const p = await ctx.newPage();
  await goto('/en/login', p);
  await p.locator('#email').fill(email);
  await p.locator('#password').fill(PASSWORD);
  await Promise.all([
    p.waitForURL((u) => !u.pathname.endsWith('/login'), { waitUntil: 'load' }),
    p.locator('main button.button[type="submit"]').click(),
  ]);
  await p
    .locator('header.site-header form[action$="/logout"] button')
    .waitFor({ state: 'visible' })
    .catch(() => assert.fail(`not signed in as ${email}`));
  return { ctx, page: p };
}

// ---------------------------------------------------------------- this file's own helpers

/// The text of the page without Fluent's isolation marks.
function plain(text) {
  return text.replace(/[\u2068\u2069]/g, '');
}

/// The voting page's progress: [voted, total].
async function progress(target) {
  const text = plain(await target.locator('main p.progress').innerText());
  const m = text.match(/(\d+)\D+(\d+)/);
  assert.ok(m, `a count in «${text}»`);
  return [Number(m[1]), Number(m[2])];
}

/// The statement on the voting page: its number and text.
async function current(target) {
  return {
    seq: await target.locator('main form.vote-form input[name="statement"]').getAttribute('value'),
    text: (await target.locator('main #statement-text').innerText()).trim(),
  };
}

/// The demo conversation ("How should …"), or one made here through the API as the demo
/// administrator, with statements in four languages.
async function findOrCreateConversation() {
  const ctx = await newContext();
  try {
    const listed = await (await ctx.request.get(url('/api/v1/conversations?limit=200'))).json();
    const demo = listed.items.find((c) => c.topic.startsWith('How should') && c.state === 'open');
    if (demo) return demo.id;
  } finally {
    await ctx.close();
  }
  const admin = await signedIn(ADMIN);
  try {
    const csrf = await admin.page.locator('header form[action$="/logout"] input[name="csrf"]').getAttribute('value');
    const headers = { 'X-CSRF-Token': csrf };
    const created = await admin.ctx.request.post(url('/api/v1/conversations'), {
      headers,
      data: {
        topic: 'How should evaluation results of frontier models be shared?',
        description: 'A browser-test conversation.',
        languages: ['en', 'fr', 'ar', 'zh'],
      },
    });
    assert.equal(created.status(), 201, await created.text());
    const id = (await created.json()).id;
    for (const [text, lang] of [
      ['Evaluation results should be published in full.', 'en'],
      ['Les résultats doivent d’abord être partagés avec les autorités.', 'fr'],
      ['يجب أن تكون نتائج التقييم متاحة للجمهور.', 'ar'],
      ['评估应由独立机构进行。', 'zh'],
      ['Companies should decide what to disclose.', 'en'],
    ]) {
      const r = await admin.ctx.request.post(url(`/api/v1/conversations/${id}/statements`), { headers, data: { text, lang } });
      assert.equal(r.status(), 201, await r.text());
    }
    return id;
  } finally {
    await admin.ctx.close();
  }
}

// ---------------------------------------------------------------- setup and teardown

test.before(async () => {
  node = { dataDir: await mkdtemp(path.join(tmpdir(), 'accord-browser-dialogue-')) };
  await mkdir(ARTIFACTS, { recursive: true });
  Object.assign(node, await startNode());
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  // The node's Content-Security-Policy (script-src 'self') rightly blocks the injected axe script;
  // this context bypasses CSP for that, and for nothing else.
  axeContext = await newContext({ bypassCSP: true });
  axePage = await axeContext.newPage();
  conversation = await findOrCreateConversation();
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

test('1. the main navigation leads to the list, which leads to the conversation', { timeout: TIMEOUT }, async () => {
  const ctx = await newContext();
  const p = await ctx.newPage();
  try {
    await goto('/en/', p);
    const nav = p.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dialogue', exact: true });
    assert.equal(await nav.count(), 1, 'the main navigation has a "Dialogue" link');
    const res = await follow(p, nav);
    assert.equal(res.status(), 200);
    assert.equal(new URL(p.url()).pathname, '/en/dialogue');
    assert.equal(await nav.getAttribute('aria-current'), 'page');
    const link = p.locator(`main a[href="/en/dialogue/${conversation}"]`);
    assert.equal(await link.count(), 1, 'the conversation is listed');
    const item = p.locator('main li.conversation', { has: p.locator(`a[href="/en/dialogue/${conversation}"]`) });
    assert.match(plain(await item.innerText()), /participants? · \d+ statements? · \d+ votes?/);
    await follow(p, link);
    assert.equal(new URL(p.url()).pathname, `/en/dialogue/${conversation}`);
    assert.match(plain(await p.locator('main h1').innerText()), /^How should/);
  } finally {
    await ctx.close();
  }
});

test('2. axe-core finds no violation on the three pages, in English and in Arabic; nothing sticks out at 390 px', { timeout: TIMEOUT }, async (t) => {
  const phone = await newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const phonePage = await phone.newPage();
  try {
    for (const lang of ['en', 'ar']) {
      for (const [name, p] of [
        ['list', `/${lang}/dialogue`],
        ['vote', `/${lang}/dialogue/${conversation}`],
        ['report', `/${lang}/dialogue/${conversation}/report`],
      ]) {
        await t.test(`${name} (${lang})`, async () => {
          await goto(p, axePage);
          assert.equal(await axePage.evaluate(() => document.documentElement.dir), lang === 'ar' ? 'rtl' : 'ltr');
          assert.equal(await axePage.evaluate(() => getComputedStyle(document.querySelector('main')).direction), lang === 'ar' ? 'rtl' : 'ltr');
          const violations = await runAxe(axePage);
          assert.equal(violations.length, 0, `axe violations on ${p}:\n${formatViolations(violations)}`);
          await axePage.screenshot({ path: path.join(ARTIFACTS, `dialogue-${name}-${lang}.png`), fullPage: true });
          await goto(p, phonePage);
          const overflow = await pageOverflow(phonePage, PHONE.width);
          assert.equal(overflow, null, `${p} at ${PHONE.width} px: ${overflow}`);
          await phonePage.screenshot({ path: path.join(ARTIFACTS, `dialogue-${name}-${lang}-phone.png`), fullPage: true });
        });
      }
    }
    await t.test('the opinion map keeps its orientation in Arabic', async () => {
      const svg = async (lang) => {
        await goto(`/${lang}/dialogue/${conversation}`, axePage);
        const map = axePage.locator('main svg.opinion-map');
        if ((await map.count()) === 0) return null;
        assert.equal(await map.getAttribute('role'), 'img');
        assert.ok((await map.getAttribute('aria-label')).length > 10);
        assert.equal(await map.evaluate((e) => getComputedStyle(e).direction), 'ltr');
        return map.evaluate((e) => [...e.querySelectorAll('.dots circle')].slice(0, 20).map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`).join(' '));
      };
      const en = await svg('en');
      const ar = await svg('ar');
      assert.equal(ar, en, 'the same dots in the same places');
    });
  } finally {
    await phone.close();
  }
  const foreign = requests.filter((r) => !r.url.startsWith(node.baseUrl) && !r.url.startsWith('data:'));
  assert.deepEqual(foreign, [], 'no request leaves the node');
});

test('3. voting by clicks advances the statement and the count, with and without JavaScript', { timeout: TIMEOUT }, async (t) => {
  for (const [label, options] of [
    ['phone, JavaScript on', { viewport: PHONE, isMobile: true, hasTouch: true }],
    ['desktop, JavaScript off', { javaScriptEnabled: false }],
  ]) {
    await t.test(label, async () => {
      const ctx = await newContext(options);
      const p = await ctx.newPage();
      try {
        await goto(`/en/dialogue/${conversation}`, p);
        let [voted, total] = await progress(p);
        assert.equal(voted, 0, 'a new visitor has voted on nothing');
        assert.ok(total >= 3, `statements to vote on: ${total}`);
        const seen = [];
        for (const choice of ['Agree', 'Disagree', 'Pass / Unsure']) {
          const before = await current(p);
          seen.push(before.seq);
          const button = p.locator('main form.vote-form').getByRole('button', { name: choice, exact: true });
          assert.ok((await button.boundingBox()).height >= 44, 'a large target');
          const r = await submit(p, button);
          assert.equal(r.status(), 200);
          assert.match(new URL(p.url()).search, /voted=1/);
          assert.equal(plain(await p.locator('main .notice').innerText()), 'Your vote was recorded.');
          const [now] = await progress(p);
          assert.equal(now, voted + 1, 'the count rises');
          voted = now;
          if (now < total) {
            const after = await current(p);
            assert.ok(!seen.includes(after.seq), `a statement not yet voted on comes next (${seen} then ${after.seq})`);
            assert.notEqual(after.text, '', 'with its text');
          }
        }
        const cookies = await ctx.cookies();
        assert.ok(cookies.some((c) => c.name === `accord_participant_${conversation}` && c.httpOnly), 'the visitor keeps a pseudonym');
        await p.screenshot({ path: path.join(ARTIFACTS, `dialogue-voted-${options.javaScriptEnabled === false ? 'nojs' : 'phone'}.png`), fullPage: true });
      } finally {
        await ctx.close();
      }
    });
  }
});

test('4. an empty statement: the error by the field, in the summary and the title', { timeout: TIMEOUT }, async () => {
  const ctx = await newContext();
  const p = await ctx.newPage();
  try {
    await goto(`/fr/dialogue/${conversation}`, p);
    assert.equal(await p.locator('#lang').inputValue(), 'fr', 'the language defaults to the interface’s');
    await p.locator('#lang').selectOption('es');
    const r = await submit(p, p.locator('main form.statement-form button[type="submit"]'));
    assert.equal(r.status(), 422);
    assert.match(plain(await p.title()), /^Erreur/);
    assert.equal(plain(await p.locator('main .error-summary a[href="#text"]').innerText()), 'Saisissez votre énoncé');
    assert.equal(await p.locator('#text').getAttribute('aria-invalid'), 'true');
    assert.equal(await p.locator('#lang').inputValue(), 'es', 'the choice is kept');
    assert.equal(await p.evaluate(() => document.activeElement?.classList.contains('error-summary')), true, 'focus on the summary');
    await p.screenshot({ path: path.join(ARTIFACTS, 'dialogue-statement-error-fr.png'), fullPage: true });
  } finally {
    await ctx.close();
  }
});

test('5. the opinion map follows new votes without a reload (JavaScript on)', { timeout: TIMEOUT }, async () => {
  const viewer = await newContext();
  const voter = await newContext();
  const p = await viewer.newPage();
  try {
    await goto(`/en/dialogue/${conversation}`, p);
    const live = p.locator('main #map-live');
    assert.equal(await live.count(), 1, 'the map is marked for live updates');
    const before = await live.getAttribute('data-version');
    await p.evaluate(() => { window.accordSameDocument = true; });
    // Another visitor votes on several statements, through the API.
    const listed = await (await voter.request.get(url(`/api/v1/conversations/${conversation}/statements`))).json();
    const seqs = listed.items.filter((s) => s.moderation === 'accepted' && !s.is_meta).map((s) => s.seq).slice(0, 8);
    assert.ok(seqs.length >= 3, `statements to vote on: ${seqs}`);
    const votes = seqs.map((statement, i) => ({ statement, vote: i % 2 ? 'disagree' : 'agree' }));
    const r = await voter.request.post(url(`/api/v1/conversations/${conversation}/votes`), { data: { votes } });
    assert.equal(r.status(), 200, await r.text());
    // The background analysis takes the votes in; the page swaps in the new map by itself.
    await p
      .waitForFunction((v) => document.getElementById('map-live')?.dataset.version !== v, before, { timeout: 30_000 })
      .catch(() => assert.fail(`the map stayed at result version ${before}`));
    assert.equal(await p.evaluate(() => window.accordSameDocument), true, 'the page was not reloaded');
    assert.equal(await p.locator('main #map-live svg.opinion-map').count(), 1, 'a map is drawn');
    assert.ok(Number(await live.getAttribute('data-version')) > Number(before), 'a newer result');
  } finally {
    await viewer.close();
    await voter.close();
  }
});
