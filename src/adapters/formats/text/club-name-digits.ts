/**
 * What may open a club's name with a digit, as a regular expression's source: a day of a month,
 * the month capitalised as in a name, not as in a date (`2 de Mayo`, `12 de Octubre`, `1º de
 * Mayo`; not `2 de mayo`), a number before initials (`1.FC Köln`, `1. FSV Mainz 05`), or a
 * founding year (`1899 Hoffenheim`). Text readers that take a leading digit for a position or a
 * figure let a name open this way.
 */
export const NUMBERED_OPENING = String.raw`(?:\d{1,2}[ºª°]?\s+de\s+(?=\p{Lu})|1\.\s?(?=\p{Lu}{2,4}\s)|1[89]\d\d\s+(?=\p{Lu}))`;

const OPENING = new RegExp(`^${NUMBERED_OPENING}`, 'u');
/** A day of a month inside a name: `Sportivo 2 de Mayo`. */
const INNER_DAY = /(?<=\S\s+)\d{1,2}[ºª°]?\s+de\s+(?=\p{Lu})/gu;
/** A year, or its last two digits, after a word: `Schalke 04`, `AZ '67`, `TSV 1860 München`. */
const YEAR_AFTER_WORD = /(?<=\p{L}\S*\s+)'?\d{2,4}(?=\s|$)/gu;

/**
 * Whether the digits of a name, if it has any, stand where clubs' names carry them
 * ({@link NUMBERED_OPENING}, a day of a month inside it, a year or its last two digits after a
 * word). Anywhere else a digit says the text is a position, a figure, a score or a date.
 *
 * @example
 * digitsFitClubName('Schalke 04') //=> true
 * digitsFitClubName('2 de Mayo') //=> true
 * digitsFitClubName('Alianza 3 2') //=> false
 */
export function digitsFitClubName(name: string): boolean {
  if (!/\d/.test(name)) return true;
  const rest = name.trim().replace(OPENING, '').replace(INNER_DAY, '').replace(YEAR_AFTER_WORD, '');
  return !/\d/.test(rest);
}
