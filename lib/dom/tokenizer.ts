// parse5's tokenizer for the light DOM's parse (parse.ts): the same tokens, read with fewer calls
// and fewer allocations. Overrides only; each says what parse5's own code does for the input it takes.
import { html, Token, Tokenizer } from 'parse5';

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const isAsciiUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
/**
 * What a tag or attribute name state appends and nothing more: not white space, a line break, `/`,
 * `>`, `=`, `"`, `'`, `<`, NUL, a surrogate, a code point beyond the BMP (two units) or EOF (-1).
 */
function isNameChar(c: number): boolean {
  if (c >= 0x80) return c < 0xd800 || (c > 0xdfff && c <= 0xffff);
  if (c > 0x20) return c !== 0x2f && c !== 0x3e && c !== 0x3d && c !== 0x22 && c !== 0x27 && c !== 0x3c;
  return c > 0 && c !== 0x20 && c !== 0x09 && c !== LINE_FEED && c !== 0x0c && c !== CARRIAGE_RETURN;
}
/** The formatting elements, whose start tags the tree builder keeps in its list of them (parse5's `startTagInBody`). */
const FORMATTING = new Set<string>(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
/**
 * The attribute list of a tag that has none, shared. parse5 changes a token's list only by pushing an
 * attribute (`_leaveAttrName`, which gives the token a list of its own first), and the tree adapter
 * copies a list before adding to it; frozen, so anything else would throw.
 */
const NO_ATTRS: Token.Attribute[] = Object.freeze([]) as unknown as Token.Attribute[];
/** The HTML standard's ASCII white space as the tokenizer tells it (carriage returns are line feeds by then). */
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === LINE_FEED || c === 0x0c || c === CARRIAGE_RETURN;

// Runs of plain characters: the kinds, and the ASCII characters each stops at, as bits of a table.
// Every kind stops at NUL, line feed, carriage return, surrogates and the end of the input; a run of
// white space also at anything that is not a space, tab or form feed. Stopping early is always
// right (parse5's state reads the character); a run must only never take in one its state treats
// otherwise than appending it to the run.
const TEXT = 1; // text, and style and script content: `<`, `&`, white space (a token of its own)
const DOUBLE_QUOTED = 2; // `"`, `&`
const SINGLE_QUOTED = 4; // `'`, `&`
const UNQUOTED = 8; // white space, `&`, `>`, and `"`, `'`, `<`, `=`, `` ` `` (parse errors)
const SPACES = 16; // text's spaces, tabs and form feeds
const STOPS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const at = (chars: string): boolean => chars.includes(String.fromCharCode(c));
  STOPS[c] =
    (c === 0 || c === LINE_FEED || c === CARRIAGE_RETURN ? TEXT | DOUBLE_QUOTED | SINGLE_QUOTED | UNQUOTED : 0) |
    (at('<& \t\f') ? TEXT : 0) |
    (at('"&') ? DOUBLE_QUOTED : 0) |
    (at("'&") ? SINGLE_QUOTED : 0) |
    (at(' \t\f&>"\'<=`') ? UNQUOTED : 0) |
    (at(' \t\f') ? 0 : SPACES);
}
const stops = (c: number, kind: number): boolean => (c < 0x80 ? (STOPS[c]! & kind) !== 0 : kind === SPACES || (c >= 0xd800 && c <= 0xdfff));

/**
 * parse5's tokenizer, reading runs of plain characters — of text, style and script content,
 * attribute values, tag and attribute names — at once rather than one call each (a Word export's
 * inline styles are two thirds of its bytes), and making fewer objects per tag. For those characters
 * it does exactly what the character-by-character states do: the run and the input position advance,
 * nothing else; every character a state treats otherwise (a line break, carriage return, NUL,
 * reference, surrogate, quote, the white space that ends a token) takes parse5's own path.
 * `test/cli/dom-tree.test.ts` holds the tree equal to stock parse5's.
 */
export class RunTokenizer extends Tokenizer {
  /** The one start tag token, made again for every start tag but a formatting element's (see `_createStartTagToken`). */
  private readonly startTag: Token.TagToken = { type: Token.TokenType.START_TAG, tagName: '', tagID: html.TAG_ID.UNKNOWN, selfClosing: false, ackSelfClosing: false, attrs: NO_ATTRS, location: null };
  /** The one end tag token, made again for every end tag (see `_createEndTagToken`). */
  private readonly endTag: Token.TagToken = { type: Token.TokenType.END_TAG, tagName: '', tagID: html.TAG_ID.UNKNOWN, selfClosing: false, ackSelfClosing: false, attrs: NO_ATTRS, location: null };

  // Tag tokens: parse5's own, field for field, but for the attribute list and the object. A start
  // tag's list starts as the shared empty one (a third of a page's elements have no attribute, and
  // keep the token's list as theirs) and gets its own at its first attribute. The tree builder reads a
  // start tag while it is emitted, and keeps one only for a formatting element (to make it again,
  // for misnested markup): one object serves every start tag, and a formatting element's tag is
  // emitted as a copy of its own.
  protected override _createStartTagToken(): void {
    this.reuse(this.startTag, 1);
  }

  protected override emitCurrentTagToken(): void {
    const token = this.currentToken as Token.TagToken;
    if (token === this.startTag && FORMATTING.has(token.tagName)) this.currentToken = { ...token };
    super.emitCurrentTagToken();
  }

  // An end tag is read by the tree builder while it is emitted and kept by nothing after (the tree
  // builder keeps start tags, for formatting elements, and keeps an end tag as its current token only
  // to set locations, which this parser does not record): one object serves every end tag, reset here
  // to what parse5 would make.
  protected override _createEndTagToken(): void {
    this.reuse(this.endTag, 2);
  }

  /** `token` reset to what parse5 would make (`offset`: where its location starts, as parse5 passes it), as the current token. */
  private reuse(token: Token.TagToken, offset: number): void {
    this._flushRun('');
    token.tagName = '';
    token.tagID = html.TAG_ID.UNKNOWN;
    token.selfClosing = false;
    token.ackSelfClosing = false;
    token.attrs = NO_ATTRS;
    token.location = this.getCurrentLocation(offset);
    this.currentToken = token;
  }

  // A tag's first attribute gets the tag a list of its own. Without a location to record (this parser
  // records none), that is all parse5 does for it (no duplicate possible, no name set yet): the list
  // its push would make, at its size — a push to an empty array reserves room for 17.
  protected override _leaveAttrName(): void {
    const token = this.currentToken as Token.TagToken;
    if (token.attrs === NO_ATTRS) {
      if (token.location === null) {
        token.attrs = [this.currentAttr];
        return;
      }
      token.attrs = [];
    }
    super._leaveAttrName();
  }

  // Text, and style and script content: after a character that joined the text token's run, the
  // characters of its kind (white space or not) that follow. Not after a NUL in text, which makes a
  // token of its own; in style and script content it is replaced, in a token of other characters.
  protected override _stateData(cp: number): void {
    const state = this.state;
    super._stateData(cp);
    if (this.state === state && cp !== 0) this.skipRun(cp, isSpace(cp) ? SPACES : TEXT);
  }

  protected override _stateRawtext(cp: number): void {
    const state = this.state;
    super._stateRawtext(cp);
    if (this.state === state) this.skipRun(cp, isSpace(cp) ? SPACES : TEXT);
  }

  protected override _stateScriptData(cp: number): void {
    const state = this.state;
    super._stateScriptData(cp);
    if (this.state === state) this.skipRun(cp, isSpace(cp) ? SPACES : TEXT);
  }

  protected override _stateAttributeValueDoubleQuoted(cp: number): void {
    const state = this.state;
    super._stateAttributeValueDoubleQuoted(cp);
    if (this.state === state) this.skipRun(cp, DOUBLE_QUOTED);
  }

  protected override _stateAttributeValueSingleQuoted(cp: number): void {
    const state = this.state;
    super._stateAttributeValueSingleQuoted(cp);
    if (this.state === state) this.skipRun(cp, SINGLE_QUOTED);
  }

  protected override _stateAttributeValueUnquoted(cp: number): void {
    const state = this.state;
    super._stateAttributeValueUnquoted(cp);
    if (this.state === state) this.skipRun(cp, UNQUOTED);
  }

  // Tag and attribute names: in these states a plain character is appended to the name (ASCII upper
  // case lowered), one string concatenation per character — most of the bytes the parse allocated.
  // Given such a character, the override appends it and the plain characters after it as one slice.
  protected override _stateTagName(cp: number): void {
    const run = this.nameRun(cp);
    if (run === null) super._stateTagName(cp);
    else (this.currentToken as Token.TagToken).tagName += run;
  }

  protected override _stateAttributeName(cp: number): void {
    const run = this.nameRun(cp);
    if (run === null) super._stateAttributeName(cp);
    else this.currentAttr.name += run;
  }

  /**
   * When `cp`, the current input character, is one the name states append as is or ASCII-lower-cased:
   * it and the like characters after it, lower-cased the same way, with the input advanced to the
   * run's last character. Otherwise null, and parse5's own state reads `cp`: white space, line
   * breaks and carriage returns, `/`, `>`, `=`, quotes, `<`, NUL, surrogates and EOF (which end the
   * name, are replaced, report an error or move the preprocessor's line and gap bookkeeping).
   * Controls and non-characters are taken in: the preprocessor would only report them as parse
   * errors, which this parser does not ask for.
   */
  private nameRun(cp: number): string | null {
    if (!isNameChar(cp)) return null;
    const input = this.preprocessor;
    const text = input.html;
    const start = input.pos;
    let end = start + 1;
    let upper = isAsciiUpper(cp);
    let ascii = cp < 0x80;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (!isNameChar(c)) break;
      if (isAsciiUpper(c)) upper = true;
      else if (c >= 0x80) ascii = false;
    }
    input.pos = end - 1;
    this.consumedAfterSnapshot += end - 1 - start;
    const run = text.slice(start, end);
    if (!upper) return run;
    // String#toLowerCase lowers more than ASCII (and can change a length); the states lower only A–Z.
    return ascii ? run.toLowerCase() : run.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  }

  /**
   * After `cp` was appended to the run of the token being built (text or an attribute value): the
   * characters of `kind` that follow, appended at once — the run and the input position advance,
   * nothing else, as the state's own call per character would. Only when `cp` was no line break (the
   * preprocessor then holds no pending end of line) and the run ends at it (so the next character
   * would extend it, not start another: after a NUL's replacement, a reference or a chunk dropped).
   */
  private skipRun(cp: number, kind: number): void {
    const input = this.preprocessor;
    if (cp === LINE_FEED || this.runEnd !== input.pos + 1) return;
    const text = input.html;
    let end = input.pos + 1;
    while (end < text.length && !stops(text.charCodeAt(end), kind)) end++;
    const skipped = end - (input.pos + 1);
    if (skipped === 0) return;
    input.pos += skipped;
    this.runEnd += skipped;
    this.consumedAfterSnapshot += skipped;
  }
}
