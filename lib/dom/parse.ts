import { Parser, Tokenizer, type html, type Token, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';
import {
  LightComment,
  LightDoctype,
  LightDocument,
  LightElement,
  LightFragment,
  LightParent,
  LightText,
  type LightChild,
  type LightNode,
} from './nodes';

type Types = TreeAdapterTypeMap<
  LightNode,
  LightParent,
  LightChild,
  LightDocument,
  LightFragment,
  LightElement,
  LightComment,
  LightText,
  LightElement,
  LightDoctype
>;
type Mode = html.DOCUMENT_MODE;

const modes = new WeakMap<LightDocument, Mode>();

/** parse5 building light nodes: the HTML standard's tree (foster parenting, implied tbody, unclosed tables) as browsers build it. */
export const lightTreeAdapter: TreeAdapter<Types> = {
  createDocument: () => new LightDocument(),
  createDocumentFragment: () => new LightFragment(),
  // The token's attributes become the element's: parse5 never changes them after (its own tree does the same).
  createElement: (tagName, namespaceURI, attrs) => new LightElement(tagName, namespaceURI, attrs),
  createCommentNode: (data) => new LightComment(data),
  createTextNode: (value) => new LightText(value),
  appendChild: (parent, node) => parent.appendChild(node),
  insertBefore: (parent, node, ref) => parent.insertBefore(node, ref),
  setTemplateContent: (template, content) => void (template.content = content),
  getTemplateContent: (template) => template.content!,
  setDocumentType(doc, name, publicId, systemId) {
    for (let c = doc.firstChild; c; c = c.nextSibling) {
      if (c instanceof LightDoctype) {
        Object.assign(c, { name, publicId, systemId });
        return;
      }
    }
    doc.appendChild(new LightDoctype(name, publicId, systemId));
  },
  setDocumentMode: (doc, mode) => void modes.set(doc, mode),
  getDocumentMode: (doc) => modes.get(doc) ?? ('no-quirks' as Mode),
  detachNode: (node) => node.parentNode?.removeChild(node),
  insertText(parent, text) {
    const last = parent.lastChild;
    if (last instanceof LightText) last.data += text;
    else parent.appendChild(new LightText(text));
  },
  insertTextBefore(parent, text, ref) {
    const prev = ref.previousSibling;
    if (prev instanceof LightText) prev.data += text;
    else parent.insertBefore(new LightText(text), ref);
  },
  adoptAttributes(recipient, attrs) {
    // A copy: an element made again for misnested formatting (the adoption agency) shares its token's list.
    const have = new Set(recipient.attrs.map((a) => a.name));
    recipient.attrs = [...recipient.attrs, ...attrs.filter((a) => !have.has(a.name)).map(attr)];
  },
  getFirstChild: (node) => node.firstChild,
  getChildNodes: (node) => node.childNodes,
  getParentNode: (node) => node.parentNode,
  getAttrList: (el) => el.attrs.map((a) => ({ name: a.name, value: a.value, ...(a.prefix ? { prefix: a.prefix } : {}) })),
  getTagName: (el) => el.localName,
  getNamespaceURI: (el) => el.namespaceURI as html.NS,
  getTextNodeContent: (node) => node.data,
  getCommentNodeContent: (node) => node.data,
  getDocumentTypeNodeName: (node) => node.name,
  getDocumentTypeNodePublicId: (node) => node.publicId,
  getDocumentTypeNodeSystemId: (node) => node.systemId,
  isTextNode: (node): node is LightText => node instanceof LightText,
  isCommentNode: (node): node is LightComment => node instanceof LightComment,
  isDocumentTypeNode: (node): node is LightDoctype => node instanceof LightDoctype,
  isElementNode: (node): node is LightElement => node instanceof LightElement,
  setNodeSourceCodeLocation: () => {},
  getNodeSourceCodeLocation: () => undefined,
  updateNodeSourceCodeLocation: () => {},
};

function attr(a: Token.Attribute): { name: string; value: string; prefix?: string } {
  return a.prefix ? { name: a.name, value: a.value, prefix: a.prefix } : { name: a.name, value: a.value };
}

/**
 * A document from decoded HTML, read the way the CLI has always read it (jsdom: scripting
 * disabled, so `<noscript>` content is markup). Typed as the DOM's `Document` because `lib/`
 * reads only the members `LightDocument` has; `test/cli/dom-parity.test.ts` holds the two equal.
 */
export function parseHtml(html: string): Document {
  const parser = new Parser<Types>({ treeAdapter: lightTreeAdapter, scriptingEnabled: false });
  parser.tokenizer = new RunTokenizer(parser.options, parser);
  parser.tokenizer.write(html, true);
  return parser.document as unknown as Document;
}

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const AMPERSAND = 0x26;
const QUOTATION_MARK = 0x22;
const APOSTROPHE = 0x27;
const LESS_THAN_SIGN = 0x3c;
/** The HTML standard's ASCII white space as the tokenizer tells it (carriage returns are line feeds by then), and NUL. */
const isSpaceOrNul = (c: number): boolean => c === 0x20 || c === 0x09 || c === LINE_FEED || c === 0x0c || c === CARRIAGE_RETURN || c === 0;

/**
 * parse5's tokenizer, reading the plain characters of a quoted attribute value or of text as one
 * run rather than one call each: a Word export's inline styles are two thirds of its bytes, and the
 * tokenizer was three quarters of the time to build its DOM. Exactly what the character-by-character
 * states do for those characters: the run and the input position advance, nothing else (no line
 * break, carriage return, NUL, reference, surrogate or white space is ever skipped; those take
 * parse5's own path). `test/cli/dom-tree.test.ts` holds the tree equal to stock parse5's.
 */
class RunTokenizer extends Tokenizer {
  protected override _stateData(cp: number): void {
    const state = this.state;
    super._stateData(cp);
    // Text: only after a character that is neither white space nor NUL, so the run extends a token of
    // non-space characters, and stopping at white space (which starts a token of its own).
    if (this.state === state && !isSpaceOrNul(cp)) this.skipPlain(cp, LESS_THAN_SIGN, true);
  }

  protected override _stateAttributeValueDoubleQuoted(cp: number): void {
    const state = this.state;
    super._stateAttributeValueDoubleQuoted(cp);
    if (this.state === state) this.skipPlain(cp, QUOTATION_MARK, false);
  }

  protected override _stateAttributeValueSingleQuoted(cp: number): void {
    const state = this.state;
    super._stateAttributeValueSingleQuoted(cp);
    if (this.state === state) this.skipPlain(cp, APOSTROPHE, false);
  }

  /**
   * After `cp` was appended to the value's run: the plain characters that follow, appended at once.
   * Only when `cp` was no line break (the preprocessor then holds no pending end of line) and the run
   * ends at it (so the next character would extend it, not start another).
   */
  private skipPlain(cp: number, stop: number, stopAtSpace: boolean): void {
    const input = this.preprocessor;
    if (cp === LINE_FEED || this.runEnd !== input.pos + 1) return;
    const text = input.html;
    let end = input.pos + 1;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (c === stop || c === AMPERSAND || c === 0 || c === LINE_FEED || c === CARRIAGE_RETURN || (c >= 0xd800 && c <= 0xdfff)) break;
      if (stopAtSpace && isSpaceOrNul(c)) break;
    }
    const skipped = end - (input.pos + 1);
    if (skipped === 0) return;
    input.pos += skipped;
    this.runEnd += skipped;
    this.consumedAfterSnapshot += skipped;
  }
}
