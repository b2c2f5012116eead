// natural is imported from its sub-folders only: its package root runs dotenv (loading the
// working folder's .env into process.env and printing lines) and gives no named ESM exports.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_ru.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/util/stopwords.js' {
  const module: { words: string[] };
  export default module;
}
declare module 'natural/lib/natural/util/stopwords_ru.js' {
  const module: { words: string[] };
  export default module;
}
