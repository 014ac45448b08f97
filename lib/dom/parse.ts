import { Parser, type html, type Token, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';
import {
  indexElement,
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
import { RunTokenizer } from './tokenizer';

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
  // The element's own list, as parse5's default adapter gives it: the tree builder and the serialiser only read it.
  getAttrList: (el) => el.attrs,
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
  const indexing = indexingAdapter();
  const parser = new Parser<Types>({ treeAdapter: indexing.adapter, scriptingEnabled: false });
  parser.tokenizer = new RunTokenizer(parser.options, parser);
  parser.tokenizer.write(html, true);
  const doc = parser.document;
  const index = indexing.index();
  if (index) doc.setIndex(index);
  return doc as unknown as Document;
}

/**
 * `lightTreeAdapter`, indexing the elements by name as it inserts them, each while it is still in
 * cache. While each is appended after the one inserted before it (as its child, or a later sibling
 * of it or of an ancestor) and none is moved or inserted before another node, insertion order is
 * tree order, and the document's `getElementsByTagName` reads this index instead of walking the tree
 * (a walk over a Word export's ~10,000 elements, cold, took ~0.4 ms). Foster-parented elements,
 * misnested formatting (the adoption agency) and templates do otherwise: then there is no index
 * (the document walks).
 */
function indexingAdapter(): { adapter: TreeAdapter<Types>; index: () => Map<string, LightElement[]> | null } {
  let index: Map<string, LightElement[]> | null = new Map();
  let last: LightElement | null = null;
  const append = (parent: LightParent, node: LightChild): void => {
    if (index && node instanceof LightElement) {
      if (last === null || parent.contains(last)) {
        indexElement(index, node);
        last = node;
      } else {
        index = null;
      }
    }
    parent.appendChild(node);
  };
  const adapter: TreeAdapter<Types> = {
    ...lightTreeAdapter,
    appendChild: append,
    insertBefore(parent, node, ref) {
      if (node instanceof LightElement) index = null;
      parent.insertBefore(node, ref);
    },
    detachNode(node) {
      if (node instanceof LightElement) index = null;
      node.parentNode?.removeChild(node);
    },
    setTemplateContent(template, content) {
      index = null;
      template.content = content;
    },
  };
  return { adapter, index: () => index };
}
