/**
 * Which articles hold which words: the workspace index's way to find the few articles a search
 * word can match without reading every article. A query word matches every indexed word that
 * contains it ("illus" finds "illusions"), as the search itself does.
 */

/** The words of a text as search reads them: letters, digits and apostrophes. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}’']+/gu) ?? [];
}

/** The distinct words of some (lower-case) texts. */
export function distinctWords(texts: string[]): string[] {
  const seen = new Set<string>();
  for (const t of texts) for (const w of wordsOf(t)) seen.add(w);
  return [...seen];
}

export class WordPostings<T> {
  /** Article slots by id; a replaced or deleted article leaves a null behind until compaction. */
  #slots: ({ key: string; value: T } | null)[] = [];
  readonly #idOf = new Map<string, number>();
  #postings = new Map<string, number[]>();
  #dead = 0;

  get size(): number {
    return this.#idOf.size;
  }

  set(key: string, value: T, words: string[]): void {
    this.delete(key);
    const id = this.#slots.length;
    this.#slots.push({ key, value });
    this.#idOf.set(key, id);
    for (const w of words) {
      const list = this.#postings.get(w);
      if (list) list.push(id);
      else this.#postings.set(w, [id]);
    }
  }

  delete(key: string): void {
    const id = this.#idOf.get(key);
    if (id === undefined) return;
    this.#slots[id] = null;
    this.#idOf.delete(key);
    if (++this.#dead > 1000 && this.#dead > this.#idOf.size) this.#compact();
  }

  clear(): void {
    this.#slots = [];
    this.#idOf.clear();
    this.#postings.clear();
    this.#dead = 0;
  }

  get(key: string): T | undefined {
    const id = this.#idOf.get(key);
    return id === undefined ? undefined : this.#slots[id]?.value;
  }

  /** Every live entry, in the order they were set. */
  *entries(): Generator<[string, T]> {
    for (const s of this.#slots) if (s) yield [s.key, s.value];
  }

  /** The entries holding, for every query word, some word that contains it. */
  *matching(queryWords: string[]): Generator<[string, T]> {
    let hits: Uint8Array | null = null;
    for (const q of queryWords) {
      const mark = new Uint8Array(this.#slots.length);
      for (const [word, ids] of this.#postings) {
        if (!word.includes(q)) continue;
        for (const id of ids) if (hits === null || hits[id]) mark[id] = 1;
      }
      hits = mark;
    }
    if (!hits) return;
    for (let id = 0; id < hits.length; id++) {
      const s = hits[id] ? this.#slots[id] : null;
      if (s) yield [s.key, s.value];
    }
  }

  /** Drops the ids of replaced and deleted entries from the postings (ids are never reused). */
  #compact(): void {
    for (const [word, ids] of this.#postings) {
      const live = ids.filter((id) => this.#slots[id] !== null);
      if (live.length === 0) this.#postings.delete(word);
      else if (live.length !== ids.length) this.#postings.set(word, live);
    }
    this.#dead = 0;
  }
}
