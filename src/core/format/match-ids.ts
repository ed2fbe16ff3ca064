import type { Match } from '../model/match.ts';
import type { EditionFormat, StageFormat } from './edition-format.ts';

/**
 * Every match of an edition gets an id where it has none, from where it stands: `final-r2-m3`
 * (stage, round, match), `regional-g1-r1-m2` (with the group), `knockout-r16-t3-l2` (round, tie,
 * leg), `knockout-final-t1-x` (an extra match). Ids already given are kept.
 *
 * @example
 * withMatchIds(format).stages[2]
 */
export function withMatchIds(format: EditionFormat): EditionFormat {
  return {
    ...format,
    stages: format.stages.map((stage) =>
      mapStageMatches(stage, (match, id) => (match.id ? match : { ...match, id })),
    ),
  };
}

/**
 * Applies `change` to the match with an id, and says what it was and what it became; `undefined`
 * when no match has that id.
 */
export function changeMatch(
  format: EditionFormat,
  id: string,
  change: (match: Match) => Match,
): { format: EditionFormat; before: Match; after: Match } | undefined {
  let before: Match | undefined;
  let after: Match | undefined;
  const stages = format.stages.map((stage) =>
    mapStageMatches(stage, (match, place) => {
      if ((match.id ?? place) !== id) return match;
      before = match;
      after = change(match);
      return after;
    }),
  );
  return before && after ? { format: { ...format, stages }, before, after } : undefined;
}

/** Every match of an edition with its id and where it stands; a match takes its round's date. */
export function listMatches(
  format: EditionFormat,
): { id: string; stage: string; where: string; match: Match }[] {
  const found: { id: string; stage: string; where: string; match: Match }[] = [];
  for (const stage of format.stages) {
    mapStageMatches(stage, (match, place, where, date) => {
      found.push({
        id: match.id ?? place,
        stage: stage.id,
        where,
        match: match.date === undefined && date !== undefined ? { ...match, date } : match,
      });
      return match;
    });
  }
  return found;
}

/**
 * Every match of an edition passed through `change` in one pass, with its id (given, or from where
 * it stands), its round's date and, in a league or group, its round's number.
 */
export function mapMatches(
  format: EditionFormat,
  change: (match: Match, id: string, date?: string, round?: number) => Match,
): EditionFormat {
  return {
    ...format,
    stages: format.stages.map((stage) =>
      mapStageMatches(stage, (match, id, _where, date, round) =>
        change(match, match.id ?? id, date, round),
      ),
    ),
  };
}

/** @internal */
function mapStageMatches(
  stage: StageFormat,
  visit: (match: Match, id: string, where: string, date?: string, round?: number) => Match,
): StageFormat {
  switch (stage.kind) {
    case 'league':
    case 'table':
      return {
        ...stage,
        rounds: stage.rounds.map((round, r) => ({
          ...round,
          matches: round.matches.map((match, m) =>
            visit(match, `${stage.id}-r${r + 1}-m${m + 1}`, round.name, round.date, r + 1),
          ),
        })),
      };
    case 'groups':
      return {
        ...stage,
        groups: stage.groups.map((group) => ({
          ...group,
          rounds: group.rounds.map((round, r) => ({
            ...round,
            matches: round.matches.map((match, m) =>
              visit(
                match,
                `${stage.id}-${group.id}-r${r + 1}-m${m + 1}`,
                `${group.name}, ${round.name}`,
                round.date,
                r + 1,
              ),
            ),
          })),
        })),
      };
    case 'knockout':
      return {
        ...stage,
        rounds: stage.rounds.map((round) => ({
          ...round,
          ties: round.ties.map((tie, t) => ({
            ...tie,
            matches: tie.matches.map((match, l) =>
              visit(
                match,
                `${stage.id}-${round.id}-t${t + 1}-l${l + 1}`,
                `${round.name}, tie ${t + 1}`,
              ),
            ),
            ...(tie.extraMatch
              ? {
                  extraMatch: visit(
                    tie.extraMatch,
                    `${stage.id}-${round.id}-t${t + 1}-x`,
                    `${round.name}, tie ${t + 1}`,
                  ),
                }
              : {}),
          })),
        })),
      };
    case 'qualification':
      return stage;
  }
}
