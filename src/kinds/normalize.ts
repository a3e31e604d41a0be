/**
 * Normalisers: canonical forms that make a desired value and the value Coolify returns
 * comparable (API-NOTES §4–§9, peers.md §1.2). Each is total and idempotent.
 * Not for payloads: some drop information (order, defaults).
 */
import { ALL_MARKER_SUFFIXES, ownershipMarker } from '../model/resource.js';
import type { Normalizer } from './spec.js';

/** `undefined`, `null` and `''` are one "empty" value. */
export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** Numbers and numeric strings become numbers (`"3000"` ≡ 3000); other values pass through. */
export const numeric: Normalizer = (v) => {
  if (isEmpty(v)) return null;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return v;
};

/** Booleans, 0/1, "true"/"false", "0"/"1" become booleans. */
export const bool: Normalizer = (v) => {
  if (isEmpty(v)) return null;
  if (v === true || v === 1 || v === '1' || v === 'true') return true;
  if (v === false || v === 0 || v === '0' || v === 'false') return false;
  return v;
};

/**
 * What Coolify keeps of a request string: every string of a request body is trimmed before a
 * controller sees it (Laravel's TrimStrings middleware: whitespace, BOM, zero-width space and
 * left-to-right mark at both ends; not the `password` fields, which no Coolify API body has).
 * Seen on the real 4.3.11 (../shared/coolify-real): a project named `"  padded  "` is stored
 * as `"padded"`.
 */
export function requestTrimmed(value: string): string {
  return value.replace(/^[\s\uFEFF\u200B\u200E]+|[\s\uFEFF\u200B\u200E]+$/gu, '');
}

/** Strings compared as Coolify keeps them (trimmed, see `requestTrimmed`); empties collapse. */
export const text: Normalizer = (v) => {
  if (isEmpty(v)) return null;
  if (typeof v !== 'string') return v;
  const kept = requestTrimmed(v);
  return kept === '' ? null : kept;
};

/** Description without the ownership marker (current or legacy form) and surrounding blanks. */
export const description: Normalizer = (v) => {
  if (isEmpty(v)) return null;
  if (typeof v !== 'string') return v;
  let stripped = v;
  for (const suffix of ALL_MARKER_SUFFIXES) stripped = stripped.split(suffix).join('');
  stripped = stripped.trim();
  return stripped === '' ? null : stripped;
};

/**
 * Appends the ownership marker (and the protect marker when protected) to a description
 * (payload side). A legacy bracketed marker is dropped and the current form written.
 */
export function withOwnershipMarker(desc: string | undefined | null, protect = false): string {
  const base = typeof desc === 'string' ? (description(desc) as string | null) : null;
  const marker = ownershipMarker(protect);
  return base ? `${base} ${marker}` : marker;
}

const SHA256_DIGEST_RE = /^(.+)@sha256:([a-f0-9]{64})$/i;

/**
 * Splits `name[:tag][@digest]` without mistaking a registry port for a tag.
 * A sha256 digest splits the way Coolify stores it: name `nginx@sha256`, tag the bare 64-hex
 * digest (app/Services/DockerImageParser.php:18-22, ApplicationsController.php:2218-2224). The
 * tag rule has no `:` (app/Support/ValidationPatterns.php:146), and PATCH stores the pair as
 * sent, so the name must keep `@sha256` for the digest to stay a digest.
 */
export function splitImage(ref: string): { name: string; tag?: string } {
  const digest = SHA256_DIGEST_RE.exec(ref);
  if (digest) return { name: `${digest[1]}@sha256`, tag: (digest[2] ?? '').toLowerCase() };
  if (/@sha256$/i.test(ref)) return { name: ref };
  const at = ref.indexOf('@');
  if (at >= 0) return { name: ref.slice(0, at), tag: ref.slice(at + 1) };
  const lastSlash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  if (colon > lastSlash) return { name: ref.slice(0, colon), tag: ref.slice(colon + 1) };
  return { name: ref };
}

function canonicalImageName(name: string): string {
  let n = name.trim().toLowerCase();
  n = n.replace(/^(index\.)?docker\.io\//, '');
  n = n.replace(/^library\/(?=[^/]+$)/, '');
  return n;
}

/** Image name without tag, registry default (`docker.io/library/redis` ≡ `redis`). */
export const imageName: Normalizer = (v) => {
  if (isEmpty(v)) return null;
  if (typeof v !== 'string') return v;
  return canonicalImageName(splitImage(v).name);
};

/** Image tag; empty means `latest`. */
export const imageTag: Normalizer = (v) => (isEmpty(v) ? 'latest' : typeof v === 'string' ? v.trim() : v);

/** Whole image reference `name:tag` (database `image`): defaults and registry prefix removed. */
export const imageRef: Normalizer = (v) => {
  if (isEmpty(v)) return null;
  if (typeof v !== 'string') return v;
  const { name, tag } = splitImage(v.trim());
  return `${canonicalImageName(name)}:${tag ?? 'latest'}`;
};

/**
 * Git repository: `https://github.com/org/repo(.git)` ≡ `org/repo` ≡ `git@github.com:org/repo.git`.
 * Other hosts keep the host: `gitlab.com/org/repo`.
 */
export const gitRepository: Normalizer = (v) => {
  if (isEmpty(v)) return null;
  if (typeof v !== 'string') return v;
  let s = v.trim();
  s = s.replace(/^[a-z+]+:\/\//i, '');
  s = s.replace(/^[^@/]+@([^:/]+):/, '$1/');
  s = s.replace(/^[^@/]+@/, '');
  s = s.replace(/\/+$/, '').replace(/\.git$/i, '');
  s = s.replace(/^(www\.)?github\.com\//i, '');
  return s.toLowerCase();
};

const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decodes a base64 string when it is clearly one (round-trips, printable); else the input. */
export function decodeBase64IfEncoded(s: string): string {
  const compact = s.replace(/\s+/g, '');
  if (compact.length < 4 || compact.length % 4 !== 0 || !BASE64_RE.test(compact)) return s;
  const decoded = Buffer.from(compact, 'base64').toString('utf8');
  if (Buffer.from(decoded, 'utf8').toString('base64') !== compact) return s;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(decoded)) return s;
  return decoded;
}

/** Base64 both ways: a stored base64 blob and the plain text compare equal. */
export const base64Text: Normalizer = (v) => {
  if (isEmpty(v)) return null;
  if (typeof v !== 'string') return v;
  return decodeBase64IfEncoded(v).replace(/\r\n/g, '\n').replace(/\n+$/, '');
};

/** Encodes text as base64 (payload side). */
export function encodeBase64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

function splitList(v: unknown, sep: RegExp): string[] {
  if (Array.isArray(v)) return v.map((x) => String(x).trim()).filter((x) => x !== '');
  if (typeof v === 'number') return [String(v)];
  if (typeof v !== 'string') return [];
  return v
    .split(sep)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/** Comma-separated list, order kept (`"3000, 3001"` ≡ `"3000,3001"` ≡ `[3000, 3001]`). */
export const commaList: Normalizer = (v) => {
  if (isEmpty(v)) return null;
  const items = splitList(v, /,/);
  return items.length === 0 ? null : items;
};

/** Comma-separated list compared as a set. */
export const commaSet: Normalizer = (v) => {
  const l = commaList(v);
  return Array.isArray(l) ? [...new Set(l)].sort() : l;
};

/** Newline-separated list, order kept (watch paths). */
export const lineList: Normalizer = (v) => {
  if (isEmpty(v)) return null;
  const items = splitList(v, /\r?\n/);
  return items.length === 0 ? null : items;
};

/** Domains: an order-insensitive set; scheme and host lower-cased, trailing slash dropped. */
export const domains: Normalizer = (v) => {
  if (isEmpty(v)) return null;
  const items = splitList(v, /,/).map((d) => {
    const m = /^([a-z]+:\/\/)?([^/]+)(.*)$/i.exec(d);
    const scheme = (m?.[1] ?? '').toLowerCase();
    const host = (m?.[2] ?? d).toLowerCase();
    const rest = (m?.[3] ?? '').replace(/\/+$/, '');
    return `${scheme}${host}${rest}`;
  });
  return items.length === 0 ? null : [...new Set(items)].sort();
};

const MEMORY_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** Memory limits in bytes (`"2g"` ≡ `"2048M"`); `"0"` (Coolify's "no limit") is empty. */
export const memory: Normalizer = (v) => {
  if (isEmpty(v)) return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([bkmgt]?)(?:i?b)?\s*$/i.exec(String(v));
  if (!m) return v;
  const bytes = Number(m[1]) * (MEMORY_UNITS[(m[2] ?? '').toLowerCase()] ?? 1);
  return bytes === 0 ? null : bytes;
};

/** A numeric limit where `"0"` / 0 means "no limit" (cpus). */
export const zeroIsUnset: Normalizer = (v) => {
  const n = numeric(v);
  return n === 0 ? null : n;
};

/** Paths inside a repository or container: leading slash, no trailing slash (`''` ≡ `/`). */
export const path: Normalizer = (v) => {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') return v;
  const trimmed = v.trim().replace(/\/+$/, '');
  return trimmed.startsWith('/') ? trimmed || '/' : `/${trimmed}`;
};

/** Storage names: Coolify prefixes the owner's uuid (`abc…xyz-data` ≡ `data`). */
export const storageName: Normalizer = (v) => {
  if (isEmpty(v)) return null;
  if (typeof v !== 'string') return v;
  return v.replace(/^[a-z0-9]{24}-/, '');
};

/** Service urls `[{name,url}]` as a set sorted by name, urls normalised like domains. */
export const urlList: Normalizer = (v) => {
  if (!Array.isArray(v) || v.length === 0) return null;
  return v
    .map((e) => {
      const r = (e ?? {}) as Record<string, unknown>;
      const d = domains(r['url']);
      return { name: String(r['name'] ?? ''), url: Array.isArray(d) ? d.join(',') : d };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
};

/**
 * A compose app's `docker_compose_domains` as a set of `{name, domain}` sorted by name, domains
 * normalised like `domains`: the manifest's list of `{name, domain}` and the live JSON text
 * Coolify stores (`{"web":{"domain":"…","redirect":"www"}}`) compare alike; blank domains and
 * an empty map are unset.
 */
export const composeDomainList: Normalizer = (v) => {
  let items: Array<{ name: string; domain: unknown }> = [];
  if (typeof v === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(v);
    } catch {
      return v;
    }
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      items = Object.entries(parsed as Record<string, unknown>).map(([name, e]) => ({
        name,
        domain: e !== null && typeof e === 'object' ? (e as Record<string, unknown>)['domain'] : e,
      }));
    }
  } else if (Array.isArray(v)) {
    items = v.map((e) => {
      const r = (e ?? {}) as Record<string, unknown>;
      return { name: String(r['name'] ?? ''), domain: r['domain'] };
    });
  }
  const out = items
    .map((e) => {
      const d = domains(e.domain);
      return { name: e.name, domain: Array.isArray(d) ? d.join(',') : d };
    })
    .filter((e) => e.domain !== null && e.domain !== '')
    .sort((a, b) => a.name.localeCompare(b.name));
  return out.length === 0 ? null : out;
};

/** Composes normalisers left to right. */
export function chain(...fns: Normalizer[]): Normalizer {
  return (v) => fns.reduce<unknown>((acc, f) => f(acc), v);
}
