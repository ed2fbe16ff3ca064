import type { EditionFormat } from '#core/format/edition-format.ts';
import type { EditionState } from '#core/format/edition-state.ts';
import type { Language } from '#core/standings/tiebreaker-values.ts';
import { EDITION_RULES } from '../formats/edition/read-edition.ts';
import { WEB_WORDS } from '../web/web-words.ts';
import { formatPrintedTableText, formatStandingsText } from './format-standings-text.ts';

/** What the terminal says itself, by language (a stage's kind and status as the pages say them). */
const WORDS = {
  en: {
    notKnown: 'entrants not known',
    openSlot: 'open slot',
    through: 'through',
    unknown: 'unknown',
    versus: 'v',
    pending: 'pending',
    champion: 'Champion',
    notDecided: 'not decided yet',
    promoted: 'Promoted',
    relegated: 'Relegated',
    to: 'to',
    warning: 'warning',
    editionRules: EDITION_RULES,
  },
  es: {
    notKnown: 'participantes no conocidos',
    openSlot: 'plaza por definir',
    through: 'pasan',
    unknown: 'no conocido',
    versus: 'vs.',
    pending: 'por jugarse',
    champion: 'Campeón',
    notDecided: 'por definirse',
    promoted: 'Asciende',
    relegated: 'Desciende',
    to: 'a',
    warning: 'advertencia',
    editionRules: 'según la edición',
  },
} as const;

/**
 * An edition's state for a terminal: each stage with its status, its tables and ties (with how each
 * tie was decided), the slots still open (or, in a stage that is over, not known), then the
 * champion and who goes up and down; in `language` (English), the edition's own words as given.
 */
export function formatEditionText(
  format: EditionFormat,
  state: EditionState,
  language: Language = 'en',
): string {
  const words = WORDS[language];
  const pageWords = WEB_WORDS[language];
  const nameOf = (club: string | null): string =>
    club === null ? '?' : (format.clubs.find((candidate) => candidate.id === club)?.name ?? club);
  const out: string[] = [`${state.edition} ${state.competition}`, ''];
  for (const stage of state.stages) {
    const host = format.stages.find((candidate) => candidate.id === stage.id)?.host;
    const hosted = host ? `, ${pageWords.hostedIn.replace('{place}', () => host)}` : '';
    out.push(
      `${stage.name} (${pageWords.stageKind[stage.kind]}, ${pageWords.stageStatus[stage.status]}${hosted})`,
    );
    const open = [...stage.entrants, ...stage.groups.flatMap((group) => group.entrants)].filter(
      (slot) => slot.club === null,
    );
    // A stage that is over (or whose matches the record lacks) waits for nobody: a slot without a
    // club there is one the record does not name.
    if (stage.status === 'complete' || stage.status === 'unknown') {
      if (open.length > 0)
        out.push(`  ${words.notKnown}: ${open.map((slot) => slot.label).join(', ')}`);
    } else {
      for (const slot of open) out.push(`  ${words.openSlot}: ${slot.label}`);
    }
    if (stage.qualified.length > 0) {
      out.push(
        `  ${words.through}: ${stage.qualified.map((qualifier) => (qualifier.club === null ? `(${qualifier.label}: ${words.unknown})` : nameOf(qualifier.club))).join(', ')}`,
      );
    }
    for (const group of stage.groups) {
      if (group.printed) {
        out.push(
          '',
          ...formatPrintedTableText(group.table, {
            ...(stage.groups.length > 1 ? { title: group.name } : {}),
            language,
          })
            .trimEnd()
            .split('\n')
            .map((line) => `  ${line}`),
        );
        continue;
      }
      if (!group.standings) continue;
      const rules = group.standings.rules.replace(EDITION_RULES, words.editionRules);
      const title = stage.groups.length > 1 ? `${group.name} — ${rules}` : rules;
      out.push(
        '',
        ...formatStandingsText(group.standings, { title, language })
          .trimEnd()
          .split('\n')
          .map((line) => `  ${line}`),
      );
      if (group.sums) {
        const says = group.sumsMatches === 'all' ? pageWords.sumsAll : pageWords.sums;
        out.push(`  ${says} ${group.sums.join(', ')}.`);
      }
      for (const slot of group.entrants) if (slot.replaced) out.push(`  ${slot.replaced.note}.`);
    }
    let round = '';
    for (const tie of stage.ties) {
      if (tie.round !== round) {
        round = tie.round;
        out.push('', `  ${round}`);
      }
      const home = tie.home.club === null ? `(${tie.home.label})` : nameOf(tie.home.club);
      const away = tie.away.club === null ? `(${tie.away.label})` : nameOf(tie.away.club);
      const legs = tie.legs
        .filter((leg) => leg.score ?? leg.awarded)
        .map((leg) => {
          const score = leg.awarded ?? leg.extraTime ?? leg.score;
          const first = leg.home === tie.home.club;
          return score
            ? first
              ? `${score.home}-${score.away}`
              : `${score.away}-${score.home}`
            : '';
        })
        .join(', ');
      const result =
        tie.winner === null ? words.pending : `${nameOf(tie.winner)} ${tie.decidedBy ?? ''}`.trim();
      out.push(`    ${home} ${words.versus} ${away}${legs ? `  ${legs}` : ''}  → ${result}`);
      for (const side of [tie.home, tie.away])
        if (side.replaced) out.push(`      ${side.replaced.note}.`);
    }
    out.push('');
  }
  out.push(
    `${words.champion}: ${state.champion === null ? words.notDecided : nameOf(state.champion)}`,
  );
  // A movement whose competition the edition does not name says only who moves.
  const moves = (word: string, movement: { club: string; to: string }) =>
    `${word}: ${nameOf(movement.club)}${movement.to ? ` ${words.to} ${movement.to}` : ''}`;
  for (const movement of state.promoted) out.push(moves(words.promoted, movement));
  for (const movement of state.relegated) out.push(moves(words.relegated, movement));
  for (const change of state.teamChanges)
    out.push(`${change.heading}: ${change.clubs.map(nameOf).join(', ')}`);
  for (const warning of state.warnings) out.push(`${words.warning}: ${warning}`);
  return `${out.join('\n')}\n`;
}
