import { describe, expect, it } from 'vitest';
import type { PlanJson, PlanValue, RedactedValue } from '../../src/model/plan.js';
import { renderDriftHuman, renderDriftMarkdown } from '../../src/render/drift.js';
import { renderPlanHuman } from '../../src/render/human.js';
import { renderPlanJson } from '../../src/render/json.js';
import { renderPlanMarkdown } from '../../src/render/markdown.js';
import { P, create, field, plan, resource } from './fixtures/builders.js';
import { addr } from '../helpers/address.js';

const CANARY = 'CANARY-SECRET-7';

/** A malformed RedactedValue that smuggles the canary in a property other than `hash`. */
function smuggled(): RedactedValue {
  // Cast on purpose: the point is a marker carrying more than the model allows.
  return { $sensitive: true, value: CANARY, nested: { v: CANARY }, list: [CANARY] } as unknown as RedactedValue;
}

/** A marker whose hash is the canary (hashes are for machines, never for people). */
function hashed(): RedactedValue {
  return { $sensitive: true, hash: CANARY };
}

/** A marker whose public parts are malformed: a fingerprint and public key that smuggle the canary. */
function badPublicParts(): RedactedValue {
  return { $sensitive: true, fingerprint: `SHA256:${CANARY}`, publicKey: `ssh-ed25519 ${CANARY}\u001b[31m` } as RedactedValue;
}

function canaryPlan(make: () => RedactedValue): PlanJson {
  const v = make;
  const deep: PlanValue = { outer: [1, { inner: v() }], other: v() };
  return plan(
    [
      create(addr(`${P}/database/pg`), 'database', { type: 'postgresql', postgres_password: v(), config: deep }),
      resource(addr(`${P}/application/api`), 'application', 'update', 'env changed', {
        changes: [
          field('env.A', v(), v(), { sensitive: true, sensitiveState: 'changed' }),
          field('env.B', v(), v(), { sensitive: true, sensitiveState: 'unverifiable' }),
          field('env.C', undefined, v(), { sensitive: true }),
          field('env.D', v(), undefined, { sensitive: true }),
          field('env.E', v(), v(), { sensitive: false }), // flag wrong, marker still wins
          field('env.F', v(), v(), { multiline: true }),
          field('settings', { a: v() }, { a: v(), b: [v()] }),
        ],
        before: { token: v(), deep },
        after: { token: v(), deep },
        consequences: ['redeploy'],
      }),
      resource(addr(`${P}/application/old`), 'application', 'delete', 'gone', { before: { token: v(), deep } }),
      resource(addr(`${P}/database/r`), 'database', 'replace', 'type', { before: { token: v() }, after: { token: v() } }),
    ],
    { canReadSensitive: false },
  );
}

const PEOPLE_RENDERERS: Array<[string, (p: PlanJson) => string]> = [
  ['human', (p) => renderPlanHuman(p, { color: false })],
  ['human colour verbose', (p) => renderPlanHuman(p, { color: true, verbose: true })],
  ['markdown', (p) => renderPlanMarkdown(p)],
  ['markdown truncated', (p) => renderPlanMarkdown(p, { maxChars: renderPlanMarkdown(p).length - 400 })],
  ['drift human', (p) => renderDriftHuman(p, { color: false, verbose: true })],
  ['drift markdown', (p) => renderDriftMarkdown(p)],
];

describe('redaction canary', () => {
  it.each(PEOPLE_RENDERERS)('%s prints nothing of a RedactedValue but the marker text', (_name, render) => {
    for (const make of [smuggled, hashed, badPublicParts]) {
      const out = render(canaryPlan(make));
      expect(out).not.toContain(CANARY);
      expect(out).toContain('(sensitive value');
    }
  });

  it('the truncated Markdown case really is truncated', () => {
    const md = PEOPLE_RENDERERS.find(([n]) => n === 'markdown truncated')?.[1](canaryPlan(hashed)) ?? '';
    expect(md).toContain('output truncated');
    expect(md).toContain('<details>');
  });

  it('a key\'s well-formed fingerprint is the only other thing a marker prints; the JSON keeps it and the public key', () => {
    const fingerprint = `SHA256:${'A'.repeat(43)}`;
    const publicKey = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${'B'.repeat(43)}`;
    const make = (): RedactedValue => ({ $sensitive: true, hash: 'abc', fingerprint, publicKey });
    const p = plan([create(addr('pk/deploy'), 'privateKey', { private_key: make() })]);
    expect(renderPlanHuman(p, { color: false })).toContain(`(sensitive value; fingerprint ${fingerprint})`);
    expect(renderPlanMarkdown(p)).toContain(fingerprint);
    const json = renderPlanJson(p);
    expect(json).toContain(`"fingerprint":"${fingerprint}"`);
    expect(json).toContain(`"publicKey":"${publicKey}"`);
  });

  it('the JSON plan drops smuggled properties and keeps only the marker and its hash', () => {
    expect(renderPlanJson(canaryPlan(smuggled))).not.toContain(CANARY);
    expect(renderPlanJson(canaryPlan(badPublicParts))).not.toContain(CANARY);
    const withHash = renderPlanJson(canaryPlan(hashed));
    expect(withHash).toContain(`"hash":"${CANARY}"`);
  });

  it('a plain value in a field flagged sensitive is never printed either', () => {
    const p = plan([
      resource(addr(`${P}/application/api`), 'application', 'update', 'env changed', {
        changes: [
          field('env.TOKEN', `${CANARY}-old`, `${CANARY}-new`, { sensitive: true }),
          field('env.CERT', `-----BEGIN\n${CANARY}\n`, `-----BEGIN\nx\n`, { sensitive: true, multiline: true }),
        ],
      }),
    ]);
    for (const [, render] of PEOPLE_RENDERERS) expect(render(p)).not.toContain(CANARY);
    expect(renderPlanJson(p)).not.toContain(CANARY);
  });
});
