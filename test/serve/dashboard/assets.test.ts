/** dashboardAsset: the page and its bundled assets by exact path, nothing else. */
import { describe, expect, it } from 'vitest';
import { dashboardAsset, dashboardAssetPaths } from '../../../src/serve/dashboard/assets.js';

describe('dashboardAsset', () => {
  it('serves the page, script, stylesheet and icon with their content types', () => {
    expect(dashboardAsset('/')?.contentType).toBe('text/html; charset=utf-8');
    expect(dashboardAsset('/index.html')?.body).toBe(dashboardAsset('/')?.body);
    expect(dashboardAsset('/assets/dashboard.js')?.contentType).toBe('text/javascript; charset=utf-8');
    expect(dashboardAsset('/assets/dashboard.css')?.contentType).toBe('text/css; charset=utf-8');
    expect(dashboardAsset('/assets/favicon.svg')?.contentType).toBe('image/svg+xml');
    expect(dashboardAsset('/assets/dashboard.js?v=1')?.contentType).toBe('text/javascript; charset=utf-8');
    expect(dashboardAssetPaths().sort()).toEqual(['/', '/assets/dashboard.css', '/assets/dashboard.js', '/assets/favicon.svg']);
  });

  it('the page loads only its own assets, with no inline script or style', () => {
    const html = String(dashboardAsset('/')!.body);
    expect([...html.matchAll(/(?:src|href)="(\/[^"]*)"/g)]).toHaveLength(3);
    for (const src of html.matchAll(/(?:src|href)="(\/[^"]*)"/g)) expect(dashboardAsset(src[1]!), src[1]).toBeDefined();
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/);
    expect(html).not.toMatch(/\sstyle=|<style/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(String(dashboardAsset('/assets/dashboard.js')!.body)).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('answers undefined for any other path, traversal included', () => {
    for (const p of ['', '/assets', '/assets/', '/assets/../package.json', '/assets/%2e%2e/package.json', '/../src/serve/dashboard/assets.ts', '/assets/dashboard.js/', '//assets/dashboard.js', '/ASSETS/dashboard.js', '/constructor', '/__proto__', '/api/v1/status']) {
      expect(dashboardAsset(p), p).toBeUndefined();
    }
  });
});
