/**
 * uri → the Article of one document version: analysed on first request, reused by every
 * feature until the document changes, dropped on close, bounded in size. An instance, not a
 * global, so tests get a fresh one.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, type Article } from './analysis/index';

interface Entry {
  version: number;
  maxLength: number;
  article: Article;
}

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
    const article = analyse(doc.getText(), { maxLength });
    this.#entries.delete(doc.uri);
    this.#entries.set(doc.uri, { version: doc.version, maxLength, article });
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
