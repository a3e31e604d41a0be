/**
 * A tiny element builder for the dashboard (no framework: the page is a handful of panels
 * replaced when their data changes). Text is always set as text nodes, never parsed as HTML;
 * the one HTML string the page inserts is the escaped Markdown plan (../model/markdown.ts).
 */

/** Attribute values; `false`/`null`/`undefined` leave the attribute out. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** A child: a node, a string (a text node), or nothing. */
export type Child = Node | string | null | undefined | false;

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill(node: Element, attrs: Attrs, children: Child[]): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** An HTML element. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  fill(node, attrs, children);
  return node;
}

/** An SVG element. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  fill(node, attrs, children);
  return node;
}

/** The element with this id (the page's skeleton is static HTML, so a missing one is a bug). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`dashboard: no #${id} in the page`);
  return node as T;
}

/**
 * Replaces the children of `host` with `children`, unless `key` equals the key of the last
 * render (then nothing changes: focus, scroll and open `<details>` stay as they are).
 */
export function render(host: HTMLElement, key: string, ...children: Child[]): void {
  if (host.dataset.renderKey === key) return;
  host.dataset.renderKey = key;
  host.replaceChildren();
  fill(host, {}, children);
}
