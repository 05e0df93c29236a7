// What the browser tests share: starting and stopping a demo node, browser contexts that record
// every request, navigation and form helpers, axe-core, and the sideways-overflow check.
// Functions that need a test file's state (its node, browser, default page) take it as
// arguments; each test file binds them once at the top.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ARTIFACTS = path.join(HERE, 'artifacts');
export const ACCORD_BIN = process.env.ACCORD_BIN
  ? path.resolve(process.env.ACCORD_BIN)
  : path.resolve(HERE, '../../target/debug/accord');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const PHONE = { width: 390, height: 844 };
export const DEMO_PASSWORD = 'accord-demo-2026'; // accord-node/src/demo.rs, DEMO_PASSWORD

/// Starts `accord demo` on 127.0.0.1:0 with its data in `dataDir`; resolves to
/// { child, baseUrl, stderr() } once it prints its URL.
export function startNode(dataDir) {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let settled = false;
    // Hermetic: no ACCORD_* settings from the caller's environment (the node reads them as
    // configuration and rejects unknown ones, ACCORD_BIN included), and the working directory is
    // the temp dir, so that no accord.toml from elsewhere is picked up.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ACCORD_')));
    const child = spawn(ACCORD_BIN, ['demo', '--data-dir', dataDir, '--listen', '127.0.0.1:0'], {
      cwd: dataDir,
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

/// Stops a node started by `startNode`: SIGTERM, then SIGKILL after 5 s.
export async function stopNode(node) {
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

/// A desktop context whose requests are appended to `requests` as { url, page }.
export async function newContext(browser, requests, options = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  ctx.on('request', (req) => requests.push({ url: req.url(), page: req.frame()?.page()?.url() ?? '' }));
  ctx.setDefaultTimeout(15_000);
  return ctx;
}

/// Loads `href` in `target` and checks the status (`label` names the page in the message).
export async function goto(target, href, label, status = 200) {
  const res = await target.goto(href, { waitUntil: 'load' });
  assert.ok(res, `no response for ${label}`);
  assert.equal(res.status(), status, `GET ${label} answered ${res.status()}`);
  return res;
}

export async function runAxe(target) {
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

export function formatViolations(violations) {
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

export async function horizontalOverflow(target) {
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
export async function pageOverflow(target, width) {
  const o = await horizontalOverflow(target);
  if (o.scrollWidth <= width && o.innerWidth === width) return null;
  return `scrollWidth ${o.scrollWidth}, innerWidth ${o.innerWidth} (viewport ${width} px); sticking out:\n      ${o.wide.join('\n      ')}`;
}

/// Clicks `locator` (a submit button or a link) and waits for the page it leads to; returns the
/// navigation's response (its status is checked by the caller).
export async function follow(target, locator) {
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
export async function submit(target, button) {
  const [res] = await Promise.all([
    target.waitForResponse((r) => r.request().isNavigationRequest() && r.frame() === target.mainFrame() && !(r.status() >= 300 && r.status() < 400)),
    button.click(),
  ]);
  await target.waitForLoadState('load');
  return res;
}

/// A new context (from `makeContext(options)`) signed in as `email` through the web form at
/// `loginHref`, and its page.
export async function signedIn(makeContext, loginHref, email, options = {}) {
  const ctx = await makeContext(options);
  const p = await ctx.newPage();
  await goto(p, loginHref, loginHref);
  await p.locator('#email').fill(email);
  await p.locator('#password').fill(DEMO_PASSWORD);
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
