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
  for (const paragraph of paragraphs) {
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
function targetOf(text: string): ProsePromotion['to'] | undefined {
  const target = text.trim();
  const before = /^(\d{4}(?:[-/]\d{2,4})?)\s+(.+)$/.exec(target);
  const after = /^(.+?)\s+(\d{4}(?:[-/]\d{2,4})?)$/.exec(target);
  const edition = before?.[1] ?? after?.[2];
  const competition = (before?.[2] ?? after?.[1] ?? target).trim();
  if (competition === '') return undefined;
  return edition ? { competition, edition } : { competition };
}
