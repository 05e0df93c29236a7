// Real-browser tests of the Dialogue pages (/{lang}/dialogue/…): the list, a conversation's
// voting page (one statement at a time, Agree / Disagree / Pass as plain form posts, the opinion
// map) and its report — axe-core finds no violation in English and Arabic, nothing sticks out
// sideways on a 390 px phone, and voting by clicks (with and without JavaScript) advances the
// statement and the progress count.
// A demo node on 127.0.0.1:0 with its data in a temp dir, driven by headless Chromium (Debian's
// /usr/bin/chromium) through playwright-core. The conversation is the demo's (topic "How
// should …", accord-node/src/demo_dialogue.rs); if the demo has none, the test creates one
// through the JSON API as the demo administrator. The start-up and the small helpers are in
// lib.mjs.
//
//   ACCORD_BIN=/path/to/accord node --test dialogue.test.mjs   (default: ../../target/debug/accord)
//
// Screenshots go to ./artifacts/ (git-ignored), named dialogue-*.png.

import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import * as lib from './lib.mjs';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, PHONE, follow, formatViolations, pageOverflow, runAxe, submit } from './lib.mjs';

const TIMEOUT = 180_000;
const ADMIN = 'admin@secretariat.example'; // accord-node/src/demo.rs

// Shared state, set up in test.before.
let node; // { child, baseUrl, dataDir, stderr() }
let browser;
let axeContext; // a desktop context that may inject axe (see runAxe)
let axePage;
let page; // goto()'s default target; every call here names its page
const requests = []; // every request any page made: { url, page }
let conversation; // the conversation's id

// ---------------------------------------------------------------- helpers (tests/browser/lib.mjs, bound to this file's state)

const url = (p) => new URL(p, node.baseUrl).href;
const newContext = (options = {}) => lib.newContext(browser, requests, options);
const goto = (p, target = page, status = 200) => lib.goto(target, url(p), p, status);
const signedIn = (email, options = {}) => lib.signedIn(newContext, url('/en/login'), email, options);
const startNode = () => lib.startNode(node.dataDir);
const stopNode = () => lib.stopNode(node);

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
