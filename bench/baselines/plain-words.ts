/** The TF-IDF baseline's tokeniser: lower case, split on anything that is not a letter; nothing else. */
export function plainWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\P{L}+/u)
    .filter((word) => word !== '');
}
