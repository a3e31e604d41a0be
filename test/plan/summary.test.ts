import { describe, expect, it } from 'vitest';
import { addr } from '../helpers/address.js';
import { summarizePlan } from '../../src/plan/summary.js';
import { P, resource } from '../render/fixtures/builders.js';

describe('summarizePlan', () => {
  it('counts each action once, and updates, redeploys and adoptions that also update as changes; a move once (ux p7)', () => {
    const app = (name: string) => addr(`${P}/application/${name}`);
    const s = summarizePlan(
      [
        resource(app('a'), 'application', 'create', ''),
        resource(app('b'), 'application', 'replace', ''),
        resource(app('c'), 'application', 'delete', ''),
        resource(app('d'), 'application', 'update', '', { consequences: ['redeploy'] }),
        resource(app('e'), 'application', 'redeploy', '', { consequences: ['redeploy'] }),
        resource(app('f'), 'application', 'move', '', { alsoUpdates: true }),
        resource(app('g'), 'application', 'move', '', { alsoUpdates: false }),
        resource(app('h'), 'application', 'adopt', '', { alsoUpdates: true }),
        resource(addr(`${P}/database/pg`), 'database', 'update', '', { consequences: ['restart'] }),
        resource(app('i'), 'application', 'no-op', ''),
      ],
      2,
    );
    expect(s).toEqual({ add: 1, replace: 1, destroy: 1, change: 4, move: 2, adopt: 1, redeploy: 2, restart: 1, noop: 1, unmanaged: 2 });
  });
});
