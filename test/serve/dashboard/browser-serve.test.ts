/**
 * The dashboard of the REAL `serve` in Chromium (issue 17's browser acceptance): `serve --sync
 * auto` runs in this process against the built-in sandbox (100 ms per request, so a cycle lasts
 * long enough to watch) and a git repository the test creates. The page shows the stack's
 * resources with their badges once the first cycle has applied it; after an out-of-band change
 * in the sandbox, pressing Sync with the admin token runs a cycle whose progress the page
 * follows live (SSE), and the resource is Synced again at the end.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { sandbox } from '../../e2e/harness.js';
import { ADMIN_TOKEN, startTestServe, status, TestRepo, waitFor, type ServeUnderTest, shopManifest } from '../../e2e/serve-harness.js';
import { chromiumPath } from './chromium.js';

const LONG = 180_000;
const API = 'shop/production/application/api';
const MANIFEST = shopManifest('1.27');

/** What the test reads of the page's globals. */
interface InPage {
  document: { body: { dataset: Record<string, string | undefined> }; querySelector(s: string): { textContent: string | null } | null };
  __cycleStates?: string[];
  MutationObserver: new (cb: () => void) => { observe(target: unknown, options: { attributes: boolean; attributeFilter: string[] }): void };
}

describe('the dashboard of a running serve, in Chromium', () => {
  let sb: Sandbox;
  let serve: ServeUnderTest;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    sb = await sandbox({ latency: { ms: 100 } });
    const repo = new TestRepo();
    repo.commit({ 'ado.coolify.yaml': MANIFEST }, 'first');
    serve = await startTestServe(sb, repo.dir, { intervalMs: 600_000 });
    await waitFor('the first cycle to apply the stack', async () => ((await status(serve.url)).sync === 'Synced' ? true : undefined));
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(serve.url, { waitUntil: 'load' });
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 60_000 });
  }, LONG);

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    await sb?.close();
  }, LONG);

  const badges = (address: string): Promise<string[]> =>
    page.locator(`#resources tr[data-address="${address}"] [data-badge]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-badge') ?? ''));

  it('shows the applied stack grouped by project and environment, each resource Synced', async () => {
    await page.waitForSelector(`#resources tr[data-address="${API}"]`, { timeout: 60_000 });
    expect(await page.locator('#resources .project-group > h3').allTextContents()).toEqual(['Project shop']);
    expect((await badges(API))[0]).toBe('Synced');
    expect((await badges('shop/production/database/db'))[0]).toBe('Synced');
    expect(await page.locator('#overall [data-badge]').getAttribute('data-badge')).toBe('Synced');
    expect(problems).toEqual([]);
  }, LONG);

  it('Sync with the admin token runs a cycle the page follows live, and the drifted resource converges', async () => {
    // out of band: someone changes the image tag in Coolify
    const app = sb.store.world.applications.find((a) => a.name === 'api')!;
    app.fields.docker_registry_image_tag = '1.26';
    // every value the page's cycle state takes from now on
    await page.evaluate(() => {
      const g = globalThis as unknown as InPage;
      g.__cycleStates = [];
      const seen = (): void => void g.__cycleStates!.push(g.document.body.dataset.cycleState ?? '');
      new g.MutationObserver(seen).observe(g.document.body, { attributes: true, attributeFilter: ['data-cycle-state'] });
    });
    await page.locator('#token').fill(ADMIN_TOKEN);
    await page.locator('#sync-button').click();
    await page.waitForFunction(() => ((globalThis as unknown as InPage).document.querySelector('#sync-answer')?.textContent ?? '').includes('Sync accepted'), undefined, { timeout: 60_000 });
    await page.waitForFunction(() => /finished: Applied/.test((globalThis as unknown as InPage).document.querySelector('#progress-text')?.textContent ?? ''), undefined, { timeout: 120_000 });
    const states = await page.evaluate(() => (globalThis as unknown as InPage).__cycleStates ?? []);
    // the cycle was seen running before it was seen finished: the events arrived while it ran
    expect(states).toContain('running');
    expect(states.indexOf('running')).toBeLessThan(states.lastIndexOf('finished'));
    expect(await page.locator('#progress-steps li').count()).toBeGreaterThan(0);
    // its update (and the deploy it starts) are among the steps shown
    expect(await page.locator(`#progress-steps li[data-address="${API}"]`).count()).toBeGreaterThan(0);
    expect(app.fields.docker_registry_image_tag).toBe('1.27');
    await page.waitForFunction((a) => {
      const row = (globalThis as unknown as InPage).document.querySelector(`#resources tr[data-address="${a}"] [data-badge]`);
      return row !== null && (row as unknown as { getAttribute(n: string): string | null }).getAttribute('data-badge') === 'Synced';
    }, API, { timeout: 60_000 });
    // the admin token never reaches the page's storage or its text
    expect(await page.content()).not.toContain(ADMIN_TOKEN);
    expect(problems).toEqual([]);
  }, LONG);
});
