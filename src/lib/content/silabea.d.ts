// Minimal types for the untyped `silabea` package (only what the Spanish readability test uses).
declare module 'silabea' {
  interface Syllabification {
    /** How many syllables the word has. */
    numeroSilaba: number;
    silabas: { silaba: string }[];
  }
  const silabea: { getSilabas(word: string): Syllabification };
  export default silabea;
}
