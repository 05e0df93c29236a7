// Real-browser tests of the Safety pages (/{lang}/safety/…): what policy staff and engineers do —
// browse and filter the incident list (facets with counts, charts), search in Chinese and Arabic,
// open an incident under its marking banner, report an incident through the form (errors by the
// field, then the confirmation with near-duplicates), and review it; the marked demo records stay
// invisible outside their audience; axe-core in English and Arabic; a phone-width layout.
// A demo node on 127.0.0.1:0 with its data in a temp dir (it seeds AIID, AVID, ATLAS, the
// multilingual demo reports and three marked fictional incidents), driven by headless Chromium
// (Debian's /usr/bin/chromium) through playwright-core; the start-up and the small helpers are
// in lib.mjs.
//
//   ACCORD_BIN=/path/to/accord node --test safety.test.mjs   (default: ../../target/debug/accord)
//
// Screenshots go to ./artifacts/ (git-ignored), named safety-*.png.

import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import * as lib from './lib.mjs';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, PHONE, follow, formatViolations, pageOverflow, runAxe, submit } from './lib.mjs';

const TIMEOUT = 180_000;

// Demo accounts (accord-node/src/demo.rs).
const EVALUATOR = 'evaluator@ai-safety-evaluation.example'; // owner of DEMO-3 (TLP:RED, organisation only)
const BANKER = 'security@meridian-bank.example'; // owner of DEMO-2 (TLP:AMBER, sharing group)
const ANALYST = 'analyst@northbridge-health.example'; // owner of DEMO-1 (TLP:GREEN, community); a Member
const REVIEWER = 'reviewer@evaluation-ia.example'; // Reviewer of the French agency (in DEMO-2's group)
// DEMO-3's title words (accord-safety/data/demo/reports.toml).
const RED_WORDS = 'role-play prompt bypasses safety rules chatbot';

// Shared state, set up in test.before.
let node; // { child, baseUrl, dataDir, stderr() }
let browser;
let context; // an anonymous desktop context
let page;
let axeContext; // an anonymous desktop context that may inject axe (see runAxe)
let axePage;
const requests = []; // every request any page made: { url, page }
let submittedKey; // the incident the analyst reports in test 4, published in test 5

// ---------------------------------------------------------------- helpers (tests/browser/lib.mjs, bound to this file's state)

const url = (p) => new URL(p, node.baseUrl).href;
const newContext = (options = {}) => lib.newContext(browser, requests, options);
const goto = (p, target = page, status = 200) => lib.goto(target, url(p), p, status);
const signedIn = (email, options = {}) => lib.signedIn(newContext, url('/en/login'), email, options);
const startNode = () => lib.startNode(node.dataDir);
const stopNode = () => lib.stopNode(node);

/// The results on the list page: key, type tag, language, title text, marked words.
async function readResults(target) {
  return target.locator('main ol.results > li.result').evaluateAll((lis) =>
    lis.map((li) => {
      const a = li.querySelector('.result-title a');
      return {
        key: li.querySelector('.result-meta .code')?.textContent.trim(),
        kind: li.querySelector('.result-meta .tag')?.textContent.trim(),
        tlp: li.querySelector('.result-meta .tlp')?.textContent.trim(),
        href: a?.getAttribute('href'),
        lang: a?.getAttribute('lang'),
        dir: a?.getAttribute('dir'),
        title: a?.textContent.trim(),
        marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
      };
    }),
  );
}

/// The facet groups of the list: name → [{ label, count, selected }].
async function readFacets(target) {
  return target.locator('main .filter-panel section.facet').evaluateAll((sections) =>
    Object.fromEntries(
      sections.map((s) => [
        s.querySelector('h3').id.replace(/^facet-/, ''),
        [...s.querySelectorAll('a.facet-link')].map((a) => ({
          label: a.querySelector('.facet-label').childNodes[0].textContent.trim(),
          count: Number(a.querySelector('.facet-count').textContent.trim()),
          selected: a.getAttribute('aria-current') === 'true',
          href: a.getAttribute('href'),
        })),
      ]),
    ),
  );
}

/// The number in the results heading ("2,574 results (1–20)" → 2574).
async function resultCount(target) {
  const text = (await target.locator('main h2#results').innerText()).replace(/[\u2068\u2069]/g, '');
  const m = text.match(/^([\d,.\s]+)/);
  assert.ok(m, `a count in «${text}»`);
  return Number(m[1].replace(/[^\d]/g, ''));
}

async function search(target, words) {
  await target.getByRole('searchbox').fill(words);
  const r = await follow(target, target.locator('main form.safety-search button[type="submit"]'));
  assert.equal(r.status(), 200);
}

// ---------------------------------------------------------------- setup and teardown

test.before(async () => {
  node = { dataDir: await mkdtemp(path.join(tmpdir(), 'accord-browser-safety-')) };
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

test('1. the incident list: results, facets with counts that filter, charts', { timeout: TIMEOUT }, async (t) => {
  await goto('/en/');
  const nav = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Safety', exact: true });
  assert.equal(await nav.count(), 1, 'the main navigation has a "Safety" link');
  const res = await follow(page, nav);
  assert.equal(res.status(), 200);
  assert.equal(new URL(page.url()).pathname, '/en/safety');
  assert.equal((await page.locator('main h1').innerText()).trim(), 'AI incidents');
  assert.equal(await nav.getAttribute('aria-current'), 'page');

  const total = await resultCount(page);
  assert.ok(total > 2000, `browsing lists the public incidents: ${total}`);
  const rows = await readResults(page);
  assert.equal(rows.length, 20, 'a page of 20 results');
  for (const r of rows) {
    assert.equal(r.tlp, 'TLP:CLEAR', `anonymous visitors see public records only: ${JSON.stringify(r)}`);
    assert.match(r.href, /^\/en\/safety\/incidents\/[\w.-]+$/);
  }
  assert.equal(await page.locator('main nav.pagination a[rel="next"]').count(), 1, 'a link to the next page');
  assert.match((await page.title()).replace(/[\u2068\u2069]/g, ''), /AI incidents \(page 1 of \d+\)/);

  const facets = await readFacets(page);
  for (const name of ['kind', 'source', 'year', 'domain']) assert.ok(facets[name]?.length >= 2, `the ${name} facet has values: ${JSON.stringify(facets[name])}`);
  const sources = Object.fromEntries(facets.source.map((f) => [f.label, f.count]));
  for (const s of ['AI Incident Database (AIID)', 'AI Vulnerability Database (AVID)', 'MITRE ATLAS']) assert.ok(sources[s] > 0, `${s} is counted: ${JSON.stringify(sources)}`);
  assert.ok(!JSON.stringify(facets).includes('TLP:RED') && !JSON.stringify(facets).includes('TLP:AMBER'), 'no count of marked records');
  await page.screenshot({ path: path.join(ARTIFACTS, 'safety-list-en.png'), fullPage: true });

  await t.test('the charts: columns by year and risk domain, bars by sector and source, each with its data', async () => {
    const chart = page.locator('main .chart-years svg.safety-chart');
    assert.equal(await chart.count(), 1);
    assert.equal(await chart.getAttribute('role'), 'img');
    assert.equal((await chart.locator('title#chart-years-title').textContent()).trim(), 'Incidents per year, by risk domain');
    assert.ok((await chart.locator('rect.seg').count()) > 20, 'stacked segments');
    assert.ok((await page.locator('main .chart-years ul.legend li').count()) >= 5, 'a legend of the domains');
    const rows = await page.locator('main .chart-years table.chart-table tbody tr').count();
    assert.ok(rows >= 10, `the year table (${rows} rows)`);
    const sectors = await page.locator('main table.bar-chart').first().locator('tbody tr').count();
    assert.ok(sectors >= 5, 'bars by sector');
  });

  await t.test('a facet value filters, shows as a removable chip, and keeps the counts of its alternatives', async () => {
    const link = page.locator('main #facet-kind ~ ul a.facet-link', { hasText: 'Vulnerability' });
    const expected = Number(await link.locator('.facet-count').innerText());
    const r = await follow(page, link);
    assert.equal(r.status(), 200);
    assert.equal(new URL(page.url()).searchParams.get('kind'), 'vulnerability');
    assert.equal(await resultCount(page), expected, 'the count next to the value is the number of results');
    assert.ok((await readResults(page)).every((x) => x.kind === 'Vulnerability'));
    const after = await readFacets(page);
    assert.ok(after.kind.find((f) => f.label === 'Vulnerability').selected, 'the value is marked as chosen');
    assert.ok(after.kind.find((f) => f.label === 'Incident')?.count > 0, 'the other kinds keep their counts (alternatives)');
    const chip = page.locator('main .active-filters a.chip');
    assert.equal(await chip.count(), 1);
    assert.match(await chip.innerText(), /Kind of event: .*Vulnerability/);
    await follow(page, chip);
    assert.equal(new URL(page.url()).search, '');
    assert.equal(await resultCount(page), total);
  });
});

test('2. searching in Chinese and in Arabic finds the reports in those languages, the words marked', { timeout: TIMEOUT }, async (t) => {
  for (const [words, lang, dir] of [
    ['深度伪造视频', 'zh', 'ltr'],
    ['الاحتيال', 'ar', 'rtl'],
  ]) {
    await t.test(words, async () => {
      await goto('/en/safety');
      await search(page, words);
      assert.equal(new URL(page.url()).searchParams.get('q'), words);
      assert.equal(await page.getByRole('searchbox').inputValue(), words, 'the search box keeps the words');
      const rows = await readResults(page);
      const inLang = rows.filter((r) => r.lang === lang && r.kind === 'Report');
      assert.ok(inLang.length >= 1, `a report in ${lang}: ${JSON.stringify(rows.map((r) => [r.key, r.lang, r.kind]))}`);
      assert.equal(rows[0].lang, lang, 'the best hit is in the language of the words');
      const first = inLang[0];
      assert.equal(first.dir, dir, `the title runs ${dir}`);
      assert.ok(first.marks.length >= 1, `marked words in ${JSON.stringify(first)}`);
      assert.match(first.href, /^\/en\/safety\/incidents\/[\w.-]+#report-[\w.-]+$/, 'a report leads to its place on its incident page');
      // The report on its incident page: in its own language and direction, inside the English page.
      await follow(page, page.locator(`main li.result .result-title a[href="${first.href}"]`).first());
      const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
      const report = page.locator(`main li.report[id="${anchor}"] .report-text`);
      assert.equal(await report.getAttribute('lang'), lang);
      assert.equal(await report.getAttribute('dir'), dir);
      assert.equal(await report.evaluate((e) => getComputedStyle(e).direction), dir);
    });
  }
  await page.screenshot({ path: path.join(ARTIFACTS, 'safety-incident-arabic-report-en.png'), fullPage: true });
});

test('3. DEMO-3 (TLP:RED, organisation only) exists only for its organisation', { timeout: TIMEOUT }, async (t) => {
  const absent = async (p, who) => {
    await goto(`/en/safety?q=${encodeURIComponent(RED_WORDS)}`, p);
    const keys = (await readResults(p)).map((r) => r.key);
    assert.ok(!keys.includes('DEMO-3'), `${who}: the search does not find DEMO-3: ${keys.join(', ')}`);
    await goto('/en/safety?tlp=TLP%3ARED', p);
    assert.equal(await resultCount(p), 0, `${who}: no TLP:RED record is counted`);
    const hidden = await goto('/en/safety/incidents/DEMO-3', p, 404);
    const unknown = await p.request.get(url('/en/safety/incidents/DEMO-999'));
    assert.equal(unknown.status(), 404);
    assert.equal((await hidden.text()).replace(/DEMO-3/g, ''), (await unknown.text()).replace(/DEMO-999/g, ''), `${who}: the same answer as for an unknown key`);
  };
  await t.test('anonymous', () => absent(page, 'anonymous'));
  const banker = await signedIn(BANKER);
  const evaluator = await signedIn(EVALUATOR);
  try {
    await t.test("another organisation's user", () => absent(banker.page, BANKER));
    await t.test('the owner organisation sees it, under a TLP:RED banner', async () => {
      const p = evaluator.page;
      await goto(`/en/safety?q=${encodeURIComponent(RED_WORDS)}`, p);
      const found = (await readResults(p)).find((r) => r.key === 'DEMO-3');
      assert.ok(found, 'the search finds DEMO-3');
      assert.equal(found.tlp, 'TLP:RED');
      await follow(p, p.locator('main li.result .result-title a[href="/en/safety/incidents/DEMO-3"]'));
      assert.match(await p.title(), /^TLP:RED – /, 'the label first in the title');
      const banner = p.locator('main .tlp-banner');
      assert.equal(await banner.count(), 1);
      const label = banner.locator('.tlp').first();
      assert.equal((await label.innerText()).trim(), 'TLP:RED');
      assert.equal(await label.getAttribute('lang'), 'en');
      const colours = await label.evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]);
      assert.deepEqual(colours, ['rgb(255, 43, 43)', 'rgb(0, 0, 0)'], "FIRST's red on black");
      const text = await banner.innerText();
      assert.match(text, /For the named recipients only/);
      assert.match(text, /Do not forward beyond the named recipients: .*Institute for AI Safety Evaluation/);
      // The banner comes before the heading.
      const order = await p.evaluate(() => document.querySelector('main .tlp-banner').compareDocumentPosition(document.querySelector('main h1')));
      assert.ok(order & 4, 'the banner precedes the <h1>');
      await p.screenshot({ path: path.join(ARTIFACTS, 'safety-incident-red-en.png'), fullPage: true });
    });
    await t.test('DEMO-2 (TLP:AMBER, sharing group) for a member of the group, and not for others', async () => {
      await goto('/en/safety/incidents/DEMO-2', banker.page);
      const text = await banker.page.locator('main .tlp-banner').innerText();
      assert.match(text, /TLP:AMBER/);
      assert.match(text, /Shared with: the sharing group .*Financial-sector AI incident circle/);
      assert.match(text, /Do not forward beyond your organisation and its clients/);
      await goto('/en/safety/incidents/DEMO-2', evaluator.page, 404);
    });
  } finally {
    await banker.ctx.close();
    await evaluator.ctx.close();
  }
});

test('4. the report form: errors by the field with the answers kept, then the confirmation', { timeout: TIMEOUT }, async (t) => {
  const anonymousForm = await goto('/en/safety/report');
  assert.equal(anonymousForm.status(), 200);
  assert.equal(await page.locator('main form.report-form').count(), 0, 'no form for anonymous visitors');
  assert.match(await page.locator('main a[href^="/en/login?next="]').getAttribute('href'), /next=\/en\/safety\/report/);

  const analyst = await signedIn(ANALYST);
  const p = analyst.page;
  try {
    await goto('/en/safety/report', p);
    const form = p.locator('main form.report-form');
    const description =
      'A scammer used AI-generated deepfake technology to impersonate a trusted friend of a businessman in a video call, ' +
      'convincing him to transfer 4.3 million yuan for a business deal. He later realized the deception and contacted police.';
    await form.locator('#description').fill(description);
    await form.locator('#kind-incident').check();
    await form.locator('#date').fill('2023-04');
    await form.locator('#countries').fill('cn');
    await form.locator('#entity_name_1').fill('Unknown scammers');
    await form.locator('#entity_role_1').selectOption('deployer');
    await form.getByRole('radio', { name: 'TLP:GREEN' }).check();
    await form.getByRole('radio', { name: 'All members of this node' }).check();

    await t.test('an empty title: an error next to the field, in the summary and the title; the answers kept', async () => {
      const r = await submit(p, form.locator('button[type="submit"]'));
      assert.equal(r.status(), 422);
      assert.match(await p.title(), /^Error: /);
      const summary = p.locator('main .error-summary');
      assert.equal(await summary.count(), 1);
      assert.equal(await summary.locator('a[href="#title"]').innerText(), 'Enter a title for the incident');
      const field = p.locator('main form.report-form .field', { has: p.locator('#title') });
      assert.match(await field.getAttribute('class'), /\bfield-error\b/);
      assert.equal((await field.locator('#title-error').innerText()).replace(/^Error:\s*/, '').trim(), 'Enter a title for the incident');
      assert.equal(await p.locator('#title').getAttribute('aria-invalid'), 'true');
      assert.equal(await p.locator('#description').inputValue(), description, 'the description is kept');
      assert.equal(await p.locator('#entity_name_1').inputValue(), 'Unknown scammers');
      assert.ok(await p.getByRole('radio', { name: 'TLP:GREEN' }).isChecked(), 'the TLP choice is kept');
      assert.equal(await p.evaluate(() => document.activeElement?.classList.contains('error-summary')), true, 'focus on the summary');
      await p.screenshot({ path: path.join(ARTIFACTS, 'safety-report-form-error-en.png'), fullPage: true });
    });

    await t.test('a valid report: the confirmation with its key, status and possible duplicates', async () => {
      await p.locator('#title').fill('Businessman defrauded of 4.3 million yuan through a deepfake video call');
      const r = await follow(p, p.locator('main form.report-form button[type="submit"]'));
      assert.equal(r.status(), 200);
      const m = new URL(p.url()).pathname.match(/^\/en\/safety\/report\/submitted\/(INC-[A-Z0-9]+)$/);
      assert.ok(m, `the confirmation page: ${p.url()}`);
      submittedKey = m[1];
      assert.equal((await p.locator('main h1').innerText()).trim(), 'Report sent');
      assert.equal((await p.locator('main .panel-confirmation .reference').innerText()).trim(), submittedKey);
      assert.match(await p.locator('main dl.summary-list').innerText(), /Submitted/);
      assert.match(await p.locator('main dl.summary-list').innerText(), /TLP:GREEN/);
      assert.equal(await p.locator('main h2#similar').count(), 1, 'a section on possible duplicates');
      const similar = await p.locator('main ol.suggestions li.suggestion').evaluateAll((lis) =>
        lis.map((li) => ({ key: li.querySelector('.code').textContent.trim(), reasons: [...li.querySelectorAll('.reasons li')].map((x) => x.textContent) })),
      );
      // The suggestions come from the node (accord-safety/src/similar.rs), among incidents the
      // reporter may see; each one says why.
      for (const s of similar) assert.ok(s.reasons.length >= 1, `reasons for ${s.key}`);
      await p.screenshot({ path: path.join(ARTIFACTS, 'safety-submitted-en.png'), fullPage: true });
      // The reporter's organisation sees its submission, marked "Submitted".
      await goto(`/en/safety/incidents/${submittedKey}`, p);
      assert.match(await p.locator('main .incident-meta').innerText(), /Submitted/);
    });
  } finally {
    await analyst.ctx.close();
  }
});

test('5. the reviewer of the French agency publishes the community-wide submission', { timeout: TIMEOUT }, async () => {
  assert.ok(submittedKey, 'test 4 submitted an incident');
  // Anonymous visitors are sent to sign in first.
  await goto('/en/safety/review');
  assert.equal(new URL(page.url()).pathname, '/en/login');
  assert.equal(new URL(page.url()).searchParams.get('next'), '/en/safety/review');
  const member = await signedIn(ANALYST);
  try {
    await goto('/en/safety/review', member.page, 403);
  } finally {
    await member.ctx.close();
  }
  const reviewer = await signedIn(REVIEWER);
  const p = reviewer.page;
  try {
    await goto('/en/safety/review', p);
    const item = p.locator(`main li.queue-item[id="queue-incident-${submittedKey}"]`);
    assert.equal(await item.count(), 1, `${submittedKey} is in the queue`);
    assert.equal((await item.locator('.tlp').innerText()).trim(), 'TLP:GREEN');
    assert.match(await item.innerText(), /Submitted/);
    await p.screenshot({ path: path.join(ARTIFACTS, 'safety-review-en.png'), fullPage: true });
    const res = await follow(p, item.getByRole('button', { name: 'Publish' }));
    assert.equal(res.status(), 200);
    assert.match(await p.locator('main .notice').innerText(), new RegExp(`${submittedKey}.* was published\\.`));
    assert.equal(await p.locator(`main li.queue-item[id="queue-incident-${submittedKey}"]`).count(), 0, 'no longer in the queue');
    await goto(`/en/safety/incidents/${submittedKey}`, p);
    assert.match(await p.locator('main .incident-facts').innerText(), /Published/);
  } finally {
    await reviewer.ctx.close();
  }
});

test('6. axe-core: no serious or critical violations on the list, an incident, the form and the queue, in English and Arabic', { timeout: TIMEOUT }, async (t) => {
  const member = await signedIn(ANALYST, { bypassCSP: true });
  const reviewer = await signedIn(REVIEWER, { bypassCSP: true });
  const runs = [
    [axePage, '/en/safety'],
    [axePage, '/en/safety?q=deepfake&year=2023'],
    [axePage, '/en/safety/incidents/AIID-992'],
    [axePage, '/ar/safety'],
    [axePage, `/ar/safety?q=${encodeURIComponent('الاحتيال')}`],
    [axePage, '/ar/safety/incidents/AIID-992'],
    [member.page, '/en/safety/report'],
    [member.page, '/ar/safety/report'],
    [member.page, '/en/safety/incidents/DEMO-1'],
    [reviewer.page, '/en/safety/review'],
    [reviewer.page, '/ar/safety/review'],
  ];
  const minor = [];
  try {
    for (const [p, route] of runs) {
      await t.test(route, async () => {
        await goto(route, p);
        assert.equal(await p.locator('main h1').count(), 1, 'one h1');
        const violations = await runAxe(p);
        const serious = violations.filter((v) => ['serious', 'critical'].includes(v.impact));
        for (const v of violations.filter((v) => !serious.includes(v))) minor.push(`${route}: ${v.id}`);
        assert.deepEqual(serious, [], `axe-core violations on ${route}:\n${formatViolations(serious)}`);
      });
    }
    await t.test('the form with its errors', async () => {
      await goto('/ar/safety/report', member.page);
      await submit(member.page, member.page.locator('main form.report-form button[type="submit"]'));
      const violations = (await runAxe(member.page)).filter((v) => ['serious', 'critical'].includes(v.impact));
      assert.deepEqual(violations, [], formatViolations(violations));
      await member.page.screenshot({ path: path.join(ARTIFACTS, 'safety-report-form-error-ar.png'), fullPage: true });
    });
  } finally {
    await member.ctx.close();
    await reviewer.ctx.close();
  }
  if (minor.length) console.log(`minor or moderate axe findings:\n  ${minor.join('\n  ')}`);
});

test('7. Arabic: the list and an incident mirror, the data keeps its own direction', { timeout: TIMEOUT }, async (t) => {
  const ar = await newContext({ locale: 'ar' });
  try {
    const p = await ar.newPage();
    await goto('/ar/safety', p);
    await t.test('right to left, the filters at the start (right) of the page', async () => {
      assert.equal(await p.evaluate(() => document.documentElement.dir), 'rtl');
      const [filters, results] = await Promise.all([
        p.locator('main .filter-panel').boundingBox(),
        p.locator('main .safety-results').boundingBox(),
      ]);
      assert.ok(filters.x > results.x, `the filter column is on the right: ${JSON.stringify({ filters, results })}`);
      const chart = await p.locator('main svg.safety-chart').getAttribute('direction');
      assert.equal(chart, 'ltr', 'the plot keeps its time axis left to right');
      const label = p.locator('main .tlp').first();
      assert.equal(await label.getAttribute('dir'), 'ltr', 'TLP labels stay as written');
      const problem = await pageOverflow(p, 1280);
      assert.equal(problem, null, problem ?? '');
      await p.screenshot({ path: path.join(ARTIFACTS, 'safety-list-ar.png'), fullPage: true });
    });
    await t.test('headings and labels are Arabic; no missing message', async () => {
      const texts = await p.evaluate(() => [...document.querySelectorAll('main h1, main h2, main h3:not(.result-title), main label, main button, main summary')].map((e) => e.textContent.trim()).filter(Boolean));
      const notArabic = texts.filter((x) => !/[\u0600-\u06FF]/.test(x));
      assert.deepEqual(notArabic, [], 'headings, labels and buttons without Arabic');
    });
    await t.test('an English incident in the Arabic interface', async () => {
      await goto('/ar/safety/incidents/AIID-992', p);
      assert.equal(await p.locator('main h1').getAttribute('lang'), 'en');
      assert.equal(await p.locator('main h1').getAttribute('dir'), 'ltr');
      assert.equal(await p.locator('main .incident-description').evaluate((e) => getComputedStyle(e).direction), 'ltr');
      assert.match(await p.locator('main .tlp-banner').innerText(), /الإفصاح غير مقيّد/);
      const problem = await pageOverflow(p, 1280);
      assert.equal(problem, null, problem ?? '');
      await p.screenshot({ path: path.join(ARTIFACTS, 'safety-incident-ar.png'), fullPage: true });
    });
  } finally {
    await ar.close();
  }
});

test('8. phone width (390 px): nothing scrolls sideways; filters and charts fold away', { timeout: TIMEOUT }, async (t) => {
  const phone = await newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const member = await signedIn(ANALYST, { viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const p = await phone.newPage();
    for (const [name, target, route] of [
      ['list-en', p, '/en/safety'],
      ['list-ar', p, '/ar/safety'],
      ['search-ar', p, `/ar/safety?q=${encodeURIComponent('الاحتيال')}`],
      ['incident-en', p, '/en/safety/incidents/AIID-992'],
      ['incident-ar', p, '/ar/safety/incidents/AIID-992'],
      ['report-en', member.page, '/en/safety/report'],
      ['report-ar', member.page, '/ar/safety/report'],
    ]) {
      await t.test(route, async () => {
        await goto(route, target);
        const problem = await pageOverflow(target, PHONE.width);
        await target.screenshot({ path: path.join(ARTIFACTS, `safety-${name}-phone.png`) });
        assert.equal(problem, null, `${route}: the page scrolls sideways: ${problem}`);
      });
    }
    await goto('/en/safety', p);
    const folded = await p.evaluate(() =>
      [...document.querySelectorAll('main details.wide-open')].map((d) => ({
        open: d.open,
        summary: d.querySelector(':scope > summary').checkVisibility(),
        body: d.querySelector(':scope > :not(summary)').checkVisibility(),
      })),
    );
    assert.equal(folded.length, 2, 'the filters and the charts');
    for (const d of folded) assert.ok(d.summary && !d.open && !d.body, `folded on a phone: ${JSON.stringify(folded)}`);
    const first = await p.locator('main ol.results li.result').first().boundingBox();
    assert.ok(first.y < 1800, `the first result is near the top on a phone (y ${first.y})`);
    // On a wide screen the same panels are open, without their summary line.
    await goto('/en/safety');
    assert.ok(await page.locator('main .filter-panel a.facet-link').first().isVisible(), 'the facets show on a desktop');
    assert.ok(!(await page.locator('main .filter-panel > summary').isVisible()), 'without a summary line');
  } finally {
    await phone.close();
    await member.ctx.close();
  }
});

test('9. no missing message on the Safety pages, in the six languages', { timeout: TIMEOUT }, async () => {
  const routes = ['/safety', '/safety?q=deepfake&kind=incident', '/safety?type=report&lang=ar', '/safety/incidents/AIID-992', '/safety/incidents/AVID-2023-V001', '/safety/report'];
  const missing = new Map();
  for (const lang of ['en', 'ar', 'zh', 'fr', 'ru', 'es']) {
    for (const route of routes) {
      const res = await page.request.get(url(`/${lang}${route}`));
      assert.ok([200, 404].includes(res.status()), `GET /${lang}${route}: ${res.status()}`);
      const html = await res.text();
      for (const m of html.matchAll(/Unknown localization key: (?:&#34;|&quot;|")([^&"]+)/g)) {
        const where = missing.get(m[1]) ?? new Set();
        where.add(`${lang}:${route}`);
        missing.set(m[1], where);
      }
    }
  }
  assert.deepEqual([...missing].map(([k, w]) => `${k} (${[...w].slice(0, 3).join(', ')})`), []);
});

// Runs last, so that it sees the requests of all the tests above.
test('10. every request goes to the node on 127.0.0.1 (no CDN, no third party)', { timeout: TIMEOUT }, async () => {
  assert.ok(requests.length > 0, 'requests were recorded');
  const foreign = requests.filter((r) => {
    const u = new URL(r.url);
    if (['data:', 'blob:', 'about:'].includes(u.protocol)) return false;
    return u.hostname !== '127.0.0.1';
  });
  assert.deepEqual(foreign.map((r) => `${r.url} (from ${r.page})`), [], 'requests to hosts other than 127.0.0.1');
});
