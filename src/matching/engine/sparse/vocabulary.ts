/** Numbers each distinct term (a stem, a concept id…) in order of first appearance. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly termList: string[] = [];

  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.termList.length;
      this.ids.set(term, id);
      this.termList.push(term);
    }
    return id;
  }

  find(term: string): number | undefined {
    return this.ids.get(term);
  }

  term(id: number): string {
    return this.termList[id];
  }

  /** An independent copy: terms added to it do not reach this one. */
  clone(): Vocabulary {
    return Vocabulary.of(this.termList);
  }

  /** The terms in id order. */
  terms(): string[] {
    return [...this.termList];
  }

  static of(terms: readonly string[]): Vocabulary {
    const vocabulary = new Vocabulary();
    for (const term of terms) vocabulary.idOf(term);
    return vocabulary;
  }

  get size(): number {
    return this.termList.length;
  }
}
