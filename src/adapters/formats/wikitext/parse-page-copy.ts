/**
 * @module A season article's web page copied as plain text (a browser's "select all, copy", or a
 * mirror of Wikipedia): its headings marked by `[edit]`, its infobox run into lines (`Season2003`,
 * `ChampionsUniversidad César Vallejo`), its tables with cells apart only by spaces. Read by
 * turning it into the season-article layout, as wikitext is.
 */
import type { SeasonRecord } from '#core/model/season-record.ts';
import type { ParseArticleOptions } from '../article/parse-article.ts';
import { columnsNamed, numberIn, numberSide, type TableColumn } from '../rsssf/table-columns.ts';
import { type ConvertedText, readConverted } from './parse-wikitext.ts';

/**
 * A heading's mark in a copy: `[edit]` after it, or on the line under it; empty brackets where a
 * mirror dropped the word (`League table[]`).
 */
const EDIT_MARK = /^\[\s*(edit|editar|modifier|bearbeiten)?\s*\]$/i;
/** The mark at the start of the line under the heading, the section's text after it. */
const LEADING_EDIT = /^\[\s*(edit|editar|modifier|bearbeiten)\s*\]\s*/i;
/** The mark after the heading on its line, in brackets or, on a short line, without. */
const TRAILING_EDIT = /\s*\[\s*(edit|editar|modifier|bearbeiten)?\s*\]$/i;
const BARE_TRAILING_EDIT = /^([^.:;!?]{1,60}?)\s+(edit|editar)$/i;

/** The heading a line holds with its mark on the line (`Region I[edit]`, `Etapa Regional editar`). */
function markedHeading(line: string): string | undefined {
  if (TRAILING_EDIT.test(line)) return line.replace(TRAILING_EDIT, '');
  return BARE_TRAILING_EDIT.exec(line)?.[1];
}

/** Whether a line is, or opens with, the mark of the heading above it. */
function markUnder(line: string): boolean {
  return EDIT_MARK.test(line) || LEADING_EDIT.test(line);
}

/** Lines of the page around the article: the site's, not the season's. */
const CHROME =
  /^(jump to content|saltar al contenido|from wikipedia, the free encyclopedia|de wikipedia, la enciclopedia libre|\(redirected from .*\)|\(redirigido desde .*\)|this is an old revision of this page.*|source:.*|fuente:.*|::.*|\[citation needed\]|retrieved from .*)$/i;

/** Where the article's own text ends. */
const END = /^(categories|categorías|hidden categories|retrieved from)\b/i;

const GROUP_HEADING = /^(group|grupo|zone|zona|serie|pool|region|región)\b/i;
/** Headings of a round within a stage: the rest, but for groups, are sections of their own. */
const ROUND_HEADING =
  /^((quarter|semi)[- ]?finals?|finals?|regional final|(first|second|third|fourth|\d+(st|nd|rd|th)) round|round\b.*|play-?offs?|tiebreakers?|desempates?|(1st|2nd|first|second) legs?|fecha \d+|jornada \d+|matchday \d+|octavos( de final)?|cuartos( de final)?|semifinal(es)?|third place.*|tercer puesto)$/i;

/** Infobox labels a copy runs into their values, and the article infobox's keys for them. */
const INFOBOX_LABELS: readonly [RegExp, string][] = [
  [/^season\s*(.+)$/i, 'Season'],
  [/^temporada\s*(.+)$/i, 'Season'],
  [/^(?:champions?|winners?)\s*(.+)$/i, 'Winners'],
  [/^campe[oó]n\s*(.+)$/i, 'Winners'],
  // Spanish Wikipedia's Palmarés: `Primero Universitario (11)`, the count of titles after it.
  [/^primero\s+(.+?)(?:\s*\(\d+\))?$/i, 'Winners'],
  [/^promoted\s*(.+)$/i, 'Promoted'],
  [/^relegated\s*(.+)$/i, 'Relegated'],
  // `Ascenso(s): Juan Aurich`, or the label alone and the clubs on the lines under it.
  [/^ascensos?(?:\(s\))?\s*:?\s*(.*)$/i, 'Promoted'],
  [/^descensos?(?:\(s\))?\s*:?\s*(.*)$/i, 'Relegated'],
  [/^(?:league top ?scorer|top goalscorer|top scorer)s?\s*(.+)$/i, 'League Topscorer'],
  [/^goleador(?:es)?\s*(.+)$/i, 'League Topscorer'],
];

/** The headings inside an infobox (Spanish Wikipedia's `Palmarés`, `Cronología`): no club's. */
const INFOBOX_SECTION =
  /^(datos generales|palmar[eé]s|datos estad[ií]sticos|intercambio de plazas|cronolog[ií]a|general|statistics|season statistics|tournament statistics)$/i;

/** Infobox fields that list clubs, one a line. */
const LIST_KEYS = new Set(['Promoted', 'Relegated']);

const SCORE = String.raw`\d+\s*[–:-]\s*\d+`;
const CELL = String.raw`(?:${SCORE}(?:\s*\([^)]*\))?|[–-])`;

/**
 * Reads a copied season page: see the module. The title is the first line of the article, the
 * infobox the lines between it and the first paragraph of prose.
 *
 * @example
 * parsePageCopy(text, { file: '2003 Copa Perú.txt' }).format //=> 'copy'
 */
export function parsePageCopy(text: string, options: ParseArticleOptions): SeasonRecord {
  return readConverted(pageCopyToArticle(text), options, 'copy');
}

/** Whether a text is a copied web page: headings marked `[edit]`, or the wiki's own first lines. */
export function isPageCopy(text: string): boolean {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  return (
    lines.filter((line) => markUnder(line) || markedHeading(line) !== undefined).length >= 2 ||
    lines
      .slice(0, 12)
      .some((line) =>
        /^(from wikipedia, the free encyclopedia|de wikipedia, la enciclopedia libre)$/i.test(line),
      )
  );
}

/** Turns a copied page into the season-article layout; see {@link parsePageCopy}. */
export function pageCopyToArticle(text: string): ConvertedText {
  const source = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const lines: string[] = [];
  const from: number[] = [];
  const emit = (line: string, at: number): void => {
    lines.push(line);
    from.push(at);
  };
  const clean = (line: string): string =>
    line
      .replace(/\[(?:\d+|[a-z]|citation needed|note \d+)\]/gi, '')
      .replace(/\s+/g, ' ')
      .trim();
  const nextText = (index: number): number => {
    let next = index + 1;
    while (next < source.length && (source[next] ?? '').trim() === '') next += 1;
    return next;
  };

  // The article's first line is its title; the wiki's lines before and after it are not the article.
  let index = 0;
  while (
    index < source.length &&
    (source[index]?.trim() === '' || CHROME.test(source[index]?.trim() ?? ''))
  )
    index += 1;
  const title = clean(source[index] ?? '');
  const titleAt = index + 1;
  if (title !== '') emit(`= ${title} =`, titleAt);
  index += 1;
  // The infobox: short lines up to the first paragraph of prose.
  const infobox: { key: string; value: string; at: number }[] = [];
  const years: { year: string; at: number }[] = [];
  let competition: { name: string; at: number } | undefined;
  /** Whether the last field lists clubs and its list may go on over the next line. */
  let listOpen = false;
  for (; index < source.length; index += 1) {
    const line = clean(source[index] ?? '');
    if (line === '' || CHROME.test(line)) continue;
    const label = INFOBOX_LABELS.find(([pattern]) => pattern.test(line));
    if (line.length > 60 || (/[.:]$/.test(line) && !label) || markUnder(line)) break;
    if (markedHeading(line) !== undefined || markUnder(clean(source[nextText(index)] ?? ''))) break;
    if (/^\d{4}(?:[–-]\d{2,4})?$/.test(line)) {
      years.push({ year: line, at: index + 1 });
      continue;
    }
    const last = infobox.at(-1);
    if (label) {
      infobox.push({ key: label[1], value: label[0].exec(line)?.[1]?.trim() ?? '', at: index + 1 });
      listOpen = LIST_KEYS.has(label[1]);
    } else if (competition === undefined && infobox.length === 0) {
      competition = { name: line, at: index + 1 };
    } else if (last && listOpen && !/\d/.test(line) && !INFOBOX_SECTION.test(line)) {
      // The clubs after the first of a list, a line each (`RelegatedMelgar`, `Carlos Concha`):
      // up to the next field, whose label runs into a figure or a year (`Matches played182`).
      infobox[infobox.length - 1] = {
        ...last,
        value: last.value ? `${last.value}, ${line}` : line,
      };
    } else {
      listOpen = false;
    }
  }
  // A title with the season after the competition (`Copa Perú 2008`) gives both.
  const titled = /^(.+?)\s+(\d{4}(?:[–/-]\d{2,4})?)$/.exec(title);
  if (titled && !infobox.some(({ key }) => key === 'Season')) {
    infobox.unshift({ key: 'Season', value: titled[2] ?? '', at: titleAt });
    if (competition === undefined || competition.name === title)
      competition = { name: titled[1] ?? '', at: titleAt };
  }
  if (infobox.length > 0 || competition) {
    emit('Infobox', index);
    if (competition) emit(`- Competition: ${competition.name}`, competition.at);
    for (const { key, value, at } of infobox) emit(`- ${key}: ${value}`, at);
    // The two seasons the infobox links to, the one before and the one after.
    const [previous, next] = years;
    if (previous) emit(`- Prevseason: ${previous.year}`, previous.at);
    if (next) emit(`- Nextseason: ${next.year}`, next.at);
    emit('', index);
  }

  let regionOpen = false;
  let headings = 0;
  for (; index < source.length; index += 1) {
    const raw = source[index] ?? '';
    // The section's text may follow the mark of its heading on one line (`[editar]Las tres …`).
    const line = clean(raw).replace(LEADING_EDIT, '');
    const at = index + 1;
    if (END.test(line)) break;
    if (line === '' || CHROME.test(line) || EDIT_MARK.test(line)) {
      if (line === '') emit('', at);
      continue;
    }
    const name =
      markedHeading(line) ?? (markUnder(clean(source[nextText(index)] ?? '')) ? line : undefined);
    if (name !== undefined) {
      headings += 1;
      let depth: number;
      if (/^(region|región|zona|zone)\b/i.test(name) && headings > 1) {
        depth = 3;
        regionOpen = true;
      } else if (headings > 1 && (GROUP_HEADING.test(name) || ROUND_HEADING.test(name))) {
        // A group or a round: within the region open above, if any.
        depth = regionOpen ? 4 : 3;
      } else {
        // A stage, or a section of its own (`Team changes`, `League table`).
        depth = 2;
        regionOpen = false;
      }
      const marks = '='.repeat(depth);
      emit('', at);
      emit(`${marks} ${name} ${marks}`, at);
      continue;
    }
    const table = copiedTable(source, index);
    if (table) {
      emit('', at);
      for (const row of table.rows) emit(`| ${row.cells.join(' | ')} |`, row.at);
      emit('', at);
      index = table.last;
      continue;
    }
    emit(line, at);
  }
  return { lines, from, warnings: [] };
}

/**
 * A table whose cells a copy parts only by spaces, from its header at `at`: a results grid (`Home
 * \ Away ALF BET …`, every cell a score or a dash), a printed table (`Pos Team Pld W D L GF GA GD
 * Pts …`) or ties (`1st leg home team Points 2nd leg home team 1st
 * leg 2nd leg Extra Pen.`, `Team 1 Agg. Team 2 1st leg 2nd leg`, `Team 1 Score Team 2`, under an
 * optional `Teams Scores` line). @internal
 */
function copiedTable(
  source: readonly string[],
  at: number,
): { rows: { cells: string[]; at: number }[]; last: number } | undefined {
  const line = (index: number) => (source[index] ?? '').replace(/\s+/g, ' ').trim();
  let header = at;
  if (/^(teams|equipos) (scores|resultados)$/i.test(line(header))) header += 1;
  const head = line(header);
  // A results grid: `Home \ Away ALF BET …`, then a row a home club, its cells a score or a dash.
  const grid = /^(home|local)(?: team)? ?\\ ?(away|visitante|visita)(?: team)? (.+)$/i.exec(head);
  if (grid) {
    const labels = (grid[3] ?? '').split(' ');
    const cell = String.raw`(\d+\s*[–:-]\s*\d+|[—–-])`;
    const row = new RegExp(`^(.+?)${` ${cell}`.repeat(labels.length)}$`);
    const rows = [{ cells: ['Home \\ Away', ...labels], at: header + 1 }];
    let last = header;
    for (let index = header + 1; index < source.length; index += 1) {
      const found = row.exec(line(index));
      if (!found) break;
      rows.push({ cells: found.slice(1).map((text) => text ?? ''), at: index + 1 });
      last = index;
    }
    return rows.length > 1 ? { rows, last } : undefined;
  }
  const standings = /^(pos\.?|#) (team|club|equipo)\b/i.exec(head);
  if (standings) {
    const tokens = head.split(' ');
    // The figures' labels after the team's; any words after them head the notes.
    const labels: string[] = [];
    for (const token of tokens.slice(2)) {
      if (columnsNamed([token])[0] !== undefined) labels.push(token);
      else break;
    }
    // Every label names a column: the loop above stopped at the first that does not.
    const columns = columnsNamed(labels) as TableColumn[];
    if (!columns.includes('points')) return undefined;
    const notes = tokens.slice(2 + labels.length).join(' ');
    const rows = [{ cells: ['Pos', 'Team', ...labels, ...(notes ? [notes] : [])], at: header + 1 }];
    let last = header;
    for (let index = header + 1; index < source.length; index += 1) {
      const words = line(index).split(' ');
      if (!/^\d+=?$/.test(words[0] ?? '')) break;
      const figure = (word: string | undefined) => /^[+−-]?\d+$/.test(word ?? '');
      const fill = (at: number) => labels.every((_, k) => figure(words[at + k]));
      let end = 2;
      while (end < words.length && !fill(end)) end += 1;
      if (end >= words.length) break;
      // A number that ends a club's name (`Schalke 04 4 1 1 2 …`) is the name's where the labels
      // are filled after it as well and the games add up only that way, or, in a table without
      // notes, where a figure is left over otherwise.
      if (fill(end + 1)) {
        const figures = (at: number) => words.slice(at, at + labels.length).map(numberIn);
        const side = numberSide(
          words.slice(1, end).join(' '),
          words[end] ?? '',
          figures(end),
          figures(end + 1),
          columns,
        );
        if (side === 'name' || (side === undefined && !notes && figure(words[end + labels.length])))
          end += 1;
      }
      rows.push({
        cells: [
          words[0] ?? '',
          words.slice(1, end).join(' '),
          ...words.slice(end, end + labels.length),
          ...(notes ? [words.slice(end + labels.length).join(' ')] : []),
        ],
        at: index + 1,
      });
      last = index;
    }
    return rows.length > 1 ? { rows, last } : undefined;
  }
  const ties =
    /^(1st leg home team|team 1) (points|agg\.?|score)( 2nd leg home team| team 2)( 1st leg 2nd leg)?((?: (?:extra|pen\.?))*)$/i.exec(
      head,
    );
  if (!ties) return undefined;
  const legs = ties[4] !== undefined;
  const extras = (ties[5] ?? '').trim().split(' ').filter(Boolean);
  const columns = [
    ties[1] ?? '',
    ties[2] ?? '',
    (ties[3] ?? '').trim(),
    ...(legs ? ['1st leg', '2nd leg'] : []),
    ...extras,
  ];
  const row = new RegExp(
    `^(.+?) (${CELL}) (.+?)${legs ? ` (${CELL}) (${CELL})` : ''}((?: ${CELL})*)$`,
  );
  const rows = [{ cells: columns, at: header + 1 }];
  let last = header;
  for (let index = header + 1; index < source.length; index += 1) {
    const found = row.exec(line(index));
    if (!found) break;
    const trailing = (found[legs ? 6 : 4] ?? '').trim().match(new RegExp(CELL, 'g')) ?? [];
    const extraAt = extras.findIndex((name) => /^extra$/i.test(name));
    const cells = extras.map(() => '');
    if (trailing.length >= extras.length) {
      trailing.slice(0, extras.length).forEach((cell, k) => {
        cells[k] = cell;
      });
    } else if (trailing.length === 1 && extraAt >= 0) {
      // One score where the header has Extra and Pen.: the extra match (penalties follow one).
      cells[extraAt] = trailing[0] ?? '';
    } else {
      trailing.forEach((cell, k) => {
        cells[k] = cell;
      });
    }
    rows.push({
      cells: [
        found[1] ?? '',
        found[2] ?? '',
        found[3] ?? '',
        ...(legs ? [found[4] ?? '', found[5] ?? ''] : []),
        ...cells,
      ],
      at: index + 1,
    });
    last = index;
  }
  return rows.length > 1 ? { rows, last } : undefined;
}
