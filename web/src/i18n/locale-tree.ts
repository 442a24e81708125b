/** A feature's texts in one language: nested keys, strings at the leaves. */
export interface LocaleTree {
  [key: string]: string | LocaleTree;
}

/** Every key of a tree as a dotted path, sorted: what the completeness test compares. */
export function keyPaths(tree: LocaleTree, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) =>
      typeof value === 'string' ? [prefix + key] : keyPaths(value, `${prefix}${key}.`),
    )
    .sort();
}
