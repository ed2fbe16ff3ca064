/** Who goes up, as a season article's prose says it: the places of the last stage and where. */
export interface ProsePromotion {
  /** 1 for the champion (the winner), 2 for the runner-up. */
  readonly places: readonly number[];
  readonly to: { readonly competition: string; readonly edition?: string };
}

/** The places a subject names: "the champion", "the winner and runner-up", "el subcampeón". */
const SUBJECT = String.raw`(champions?|winners?|runners?-up|campe[oó]n|ganador|subcampe[oó]n)(?:\s+(?:and|y)\s+(?:the\s+|el\s+)?(runners?-up|subcampe[oó]n))?`;
/** "was promoted to", "will be promoted to", "ascendió a", "asciende a la". */
const PROMOTED = String.raw`(?:(?:was|were|is|are|will\s+be|would\s+be|gets?|got)\s+promoted\s+to|(?:ascendi[oó]|ascendieron|asciende|ascienden|ascender[aá]n?)\s+a)\s+(?:the\s+|la\s+|el\s+)?`;
const CLAUSE = new RegExp(
  String.raw`\b${SUBJECT}\b([^.;]*?)\b${PROMOTED}([^.;,]+?)(?=\s+(?:and|y)\s+(?:the|el|la)\b|[.;,]|$)`,
  'giu',
);

/**
 * The promotions a season article's prose states, sentence by sentence: "The champion was promoted
 * to 1994 Torneo Descentralizado." gives place 1 to the 1994 Torneo Descentralizado; "The winner
 * of the National Stage will be promoted to the First Division and the runner-up will be promoted
 * to the Second Division" gives both; Spanish ("El campeón ascendió a la Primera División") too.
 * A clause that names no place (a club by its name) gives nothing.
 *
 * @example
 * promotionsInProse(['The champion was promoted to 1994 Torneo Descentralizado.'])
 * //=> [{ places: [1], to: { competition: 'Torneo Descentralizado', edition: '1994' } }]
 */
export function promotionsInProse(paragraphs: readonly string[]): ProsePromotion[] {
  const found: ProsePromotion[] = [];
  for (const paragraph of sentencesWhole(paragraphs)) {
    for (const match of paragraph.matchAll(CLAUSE)) {
      const places = [match[1], match[2]]
        .filter((word): word is string => word !== undefined)
        .map((word) => (/^(runners?-up|subcampe)/i.test(word) ? 2 : 1));
      const to = targetOf(match[4] ?? '');
      if (!to || places.length === 0) continue;
      found.push({ places: [...new Set(places)], to });
    }
  }
  return found;
}

/**
 * Lines of prose as a text wraps them, joined where a sentence runs on to the next line ("El
 * campeón ascendió a la" / "Liga de Ejemplo 2043."): a line ends a paragraph only after a stop.
 */
function sentencesWhole(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let open = false;
  for (const line of lines) {
    const text = line.trim();
    if (text === '') {
      open = false;
      continue;
    }
    if (open) paragraphs[paragraphs.length - 1] = `${paragraphs.at(-1)} ${text}`;
    else paragraphs.push(text);
    open = !/[.!?:;]$/.test(text);
  }
  return paragraphs;
}

/**
 * Where a table's note beside a row sends the club, up or down: "Promoted to the 2035 Liga de
 * Ejemplo", "Ascenso a la Primera División", "Relegated to the Segunda División"; "Promoted" or
 * "Relegated" alone moves it without naming where. Undefined for any other note.
 *
 * @example
 * movementInNote('Promoted to 1994 Torneo Descentralizado')
 * //=> { outcome: 'promoted', to: { competition: 'Torneo Descentralizado', edition: '1994' } }
 */
export function movementInNote(
  note: string,
): { outcome: 'promoted' | 'relegated'; to: Partial<ProsePromotion['to']> } | undefined {
  const found =
    /^(?:(promoted|promotion|promovido|ascend\w*|ascenso|asciende)|(relegated|relegation|descend\w*|descenso|desciende))(?:\s+(?:to|a)\s+(?:the\s+|la\s+|el\s+)?(.+?))?\.?$/i.exec(
      note.trim(),
    );
  if (!found) return undefined;
  const outcome = found[1] ? 'promoted' : 'relegated';
  // "[Promoted]" alone (RSSSF's 1979 Copa Perú): up, the competition not named.
  return { outcome, to: found[3] === undefined ? {} : (targetOf(found[3]) ?? {}) };
}

/** A competition and its season, the season before the name ("1994 Torneo Descentralizado") or after. */
export function targetOf(text: string): ProsePromotion['to'] | undefined {
  const target = text.trim();
  const before = /^(\d{4}(?:[-/]\d{2,4})?)\s+(.+)$/.exec(target);
  const after = /^(.+?)\s+(\d{4}(?:[-/]\d{2,4})?)$/.exec(target);
  const edition = before?.[1] ?? after?.[2];
  const competition = (before?.[2] ?? after?.[1] ?? target).trim();
  if (competition === '') return undefined;
  return edition ? { competition, edition } : { competition };
}

/** Clubs a sentence names as going up or down, as written, and where to. */
export interface NamedMovement {
  readonly names: readonly string[];
  readonly outcome: 'promoted' | 'relegated';
  readonly to?: ProsePromotion['to'];
  /**
   * The rest of the sentence after the verb, for a Spanish one that names the clubs after where
   * they went ("Además ascendieron a la Segunda División 2009 Atlético Torino, Cobresol e
   * IDUNSA"): only the record's clubs tell where the competition ends and the names begin.
   */
  readonly after: string;
}

/** "Sport Boys and CNI were promoted to …", "Atlético Grau descendió a …". @internal */
const NAMED =
  /(?:^|[.;]\s+)([^.;]+?)\s+(?:(?:was|were|has\s+been|have\s+been|got)\s+(promoted|relegated)|(ascendi[oó]|ascendieron|descendi[oó]|descendieron))\s+(?:to|al|a)\s+(?:the\s+|la\s+|el\s+)?([^.;]+)/giu;

/**
 * The clubs the prose names as going up or down ("Sport Huancayo and CNI were promoted to the
 * 2009 Torneo Descentralizado."; "Atlético Grau descendió a la Segunda División."): the subject's
 * names as written, for the reader to match with its clubs. A subject that names a place ("the
 * champion") is {@link promotionsInProse}'s.
 *
 * @example
 * namedMovementsInProse(['Sport Boys and CNI were promoted to the 1994 Torneo Descentralizado.'])
 * //=> [{ names: ['Sport Boys', 'CNI'], outcome: 'promoted', to: { competition: 'Torneo Descentralizado', edition: '1994' }, after: '1994 Torneo Descentralizado' }]
 */
export function namedMovementsInProse(paragraphs: readonly string[]): NamedMovement[] {
  const found: NamedMovement[] = [];
  for (const paragraph of sentencesWhole(paragraphs)) {
    for (const match of paragraph.matchAll(NAMED)) {
      const subject = (match[1] ?? '').trim();
      if (new RegExp(String.raw`\b${SUBJECT}\b`, 'iu').test(subject)) continue;
      const verb = (match[2] ?? match[3] ?? '').toLowerCase();
      const after = (match[4] ?? '').trim();
      const to = targetOf(after.split(',')[0] ?? '');
      found.push({
        names: namesInList(subject).map((entry) => entry.name),
        outcome: /^(promoted|ascend)/.test(verb) ? 'promoted' : 'relegated',
        ...(to ? { to } : {}),
        after,
      });
    }
  }
  return found;
}

/**
 * The clubs of a list as an infobox writes it ("Sport Huancayo (1.°) (Campeonato Descentralizado
 * 2009), CNI and IDUNSA"): each name, and where to where a bracket says it.
 *
 * @example
 * namesInList('Sport Huancayo (1.°) (Campeonato Descentralizado 2009) y CNI')
 * //=> [{ name: 'Sport Huancayo', to: { competition: 'Campeonato Descentralizado', edition: '2009' } }, { name: 'CNI' }]
 */
export function namesInList(text: string): { name: string; to?: ProsePromotion['to'] }[] {
  // A bracket holds a place ("1.°") or a competition, never a separator of the list.
  const brackets: string[] = [];
  const masked = text.replace(/\(([^)]*)\)/g, (_, inner: string) => {
    brackets.push(inner);
    return `\uE000${brackets.length - 1}\uE000`;
  });
  return (
    masked
      // A name after a bracket starts the next club where no separator does (`A (1.°) B (2.°)`).
      .replace(/(\uE000\d+\uE000)\s+(?=[^\s\uE000,;])/g, '$1\n')
      .split(/\s*(?:,|;|\s+and\s+|\s+y\s+|\s+e\s+|\s*&\s*|\n)\s*/)
      .map((piece) => {
        const notes = [...piece.matchAll(/\uE000(\d+)\uE000/g)].map(
          (found) => brackets[Number(found[1])] ?? '',
        );
        const name = piece.replace(/\s*\uE000\d+\uE000\s*/g, ' ').trim();
        const where = notes.find((note) => /\p{L}{3,}/u.test(note) && !/^\d/.test(note));
        const to = where ? targetOf(where) : undefined;
        return to ? { name, to } : { name };
      })
      .filter((entry) => entry.name !== '')
  );
}
