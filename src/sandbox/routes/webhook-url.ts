/**
 * Coolify's SafeWebhookUrl rule (app/Rules/SafeWebhookUrl.php, 4.3.11), which every
 * notification webhook URL passes (NotificationsController.php:65, :87, :166): an http(s) URL
 * whose host is no loopback, private, link-local or special-use address, and no `localhost`,
 * `.local` or `.internal` name. The sandbox does no DNS: a host name is taken as resolving to a
 * public address, except the names RFC 6761 reserves as never resolving (`.invalid`, `.test`,
 * `.example`), which answer as an unresolvable one does. The instance's allow-list of internal
 * targets (`isAllowlistedIp`, `isAllowedHostname`) is empty, as on a fresh instance.
 */

/** `privateTargetMessage` (:97-102); the settings link as a fresh instance's APP_URL gives it. */
const PRIVATE = 'The :attribute points to a local or private address that is not allowed. Configure allowed internal targets: http://localhost/settings/advanced#endpoint-section';

function ipv4(host: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : undefined;
}

function inCidr(ip: number[], cidr: string): boolean {
  const [base, bitsText] = cidr.split('/');
  const b = ipv4(base!)!;
  const bits = Number(bitsText);
  const toInt = (x: number[]): number => ((x[0]! << 24) >>> 0) + (x[1]! << 16) + (x[2]! << 8) + x[3]!;
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return ((toInt(ip) & mask) >>> 0) === ((toInt(b) & mask) >>> 0);
}

// isSpecialUseIpv4 (:423-440) and PHP's FILTER_FLAG_NO_PRIV_RANGE | FILTER_FLAG_NO_RES_RANGE (isPublicIp, :377-387)
const NOT_PUBLIC = ['0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '224.0.0.0/4', '240.0.0.0/4', '255.255.255.255/32'];

/** The rule's message (`:attribute` unreplaced) for a URL, or undefined when it passes. */
export function webhookUrlError(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // :33-37 FILTER_VALIDATE_URL
    return 'The :attribute must be a valid URL.';
  }
  // :39-44
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'The :attribute must use the http or https scheme.';
  const host = url.hostname.toLowerCase();
  // :46-51
  if (host === '') return 'The :attribute must contain a valid host.';
  // :53-57
  if (host.endsWith('.')) return 'The :attribute host must not end with a trailing dot.';
  // :63-68 isBlockedHostname (:478-484)
  if (host === 'localhost' || host.endsWith('.local') || host.endsWith('.internal')) return PRIVATE;
  const ip = ipv4(host);
  if (ip !== undefined) {
    // :70-78: link-local has its own message; any other non-public address the private one
    if (inCidr(ip, '169.254.0.0/16')) return 'The :attribute must not point to link-local addresses.';
    return NOT_PUBLIC.some((c) => inCidr(ip, c)) ? PRIVATE : undefined;
  }
  if (host.startsWith('[')) {
    const v6 = host.slice(1, -1);
    if (/^fe[89ab]/.test(v6)) return 'The :attribute must not point to link-local addresses.';
    return v6 === '::1' || /^f[cd]/.test(v6) ? PRIVATE : undefined;
  }
  // :80-85 resolveHost answered nothing
  if (/\.(invalid|test|example)$/.test(host)) return 'The :attribute host could not be resolved.';
  return undefined;
}
