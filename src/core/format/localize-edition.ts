import type { Language } from '../standings/tiebreaker-values.ts';
import type { EditionFormat, Slot, StageFormat } from './edition-format.ts';

/**
 * An edition in another language's words, where its document gives them (`translations`): the
 * names of stages, groups and rounds, qualifier labels, the detail of sources, the reasons of
 * rulings. Clubs and
 * competitions keep their names. Rounds named "Round 7" become "Fecha 7" in Spanish even without a
 * translation, as Peruvian tables say.
 *
 * @example
 * localizeEdition(edition, 'es').stages.at(-1)?.name //=> 'Etapa Final'
 */
export function localizeEdition(format: EditionFormat, language: Language): EditionFormat {
  const table = format.translations?.[language] ?? {};
  const say = (text: string): string => {
    const own = table[text];
    if (own) return own;
    if (language === 'es') {
      const round = /^Round (\d+)$/.exec(text);
      if (round) return `Fecha ${round[1]}`;
    }
    return text;
  };
  if (Object.keys(table).length === 0 && language !== 'es') return format;
  const slot = (entrant: Slot): Slot =>
    entrant.kind === 'qualifier' ? { ...entrant, label: say(entrant.label) } : entrant;
  const stage = (item: StageFormat): StageFormat => {
    const name = say(item.name);
    switch (item.kind) {
      case 'league':
      case 'table':
        return {
          ...item,
          name,
          entrants: item.entrants.map(slot),
          rounds: item.rounds.map((round) => ({ ...round, name: say(round.name) })),
        };
      case 'groups':
        return {
          ...item,
          name,
          groups: item.groups.map((group) => ({
            ...group,
            name: say(group.name),
            entrants: group.entrants.map(slot),
            rounds: group.rounds.map((round) => ({ ...round, name: say(round.name) })),
          })),
        };
      case 'knockout':
        return {
          ...item,
          name,
          rounds: item.rounds.map((round) => ({
            ...round,
            name: say(round.name),
            ties: round.ties.map((tie) => ({
              ...tie,
              ...(tie.home ? { home: slot(tie.home) } : {}),
              ...(tie.away ? { away: slot(tie.away) } : {}),
            })),
          })),
        };
      case 'qualification':
        return {
          ...item,
          name,
          entrants: item.entrants.map(slot),
          qualified: item.qualified.map((qualifier) => ({
            ...qualifier,
            label: say(qualifier.label),
          })),
        };
    }
  };
  return {
    ...format,
    stages: format.stages.map(stage),
    sources: format.sources.map((source) => ({
      ...source,
      title: say(source.title),
      ...(source.detail ? { detail: say(source.detail) } : {}),
    })),
    // A ruling's reason too, where the document gives it in this language.
    rulings: format.rulings.map((ruling) => ({ ...ruling, reason: say(ruling.reason) })),
  };
}
