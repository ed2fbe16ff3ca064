/**
 * @module Writes a season record back out: the season article (text, Markdown, HTML), MediaWiki
 * wikitext with the Sports table module, Torneo's JSON, a results CSV, Football.TXT and RSSSF text.
 */
import { tally } from '#core/format/decide-tie.ts';
import type { TieFormat } from '#core/format/edition-format.ts';
import type { Match, Score } from '#core/model/match.ts';
import type { RecordGroup, SeasonRecord } from '#core/model/season-record.ts';
import { movementInNote } from '#core/records/promotion-in-prose.ts';
import type {
  RecordGroupTable,
  RecordStageTables,
  RecordTableRow,
  TableStatus,
} from '#core/records/record-tables.ts';
import { knockoutRounds, tiesGoByPoints } from '#core/records/record-to-edition.ts';
import { describeChain, type Language } from '#core/standings/tiebreaker-values.ts';
import { longDate } from '../text/dates.ts';

/** The formats a record can be written in. */
export const RENDER_FORMATS = [
  'article',
  'md',
  'html',
  'wikitext',
  'json',
  'csv',
  'footballtxt',
  'rsssf',
] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** The formats written in the reader's language (`--lang`); the others as their sources are. */
export const LOCALIZED_FORMATS: readonly RenderFormat[] = ['article', 'md', 'html', 'wikitext'];

/** The words of a season article, in each language Torneo writes it in. @internal */
interface ArticleWords {
  readonly language: Language;
  readonly infobox: {
    readonly competition: string;
    readonly season: string;
    readonly winners: string;
    readonly topScorer: string;
    readonly previous: string;
    readonly next: string;
  };
  readonly teamChanges: string;
  readonly qualified: string;
  readonly entrants: readonly string[];
  readonly table: readonly string[];
  readonly status: Readonly<Record<TableStatus, string>>;
  readonly tiesOver: readonly string[];
  readonly ties: readonly string[];
  readonly playOff: string;
  readonly points: string;
  readonly notes: {
    readonly played: string;
    readonly awarded: string;
    readonly extraTime: string;
    readonly penalties: string;
    readonly abandoned: string;
    readonly annulled: string;
    readonly cancelled: string;
    readonly postponed: string;
  };
}

/** English, as the seed is written, and Spanish, as Peruvian articles are; both read back. */
const ARTICLE_WORDS: Readonly<Record<Language, ArticleWords>> = {
  en: {
    language: 'en',
    infobox: {
      competition: 'Competition',
      season: 'Season',
      winners: 'Winners',
      topScorer: 'League Topscorer',
      previous: 'Prevseason',
      next: 'Nextseason',
    },
    teamChanges: 'Team changes',
    qualified: 'Qualified clubs',
    entrants: ['Department', 'Team', 'Location'],
    table: ['Pos', 'Team', 'Pld', 'W', 'D', 'L', 'GF', 'GA', 'GD', 'Pts', 'Status'],
    status: {
      champion: 'Champion',
      promoted: 'Promoted',
      relegated: 'Relegated',
      qualified: 'Qualified',
      eliminated: 'Eliminated',
      withdrawn: 'Withdrawn',
    },
    tiesOver: ['Teams', 'Scores'],
    ties: [
      '1st leg home team',
      'Points',
      '2nd leg home team',
      '1st leg',
      '2nd leg',
      'Extra',
      'Pen.',
    ],
    playOff: 'Play-off',
    points: 'points',
    notes: {
      played: 'played',
      awarded: 'awarded',
      extraTime: 'a.e.t.',
      penalties: 'pen.',
      abandoned: 'abandoned',
      annulled: 'annulled',
      cancelled: 'not played',
      postponed: 'postponed',
    },
  },
  es: {
    language: 'es',
    infobox: {
      competition: 'Torneo',
      season: 'Temporada',
      winners: 'Campeón',
      topScorer: 'Goleador',
      previous: 'Anterior',
      next: 'Siguiente',
    },
    teamChanges: 'Cambios de equipos',
    qualified: 'Clubes clasificados',
    entrants: ['Departamento', 'Equipo', 'Localidad'],
    table: ['Pos.', 'Equipo', 'PJ', 'G', 'E', 'P', 'GF', 'GC', 'Dif.', 'Pts.', 'Estado'],
    status: {
      champion: 'Campeón',
      promoted: 'Ascendido',
      relegated: 'Descendido',
      qualified: 'Clasificado',
      eliminated: 'Eliminado',
      withdrawn: 'Retirado',
    },
    tiesOver: ['Equipos', 'Resultados'],
    ties: ['Local de ida', 'Puntos', 'Local de vuelta', 'Ida', 'Vuelta', 'Desempate', 'Penales'],
    playOff: 'Desempate',
    points: 'puntos',
    notes: {
      played: 'jugado',
      awarded: 'adjudicado',
      extraTime: 'prórroga',
      penalties: 'penales',
      abandoned: 'suspendido',
      annulled: 'anulado',
      cancelled: 'no jugado',
      postponed: 'postergado',
    },
  },
};

/** Writes a record, with its computed tables, in a format. */
export function renderRecord(
  record: SeasonRecord,
  tables: readonly RecordStageTables[],
  format: RenderFormat,
  language: Language = 'en',
): string {
  const words = ARTICLE_WORDS[language];
  switch (format) {
    case 'article':
      return renderArticle(record, tables, 'text', words);
    case 'md':
      return renderArticle(record, tables, 'md', words);
    case 'html':
      return renderHtml(record, tables, words);
    case 'wikitext':
      // Spanish Wikipedia's way: its infobox, and tables with Spanish headings.
      return language === 'es'
        ? renderArticle(record, tables, 'wiki', words)
        : renderWikitext(record, tables);
    case 'json':
      return `${JSON.stringify(record, null, 2)}\n`;
    case 'csv':
      return renderCsv(record);
    case 'footballtxt':
      return renderFootballTxt(record);
    case 'rsssf':
      return renderRsssf(record, tables);
  }
}

/** @internal */
function nameOf(record: SeasonRecord, id: string): string {
  return record.clubs.find((club) => club.id === id)?.name ?? id;
}

/** @internal */
function scoreText(match: Match): string {
  const score = match.awarded ?? match.extraTime ?? match.score;
  if (!score) return 'v';
  return `${score.home}-${score.away}`;
}

/** @internal */
function matchNotes(match: Match, words: ArticleWords = ARTICLE_WORDS.en): string {
  const notes: string[] = [];
  const say = words.notes;
  if (match.awarded && match.score)
    notes.push(
      `${say.played} ${match.score.home}-${match.score.away}, ${say.awarded} ${match.awarded.home}-${match.awarded.away}`,
    );
  else if (match.status === 'walkover') notes.push('w/o');
  if (match.extraTime) notes.push(say.extraTime);
  if (match.penalties)
    notes.push(`${match.penalties.home}-${match.penalties.away} ${say.penalties}`);
  if (match.status === 'abandoned') notes.push(say.abandoned);
  if (match.status === 'annulled') notes.push(say.annulled);
  if (match.status === 'cancelled') notes.push(say.cancelled);
  if (match.status === 'postponed') notes.push(say.postponed);
  return notes.length > 0 ? ` (${notes.join(', ')})` : '';
}

/** @internal */
function infoboxLines(
  record: SeasonRecord,
  words: ArticleWords = ARTICLE_WORDS.en,
): [string, string][] {
  const say = words.infobox;
  const lines: [string, string][] = [];
  if (record.competition) lines.push([say.competition, record.competition]);
  if (record.season) lines.push([say.season, record.season]);
  if (record.winners) lines.push([say.winners, nameOf(record, record.winners)]);
  if (record.topScorers.length > 0) {
    lines.push([
      say.topScorer,
      record.topScorers.map((scorer) => `${scorer.name} (${scorer.goals})`).join(', '),
    ]);
  }
  if (record.previous) lines.push([say.previous, record.previous]);
  if (record.next) lines.push([say.next, record.next]);
  return lines;
}

/**
 * A round's name: `Round 7` reads `Fecha 7` in Spanish, as Peruvian tables say, and the legs Torneo
 * names (`Final, 1st leg`) `Final, ida` and `Final, vuelta`. @internal
 */
function roundName(name: string, words: ArticleWords): string {
  return words.language === 'es'
    ? name
        .replace(/^Round (\d+)$/, 'Fecha $1')
        .replace(/, 1st leg$/, ', ida')
        .replace(/, 2nd leg$/, ', vuelta')
    : name;
}

/** @internal */
function statusWord(row: RecordTableRow, words: ArticleWords = ARTICLE_WORDS.en): string {
  return row.status ? ` ${words.status[row.status]}` : '';
}

/**
 * The season article in the seed's layout, in Markdown, or as wikitext (Spanish Wikipedia's way:
 * `{{Ficha de competición deportiva}}`, wikitables, matches as list items), with the computed
 * tables. @internal
 */
function renderArticle(
  record: SeasonRecord,
  tables: readonly RecordStageTables[],
  style: 'text' | 'md' | 'wiki',
  words: ArticleWords,
): string {
  const out: string[] = [];
  // A wiki page's title is the page's name, not a heading: its sections start at level 2, as here.
  const heading = (level: number, text: string): string =>
    style === 'md'
      ? `${'#'.repeat(level)} ${text}`
      : `${'='.repeat(level)} ${text} ${'='.repeat(level)}`;
  const tableRows = (rows: readonly string[][]): string[] => {
    if (style === 'text') return rows.map((cells) => `| ${cells.join(' | ')} |`);
    const [head = [], ...body] = rows;
    if (style === 'wiki') {
      return [
        '{| class="wikitable"',
        `! ${head.join(' !! ')}`,
        ...body.flatMap((cells) => ['|-', `| ${cells.join(' || ')}`]),
        '|}',
      ];
    }
    return [
      `| ${head.join(' | ')} |`,
      `| ${head.map(() => '---').join(' | ')} |`,
      ...body.map((cells) => `| ${cells.join(' | ')} |`),
    ];
  };
  const info = infoboxLines(record, words);
  if (style === 'wiki') {
    // The infobox's name holds the competition and the season (`Copa Perú 1993`).
    const name = `${record.competition ?? ''} ${record.season ?? ''}`.trim();
    out.push(
      '{{Ficha de competición deportiva',
      ...(name ? [`| nombre = ${name}`] : []),
      ...info.map(([key, value]) => `| ${key.toLowerCase()} = ${value}`),
      '}}',
    );
  } else {
    out.push(
      heading(1, record.title ?? `${record.season ?? ''} ${record.competition ?? ''}`.trim()),
      '',
    );
    if (info.length > 0) {
      out.push(
        style === 'md' ? '**Infobox**' : 'Infobox',
        ...info.map(([key, value]) => `- ${key}: ${value}`),
        '',
      );
    }
  }
  for (const paragraph of record.summary) out.push(paragraph, '');
  if (record.teamChanges.length > 0) {
    out.push(heading(2, words.teamChanges));
    out.push(
      ...tableRows([
        record.teamChanges.map((change) => change.heading),
        record.teamChanges.map((change) =>
          change.clubs.map((club) => nameOf(record, club)).join(', '),
        ),
      ]),
      '',
    );
  }
  if (record.entrants.length > 0) {
    out.push(heading(2, record.entrantsSection?.heading ?? words.qualified));
    if (record.entrantsSection?.text) out.push(record.entrantsSection.text, '');
    out.push(
      ...tableRows([
        [...words.entrants],
        ...record.entrants.map((entrant) => [
          entrant.region ?? '',
          nameOf(record, entrant.club),
          entrant.city ?? '',
        ]),
      ]),
      '',
    );
  }
  record.stages.forEach((stage, stageIndex) => {
    out.push(heading(2, stage.name));
    stage.groups.forEach((group, groupIndex) => {
      if (stage.groups.length > 1 || group.name !== stage.name) out.push(heading(3, group.name));
      const computed = tables[stageIndex]?.groups[groupIndex];
      if (computed && computed.kind !== 'knockout' && computed.table.length > 0) {
        out.push(...tableRows(standingRows(computed, group, words)), '');
        const notes = computed.table.filter((row) => row.note);
        const item = style === 'md' ? '- ' : style === 'wiki' ? '* ' : '';
        for (const row of notes) out.push(`${item}${row.club}: ${row.note}`);
        if (notes.length > 0) out.push('');
      }
      const level = stage.groups.length > 1 || group.name !== stage.name ? 4 : 3;
      const matchLines = (matches: readonly Match[]) => {
        for (const match of matches) {
          const line = `${nameOf(record, match.home)} ${scoreText(match)} ${nameOf(record, match.away)}${matchNotes(match, words)}`;
          if (style === 'wiki') {
            // A list item each: `* 2 de enero de 1994: Aurora 1-0 CNI`.
            out.push(`* ${match.date ? `${longDate(match.date, words.language)}: ` : ''}${line}`);
            continue;
          }
          if (match.date)
            out.push(
              style === 'md'
                ? `*${longDate(match.date, words.language)}*  `
                : longDate(match.date, words.language),
            );
          out.push(line, '');
        }
        if (style === 'wiki') out.push('');
      };
      // Ties decided on points are written as the Copa Perú's articles write them, points and
      // extra match beside each tie, so that they read back as ties on points.
      const written = new Set<Match>();
      if (group.tiesOnPoints) {
        for (const round of knockoutRounds(group)) {
          // Ties under their group's own heading are its round: no heading of their own.
          if (round.name !== group.name) out.push(heading(level, roundName(round.name, words)));
          if (round.legs !== 2) {
            matchLines(round.ties.flatMap((tie) => tie.matches));
            continue;
          }
          out.push(
            ...tableRows([
              [...words.tiesOver],
              [...words.ties],
              ...round.ties.map((tie) => {
                if (tie.extraMatch) written.add(tie.extraMatch);
                return pointsTieRow(record, tie);
              }),
            ]),
            '',
          );
        }
      } else {
        for (const round of group.rounds) {
          out.push(heading(level, roundName(round.name, words)));
          matchLines(round.matches);
        }
      }
      for (const match of group.playOffs.filter((match) => !written.has(match))) {
        out.push(
          `${style === 'wiki' ? '* ' : ''}${words.playOff}: ${nameOf(record, match.home)} ${scoreText(match)} ${nameOf(record, match.away)}${matchNotes(match, words)}`,
          '',
        );
      }
    });
  });
  for (const note of record.notes) {
    if (note.heading) out.push(heading(2, note.heading));
    if (note.text) out.push(note.text);
    out.push('');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** A score of `match` with `club`'s goals first: as written where it was at home, else turned. */
function sideOf(score: Score, match: Match, club: string): [number, number] {
  return match.home === club ? [score.home, score.away] : [score.away, score.home];
}

/**
 * A two-legged tie as `{{TwoLegResult|A||agg|B||1st leg|2nd leg}}`: every score with A's goals
 * first, a shoot-out beside the aggregate, extra time beside the return leg. @internal
 */
function twoLegResult(record: SeasonRecord, tie: TieFormat): string {
  const [first, second] = tie.matches;
  const own = first?.home ?? '';
  const goals = (match: Match | undefined): [number, number] | undefined => {
    const score = match ? (match.awarded ?? match.extraTime ?? match.score) : undefined;
    return match && score ? sideOf(score, match, own) : undefined;
  };
  const [one, two] = [goals(first), goals(second)];
  const shown = (pair: [number, number] | undefined) => (pair ? `${pair[0]}–${pair[1]}` : '');
  const aggregate: [number, number] | undefined =
    one && two ? [one[0] + two[0], one[1] + two[1]] : undefined;
  const penalties = second?.penalties
    ? ` (${sideOf(second.penalties, second, own).join('–')} p)`
    : '';
  return `{{TwoLegResult|${nameOf(record, own)}||${shown(aggregate)}${penalties}|${nameOf(record, first?.away ?? '')}||${shown(one)}|${shown(two)}${second?.extraTime ? ' (a.e.t.)' : ''}}}`;
}

/**
 * A two-legged tie decided on points as a row of the Copa Perú's ties table: the first leg's home
 * club, the points, the other club, then every score (the legs, the extra match, the penalties)
 * with the first club's goals first. @internal
 */
function pointsTieRow(record: SeasonRecord, tie: TieFormat): string[] {
  const [first, second] = tie.matches;
  const own = first?.home ?? '';
  const seen = (match: Match | undefined): string => {
    // As the tie counts it: a score awarded, or played; nothing for a match that does not count.
    if (!match || (match.status !== 'played' && !match.awarded)) return '';
    const [goals, against] = tally(own, [match], true).goals;
    const marks = [match.extraTime ? 'a.e.t.' : '', match.status === 'walkover' ? 'w/o' : '']
      .filter(Boolean)
      .join(', ');
    return `${goals}-${against}${marks ? ` (${marks})` : ''}`;
  };
  const played = [first, second, tie.extraMatch].filter((match) => match !== undefined);
  const [points, pointsAgainst] = tally(own, played, true).points;
  const last = played.at(-1);
  const shootout = last?.penalties ? sideOf(last.penalties, last, own).join('-') : '';
  return [
    nameOf(record, own),
    `${points}-${pointsAgainst}`,
    nameOf(record, first?.away ?? ''),
    seen(first),
    seen(second),
    seen(tie.extraMatch),
    shootout,
  ];
}

/** @internal */
function standingRows(
  group: RecordGroupTable,
  source?: RecordGroup,
  words: ArticleWords = ARTICLE_WORDS.en,
): string[][] {
  return [
    [...words.table],
    ...group.table.map((row) => [
      `${row.position}${row.shared ? '=' : ''}`,
      row.club,
      `${row.played}`,
      `${row.won}`,
      `${row.drawn}`,
      `${row.lost}`,
      `${row.goalsFor}`,
      `${row.goalsAgainst}`,
      row.goalDifference > 0 ? `+${row.goalDifference}` : `${row.goalDifference}`,
      `${row.points}`,
      // The status, where the source says the club went, and a deduction, as notes that read back
      // as such ("Champion; Promoted; -1 points").
      [
        statusWord(row, words).trim(),
        ...printedMovements(row, source),
        adjustmentNote(group, row, words),
      ]
        .filter(Boolean)
        .join('; '),
    ]),
  ];
}

/** A row's point adjustment as a printed note (`-3 points`), or nothing. @internal */
function adjustmentNote(
  group: RecordGroupTable,
  row: RecordTableRow,
  words: ArticleWords = ARTICLE_WORDS.en,
): string {
  const points =
    group.standings?.rows.find((standing) => standing.club === row.clubId)?.pointAdjustment ?? 0;
  return points === 0 ? '' : `${points > 0 ? '+' : ''}${points} ${words.points}`;
}

/** @internal */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The season article as a standalone HTML page with real tables. @internal */
function renderHtml(
  record: SeasonRecord,
  tables: readonly RecordStageTables[],
  words: ArticleWords,
): string {
  const title = escapeHtml(record.title ?? 'Season');
  const out: string[] = [
    '<!doctype html>',
    `<html lang="${words.language}">`,
    `<head><meta charset="utf-8"><title>${title}</title></head>`,
    '<body>',
    `<h1>${title}</h1>`,
  ];
  const info = infoboxLines(record, words);
  if (info.length > 0) {
    out.push(
      '<dl>',
      ...info.map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(value)}</dd>`),
      '</dl>',
    );
  }
  for (const paragraph of record.summary) out.push(`<p>${escapeHtml(paragraph)}</p>`);
  record.stages.forEach((stage, stageIndex) => {
    out.push(`<h2>${escapeHtml(stage.name)}</h2>`);
    stage.groups.forEach((group, groupIndex) => {
      if (stage.groups.length > 1) out.push(`<h3>${escapeHtml(group.name)}</h3>`);
      const computed = tables[stageIndex]?.groups[groupIndex];
      if (computed && computed.kind !== 'knockout' && computed.table.length > 0) {
        const [head = [], ...body] = standingRows(computed, group, words);
        out.push(
          `<table><caption>${escapeHtml(group.name)}</caption>`,
          `<thead><tr>${head.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')}</tr></thead>`,
          '<tbody>',
          ...body.map(
            (cells) =>
              `<tr>${cells.map((cell, index) => (index === 1 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`,
          ),
          '</tbody></table>',
        );
        const notes = computed.table.filter((row) => row.note);
        if (notes.length > 0)
          out.push(
            '<ul>',
            ...notes.map((row) => `<li>${escapeHtml(`${row.club}: ${row.note}`)}</li>`),
            '</ul>',
          );
      }
      for (const round of group.rounds) {
        out.push(`<h4>${escapeHtml(roundName(round.name, words))}</h4>`, '<ul>');
        for (const match of round.matches) {
          const when = match.date
            ? `<time datetime="${match.date}">${longDate(match.date, words.language)}</time>: `
            : '';
          out.push(
            `<li>${when}${escapeHtml(`${nameOf(record, match.home)} ${scoreText(match)} ${nameOf(record, match.away)}${matchNotes(match, words)}`)}</li>`,
          );
        }
        out.push('</ul>');
      }
    });
  });
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}

/** @internal */
function wikiId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase()
    .slice(0, 6);
}

/**
 * Wikitext: the infobox, the entrants in a wikitable, each table through `{{#invoke:Sports
 * table|main|style=WDL|…}}`, rounds and play-offs as match lines; read back by the wikitext reader.
 * @internal
 */
function renderWikitext(record: SeasonRecord, tables: readonly RecordStageTables[]): string {
  const out: string[] = [];
  const info = infoboxLines(record);
  if (info.length > 0) {
    out.push(
      '{{Infobox football league season',
      ...info.map(([key, value]) => `| ${key.toLowerCase()} = ${value}`),
      '}}',
    );
  }
  for (const paragraph of record.summary) out.push(paragraph, '');
  if (record.entrants.length > 0) {
    out.push(
      `== ${record.entrantsSection?.heading ?? 'Qualified clubs'} ==`,
      '{| class="wikitable"',
      '! Department !! Team !! Location',
      ...record.entrants.flatMap((entrant) => [
        '|-',
        `| ${entrant.region ?? ''} || ${nameOf(record, entrant.club)} || ${entrant.city ?? ''}`,
      ]),
      '|}',
      '',
    );
  }
  record.stages.forEach((stage, stageIndex) => {
    out.push(`== ${stage.name} ==`);
    const onPoints = tiesGoByPoints(stage.groups);
    stage.groups.forEach((group, groupIndex) => {
      if (stage.groups.length > 1) out.push(`=== ${group.name} ===`);
      const computed = tables[stageIndex]?.groups[groupIndex];
      if (computed && computed.kind !== 'knockout' && computed.table.length > 0)
        out.push(...sportsTable(record, computed, group), '');
      const marks = stage.groups.length > 1 ? '====' : '===';
      const item = (match: Match) =>
        `* ${match.date ? `${longDate(match.date)}: ` : ''}${nameOf(record, match.home)} ${scoreText(match).replace('-', '–')} ${nameOf(record, match.away)}${matchNotes(match)}`;
      // Extra matches written with their ties are not listed again as play-offs.
      const written = new Set<Match>();
      if (computed?.kind === 'knockout') {
        // Two-legged ties as the wiki writes them: `{{TwoLegResult}}` rows, or where ties go by
        // points the Copa Perú's table of them (points, extra match, penalties).
        for (const round of knockoutRounds(group)) {
          if (ownHeading(round.name, stage, group)) out.push(`${marks} ${round.name} ${marks}`);
          if (round.legs !== 2) {
            out.push(...round.ties.flatMap((tie) => tie.matches.map(item)), '');
            continue;
          }
          if (onPoints) {
            out.push(
              '{| class="wikitable"',
              '! 1st leg home team !! Points !! 2nd leg home team !! 1st leg !! 2nd leg !! Extra !! Pen.',
              ...round.ties.flatMap((tie) => {
                if (tie.extraMatch) written.add(tie.extraMatch);
                return ['|-', `| ${pointsTieRow(record, tie).join(' || ')}`];
              }),
              '|}',
              '',
            );
            continue;
          }
          out.push(
            '{{TwoLegStart}}',
            ...round.ties.map((tie) => twoLegResult(record, tie)),
            '|}',
            '',
          );
        }
      } else {
        for (const round of group.rounds) {
          out.push(`${marks} ${round.name} ${marks}`, ...round.matches.map(item), '');
        }
      }
      for (const match of group.playOffs.filter((match) => !written.has(match))) {
        out.push(
          `* Play-off: ${nameOf(record, match.home)} ${scoreText(match).replace('-', '–')} ${nameOf(record, match.away)}${matchNotes(match)}`,
          '',
        );
      }
    });
  });
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** Module:Sports table's status letters, and the words of its result column. @internal */
const WIKI_STATUS: Readonly<Record<TableStatus, { code: string; text: string; colour: string }>> = {
  champion: { code: 'C', text: 'Champion', colour: 'green1' },
  promoted: { code: 'P', text: 'Promoted', colour: 'green2' },
  qualified: { code: 'Q', text: 'Qualified', colour: 'blue1' },
  relegated: { code: 'R', text: 'Relegated', colour: 'red1' },
  eliminated: { code: 'E', text: 'Eliminated', colour: 'red2' },
  withdrawn: { code: 'D', text: 'Withdrew', colour: 'red2' },
};

/**
 * A table through `{{#invoke:Sports table|main|style=WDL|…}}`: teams in order (`team1`…), their
 * figures, the points for a result when they are not 3-1-0, deductions, statuses, notes, the
 * result column, the tiebreaker rules and the source.
 * @internal
 */
function sportsTable(
  record: SeasonRecord,
  computed: RecordGroupTable,
  group?: RecordGroup,
): string[] {
  const ids = new Map<string, string>();
  for (const row of computed.table) {
    let id = wikiId(row.club) || 'T';
    while ([...ids.values()].includes(id)) id = `${id}X`;
    ids.set(row.clubId, id);
  }
  const lines = ['{{#invoke:Sports table|main|style=WDL'];
  const points = computed.rules?.points;
  if (points && points.win !== 3) lines.push(`|win_points=${points.win}`);
  if (points && points.draw !== 1) lines.push(`|draw_points=${points.draw}`);
  if (points && points.loss !== 0) lines.push(`|loss_points=${points.loss}`);
  lines.push(
    computed.table.map((row, index) => `|team${index + 1}=${ids.get(row.clubId)}`).join(' '),
  );
  for (const row of computed.table) {
    const id = ids.get(row.clubId) ?? '';
    lines.push(
      `|win_${id}=${row.won} |draw_${id}=${row.drawn} |loss_${id}=${row.lost} |gf_${id}=${row.goalsFor} |ga_${id}=${row.goalsAgainst}`,
    );
  }
  for (const row of computed.table) {
    const id = ids.get(row.clubId) ?? '';
    lines.push(`|name_${id}=${row.club}`);
    const adjustment =
      computed.standings?.rows.find((standing) => standing.club === row.clubId)?.pointAdjustment ??
      0;
    if (adjustment !== 0) lines.push(`|adjust_points_${id}=${adjustment}`);
    if (row.status) lines.push(`|status_${id}=${WIKI_STATUS[row.status].code}`);
    if (row.note) lines.push(`|note_${id}=${row.note}`);
  }
  const results = computed.table
    .map((row, index) => (row.status ? `|result${index + 1}=${WIKI_STATUS[row.status].code}` : ''))
    .filter(Boolean);
  if (results.length > 0) {
    lines.push(results.join(' '));
    for (const status of new Set(computed.table.map((row) => row.status))) {
      if (!status) continue;
      const { code, text, colour } = WIKI_STATUS[status];
      // "Champion; Promoted to 1994 Torneo Descentralizado" says in the result column what the
      // champion's note says, or what the source printed beside its row ("Promoted"), apart so
      // that each reads back as a note of its own.
      const champion = computed.table.find((row) => row.status === status);
      const printed = champion
        ? printedMovements(champion, group).find(
            (note) => movementInNote(note)?.outcome === 'promoted',
          )
        : undefined;
      const promotion =
        champion?.note?.match(/promoted to [^;]+/)?.[0]?.replace(/^p/, 'P') ?? printed;
      lines.push(
        `|col_${code}=${colour} |text_${code}=${promotion && status === 'champion' ? `${text}; ${promotion}` : text}`,
      );
    }
  }
  if (computed.rules) lines.push(`|class_rules=${describeChain(computed.rules.tiebreakers)}`);
  lines.push(`|source=${record.sources[0]?.title ?? 'Torneo'}`, '|update=complete', '}}');
  return lines;
}

/** @internal */
function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The matches as a results CSV that `torneo table` reads back. @internal */
function renderCsv(record: SeasonRecord): string {
  const lines = [
    'stage,group,round,date,home,away,home_goals,away_goals,status,play_off,home_penalties,away_penalties',
  ];
  const row = (stage: string, group: string, match: Match, playOff: boolean) => {
    const score = match.awarded ?? match.extraTime ?? match.score;
    lines.push(
      [
        stage,
        group,
        playOff ? '' : `${match.round ?? ''}`,
        match.date ?? '',
        nameOf(record, match.home),
        nameOf(record, match.away),
        `${score?.home ?? ''}`,
        `${score?.away ?? ''}`,
        match.status,
        playOff ? 'yes' : '',
        `${match.penalties?.home ?? ''}`,
        `${match.penalties?.away ?? ''}`,
      ]
        .map(csvCell)
        .join(','),
    );
  };
  for (const stage of record.stages) {
    for (const group of stage.groups) {
      for (const round of group.rounds) {
        for (const match of round.matches) row(stage.name, group.name, match, false);
      }
      // A play-off decides the group's order (or a tie): marked so, it reads back as one.
      for (const match of group.playOffs) row(stage.name, group.name, match, true);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Football.TXT: a title, match days, date lines, match lines. @internal */
function renderFootballTxt(record: SeasonRecord): string {
  const out = [
    `= ${record.title ?? `${record.competition ?? ''} ${record.season ?? ''}`.trim()}`,
    '',
  ];
  const width = Math.max(...record.clubs.map((club) => club.name.length), 10) + 2;
  for (const stage of record.stages) {
    if (record.stages.length > 1) out.push(`== ${stage.name}`, '');
    for (const group of stage.groups) {
      for (const round of group.rounds) {
        // `Matchday 3`, or `» Stage, Round` (the stage named again, so that a round named with a
        // comma, `Final, 1st leg`, is read as a round of this stage).
        out.push(
          /^Round \d+$/.test(round.name)
            ? round.name.replace(/^Round\b/, 'Matchday')
            : `» ${stage.name}, ${round.name}`,
        );
        let lastDate: string | undefined;
        for (const match of round.matches) {
          if (match.date && match.date !== lastDate) {
            out.push(`[${footballTxtDate(match.date)}]`);
            lastDate = match.date;
          }
          const score = match.awarded ?? match.extraTime ?? match.score;
          const middle = score ? `${score.home}-${score.away}` : '-';
          // One bracket at the end of the line, as the format has it: `[awarded, abandoned]`.
          const marks = [match.awarded ? 'awarded' : '', STATUS_WORDS[match.status] ?? ''].filter(
            Boolean,
          );
          out.push(
            `  ${nameOf(record, match.home).padEnd(width)}${middle}${match.extraTime ? ' a.e.t.' : ''}  ${nameOf(record, match.away)}${marks.length > 0 ? `  [${marks.join(', ')}]` : ''}`,
          );
        }
        out.push('');
      }
      // Football.TXT has no play-off outside a table: kept in a comment, for the reader of the
      // file, not read back as a match that the table would count.
      for (const match of group.playOffs) {
        out.push(
          `# Play-off: ${nameOf(record, match.home)} ${scoreText(match)} ${nameOf(record, match.away)}${matchNotes(match)}`,
        );
      }
      if (group.playOffs.length > 0) out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** @internal */
const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** @internal */
function footballTxtDate(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return `${days[date.getUTCDay()]} ${SHORT_MONTHS[date.getUTCMonth()]}/${date.getUTCDate()} ${date.getUTCFullYear()}`;
}

/** RSSSF text: rounds of `Home - Away  h-a`, then a FINAL TABLE with dotted names. @internal */
function renderRsssf(record: SeasonRecord, tables: readonly RecordStageTables[]): string {
  const out = [record.title ?? `${record.competition ?? ''} ${record.season ?? ''}`.trim(), ''];
  // The page's opening: its prose, then the champion, the clubs the record names as going up or
  // down (those its prose names already aside), the top scorers; read back by the RSSSF reader.
  for (const paragraph of record.summary) out.push(paragraph, '');
  const front: string[] = [];
  if (record.winners) front.push(`Champion: ${nameOf(record, record.winners)}`);
  for (const [outcome, label] of [
    ['promoted', 'Promoted'],
    ['relegated', 'Relegated'],
  ] as const) {
    const clubs = (record.movements ?? []).filter(
      (movement) => movement.outcome === outcome && movement.source !== 'the prose',
    );
    if (clubs.length === 0) continue;
    const where = (to: (typeof clubs)[number]['to']) =>
      to ? ` (${[to.competition, to.edition].filter(Boolean).join(' ')})` : '';
    front.push(
      `${label}: ${clubs.map((movement) => `${nameOf(record, movement.club)}${where(movement.to)}`).join(', ')}`,
    );
  }
  const scorer = (entry: SeasonRecord['topScorers'][number]) => {
    const team = entry.club ? nameOf(record, entry.club) : entry.team;
    return `${entry.name}${team ? ` (${team})` : ''} ${entry.goals}`;
  };
  if (record.topScorers.length === 1)
    front.push(`Top scorer: ${scorer(record.topScorers[0] as SeasonRecord['topScorers'][number])}`);
  else if (record.topScorers.length > 1)
    front.push('Top scorers:', ...record.topScorers.map(scorer));
  if (front.length > 0) out.push(...front, '');
  record.stages.forEach((stage, stageIndex) => {
    out.push(stage.name.toUpperCase(), '');
    const onPoints = tiesGoByPoints(stage.groups);
    stage.groups.forEach((group, groupIndex) => {
      if (stage.groups.length > 1) out.push(group.name, '');
      const computed = tables[stageIndex]?.groups[groupIndex];
      // Extra matches written with their ties are not written again with the group's play-offs.
      const written = new Set<Match>();
      if (computed?.kind === 'knockout') {
        // Ties as the pages write them: a round's heading with the days of its legs, then a line
        // a tie, both legs' scores with the first-named club's goals first, then the extra matches
        // of its ties. Ties decided on points say so (`[on points]`), so that they read back so.
        for (const round of knockoutRounds(group)) {
          const days = [0, 1]
            .map((leg) => round.ties.find((tie) => tie.matches[leg]?.date)?.matches[leg]?.date)
            .filter((date) => date !== undefined)
            .map(rsssfDay);
          // A round the source gives no name of its own has its days alone.
          const heading = ownHeading(round.name, stage, group) ? round.name : '';
          const when = days.length > 0 ? `[${days.join(' and ')}]` : '';
          if (heading || when) out.push([heading, when].filter(Boolean).join(' '), '');
          if (onPoints && round.legs === 2) out.push('[on points]', '');
          for (const tie of round.ties) {
            const [first, second] = tie.matches;
            if (!first) continue;
            out.push(
              round.legs === 2 && second
                ? rsssfTie(record, first, second)
                : rsssfMatch(record, first),
            );
          }
          const extras = round.ties.flatMap((tie) => (tie.extraMatch ? [tie.extraMatch] : []));
          if (extras.length > 0) {
            out.push('', 'Play-off', '', ...extras.map((match) => rsssfMatch(record, match)));
            for (const match of extras) written.add(match);
          }
          out.push('');
        }
      } else {
        for (const round of group.rounds) {
          let date = round.date ?? round.matches[0]?.date;
          // The round a source gives no name (`Matches`) has no heading: its day alone.
          if (round.name === 'Matches') out.push(...(date ? [`[${rsssfDay(date)}]`, ''] : []));
          else out.push(`${round.name}${date ? ` (${rsssfDay(date)})` : ''}`, '');
          for (const match of round.matches) {
            // A match on another day than the one above: that day first, in brackets.
            if (match.date && match.date !== date) {
              date = match.date;
              out.push(`[${rsssfDay(date)}]`);
            }
            out.push(rsssfMatch(record, match));
          }
          out.push('');
        }
      }
      if (computed && computed.kind !== 'knockout' && computed.table.length > 0) {
        out.push('FINAL TABLE', `${' '.repeat(32)}P - W - D - L - GF - GA - Pts`);
        for (const row of computed.table) {
          const first = computed.table.find((other) => other.position === row.position) === row;
          const position = first ? `${row.position}.`.padEnd(4) : '    ';
          const name = `${row.club} `.padEnd(28, '.');
          const figures = [
            row.played,
            row.won,
            row.drawn,
            row.lost,
            row.goalsFor,
            row.goalsAgainst,
            row.points,
          ]
            .map((n) => String(n).padStart(2))
            .join(' - ');
          // A deduction as the pages print it, so that the points read back the same.
          const adjustment = adjustmentNote(computed, row).replace(/ points$/, '');
          out.push(
            `${position}${name} ${figures}${row.status ? `  [${row.status[0]?.toUpperCase()}${row.status.slice(1)}]` : ''}${printedMovements(
              row,
              group,
            )
              .map((note) => `  [${note}]`)
              .join('')}${adjustment ? `  [${adjustment}]` : ''}`,
          );
        }
        out.push('');
      }
      // Play-offs under the table, as the pages list them: outside it, deciding its order.
      const playOffs = group.playOffs.filter((match) => !written.has(match));
      if (playOffs.length > 0) {
        out.push('Play-off', '', ...playOffs.map((match) => rsssfMatch(record, match)), '');
      }
    });
  });
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * Whether a knockout round needs a heading of its own: not where a heading above already names it
 * (its stage's, or its group's where the stage has several) nor where the source named it not at
 * all (`Matches`). @internal
 */
function ownHeading(
  name: string,
  stage: SeasonRecord['stages'][number],
  group: RecordGroup,
): boolean {
  return (
    name !== 'Matches' && name !== stage.name && !(stage.groups.length > 1 && name === group.name)
  );
}

/**
 * The notes the source printed beside a club's row that say where it went (`Promoted to the 2035
 * Liga de Ejemplo`, `Promoted`) and that its status does not say already: written beside the
 * computed row, so that they read back. @internal
 */
function printedMovements(row: RecordTableRow, group: RecordGroup | undefined): string[] {
  const printed = group?.published?.rows.find((entry) => entry.club === row.clubId)?.notes ?? [];
  return printed.filter(
    (note) => movementInNote(note) !== undefined && note.toLowerCase() !== row.status,
  );
}

/** A day as RSSSF's headings write it: `Sep 6 2036`. @internal */
function rsssfDay(date: string): string {
  return `${SHORT_MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))} ${date.slice(0, 4)}`;
}

/**
 * A two-legged tie on one line, as RSSSF writes it: `A - B`, the first leg's score, then the
 * return leg's with A's goals first, and the return leg's notes (`aet`, `[4-2 pen]`, turned round
 * the same way). @internal
 */
function rsssfTie(record: SeasonRecord, first: Match, second: Match): string {
  const pair = `${nameOf(record, first.home)} - ${nameOf(record, first.away)}`;
  const seen = (match: Match): string => {
    const score = match.awarded ?? match.extraTime ?? match.score;
    return score ? sideOf(score, match, first.home).join('-') : '-';
  };
  const notes = [
    second.awarded ? '[awarded]' : '',
    second.extraTime ? 'aet' : '',
    second.penalties ? `[${sideOf(second.penalties, second, first.home).join('-')} pen]` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `${pair.padEnd(Math.max(44, pair.length + 2))}${seen(first)} ${seen(second)}${notes ? ` ${notes}` : ''}`;
}

/**
 * One result as RSSSF writes it: `Home - Away`, two spaces at least, the score, and its notes
 * (`[awarded]`, `aet`, `[4-2 pen]`). @internal
 */
function rsssfMatch(record: SeasonRecord, match: Match): string {
  const pair = `${nameOf(record, match.home)} - ${nameOf(record, match.away)}`;
  const score = match.awarded ?? match.extraTime ?? match.score;
  const printed = score ? `${score.home}-${score.away}` : '-';
  const status = STATUS_WORDS[match.status];
  return `${pair.padEnd(Math.max(44, pair.length + 2))}${printed}${match.awarded ? ' [awarded]' : ''}${match.extraTime ? ' aet' : ''}${match.penalties ? ` [${match.penalties.home}-${match.penalties.away} pen]` : ''}${status ? ` [${status}]` : ''}`;
}

/** The words RSSSF and Football.TXT lines give a match's status in, in brackets. @internal */
const STATUS_WORDS: Partial<Record<Match['status'], string>> = {
  abandoned: 'abandoned',
  annulled: 'annulled',
  cancelled: 'not played',
  postponed: 'postponed',
};
