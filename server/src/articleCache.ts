/**
 * uri → the Article of one document version: analysed on first request, reused by every
 * feature until the document changes, dropped on close, bounded in size. An instance, not a
 * global, so tests get a fresh one.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, ParagraphMemo, type Article } from './analysis/index';

interface Entry {
  version: number;
  maxLength: number;
  article: Article;
  /** The paragraphs' results for the next version (null for a first version and very long documents). */
  memo: ParagraphMemo | null;
}

/**
 * Longest document whose paragraph results are kept between versions: the memo holds every
 * token of the document, about 20 bytes a character, where an analysis alone frees them as it goes.
 */
const MEMO_MAX_LENGTH = 500_000;

export class ArticleCache {
  readonly #entries = new Map<string, Entry>();
  readonly #capacity: number;
  /** How many analyses ran (a test reads it to prove reuse). */
  analyses = 0;

  constructor(capacity = 64) {
    this.#capacity = capacity;
  }

  get(doc: TextDocument, maxLength: number): Article {
    const hit = this.#entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.maxLength === maxLength) {
      // refresh its place in the LRU order
      this.#entries.delete(doc.uri);
      this.#entries.set(doc.uri, hit);
      return hit.article;
    }
    this.analyses++;
    const text = doc.getText();
    // a memo from the second version on: a document opened and never edited holds none
    const memo = text.length > MEMO_MAX_LENGTH || !hit ? null : hit.memo ?? new ParagraphMemo();
    const article = analyse(text, { maxLength, memo: memo ?? undefined });
    this.#entries.delete(doc.uri);
    this.#entries.set(doc.uri, { version: doc.version, maxLength, article, memo });
    while (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value as string);
    return article;
  }

  drop(uri: string): void {
    this.#entries.delete(uri);
  }

  clear(): void {
    this.#entries.clear();
  }
}
