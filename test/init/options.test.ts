import { describe, expect, it } from 'vitest';
import { completeInitOptions } from '../../src/init/complete.js';
import { parseApp, parseDatabase, projectNameFromDir } from '../../src/init/options.js';
import { promptMissing } from '../../src/init/prompt.js';

const empty = { environments: [], apps: [], databases: [] };

describe('init options', () => {
  it('parses --app and --database', () => {
    expect(parseApp('api=ghcr.io/acme/api:1.0.0')).toEqual({ name: 'api', image: 'ghcr.io/acme/api:1.0.0' });
    expect(parseDatabase('db=Postgres')).toEqual({ name: 'db', type: 'postgresql' });
    expect(() => parseApp('api')).toThrow(/NAME=IMAGE/);
    expect(() => parseApp('Api=x:1')).toThrow(/application name "Api" is not valid/);
    expect(() => parseDatabase('db=oracle')).toThrow(/unknown type "oracle"/);
  });

  it('derives the project from the directory name, or fails clearly', async () => {
    expect(projectNameFromDir('My Shop')).toBe('my-shop');
    expect(projectNameFromDir('ab')).toBeUndefined();
    await expect(completeInitOptions(empty, { dirName: 'x' })).rejects.toMatchObject({
      code: 'ADO_INIT_NO_PROJECT',
      message: expect.stringContaining('"x"'),
      hint: expect.stringContaining('--project NAME'),
    });
  });

  it('uses defaults without a terminal', async () => {
    expect(await completeInitOptions(empty, { dirName: 'shop' })).toEqual({
      project: 'shop',
      environments: ['production'],
      apps: [{ name: 'web', image: 'nginx:1.27-alpine' }],
      databases: [],
      server: 'localhost',
      githubWorkflows: false,
    });
    const withDb = await completeInitOptions({ ...empty, databases: [{ name: 'db', type: 'redis' }] }, { dirName: 'shop' });
    expect(withDb.apps).toEqual([]);
  });

  it('rejects duplicates and short environment names', async () => {
    await expect(completeInitOptions({ ...empty, environments: ['qa'] }, { dirName: 'shop' })).rejects.toThrow(/environment "qa"/);
    await expect(
      completeInitOptions({ ...empty, apps: [{ name: 'db', image: 'x' }], databases: [{ name: 'db', type: 'redis' }] }, { dirName: 'shop' }),
    ).rejects.toThrow(/used twice/);
  });

  it('asks for each missing value on a terminal, Enter taking the default', async () => {
    const questions: string[] = [];
    const answers = ['', 'production, staging', 'main', 'db=postgresql', 'api=ghcr.io/a/api:1, web=nginx:1', 'y'];
    const ask = async (q: string) => {
      questions.push(q);
      return answers.shift() ?? '';
    };
    const result = await completeInitOptions(empty, { dirName: 'shop', ask });
    expect(questions[0]).toBe('Project name [shop]: ');
    expect(questions).toHaveLength(6);
    expect(result).toEqual({
      project: 'shop',
      environments: ['production', 'staging'],
      server: 'main',
      databases: [{ name: 'db', type: 'postgresql' }],
      apps: [{ name: 'api', image: 'ghcr.io/a/api:1' }, { name: 'web', image: 'nginx:1' }],
      githubWorkflows: true,
    });
  });

  it('asks nothing for values given as flags', async () => {
    const ask = async (q: string): Promise<string> => {
      throw new Error(`unexpected question ${q}`);
    };
    const r = await promptMissing({ project: 'shop', environments: ['production'], apps: [{ name: 'a', image: 'b' }], databases: [], server: 's', githubWorkflows: false }, 'x', ask);
    expect(r.project).toBe('shop');
  });
});
