/**
 * The dashboard in a real browser: playwright-core drives Debian's Chromium against a fixture
 * `serve` (./fixture-server.ts: the contract routes, an SSE stream this test writes, the
 * dashboard's bundled assets under the contract's CSP). It loads the page, checks the resources
 * and badges, the plan (with an injection attempt that must stay text), the graph and the
 * timeline, presses Sync with a wrong and then the right admin token, follows a cycle live from
 * SSE events, measures the badges' contrast on both themes, and writes the screenshots of
 * docs/img/ (desktop, phone, dark) when ADO_COOLIFY_SCREENSHOTS=1 (else to a temp dir).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './chromium.js';
import { contrastRatio } from './contrast.js';
import { startFixtureServer, type FixtureServer } from './fixture-server.js';
import { fixtureGraph, fixtureHistory, fixtureStatus, PLAN_MARKDOWN, RESOURCES } from './fixtures.js';

/**
 * The few members of the page's globals that the page.evaluate callbacks use: those callbacks
 * run in the page, and the root TypeScript project has no DOM types (each callback casts
 * `globalThis` to this; the cast vanishes in the serialised function).
 */
interface InPage {
  document: {
    querySelector(selector: string): InPageElement | null;
    querySelectorAll(selector: string): ArrayLike<InPageElement>;
    activeElement: InPageElement | null;
    body: InPageElement;
    documentElement: { scrollWidth: number };
  };
  getComputedStyle(element: InPageElement): { color: string; backgroundColor: string; outlineStyle: string };
  sessionStorage: { length: number };
  localStorage: { length: number };
  __injected?: number;
}
/** An element, as the callbacks read it. */
interface InPageElement {
  id: string;
  textContent: string | null;
  dataset: Record<string, string | undefined>;
}

const TOKEN = 'dashboard-admin-token-5b1f';
// The screenshots of docs/img/ are rewritten only on request (ADO_COOLIFY_SCREENSHOTS=1); a
// normal run writes them to a temp dir, so the tracked images change only when meant to.
const IMG = process.env.ADO_COOLIFY_SCREENSHOTS === '1' ? fileURLToPath(new URL('../../../docs/img/', import.meta.url)) : `${mkdtempSync(join(tmpdir(), 'ado-dashboard-img-'))}/`;
const LONG = 180_000;

let server: FixtureServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

/** The one console error the test causes on purpose: the answer to the wrong token. */
const EXPECTED_401 = /^Failed to load resource: the server responded with a status of 401\b/;
let expected401 = 0;

/** Collects console errors (CSP violations are among them) and uncaught page errors. */
function watch(p: Page): void {
  p.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (EXPECTED_401.test(m.text())) expected401++;
    else problems.push(`console: ${m.text()}`);
  });
  p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
}

/** Waits until the text of `selector` contains `text`. */
async function waitForText(p: Page, selector: string, text: string): Promise<void> {
  await p.waitForFunction(
    ([s, t]) => ((globalThis as unknown as InPage).document.querySelector(s!)?.textContent ?? '').includes(t!),
    [selector, text] as const,
    { timeout: 60_000 },
  );
}

async function open(ctx: BrowserContext): Promise<Page> {
  const p = await ctx.newPage();
  watch(p);
  await p.goto(server.url, { waitUntil: 'load' });
  await p.waitForSelector('body[data-loaded="true"]', { timeout: 60_000 });
  await p.waitForSelector('#timeline svg.timeline', { timeout: 60_000 });
  await p.waitForSelector('#graph svg.graph', { timeout: 60_000 });
  return p;
}

/** The text of each badge in the resource row of `address`. */
function rowBadges(p: Page, address: string): Promise<string[]> {
  return p.locator(`#resources tr[data-address="${address}"] [data-badge]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-badge') ?? ''));
}

/** The lowest contrast ratio among the badges, the sync answer and the body text. */
async function lowestContrast(p: Page): Promise<{ ratio: number; what: string }> {
  const pairs = await p.evaluate(() => {
    const { document, getComputedStyle } = globalThis as unknown as InPage;
    const out: Array<{ what: string; fg: string; bg: string }> = [];
    for (const b of Array.from(document.querySelectorAll('.badge'))) {
      const s = getComputedStyle(b);
      out.push({ what: `badge ${b.dataset.badge ?? ''}`, fg: s.color, bg: s.backgroundColor });
    }
    const panel = document.querySelector('.panel')!;
    const muted = document.querySelector('.panel .muted')!;
    const button = document.querySelector('#sync-button')!;
    out.push({ what: 'body text', fg: getComputedStyle(document.body).color, bg: getComputedStyle(panel).backgroundColor });
    out.push({ what: 'muted text', fg: getComputedStyle(muted).color, bg: getComputedStyle(panel).backgroundColor });
    out.push({ what: 'button', fg: getComputedStyle(button).color, bg: getComputedStyle(button).backgroundColor });
    return out;
  });
  let lowest = { ratio: Number.POSITIVE_INFINITY, what: 'nothing measured' };
  for (const p2 of pairs) {
    const ratio = contrastRatio(p2.fg, p2.bg);
    if (ratio < lowest.ratio) lowest = { ratio, what: `${p2.what} (${p2.fg} on ${p2.bg})` };
  }
  return lowest;
}

describe('the dashboard in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(IMG, { recursive: true });
    server = await startFixtureServer(
      { status: fixtureStatus(), history: fixtureHistory(), graph: fixtureGraph(), markdown: PLAN_MARKDOWN, syncAnswer: 202 },
      TOKEN,
    );
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', locale: 'en-GB', timezoneId: 'UTC' });
    page = await open(context);
  }, LONG);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, LONG);

  it('shows the resources grouped by project and environment, with sync and health badges', async () => {
    expect(await page.locator('#resources tr[data-address]').count()).toBe(RESOURCES.length);
    const groups = await page.locator('#resources .project-group > h3').allTextContents();
    expect(groups).toEqual(['Project ado', 'Project shop', 'Team-wide']);
    const envs = await page.locator('#resources .project-group').first().locator('h4').allTextContents();
    expect(envs.map((e) => e.split(' ')[0])).toEqual(['production', 'staging']);
    expect(await rowBadges(page, 'ado/production/application/api-gateway')).toEqual(['OutOfSync', 'Degraded', 'update']);
    expect(await rowBadges(page, 'ado/staging/database/postgres')).toEqual(['Missing', 'Missing', 'create']);
    expect(await rowBadges(page, 'ado/production/database/redis')).toEqual(['Synced', 'Progressing']);
    expect(await page.locator('#overall [data-badge]').getAttribute('data-badge')).toBe('OutOfSync');
    expect(await page.locator('#summary').textContent()).toContain('3f2c9e1');
  }, LONG);

  it('renders the Markdown plan, and HTML inside it stays text', async () => {
    expect(await page.locator('#plan h3').first().textContent()).toBe('ado-coolify plan');
    expect(await page.locator('#plan details > summary code').first().textContent()).toBe('~ ado/production/application/api-gateway');
    expect(await page.locator('#plan .diff-add').first().textContent()).toBe('+ image.tag: "1.5.0"');
    expect(await page.locator('#plan table td').count()).toBe(8);
    expect(await page.locator('#plan img, #plan script').count()).toBe(0);
    expect(await page.locator('#plan').textContent()).toContain('<script>window.__injected=2</script>');
    expect(await page.evaluate(() => (globalThis as unknown as InPage).__injected)).toBeUndefined();
  }, LONG);

  it('draws the dependency graph and the timeline of cycles', async () => {
    const graph = fixtureGraph();
    expect(await page.locator('#graph svg.graph g.node').count()).toBe(graph.nodes.length);
    expect(await page.locator('#graph svg.graph path.edge').count()).toBe(graph.edges.length);
    expect(await page.locator('#graph g.node[data-id="ado/production/application/api-gateway"]').getAttribute('class')).toContain('tone-warn');
    expect(await page.locator('#timeline rect.bar').count()).toBe(11);
    expect(await page.locator('#timeline rect.bar[data-cycle="4"]').getAttribute('class')).toContain('tone-bad');
    const title = await page.locator('#timeline rect.bar[data-cycle="5"] title').textContent();
    expect(title).toBe('Cycle 5: Applied in 23 s (webhook)');
  }, LONG);

  it('presses Sync from the keyboard: a wrong token gets 401, the right one 202', async () => {
    await expect.poll(() => server.sseClients(), { timeout: 60_000 }).toBeGreaterThan(0);
    // the token field is reachable with Tab alone
    await page.locator('body').focus();
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'token'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.id ?? '');
    }
    expect(focused).toBe('token');
    await page.keyboard.type('wrong-token');
    await page.keyboard.press('Enter');
    await waitForText(page, '#sync-answer', '401');
    expect(server.syncRequests).toEqual(['Bearer wrong-token']);
    expect(await page.locator('#token').inputValue()).toBe('');

    await page.keyboard.type(TOKEN);
    await page.keyboard.press('Tab'); // the "keep for this tab" box
    await page.keyboard.press('Tab'); // the Sync button
    expect(await page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.id)).toBe('sync-button');
    const outline = await page.evaluate(() => {
      const g = globalThis as unknown as InPage;
      return g.getComputedStyle(g.document.activeElement!).outlineStyle;
    });
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await waitForText(page, '#sync-answer', 'Sync accepted: cycle 12');
    expect(server.syncRequests).toEqual(['Bearer wrong-token', `Bearer ${TOKEN}`]);
    // the token was kept in memory only (the box was not ticked)
    expect(await page.evaluate(() => (globalThis as unknown as InPage).sessionStorage.length + (globalThis as unknown as InPage).localStorage.length)).toBe(0);
  }, LONG);

  it('follows the cycle live from the SSE events, then shows the new status', async () => {
    server.send('cycle-start', { cycle: 12, trigger: 'manual', startedAt: '2026-12-03T08:10:00.000Z' });
    await waitForText(page, '#progress-text', 'Cycle 12 (manual) running: fetch');
    server.send('phase', { cycle: 12, phase: 'apply' });
    await waitForText(page, '#progress-text', 'running: apply');
    server.send('step', { cycle: 12, address: 'ado/production/application/api-gateway', action: 'update', outcome: 'ok', durationMs: 640 });
    await waitForText(page, '#progress-text', '1 step: 1 ok, 0 failed, 0 skipped');
    server.send('step', { cycle: 12, address: 'ado/staging/database/postgres', action: 'create', outcome: 'ok', durationMs: 3100 });
    await waitForText(page, '#progress-text', '2 steps: 2 ok');
    expect(await page.locator('#progress-steps li').count()).toBe(2);
    expect(await page.locator('body').getAttribute('data-cycle-state')).toBe('running');
    expect(await page.locator('#progress-text').getAttribute('aria-live')).toBe('polite');
    await page.screenshot({ path: `${IMG}dashboard-desktop.png`, fullPage: true });

    const applied = fixtureStatus({
      sync: 'Synced',
      lastSync: { cycle: 12, startedAt: '2026-12-03T08:10:00.000Z', finishedAt: '2026-12-03T08:10:12.000Z', durationMs: 12_000, result: 'Applied', exitCode: 0, trigger: 'manual', revision: '3f2c9e1d0b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d', error: null },
      resources: RESOURCES.map((r) => (r.project === 'ado' ? { ...r, sync: 'Synced' as const, health: 'Healthy' as const, change: null } : r)),
    });
    const history = fixtureHistory();
    history.cycles.unshift({ ...applied.lastSync!, steps: [] });
    server.data.status = applied;
    server.data.history = history;
    server.send('cycle-end', { cycle: 12, result: 'Applied', exitCode: 0, durationMs: 12_000 });
    server.send('status', applied);
    await waitForText(page, '#progress-text', 'Cycle 12 finished: Applied in 12 s');
    await page.waitForSelector('#overall [data-badge="Synced"]', { timeout: 60_000 });
    await page.waitForFunction(() => (globalThis as unknown as InPage).document.querySelectorAll('#timeline rect.bar').length === 12, undefined, { timeout: 60_000 });
    expect(await rowBadges(page, 'ado/production/application/api-gateway')).toEqual(['Synced', 'Healthy']);
    expect(await page.locator('body').getAttribute('data-cycle-state')).toBe('finished');
  }, LONG);

  it('meets WCAG AA contrast in the light theme and has no console error (no CSP violation)', async () => {
    const lowest = await lowestContrast(page);
    expect(lowest.ratio, lowest.what).toBeGreaterThanOrEqual(4.5);
    expect(problems).toEqual([]);
    expect(expected401).toBe(1);
  }, LONG);

  it('reads on a phone and in the dark theme', async () => {
    // back to the out-of-sync world, so the screenshots show every kind of badge
    server.data.status = fixtureStatus();
    server.data.history = fixtureHistory();
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, colorScheme: 'light', timezoneId: 'UTC' });
    const p = await open(phone);
    // nothing but the scrollable graph is wider than the screen
    expect(await p.evaluate(() => (globalThis as unknown as InPage).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await p.locator('#resources thead').first().isVisible()).toBe(false);
    await p.screenshot({ path: `${IMG}dashboard-phone.png`, fullPage: true });
    await phone.close();

    const dark = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark', timezoneId: 'UTC' });
    const d = await open(dark);
    const lowest = await lowestContrast(d);
    expect(lowest.ratio, lowest.what).toBeGreaterThanOrEqual(4.5);
    await d.screenshot({ path: `${IMG}dashboard-dark.png`, fullPage: false });
    await dark.close();
    expect(problems).toEqual([]);
  }, LONG);
});
