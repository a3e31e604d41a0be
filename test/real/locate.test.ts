import { describe, expect, it } from 'vitest';
import { locateRealCoolify } from './locate.js';
import { parseStartOutput } from './global-setup.js';

describe('where the real Coolify comes from', () => {
  const none = () => false;
  it('uses ADO_COOLIFY_REAL_URL with its token', () => {
    expect(locateRealCoolify('/r', { ADO_COOLIFY_REAL_URL: 'http://127.0.0.1:1/', ADO_COOLIFY_REAL_TOKEN: 't' }, none)).toEqual({ kind: 'running', url: 'http://127.0.0.1:1', token: 't' });
  });
  it('refuses a URL without a token, even outside CI', () => {
    expect(locateRealCoolify('/r', { ADO_COOLIFY_REAL_URL: 'http://127.0.0.1:1' }, none)).toMatchObject({ kind: 'unavailable', mustRun: true });
  });
  it('starts the kit next to the repository, or where ADO_COOLIFY_REAL_HOME says', () => {
    expect(locateRealCoolify('/w/repo', {}, () => true)).toMatchObject({ kind: 'start', startScript: '/w/shared/coolify-real/start.sh', stopScript: '/w/shared/coolify-real/stop.sh' });
    expect(locateRealCoolify('/w/repo', { ADO_COOLIFY_REAL_HOME: '/k' }, () => true)).toMatchObject({ kind: 'start', startScript: '/k/start.sh' });
  });
  it('without the kit: must run in CI (an error), reported as not run elsewhere', () => {
    const ci = locateRealCoolify('/w/repo', { CI: 'true' }, none);
    expect(ci).toMatchObject({ kind: 'unavailable', mustRun: true });
    expect(ci.kind === 'unavailable' && ci.reason).toContain('/w/shared/coolify-real/start.sh does not exist');
    expect(locateRealCoolify('/w/repo', {}, none)).toMatchObject({ kind: 'unavailable', mustRun: false });
  });
});

describe('start.sh output', () => {
  it('reads COOLIFY_URL and COOLIFY_TOKEN from the last lines', () => {
    expect(parseStartOutput('noise\nCOOLIFY_URL=http://127.0.0.1:4321\nCOOLIFY_TOKEN=root\n')).toEqual({ url: 'http://127.0.0.1:4321', token: 'root' });
    expect(parseStartOutput('coolify-real: failed\n')).toBeUndefined();
  });
});
