// Real-browser test of Accord's web UI: a demo node on 127.0.0.1:0 with its data in a temp dir,
// driven by headless Chromium (Debian's /usr/bin/chromium) through playwright-core, checked with axe-core.
//
//   ACCORD_BIN=/path/to/accord node --test      (default: ../../target/debug/accord from this file)
//
// Screenshots go to ./artifacts/ (git-ignored).

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
const ADMIN = { email: 'admin@secretariat.example', password: 'accord-demo-2026' };
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TIMEOUT = 120_000;

// Latin-script words that may appear in the Arabic shell outside of elements marked as data:
// the brand and technical names. The node's own name is added at run time (it is data).
const LATIN_ALLOWED = new Set(['Accord', 'OpenAPI', 'JSON', 'API']);
// Data inside translated sentences, cut out before the words are checked.
const DATA_IN_TEXT = [
  /\u2068[^\u2069]*\u2069/g, // a Fluent placeable (a variable: a person's name, a count), isolated FSI…PDI
  /https?:\/\/\S*/g, // a URL, or the literal scheme a field asks for
  /\b[A-Z]{2}\b/g, // an ISO 3166 alpha-2 country code (FR, CN, BR)
  /^(read|write|admin):/, // an API scope identifier leading its description
];

// Shared state, set up in test.before.
let node; // { child, baseUrl, dataDir, stderr() }
let browser;
let context; // the signed-in desktop context
let page;
const requests = []; // every request any page made: { url, page }

// ---------------------------------------------------------------- helpers

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
    const timer = setTimeout(() => fail('the demo node did not print its URL within 30 s'), 30_000);
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

async function goto(p, target = page) {
  const res = await target.goto(url(p), { waitUntil: 'load' });
  assert.ok(res, `no response for ${p}`);
  assert.equal(res.status(), 200, `GET ${p} answered ${res.status()}`);
  return res;
}

/// The text a person gets from the given regions: text nodes of rendered elements (visually-hidden
/// text for screen readers counts too) and the user-facing attributes. Elements marked as data are
/// skipped: <bdi>, dir="ltr", <code>, <time>, external links, and anything in another language
/// than the page (e.g. the language switcher's "English").
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
        const rendered = el.tagName === 'OPTION' || el.checkVisibility();
        if (!rendered) continue;
        for (const n of el.childNodes) {
          if (n.nodeType === Node.TEXT_NODE && n.textContent.trim()) {
            out.push({ region: sel, where: el.tagName.toLowerCase(), text: n.textContent.trim() });
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
        v.nodes.map((n) => `      ${n.target}\n        ${(n.summary ?? '').replace(/\n/g, '\n        ')}`).join('\n'),
    )
    .join('\n');
}

async function horizontalOverflow(target) {
  return target.evaluate(() => {
    const de = document.documentElement;
    const wide = [];
    if (de.scrollWidth > de.clientWidth + 1) {
      // Name the elements that stick out, to make a failure actionable.
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.right > de.clientWidth + 1 || r.left < -1)) {
          const id = el.id ? `#${el.id}` : '';
          const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
          wide.push(`${el.tagName.toLowerCase()}${id}${cls} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
        }
      }
    }
    return { scrollWidth: de.scrollWidth, clientWidth: de.clientWidth, wide: wide.slice(0, 15) };
  });
}

// ---------------------------------------------------------------- setup and teardown

test.before(async () => {
  node = { dataDir: await mkdtemp(path.join(tmpdir(), 'accord-browser-')) };
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

test('a. sign in as the demo admin through the English login form', { timeout: TIMEOUT }, async () => {
  await goto('/en/login');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.locator('#email').fill(ADMIN.email);
  await page.locator('#password').fill(ADMIN.password);
  await Promise.all([
    page.waitForURL((u) => !u.pathname.endsWith('/login'), { waitUntil: 'load' }),
    page.locator('main button.button[type="submit"]').click(),
  ]);
  const header = page.locator('header.site-header');
  await assert.doesNotReject(
    header.getByRole('button', { name: 'Sign out', exact: true }).waitFor({ state: 'visible' }),
    `no visible "Sign out" button in the header after signing in; header says: ${await header.innerText()}`,
  );
  assert.equal(await header.getByRole('link', { name: 'Sign in', exact: true }).count(), 0, 'header still offers "Sign in"');
});

test('b. the language switcher leads to Arabic, laid out right to left', { timeout: TIMEOUT }, async () => {
  await goto('/en/');
  const switcher = page.locator('nav.languages');
  assert.equal(await switcher.locator('a[hreflang]').count(), 6, 'six languages in the switcher');
  assert.equal(await switcher.locator('a[aria-current="true"]').getAttribute('hreflang'), 'en');

  await Promise.all([
    page.waitForURL((u) => u.pathname.startsWith('/ar/'), { waitUntil: 'load' }),
    switcher.locator('a[hreflang="ar"]').click(),
  ]);
  assert.equal(new URL(page.url()).pathname, '/ar/', 'the Arabic link leads to the same page (home)');

  const layout = await page.evaluate(() => {
    const box = (sel) => {
      const r = document.querySelector(sel)?.getBoundingClientRect();
      return r ? { left: r.left, right: r.right, width: r.width } : null;
    };
    return {
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
      mainDirection: getComputedStyle(document.querySelector('main')).direction,
      brand: box('header.site-header .brand'),
      tools: box('header.site-header .header-tools'),
      current: document.querySelector('nav.languages a[aria-current="true"]')?.getAttribute('hreflang'),
    };
  });
  assert.equal(layout.dir, 'rtl', '<html dir>');
  assert.equal(layout.lang, 'ar', '<html lang>');
  assert.equal(layout.mainDirection, 'rtl', 'computed direction of <main>');
  assert.equal(layout.current, 'ar', 'the switcher marks Arabic as current');
  assert.ok(layout.brand && layout.tools, 'header has .brand and .header-tools');
  assert.ok(
    layout.brand.left > layout.tools.left,
    `the brand (start side) should be right of the header tools in RTL: brand ${JSON.stringify(layout.brand)}, tools ${JSON.stringify(layout.tools)}`,
  );
  // Still signed in, in Arabic.
  assert.equal(await page.locator('header.site-header form[action$="/logout"] button').count(), 1, 'sign-out button in Arabic');
});

test('c. the Arabic shell is fully translated (home, members, tokens)', { timeout: TIMEOUT }, async () => {
  const regions = ['header.site-header', 'nav.service-nav', 'footer.site-footer', 'main#main'];
  const offences = [];
  for (const p of ['/ar/', '/ar/members', '/ar/tokens']) {
    await goto(p);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
    const nodeName = (await page.locator('.brand-node').innerText()).trim();
    const allowed = new Set([...LATIN_ALLOWED, ...(nodeName.match(/[A-Za-z]{2,}/g) ?? [])]);
    const texts = await shellText(page, regions);
    const arabic = texts.filter((t) => t.text && /[\u0600-\u06FF]/.test(t.text)).length;
    assert.ok(arabic >= 10, `${p}: only ${arabic} pieces of Arabic text were collected; is the page in Arabic?`);
    for (const t of texts) {
      if (t.text === null) {
        offences.push(`${p}: region ${t.region} is missing`);
        continue;
      }
      const words = DATA_IN_TEXT.reduce((s, re) => s.replace(re, ' '), t.text);
      const bad = (words.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !allowed.has(w));
      if (bad.length) offences.push(`${p} ${t.region} <${t.where}>: ${bad.join(', ')}   «${t.text.slice(0, 120)}»`);
    }
  }
  assert.deepEqual(offences, [], `Latin-script words in the Arabic shell:\n  ${offences.join('\n  ')}`);
});

test('d. screenshots, and no horizontal overflow on a 360 px phone', { timeout: TIMEOUT }, async () => {
  await goto('/ar/');
  await page.screenshot({ path: path.join(ARTIFACTS, 'home-ar.png'), fullPage: true });
  await goto('/ar/members');
  await page.screenshot({ path: path.join(ARTIFACTS, 'members-ar.png'), fullPage: true });
  await goto('/en/');
  await page.screenshot({ path: path.join(ARTIFACTS, 'home-en.png'), fullPage: true });

  // A phone, signed in like the desktop context (the fullest header).
  const phone = await newContext({
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    storageState: await context.storageState(),
  });
  try {
    const p = await phone.newPage();
    await goto('/ar/', p);
    assert.equal(await p.evaluate(() => innerWidth), 360);
    await p.screenshot({ path: path.join(ARTIFACTS, 'home-ar-phone.png') });
    const problems = [];
    for (const route of ['/ar/', '/en/', '/ar/members', '/ar/tokens', '/ar/login']) {
      await goto(route, p);
      const o = await horizontalOverflow(p);
      if (o.scrollWidth > o.clientWidth + 1) {
        problems.push(`${route}: scrollWidth ${o.scrollWidth} > clientWidth ${o.clientWidth}; sticking out:\n      ${o.wide.join('\n      ')}`);
      }
    }
    assert.deepEqual(problems, [], `horizontal overflow at 360 px:\n  ${problems.join('\n  ')}`);
  } finally {
    await phone.close();
  }
});

test('e. axe-core finds no WCAG 2.1 A/AA violations (ar and en, home and login)', { timeout: TIMEOUT }, async () => {
  // The node's Content-Security-Policy (script-src 'self') rightly blocks the injected axe script;
  // these two contexts bypass CSP for that, and for nothing else.
  const signedIn = await newContext({ bypassCSP: true, storageState: await context.storageState() });
  const anonymous = await newContext({ bypassCSP: true });
  try {
    const user = await signedIn.newPage();
    const anon = await anonymous.newPage();
    const report = [];
    const cases = [
      ['/ar/', user, 'signed in'],
      ['/en/', user, 'signed in'],
      ['/ar/login', anon, 'signed out'],
      ['/en/login', anon, 'signed out'],
    ];
    for (const [route, target, who] of cases) {
      await goto(route, target);
      const violations = await runAxe(target);
      if (violations.length) report.push(`${route} (${who}):\n${formatViolations(violations)}`);
    }
    assert.deepEqual(report, [], `axe-core violations:\n${report.join('\n')}`);
  } finally {
    await signedIn.close();
    await anonymous.close();
  }
});

test('g. keyboard: the first Tab stop is the skip link, and it shows', { timeout: TIMEOUT }, async (t) => {
  const keyboard = await newContext();
  try {
    const kp = await keyboard.newPage();
    for (const lang of ['en', 'ar']) {
      await t.test(lang, async () => {
        await goto(`/${lang}/`, kp);
        await kp.keyboard.press('Tab');
        const focus = await kp.evaluate(() => {
          const el = document.activeElement;
          const r = el.getBoundingClientRect();
          const cx = r.left + r.width / 2;
          const cy = r.top + r.height / 2;
          const hit = document.elementFromPoint(cx, cy);
          return {
            tag: el.tagName.toLowerCase(),
            className: el.className,
            href: el.getAttribute('href'),
            text: el.textContent.trim(),
            rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
            inViewport: r.width > 1 && r.height > 1 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
            visible: el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
            onTop: hit === el || el.contains(hit),
          };
        });
        assert.equal(focus.tag, 'a', `first Tab stop is a <${focus.tag} class="${focus.className}">`);
        assert.ok(focus.className.split(/\s+/).includes('skip-link'), `first Tab stop has class "${focus.className}"`);
        assert.equal(focus.href, '#main');
        assert.ok(focus.text.length > 0, 'the skip link has text');
        assert.ok(focus.visible && focus.inViewport && focus.onTop, `the focused skip link is not visible: ${JSON.stringify(focus)}`);
        await kp.screenshot({ path: path.join(ARTIFACTS, `skip-link-${lang}.png`) });
        // Following it moves focus to <main>.
        await kp.keyboard.press('Enter');
        assert.equal(await kp.evaluate(() => document.activeElement?.id), 'main', 'Enter on the skip link focuses main');
      });
    }
  } finally {
    await keyboard.close();
  }
});

test('h. a log entry verifies in the browser (Arabic page, WebCrypto SHA-256 and Ed25519)', { timeout: TIMEOUT }, async () => {
  await goto('/ar/transparency');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  const checkpoint = await page.locator('pre.note').first().textContent();
  assert.match(checkpoint, /\n\d+\n[A-Za-z0-9+/=]{44}\n\n\u2014 /, 'the signed checkpoint is shown as a C2SP note');
  // Open the fourth entry from the list of latest records.
  await goto('/ar/transparency/log/3');
  const box = page.locator('#verify-in-browser');
  const button = box.locator('button');
  await button.waitFor({ state: 'visible' });
  await button.click();
  const result = box.locator('.verify-result');
  await page.waitForFunction(() => document.querySelector('#verify-in-browser .verify-result')?.textContent.trim() !== '');
  const expected = await box.getAttribute('data-ok');
  assert.equal((await result.textContent()).trim(), expected, 'proof and signature verified by the browser itself');
  await page.screenshot({ path: path.join(ARTIFACTS, 'log-entry-ar.png'), fullPage: true });
  // A tampered proof fails in the browser: flip one hash and verify again.
  await page.evaluate(() => {
    const el = document.getElementById('verify-in-browser');
    const proof = el.dataset.proof.trim().split(/\s+/);
    proof[0] = (proof[0][0] === 'A' ? 'B' : 'A') + proof[0].slice(1);
    el.dataset.proof = proof.join(' ');
  });
  await button.click();
  await page.waitForFunction((ok) => {
    const t = document.querySelector('#verify-in-browser .verify-result')?.textContent.trim();
    return t && t !== ok;
  }, expected);
  assert.equal((await result.textContent()).trim(), await box.getAttribute('data-failed'));
});

// Runs last, so that it sees the requests of all the tests above.
test('f. every request goes to the node on 127.0.0.1 (no CDN, no third party)', { timeout: TIMEOUT }, async () => {
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
  // The page assets were among the requests, i.e. the recorder really saw sub-resources.
  assert.ok(requests.some((r) => r.url.includes('.css')), 'the stylesheet request was recorded');
});
