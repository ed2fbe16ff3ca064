/**
 * @module Dates as sources write them, in English and Spanish, turned into ISO dates.
 */
import type { Language } from '#core/standings/tiebreaker-values.ts';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  ene: 1,
  enero: 1,
  feb: 2,
  february: 2,
  febrero: 2,
  mar: 3,
  march: 3,
  marzo: 3,
  apr: 4,
  april: 4,
  abr: 4,
  abril: 4,
  may: 5,
  mayo: 5,
  jun: 6,
  june: 6,
  junio: 6,
  jul: 7,
  july: 7,
  julio: 7,
  aug: 8,
  august: 8,
  ago: 8,
  agosto: 8,
  sep: 9,
  sept: 9,
  september: 9,
  set: 9,
  setiembre: 9,
  septiembre: 9,
  oct: 10,
  october: 10,
  octubre: 10,
  nov: 11,
  november: 11,
  noviembre: 11,
  dec: 12,
  december: 12,
  dic: 12,
  diciembre: 12,
};

/** The month number of a month name or abbreviation, English or Spanish. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/** @internal */
function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** @internal */
function fullYear(year: string): number {
  const value = Number(year);
  if (year.length > 2) return value;
  return value < 50 ? 2000 + value : 1900 + value;
}

/**
 * Reads a whole date written alone: `2 January 1994`, `January 2, 1994`, `2 de enero de 1994`,
 * `1994-01-02`, `02.01.94`, `Sat Aug/10 2019`. With only a day and a month (`Sep 30`, `[Jan 30]`,
 * `Sat Aug/10`), `year` completes it; without a year, no date.
 *
 * @example
 * parseDate('2 January 1994') //=> '1994-01-02'
 * parseDate('Sep 30', 1979) //=> '1979-09-30'
 */
export function parseDate(text: string, year?: number): string | undefined {
  const clean = text
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/^(mon|tue|wed|thu|fri|sat|sun|lun|mar|mi[eé]|jue|vie|s[aá]b|dom)[a-z]*\.?,?\s+/i, '')
    .trim();
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(clean);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(clean);
  if (match) return iso(fullYear(match[3] ?? ''), Number(match[2]), Number(match[1]));
  match =
    /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:de\s+)?([a-záé]+)\.?,?(?:\s+(?:de\s+|del\s+)?(\d{4}))?$/i.exec(
      clean,
    );
  if (match) {
    const month = monthNumber(match[2] ?? '');
    const y = match[3] ? Number(match[3]) : year;
    return month === undefined || y === undefined ? undefined : iso(y, month, Number(match[1]));
  }
  match = /^([a-záé]+)\.?[\s/]+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$/i.exec(clean);
  if (match) {
    const month = monthNumber(match[1] ?? '');
    const y = match[3] ? Number(match[3]) : year;
    return month === undefined || y === undefined ? undefined : iso(y, month, Number(match[2]));
  }
  return undefined;
}

/**
 * Puts dates without a year in order through a season that may cross a new year: each date is
 * given the year that keeps it on or after the one before.
 *
 * @example
 * const next = seasonYears(1993);
 * next(12, 30) //=> 1993
 * next(1, 2) //=> 1994
 */
export function seasonYears(startYear: number): (month: number, day: number) => number {
  let year = startYear;
  let last = 0;
  return (month, day) => {
    const order = month * 100 + day;
    if (last !== 0 && order + 300 < last) year += 1;
    last = order;
    return year;
  };
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const SPANISH_MONTH_NAMES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/**
 * An ISO date as an English article writes it, or a Spanish one.
 *
 * @example
 * longDate('1994-01-02') //=> '2 January 1994'
 * longDate('1994-01-02', 'es') //=> '2 de enero de 1994'
 */
export function longDate(iso: string, language: Language = 'en'): string {
  const day = Number(iso.slice(8, 10));
  const month = Number(iso.slice(5, 7)) - 1;
  return language === 'es'
    ? `${day} de ${SPANISH_MONTH_NAMES[month]} de ${iso.slice(0, 4)}`
    : `${day} ${MONTH_NAMES[month]} ${iso.slice(0, 4)}`;
}
