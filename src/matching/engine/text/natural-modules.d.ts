// natural's main entry loads its sentiment module, whose ES-only dependency crashes under Jest's
// ESM mode; we import only these CommonJS files, which ship no typings of their own.

declare module 'natural/lib/natural/stemmers/porter_stemmer_fr.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}

declare module 'natural/lib/natural/util/stopwords_fr.js' {
  const stopwords: { words: string[] };
  export default stopwords;
}

declare module 'natural/lib/natural/util/stopwords.js' {
  const stopwords: { words: string[] };
  export default stopwords;
}
