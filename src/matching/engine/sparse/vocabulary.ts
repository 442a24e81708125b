/** Numbers each distinct term (a stem, a concept id…) in order of first appearance. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];

  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  find(term: string): number | undefined {
    return this.ids.get(term);
  }

  term(id: number): string {
    return this.terms[id];
  }

  /** An independent copy: terms added to it do not reach this one. */
  clone(): Vocabulary {
    const copy = new Vocabulary();
    for (const term of this.terms) copy.idOf(term);
    return copy;
  }

  get size(): number {
    return this.terms.length;
  }
}
