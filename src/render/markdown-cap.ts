/**
 * Fits a Markdown comment under a character cap (GitHub rejects comments over 65,536
 * characters). The document is built from parts so that, when it is too long, resource bodies
 * are dropped from the end and replaced by a one-line-per-resource list, list sections shrink,
 * and a note says what was left out. The result is always at most `maxChars` long.
 */

/** The parts of a capped Markdown document. */
export interface CappedDocument {
  /** Marker, title, summary and banner; `limit` caps the items of lists inside it. */
  head: (limit: number) => string;
  /** One entry per resource: its full body and its one-line list item. */
  bodies: Array<{ body: string; line: string }>;
  /** Sections shown after the bodies only when nothing is truncated (graph, unmanaged list). */
  extras: string;
  /** Diagnostics and the like, kept when truncated; `limit` caps their items. */
  foot: (limit: number) => string;
  /** Heading of the list of resources whose bodies were dropped. */
  droppedTitle: string;
}

/** Default cap: under GitHub's 65,536-character comment limit with room for a wrapper. */
export const DEFAULT_MAX_CHARS = 65_000;

const LIMITS = [Number.POSITIVE_INFINITY, 100, 20, 5, 0];

/** Assembles the document, truncating as described above when it exceeds `maxChars`. */
export function assembleCapped(doc: CappedDocument, maxChars: number): string {
  const full = doc.head(Infinity) + doc.bodies.map((b) => b.body).join('') + doc.extras + doc.foot(Infinity);
  if (full.length <= maxChars) return full;

  const n = doc.bodies.length;
  const noteFor = (dropped: number): string =>
    `\n---\n… output truncated: ${dropped} ${dropped === 1 ? 'resource' : 'resources'} not shown ` +
    `(plan was ${full.length} characters; the limit is ${maxChars}). See the full plan in the job log / artifact.\n`;
  const worstNote = noteFor(n).length;

  // Shrink the lists in the head and foot until they leave room for the note.
  let head = '';
  let foot = '';
  for (const limit of LIMITS) {
    head = doc.head(limit);
    foot = doc.foot(limit);
    if (head.length + foot.length + worstNote <= maxChars) break;
  }
  const budget = maxChars - head.length - foot.length - worstNote;

  // Keep the first k bodies and list the rest. The list may use at most half the budget, so a
  // very long plan still shows its first resources in detail. Cost never decreases with k
  // (a body is longer than its list line), so the first k that does not fit ends the search.
  const listHeader = `\n**${doc.droppedTitle}**\n\n`;
  const listCap = Math.floor(budget / 2);
  const suffix: number[] = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) suffix[i] = (suffix[i + 1] ?? 0) + (doc.bodies[i]?.line.length ?? 0);
  let k = 0;
  let bodyLen = 0;
  while (k < n) {
    const next = bodyLen + (doc.bodies[k]?.body.length ?? 0);
    const list = k + 1 < n ? Math.min(listHeader.length + (suffix[k + 1] ?? 0), listCap) : 0;
    if (next + list > budget) break;
    bodyLen = next;
    k++;
  }
  let text = head + doc.bodies.slice(0, k).map((b) => b.body).join('');
  if (k < n) {
    let list = listHeader;
    const moreLine = (m: number): string => `- … and ${m} more\n`;
    const room = budget - bodyLen;
    for (let i = k; i < n; i++) {
      const line = doc.bodies[i]?.line ?? '';
      const reserve = i + 1 < n ? moreLine(n - i - 1).length : 0;
      if (list.length + line.length + reserve > room) {
        list += moreLine(n - i);
        break;
      }
      list += line;
    }
    if (list.length <= room) text += list;
  }
  text += foot + noteFor(n - k);
  return text.length <= maxChars ? text : safeSlice(text, maxChars);
}

/** Cuts a string to at most `max` UTF-16 units without leaving half a surrogate pair. */
export function safeSlice(text: string, max: number): string {
  let cut = text.slice(0, Math.max(0, max));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}
