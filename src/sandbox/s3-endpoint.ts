/**
 * Coolify's endpoint rule for S3 storages (app/Rules/SafeWebhookUrl.php, used by
 * app/Http/Controllers/Api/S3StoragesController.php:281 on create and :395 on update, and by
 * `S3Storage::testConnection`, app/Models/S3Storage.php:176): the URL must be http(s), its host
 * must resolve, and every address must be public. Loopback, private and special-use ranges and
 * the hostnames `localhost`, `*.local`, `*.internal` are refused (the instance allow-list and
 * "allow localhost" settings are off, Coolify's default).
 *
 * Host names are resolved by an injectable resolver; the default never touches the network.
 */
import { isIP, isIPv4 } from 'node:net';

/** Resolves a host name to its addresses; `[]` means "does not resolve". */
export type HostResolver = (host: string) => string[];

/** What the default resolver answers for public-looking names (an address of example.com). */
export const DEFAULT_PUBLIC_ADDRESS = '93.184.215.14';

/**
 * The sandbox's offline resolver, deterministic:
 * - `localhost` → 127.0.0.1 and ::1 (Coolify's own special case), `*.localhost` → 127.0.0.1;
 * - `*.sslip.io` / `*.nip.io` with an embedded IPv4 (`10-0-0-5.sslip.io`) → that address;
 * - single-label names (`minio`) and the reserved TLD `.invalid` → nothing (not resolvable);
 * - every other dotted name → {@link DEFAULT_PUBLIC_ADDRESS}. (Documentation ranges such as
 *   192.0.2.0/24 would not do: Coolify refuses them as special-use.)
 */
export function defaultResolveHost(host: string): string[] {
  const h = host.toLowerCase();
  if (h === 'localhost') return ['127.0.0.1', '::1'];
  if (h.endsWith('.localhost')) return ['127.0.0.1'];
  const wildcard = /(?:^|\.)(\d{1,3})[.-](\d{1,3})[.-](\d{1,3})[.-](\d{1,3})\.(?:sslip|nip)\.io$/.exec(h);
  if (wildcard) {
    const ip = wildcard.slice(1, 5).map(Number).join('.');
    return isIPv4(ip) ? [ip] : [];
  }
  if (!h.includes('.') || h.endsWith('.invalid')) return [];
  return [DEFAULT_PUBLIC_ADDRESS];
}

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((n, p) => n * 256 + Number(p), 0);
}

function inV4(ip: string, cidr: string): boolean {
  const [net, bits] = cidr.split('/') as [string, string];
  const prefix = Number(bits);
  const mask = prefix === 0 ? 0 : Number((0xffffffffn << BigInt(32 - prefix)) & 0xffffffffn);
  return ((v4ToInt(ip) & mask) >>> 0) === ((v4ToInt(net) & mask) >>> 0);
}

/** The 16 bytes of an IPv6 address (with an embedded dotted IPv4 tail if any). */
function v6Bytes(ip: string): number[] {
  let text = ip;
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    tail.push(...dotted[1]!.split('.').map(Number));
    text = text.slice(0, -dotted[1]!.length) + '0:0';
  }
  const [head, rest] = text.includes('::') ? (text.split('::') as [string, string]) : [text, undefined];
  const h = head ? head.split(':') : [];
  const r = rest !== undefined && rest !== '' ? rest.split(':') : [];
  const groups = rest === undefined ? h : [...h, ...Array<string>(8 - h.length - r.length).fill('0'), ...r];
  const bytes = groups.flatMap((g) => {
    const n = parseInt(g || '0', 16);
    return [n >> 8, n & 0xff];
  });
  if (tail.length === 4) bytes.splice(12, 4, ...tail);
  return bytes;
}

function inV6(bytes: number[], cidr: string): boolean {
  const [net, bits] = cidr.split('/') as [string, string];
  const nb = v6Bytes(net);
  let prefix = Number(bits);
  for (let i = 0; i < 16 && prefix > 0; i++, prefix -= 8) {
    const mask = prefix >= 8 ? 0xff : (0xff << (8 - prefix)) & 0xff;
    if ((bytes[i]! & mask) !== (nb[i]! & mask)) return false;
  }
  return true;
}

// SafeWebhookUrl.php isSpecialUseIpv4 / isSpecialUseIpv6, plus PHP's private ranges
// (FILTER_FLAG_NO_PRIV_RANGE) that isPublicIp also excludes.
const V4_NOT_PUBLIC = [
  '0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24',
  '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '224.0.0.0/4', '240.0.0.0/4',
  '255.255.255.255/32',
];
const V6_NOT_PUBLIC = [
  '::/128', '::1/128', '::ffff:0:0/96', '64:ff9b::/96', '100::/64', '2001::/23', '2001:2::/48', '2001:db8::/32',
  '2002::/16', 'fc00::/7', 'fe80::/10', 'ff00::/8',
];

/** `public`, `link-local` or `blocked` (loopback, private, special-use). */
export function classifyAddress(ip: string): 'public' | 'link-local' | 'blocked' {
  let v4: string | undefined = isIPv4(ip) ? ip : undefined;
  if (!v4) {
    const b = v6Bytes(ip);
    // An IPv4-mapped IPv6 address is judged as its IPv4 (extractIpv4FromMappedIpv6).
    if (inV6(b, '::ffff:0:0/96')) v4 = b.slice(12).join('.');
    else {
      if (inV6(b, 'fe80::/10')) return 'link-local';
      return V6_NOT_PUBLIC.some((c) => inV6(b, c)) ? 'blocked' : 'public';
    }
  }
  if (inV4(v4, '169.254.0.0/16')) return 'link-local';
  return V4_NOT_PUBLIC.some((c) => inV4(v4!, c)) ? 'blocked' : 'public';
}

/**
 * Coolify's message for an endpoint that breaks the rule, or undefined when it passes.
 * `settingsUrl` is where the private-target message points (route('settings.advanced')).
 */
export function endpointError(value: string, resolve: HostResolver, settingsUrl: string): string | undefined {
  const privateTarget = `The endpoint points to a local or private address that is not allowed. Configure allowed internal targets: ${settingsUrl}#endpoint-section`;
  let url: URL;
  try {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/?#]+/.test(value)) throw new Error('no host');
    url = new URL(value);
  } catch {
    return 'The endpoint must be a valid URL.';
  }
  if (!['http:', 'https:'].includes(url.protocol)) return 'The endpoint must use the http or https scheme.';
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) return 'The endpoint must contain a valid host.';
  if (host.endsWith('.')) return 'The endpoint host must not end with a trailing dot.';
  if (host === 'localhost' || ['.local', '.internal', '.cluster.local'].some((s) => host.endsWith(s))) return privateTarget;
  if (isIP(host)) {
    const c = classifyAddress(host);
    if (c === 'link-local') return 'The endpoint must not point to link-local addresses.';
    return c === 'public' ? undefined : privateTarget;
  }
  const ips = resolve(host).filter((ip) => isIP(ip) !== 0);
  if (ips.length === 0) return 'The endpoint host could not be resolved.';
  for (const ip of ips) {
    const c = classifyAddress(ip);
    if (c === 'link-local') return 'The endpoint must not resolve to a link-local address.';
    if (c !== 'public') return privateTarget;
  }
  return undefined;
}
