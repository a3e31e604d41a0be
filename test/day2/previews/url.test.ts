import { describe, expect, it } from 'vitest';
import { previewUrl } from '../../../src/day2/previews/url.js';

// app/Models/ApplicationPreview.php:108-129 generate_preview_fqdn: `{{domain}}` is the host of
// the first domain only; `:{port}{path}` of that domain is appended whatever the template.
describe('previewUrl follows generate_preview_fqdn', () => {
  it.each<[string, string | null, string | null, string | undefined]>([
    ['default template', null, 'https://app.example.com', 'https://7.app.example.com'],
    ['first of several domains', '{{pr_id}}.{{domain}}', 'https://app.example.com,https://www.example.com', 'https://7.app.example.com'],
    ['{{domain}} is the host; the port is appended', '{{pr_id}}.{{domain}}', 'http://app.example.com:8080', 'http://7.app.example.com:8080'],
    ['no {{domain}}: the port is still appended', 'pr-{{pr_id}}.preview.example.com', 'https://app.example.com:8443', 'https://pr-7.preview.example.com:8443'],
    ['the path is appended', '{{pr_id}}.{{domain}}', 'https://app.example.com/api', 'https://7.app.example.com/api'],
    ['port and path without {{domain}}', 'pr-{{pr_id}}.x.example.com', 'http://a.example.com:3000/app/v1', 'http://pr-7.x.example.com:3000/app/v1'],
    ['a bare "/" path is dropped', '{{pr_id}}.{{domain}}', 'https://app.example.com/', 'https://7.app.example.com'],
    ['the query is dropped', '{{pr_id}}.{{domain}}', 'https://app.example.com/p?x=1', 'https://7.app.example.com/p'],
    ['an explicit default port is kept (parse_url keeps it)', '{{pr_id}}.{{domain}}', 'https://app.example.com:443', 'https://7.app.example.com:443'],
    ['every {{pr_id}} is replaced', 'pr{{pr_id}}-{{pr_id}}.{{domain}}', 'https://app.example.com', 'https://pr7-7.app.example.com'],
    ['{{random}} is only known to Coolify', '{{random}}.example.com', 'https://app.example.com', undefined],
    ['no domain: no preview URL', 'pr-{{pr_id}}.example.com', null, undefined],
    ['an unparsable domain', '{{pr_id}}.{{domain}}', 'not a url', undefined],
  ])('%s', (_name, template, fqdn, want) => {
    expect(previewUrl(template, fqdn, 7)).toBe(want);
  });
});
