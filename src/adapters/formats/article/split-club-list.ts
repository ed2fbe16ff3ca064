import { nameKey } from '#core/records/club-names.ts';
import lexicon from './peru-club-names.json' with { type: 'json' };

const OPENING_WORDS = new Set(lexicon.openingWords.map((word) => nameKey(word)));

/**
 * Splits a run of club names that a source wrote without separators ("Deportivo Cañaña Deportivo
 * Pacífico Unión Tarapoto") into names: a known name (from the record itself or the list of Peruvian
 * club names) is taken whole, longest first; otherwise a name runs until a word that opens club
 * names (Deportivo, Unión, Atlético…), a word in capitals (ADT), or a place in brackets that closes
 * one ("José Olaya (Talara)"). Returns the names and whether every one was known.
 *
 * @example
 * splitClubList('Deportivo Cañaña Unión Tarapoto ADT', []).names
 * //=> ['Deportivo Cañaña', 'Unión Tarapoto', 'ADT']
 */
export function splitClubList(
  text: string,
  knownNames: readonly string[],
): { names: string[]; allKnown: boolean } {
  const known = new Map<string, number>();
  for (const name of [...knownNames, ...lexicon.names]) {
    const key = nameKey(name);
    if (key !== '') known.set(key, key.split(' ').length);
  }
  const words = text.trim().split(/\s+/).filter(Boolean);
  const names: string[] = [];
  let allKnown = true;
  let at = 0;
  while (at < words.length) {
    const length = knownAt(words, at, known);
    if (length > 0) {
      let end = at + length;
      // A known name with its place in brackets: "José Olaya (Talara)".
      if (words[end]?.startsWith('(')) {
        while (end < words.length && !words[end - 1]?.endsWith(')')) end += 1;
      }
      names.push(words.slice(at, end).join(' '));
      at = end;
      continue;
    }
    allKnown = false;
    let end = at + 1;
    while (end < words.length) {
      const word = words[end] ?? '';
      if (words[end - 1]?.endsWith(')')) break;
      if (word.startsWith('(')) {
        end += 1;
        continue;
      }
      if (OPENING_WORDS.has(nameKey(word)) || isCapitals(word) || knownAt(words, end, known) > 0)
        break;
      end += 1;
    }
    names.push(words.slice(at, end).join(' '));
    at = end;
  }
  return { names, allKnown };
}

/** The number of words of the longest known name starting at `at`, or 0. @internal */
function knownAt(words: readonly string[], at: number, known: ReadonlyMap<string, number>): number {
  for (let length = Math.min(5, words.length - at); length >= 1; length -= 1) {
    const key = nameKey(words.slice(at, at + length).join(' '));
    if (known.get(key) === length) return length;
  }
  return 0;
}

/** @internal */
function isCapitals(word: string): boolean {
  return word.length >= 2 && /^[\p{Lu}.]+$/u.test(word);
}
