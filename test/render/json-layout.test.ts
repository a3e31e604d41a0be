import { describe, expect, it } from 'vitest';
import { layoutJson } from '../../src/render/json-layout.js';

describe('layoutJson', () => {
  it('writes an object or array of plain values (and lists of them) on one line', () => {
    expect(layoutJson({ from: 'a', to: 'b', via: null })).toBe('{"from":"a","to":"b","via":null}');
    expect(layoutJson({ id: 'x:deploy', dependsOn: ['x:create', 'y:env'] })).toBe('{"id":"x:deploy","dependsOn":["x:create","y:env"]}');
    expect(layoutJson([1, 'two', true])).toBe('[1,"two",true]');
    expect(layoutJson({})).toBe('{}');
    expect(layoutJson([])).toBe('[]');
  });

  it('indents by two spaces what holds an object, one member per line', () => {
    const text = layoutJson({ edges: [{ from: 'a', to: 'b' }, { from: 'c', to: 'd' }], steps: [], n: 1 });
    expect(text).toBe('{\n  "edges": [\n    {"from":"a","to":"b"},\n    {"from":"c","to":"d"}\n  ],\n  "steps": [],\n  "n": 1\n}');
  });

  it('puts a nested marker on its own line inside an indented record', () => {
    const text = layoutJson({ after: { token: { $sensitive: true, hash: 'h' }, image: 'nginx' } });
    expect(text).toBe('{\n  "after": {\n    "token": {"$sensitive":true,"hash":"h"},\n    "image": "nginx"\n  }\n}');
  });

  it('is JSON that parses back to the same value, strings escaped as JSON.stringify does', () => {
    const value = { a: [{ b: 'line\nbreak "quoted"', c: [1, [2, 3]] }], d: { e: { f: null } } };
    expect(JSON.parse(layoutJson(value))).toEqual(value);
  });
});
