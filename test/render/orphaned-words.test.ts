import { describe, expect, it } from 'vitest';
import { orphanedAdvice } from '../../src/render/orphaned-words.js';
import { renderPlanHuman } from '../../src/render/human.js';
import { renderPlanMarkdown } from '../../src/render/markdown.js';
import type { UnmanagedResource } from '../../src/model/plan.js';
import { plan } from './fixtures/builders.js';
import { addr } from '../helpers/address.js';

const app: UnmanagedResource = { kind: 'application', uuid: 'u1', name: 'old', address: addr('shop/production/application/old'), reason: 'marked as managed, no longer in the manifest: kept (plan with --prune to delete it)' };
const channel: UnmanagedResource = {
  kind: 'notification', uuid: 'discord', name: 'discord', address: addr('nc/discord'),
  reason: 'no longer in the manifest: kept as it is (plan with --prune: switched off (enabled: false); its settings are kept)',
  onPrune: 'switched off (enabled: false); its settings are kept',
};

describe('the words of the orphaned list', () => {
  it.each([
    ['records --prune deletes', [app], 'Declare them again to keep managing them, or plan and apply with --prune to delete them.'],
    ['records --prune only switches off', [channel], 'Declare them again to keep managing them, or plan and apply with --prune to do what each line says.'],
    ['both', [app, channel], 'Declare them again to keep managing them, or plan and apply with --prune to delete them (or do what a line says instead).'],
  ])('%s', (_name, orphaned, advice) => {
    expect(orphanedAdvice(orphaned)).toBe(advice);
  });

  it('a notification channel dropped from the manifest is not said to be deleted by --prune, in either plan format', () => {
    const p = { ...plan([]), orphaned: [channel] };
    const human = renderPlanHuman(p, { color: false });
    expect(human).toContain('nc/discord (notification, uuid discord; with --prune: switched off (enabled: false); its settings are kept)');
    expect(human).not.toContain('--prune to delete them');
    const md = renderPlanMarkdown(p);
    expect(md).toContain('with `--prune`: switched off (enabled: false); its settings are kept');
    expect(md).toContain('_Declare them again to keep managing them, or plan and apply with `--prune` to do what each line says._');
  });
});
