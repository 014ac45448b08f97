// The DOM subset `lib/` reads, as plain linked nodes: what jsdom built for the CLI at ten times the
// cost (styles parsed, wrappers, live collections). Read-only once parsed; `parse.ts` builds it.
// Members mirror the DOM's names and semantics for an HTML document (tagName upper-cased in the
// HTML namespace, `title` stripped and collapsed, `body` the html element's body/frameset child).

import { html } from 'parse5';

export const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** The HTML elements' tagName by local name, made once rather than by every element. */
const UPPER_NAMES = new Map<string, string>(Object.values(html.TAG_NAMES).map((name) => [name, name.toUpperCase()]));

/** parse5's token attribute, kept as the element's: foreign content's adjusted names carry their prefix and namespace. */
export interface Attr {
  name: string;
  value: string;
  prefix?: string;
  namespace?: string;
}

// Fields are declared and assigned in constructors, never class fields: V8 defines class fields one
// property at a time, which cost as much as parsing. `nodeType` lives on the prototype.
export abstract class LightNode {
  abstract readonly nodeType: number;
  declare parentNode: LightParent | null;
  declare previousSibling: LightChild | null;
  declare nextSibling: LightChild | null;

  constructor() {
    this.parentNode = null;
    this.previousSibling = null;
    this.nextSibling = null;
  }

  get parentElement(): LightElement | null {
    return this.parentNode instanceof LightElement ? this.parentNode : null;
  }
}

export class LightText extends LightNode {
  declare data: string;
  constructor(data: string) {
    super();
    this.data = data;
  }
  get nodeType(): 3 {
    return 3;
  }
}

export class LightComment extends LightNode {
  declare data: string;
  constructor(data: string) {
    super();
    this.data = data;
  }
  get nodeType(): 8 {
    return 8;
  }
}

export class LightDoctype extends LightNode {
  declare name: string;
  declare publicId: string;
  declare systemId: string;
  constructor(name: string, publicId: string, systemId: string) {
    super();
    this.name = name;
    this.publicId = publicId;
    this.systemId = systemId;
  }
  get nodeType(): 10 {
    return 10;
  }
}

export type LightChild = LightElement | LightText | LightComment | LightDoctype;

export abstract class LightParent extends LightNode {
  declare firstChild: LightChild | null;
  declare lastChild: LightChild | null;

  constructor() {
    super();
    this.firstChild = null;
    this.lastChild = null;
  }

  get childNodes(): LightChild[] {
    const out: LightChild[] = [];
    for (let c = this.firstChild; c; c = c.nextSibling) out.push(c);
    return out;
  }

  get firstElementChild(): LightElement | null {
    let c = this.firstChild;
    while (c && !(c instanceof LightElement)) c = c.nextSibling;
    return c;
  }

  /** Inclusive, as the DOM's: a node contains itself. */
  contains(other: LightNode | null): boolean {
    for (let n: LightNode | null = other; n; n = n.parentNode) if (n === this) return true;
    return false;
  }

  /** Descendant elements named `name` (lower-case HTML names; foreign elements by exact name), in tree order. Template contents are not descendants. */
  getElementsByTagName(name: string): LightElement[] {
    const lower = name.toLowerCase();
    const out: LightElement[] = [];
    walkElements(this, (el) => {
      if (name === '*' || (el.namespaceURI === HTML_NS ? el.localName === lower : el.localName === name)) out.push(el);
    });
    return out;
  }

  appendChild(node: LightChild): void {
    this.insertBefore(node, null);
  }

  insertBefore(node: LightChild, ref: LightChild | null): void {
    node.parentNode = this;
    node.nextSibling = ref;
    node.previousSibling = ref ? ref.previousSibling : this.lastChild;
    if (node.previousSibling) node.previousSibling.nextSibling = node;
    else this.firstChild = node;
    if (ref) ref.previousSibling = node;
    else this.lastChild = node;
  }

  removeChild(node: LightChild): void {
    if (node.previousSibling) node.previousSibling.nextSibling = node.nextSibling;
    else this.firstChild = node.nextSibling;
    if (node.nextSibling) node.nextSibling.previousSibling = node.previousSibling;
    else this.lastChild = node.previousSibling;
    node.parentNode = node.previousSibling = node.nextSibling = null;
  }
}

export class LightFragment extends LightParent {
  get nodeType(): 11 {
    return 11;
  }
}

export class LightElement extends LightParent {
  declare readonly localName: string;
  declare readonly namespaceURI: string;
  declare readonly tagName: string;
  declare attrs: Attr[];
  /** A `<template>`'s contents, kept out of the tree as the DOM keeps them. */
  declare content: LightFragment | null;

  constructor(localName: string, namespaceURI: string, attrs: Attr[]) {
    super();
    this.localName = localName;
    this.namespaceURI = namespaceURI;
    this.tagName = namespaceURI === HTML_NS ? (UPPER_NAMES.get(localName) ?? localName.toUpperCase()) : localName;
    this.attrs = attrs;
    this.content = null;
  }

  get nodeType(): 1 {
    return 1;
  }

  get nextElementSibling(): LightElement | null {
    let c = this.nextSibling;
    while (c && !(c instanceof LightElement)) c = c.nextSibling;
    return c;
  }

  get previousElementSibling(): LightElement | null {
    let c = this.previousSibling;
    while (c && !(c instanceof LightElement)) c = c.previousSibling;
    return c;
  }

  hasAttributes(): boolean {
    return this.attrs.length > 0;
  }

  getAttribute(name: string): string | null {
    const wanted = this.namespaceURI === HTML_NS ? name.toLowerCase() : name;
    for (const a of this.attrs) if ((a.prefix ? `${a.prefix}:${a.name}` : a.name) === wanted) return a.value;
    return null;
  }

  /** Every descendant text node's data in tree order (comments left out), as the DOM's. */
  get textContent(): string {
    let out = '';
    const stack: LightChild[] = [];
    for (let c = this.lastChild; c; c = c.previousSibling) stack.push(c);
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n instanceof LightText) out += n.data;
      else if (n instanceof LightElement) for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
    return out;
  }
}

export class LightDocument extends LightParent {
  declare private byName: Map<string, LightElement[]> | null;

  constructor() {
    super();
    this.byName = null;
  }

  /**
   * The index `getElementsByTagName` reads, from the parser when it could make it as it built the
   * tree (parse.ts): every element by local name, in tree order, template contents left out.
   */
  setIndex(byName: Map<string, LightElement[]>): void {
    this.byName = byName;
  }

  get nodeType(): 9 {
    return 9;
  }

  get documentElement(): LightElement | null {
    return this.firstElementChild;
  }

  get head(): LightElement | null {
    return this.htmlChild(['head']);
  }

  get body(): LightElement | null {
    return this.htmlChild(['body', 'frameset']);
  }

  /** The first `<title>`'s own text, ASCII whitespace stripped and collapsed (an `<svg>` root's title child in an SVG document). */
  get title(): string {
    const root = this.documentElement;
    let title: LightElement | null = null;
    if (root && root.localName === 'svg') {
      for (let c = root.firstElementChild; c && !title; c = c.nextElementSibling) if (c.localName === 'title') title = c;
    } else {
      title = this.getElementsByTagName('title').find((t) => t.namespaceURI === HTML_NS) ?? null;
    }
    let text = '';
    for (let c = title?.firstChild ?? null; c; c = c.nextSibling) if (c instanceof LightText) text += c.data;
    return text.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
  }

  /** One walk indexes every element by name: the tree does not change once parsed, and `lib/` asks for a few names. */
  override getElementsByTagName(name: string): LightElement[] {
    if (!this.byName) {
      const byName = new Map<string, LightElement[]>();
      walkElements(this, (el) => indexElement(byName, el));
      this.byName = byName;
    }
    // A mixed-case name matches foreign elements exactly: rare enough to walk for.
    if (name !== name.toLowerCase() || name === '*') return super.getElementsByTagName(name);
    return (this.byName.get(name) ?? []).slice();
  }

  private htmlChild(names: string[]): LightElement | null {
    const root = this.documentElement;
    if (!root || root.localName !== 'html' || root.namespaceURI !== HTML_NS) return null;
    for (let c = root.firstElementChild; c; c = c.nextElementSibling) if (names.includes(c.localName) && c.namespaceURI === HTML_NS) return c;
    return null;
  }
}

/** `el` added to the index of elements by local name. */
export function indexElement(byName: Map<string, LightElement[]>, el: LightElement): void {
  const list = byName.get(el.localName);
  if (list) list.push(el);
  else byName.set(el.localName, [el]);
}

function walkElements(root: LightParent, visit: (el: LightElement) => void): void {
  const stack: LightChild[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!(n instanceof LightElement)) continue;
    visit(n);
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
}
