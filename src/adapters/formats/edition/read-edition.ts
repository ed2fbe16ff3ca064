import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import { readTextFile } from '#adapters/files/read-text-file.ts';
import { InputError, type Issue, makeIssue, NotFoundError } from '#core/errors.ts';
import type {
  EditionFormat,
  EditionRuling,
  KnockoutRoundFormat,
  OutcomeRule,
  PrintedRow,
  RoundFormat,
  Slot,
  StageFormat,
  SummingTable,
  TieRule,
} from '#core/format/edition-format.ts';
import type { Club, ClubId } from '#core/model/club.ts';
import type { Match, Score } from '#core/model/match.ts';
import type { RuleSet, Tiebreaker } from '#core/model/rule-set.ts';
import type { Source } from '#core/model/source.ts';
import { nameKey } from '#core/records/club-names.ts';
import { resolveRulePreset } from '#core/rules/rule-preset.ts';
import { checkHosts } from '../../places/place-named.ts';
import { checkedParse } from '../json/checked-parse.ts';
import { parseJsonText } from '../json/locate-json-error.ts';
import { BUILT_IN_ALIASES } from '../read-aliases.ts';
import { buildMatch } from '../text/build-match.ts';
import { readScoreNotes } from '../text/score-notes.ts';
import {
  type EditionDocument,
  EditionDocumentSchema,
  type MatchInput,
  type PrintedRowInput,
  type RulesInput,
  type SlotInput,
} from './edition-schema.ts';

/** An edition file read, with the other editions found beside it (for clubs coming from them). */
export interface EditionFiles {
  readonly edition: EditionFormat;
  readonly others: readonly EditionFormat[];
}

/** How a rule set an edition adjusts is named, after its preset's name (in English). */
export const EDITION_RULES = 'as the edition sets it';

/** The names an edition's file takes in its folder, the first found read. */
export const EDITION_FILES = ['edition.yaml', 'edition.yml', 'edition.json'];

/**
 * Reads an edition: a YAML or JSON file, or a folder holding `edition.yaml` (other edition files
 * in the folder are read too, so that clubs relegated or promoted from them can be found).
 *
 * @example
 * const { edition } = await readEditionPath('examples/copa-peru-1993');
 */
export async function readEditionPath(path: string): Promise<EditionFiles> {
  const main = await editionFilePath(path);
  if (main === path) return { edition: await readEditionFile(path), others: [] };
  const others: EditionFormat[] = [];
  for (const name of (await readdir(path)).sort()) {
    if (name === basename(main) || !/\.(ya?ml|json)$/.test(name)) continue;
    others.push(await readEditionFile(join(path, name)));
  }
  return { edition: await readEditionFile(main), others };
}

/** The file that holds an edition: the path itself, or a folder's edition.yaml (or .yml, .json). */
export async function editionFilePath(path: string): Promise<string> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw new NotFoundError('file', path, {
      cause: error,
      hint: 'expected an edition file or a folder with edition.yaml',
    });
  }
  if (!info.isDirectory()) return path;
  const names = await readdir(path);
  const main = EDITION_FILES.find((name) => names.includes(name));
  if (!main) {
    throw new NotFoundError('edition', path, {
      hint: `expected ${EDITION_FILES.join(', ')} in the folder`,
    });
  }
  return join(path, main);
}

/** Reads one edition file, YAML or JSON; a stage's host must be a place that can be found. */
export async function readEditionFile(path: string): Promise<EditionFormat> {
  const text = await readTextFile(path, 'no such edition file can be read');
  const format = parseEdition(text, path);
  await checkHosts(format, path);
  return format;
}

/**
 * Reads an edition document from text: JSON when it starts with `{`, YAML otherwise. Every problem
 * is reported with its path in the document and what was expected; nothing is returned unless the
 * whole document is good.
 */
export function parseEdition(text: string, file: string): EditionFormat {
  const data = /^\s*\{/.test(text) ? parseJsonText(text, file) : parseYaml(text, file);
  return new EditionReader(checkedParse(EditionDocumentSchema, data, file), file).read();
}

/** @internal */
function parseYaml(text: string, file: string): unknown {
  const document = parseDocument(text, { prettyErrors: false });
  const first = document.errors[0];
  if (first) {
    const [line, column] = first.linePos?.[0]
      ? [first.linePos[0].line, first.linePos[0].col]
      : [0, 0];
    throw new InputError(
      document.errors.map((error) =>
        makeIssue(
          'YAML',
          `${file} line ${error.linePos?.[0]?.line ?? line}, column ${error.linePos?.[0]?.col ?? column}`,
          'well-formed YAML',
          error.message.split('\n')[0] ?? 'a syntax error',
        ),
      ),
    );
  }
  return document.toJS();
}

/** Turns a checked document into the core's format, collecting every problem. @internal */
class EditionReader {
  readonly #document: EditionDocument;
  readonly #file: string;
  readonly #issues: Issue[] = [];
  readonly #clubs = new Map<string, ClubId>();
  readonly #stageIds: string[] = [];
  readonly #stageKinds = new Map<string, string>();

  constructor(document: EditionDocument, file: string) {
    this.#document = document;
    this.#file = file;
    for (const club of document.clubs) {
      for (const name of [club.id, club.name, ...(club.names ?? [])])
        this.#clubs.set(nameKey(name), club.id);
    }
    for (const alias of BUILT_IN_ALIASES) {
      if (
        alias.competition !== undefined &&
        nameKey(alias.competition) !== nameKey(document.competition)
      )
        continue;
      const target = this.#clubs.get(nameKey(alias.club));
      if (target && !this.#clubs.has(nameKey(alias.alias)))
        this.#clubs.set(nameKey(alias.alias), target);
    }
  }

  read(): EditionFormat {
    const document = this.#document;
    const edition = String(document.edition);
    const season = Number.parseInt(edition, 10);
    const rules = this.#rules(
      document.rules ?? 'generic',
      Number.isNaN(season) ? undefined : season,
      'rules',
    );
    const seen = new Set<string>();
    const stages = document.stages.map((stage, index) => {
      if (seen.has(stage.id))
        this.#issue('stage', `stages[${index}].id`, 'an id no other stage has', `"${stage.id}"`);
      seen.add(stage.id);
      const converted = this.#stage(stage, index, Number.isNaN(season) ? undefined : season);
      this.#stageIds.push(stage.id);
      this.#stageKinds.set(stage.id, stage.kind);
      return converted;
    });
    const rulings = (document.rulings ?? []).map((ruling, index) =>
      this.#ruling(ruling, `rulings[${index}]`),
    );
    if (this.#issues.length > 0) throw new InputError(this.#issues);
    const clubs: Club[] = document.clubs.map((club) => {
      const location = {
        ...(club.city ? { city: club.city } : {}),
        ...(club.region ? { region: club.region } : {}),
        ...(club.country ? { country: club.country } : {}),
        ...(club.lat !== undefined ? { lat: club.lat } : {}),
        ...(club.lon !== undefined ? { lon: club.lon } : {}),
      };
      return {
        id: club.id,
        name: club.name,
        ...(Object.keys(location).length > 0 ? { location } : {}),
        ...(club.names ? { names: club.names.map((name) => ({ name })) } : {}),
      };
    });
    return {
      competition: document.competition,
      edition,
      ...(document.dates
        ? { dates: dropUndefined(document.dates) as { from?: string; to?: string } }
        : {}),
      ...(document.previous !== undefined ? { previous: String(document.previous) } : {}),
      ...(document.next !== undefined ? { next: String(document.next) } : {}),
      sources: (document.sources ?? []).map((source) => dropUndefined(source) as Source),
      rules,
      ...(document.tieRules ? { tieRules: document.tieRules.map(tieRule) } : {}),
      clubs,
      stages,
      rulings,
      ...(document.translations ? { translations: document.translations } : {}),
    };
  }

  #issue(what: string, path: string, expected: string, received: string): void {
    this.#issues.push(makeIssue(what, `${this.#file} ${path}`, expected, received));
  }

  /**
   * The away club's name and the notes after it, where the first brackets after the name may be
   * part of it: the longest run of them that names a known club. @internal
   */
  #nameBeforeNotes(name: string, after: string): [string, string] {
    const groups = after.match(/\([^)]*\)|\[[^\]]*\]/g) ?? [];
    for (let taken = groups.length; taken > 0; taken -= 1) {
      const candidate = `${name} ${groups.slice(0, taken).join(' ')}`;
      if (this.#clubs.has(nameKey(candidate))) return [candidate, groups.slice(taken).join(' ')];
    }
    return [name, after];
  }

  #club(name: string, path: string): ClubId {
    const found = this.#clubs.get(nameKey(name));
    if (found) return found;
    this.#issue(
      'club',
      path,
      `one of the edition's clubs (${this.#document.clubs
        .map((club) => club.name)
        .slice(0, 6)
        .join(', ')}${this.#document.clubs.length > 6 ? ', …' : ''})`,
      `"${name}"`,
    );
    return name;
  }

  #rules(input: RulesInput, season: number | undefined, path: string): RuleSet {
    const context = season === undefined ? {} : { season };
    if (typeof input === 'string') return this.#preset(input, context, path);
    const base = this.#preset(
      input.preset ?? 'generic',
      {
        ...context,
        ...(input.season !== undefined ? { season: input.season } : {}),
        ...(input.tier !== undefined ? { tier: input.tier } : {}),
      },
      `${path}.preset`,
    );
    return {
      ...base,
      ...(input.points ? { points: input.points } : {}),
      ...(input.tiebreakers ? { tiebreakers: input.tiebreakers.map(tiebreaker) } : {}),
      ...(input.walkoverDeduction !== undefined
        ? { walkoverDeduction: input.walkoverDeduction }
        : {}),
      name: input.preset ? `${base.name}, ${EDITION_RULES}` : EDITION_RULES,
    };
  }

  #preset(name: string, context: { season?: number; tier?: number }, path: string): RuleSet {
    try {
      return resolveRulePreset(name, context);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      this.#issue('rule preset', path, 'a preset such as copa-peru, england, generic', `"${name}"`);
      return resolveRulePreset('generic');
    }
  }

  #stage(
    stage: EditionDocument['stages'][number],
    index: number,
    season: number | undefined,
  ): StageFormat {
    const path = `stages[${index}]`;
    // A stage with a host is played at one venue, whether it says so or not.
    const singleVenue = stage.singleVenue === true || stage.host !== undefined;
    const base = {
      id: stage.id,
      name: stage.name,
      ...(stage.rules ? { rules: this.#rules(stage.rules, season, `${path}.rules`) } : {}),
      outcomes: (stage.outcomes ?? []).map(
        (outcome): OutcomeRule =>
          dropUndefined({
            positions:
              outcome.positions ??
              (outcome.position !== undefined ? [outcome.position] : undefined),
            group: outcome.group,
            tieResult: outcome.tieResult,
            outcome: outcome.outcome,
            to: outcome.to ? dropUndefined(outcome.to) : undefined,
          }) as OutcomeRule,
      ),
      ...(stage.matchesUnknown ? { matchesUnknown: true } : {}),
      ...(singleVenue ? { singleVenue: true } : {}),
      ...(stage.host ? { host: stage.host } : {}),
      ...(stage.earlierRankFrom
        ? { earlierRankFrom: this.#stageRef(stage.earlierRankFrom, `${path}.earlierRankFrom`) }
        : {}),
    };
    switch (stage.kind) {
      case 'league':
      case 'table':
        return {
          ...base,
          kind: stage.kind,
          entrants: stage.entrants.map((slot, i) => this.#slot(slot, `${path}.entrants[${i}]`)),
          rounds: (stage.rounds ?? []).map((round, i) =>
            this.#round(round, `${path}.rounds[${i}]`, singleVenue),
          ),
          ...this.#printed(stage, stage.printed, path),
          ...this.#sums(stage, path),
        };
      case 'groups':
        return {
          ...base,
          kind: 'groups',
          ...(stage.assignedBy ? { assignedBy: stage.assignedBy } : {}),
          groups: stage.groups.map((group, g) => ({
            id: group.id,
            name: group.name,
            entrants: group.entrants.map((slot, i) =>
              this.#slot(slot, `${path}.groups[${g}].entrants[${i}]`),
            ),
            rounds: (group.rounds ?? []).map((round, i) =>
              this.#round(round, `${path}.groups[${g}].rounds[${i}]`, singleVenue),
            ),
            ...this.#printed(stage, group.printed, `${path}.groups[${g}]`),
            ...this.#sums(group, `${path}.groups[${g}]`, stage.id),
          })),
        };
      case 'knockout': {
        const roundIds: string[] = [];
        const rounds = stage.rounds.map((round, r): KnockoutRoundFormat => {
          const roundPath = `${path}.rounds[${r}]`;
          const pairing = round.pairing ?? 'given';
          const converted: KnockoutRoundFormat = {
            id: round.id,
            name: round.name,
            legs: round.legs,
            pairing:
              pairing === 'given'
                ? { kind: 'given' }
                : pairing === 'bracket'
                  ? { kind: 'bracket' }
                  : {
                      kind: 'seeded',
                      stage: this.#stageRef(pairing.seeded, `${roundPath}.pairing.seeded`),
                      count: pairing.count,
                    },
            ties: (round.ties ?? []).map((tie, t) => {
              const tiePath = `${roundPath}.ties[${t}]`;
              const matches = (tie.matches ?? []).map((match, m) =>
                this.#match(match, `${tiePath}.matches[${m}]`, singleVenue),
              );
              const extraMatch = tie.extraMatch
                ? this.#match(tie.extraMatch, `${tiePath}.extraMatch`, singleVenue)
                : undefined;
              return {
                ...(tie.home !== undefined
                  ? { home: this.#slot(tie.home, `${tiePath}.home`, roundIds) }
                  : {}),
                ...(tie.away !== undefined
                  ? { away: this.#slot(tie.away, `${tiePath}.away`, roundIds) }
                  : {}),
                matches,
                ...(extraMatch ? { extraMatch } : {}),
              };
            }),
          };
          if (pairing === 'bracket' && r === 0) {
            this.#issue(
              'pairing',
              `${roundPath}.pairing`,
              'a first round paired by seed or given ties (a bracket follows a round)',
              '"bracket"',
            );
          }
          roundIds.push(round.id);
          return converted;
        });
        return {
          ...base,
          kind: 'knockout',
          ...(stage.tieRules ? { tieRules: stage.tieRules.map(tieRule) } : {}),
          rounds,
        };
      }
      case 'qualification':
        return {
          ...base,
          kind: 'qualification',
          entrants: (stage.entrants ?? []).map((slot, i) =>
            this.#slot(slot, `${path}.entrants[${i}]`),
          ),
          qualified: stage.qualified.map((qualifier, i) => ({
            label: qualifier.label,
            place: qualifier.place ?? 1,
            ...(qualifier.club !== undefined
              ? { club: this.#club(qualifier.club, `${path}.qualified[${i}].club`) }
              : {}),
          })),
        };
    }
  }

  #stageRef(id: string, path: string): string {
    if (!this.#stageIds.includes(id)) {
      this.#issue(
        'stage',
        path,
        `an earlier stage (${this.#stageIds.join(', ') || 'none yet'})`,
        `"${id}"`,
      );
    }
    return id;
  }

  /**
   * The stages a table sums: earlier stages with matches, or (for a group) its own stage, whose
   * other groups it then sums.
   */
  #sums(
    table: { sums?: readonly string[] | undefined; sumsMatches?: 'between' | 'all' | undefined },
    path: string,
    own?: string,
  ): SummingTable {
    const ids = table.sums;
    if (ids === undefined) {
      if (table.sumsMatches !== undefined) {
        this.#issue(
          'summed matches',
          `${path}.sumsMatches`,
          'sums: the stages whose matches it counts',
          'sumsMatches alone',
        );
      }
      return {};
    }
    const withMatches = this.#stageIds.filter((id) => this.#stageKinds.get(id) !== 'qualification');
    const allowed = own === undefined ? withMatches : [...withMatches, own];
    ids.forEach((id, i) => {
      if (!allowed.includes(id) || ids.indexOf(id) !== i) {
        this.#issue(
          'summed stage',
          `${path}.sums[${i}]`,
          `${ids.indexOf(id) !== i ? 'each stage once: ' : ''}an earlier stage with matches${own === undefined ? '' : ', or this stage for its other groups'} (${allowed.join(', ') || 'none yet'})`,
          `"${id}"`,
        );
      }
    });
    return { sums: ids, ...(table.sumsMatches ? { sumsMatches: table.sumsMatches } : {}) };
  }

  /**
   * A table as printed, its clubs the edition's: only where the stage's matches are not known,
   * since a table of known results is computed from them.
   */
  #printed(
    stage: { readonly matchesUnknown?: boolean | undefined },
    rows: readonly PrintedRowInput[] | undefined,
    path: string,
  ): { printed?: PrintedRow[] } {
    if (rows === undefined) return {};
    if (!stage.matchesUnknown) {
      this.#issue(
        'printed table',
        `${path}.printed`,
        'a stage with matchesUnknown: true (a printed table stands in for results not known)',
        'a stage whose matches are known',
      );
      return {};
    }
    const seen = new Set<ClubId>();
    const printed = rows.map(({ club, ...figures }, r): PrintedRow => {
      const id = this.#club(club, `${path}.printed[${r}].club`);
      if (seen.has(id)) {
        this.#issue(
          'printed table',
          `${path}.printed[${r}].club`,
          'each club once',
          `"${club}" again`,
        );
      }
      seen.add(id);
      return { club: id, ...(dropUndefined(figures) as Omit<PrintedRow, 'club'>) };
    });
    return { printed };
  }

  #slot(slot: SlotInput, path: string, roundsSoFar: readonly string[] = []): Slot {
    if (typeof slot === 'string') return { kind: 'club', club: this.#club(slot, path) };
    if ('club' in slot && !('from' in slot))
      return { kind: 'club', club: this.#club(slot.club, `${path}.club`) };
    if ('from' in slot) {
      return {
        kind: 'external',
        competition: slot.from.competition,
        edition: slot.from.edition,
        outcome: slot.from.outcome,
        ...(slot.club !== undefined ? { club: this.#club(slot.club, `${path}.club`) } : {}),
        ...(slot.index !== undefined ? { index: slot.index } : {}),
      };
    }
    if ('qualifier' in slot) {
      return {
        kind: 'qualifier',
        stage: this.#stageRef(slot.stage, `${path}.stage`),
        label: slot.qualifier,
        place: slot.place ?? 1,
      };
    }
    if ('tie' in slot) {
      // A tie of an earlier round of the same knockout, or of an earlier stage.
      const sameStage = roundsSoFar.includes(slot.round);
      return {
        kind: 'tie',
        stage: sameStage ? slot.stage : this.#stageRef(slot.stage, `${path}.stage`),
        round: slot.round,
        tie: slot.tie,
        result: slot.result,
      };
    }
    if ('best' in slot) {
      return {
        kind: 'best',
        stage: this.#stageRef(slot.stage, `${path}.stage`),
        position: slot.position,
        rank: slot.best,
      };
    }
    return {
      kind: 'position',
      stage: this.#stageRef(slot.stage, `${path}.stage`),
      ...(slot.group !== undefined ? { group: slot.group } : {}),
      position: slot.position,
    };
  }

  #round(
    round: { name: string; date?: string | undefined; matches: MatchInput[] },
    path: string,
    neutral: boolean | undefined,
  ): RoundFormat {
    return {
      name: round.name,
      ...(round.date ? { date: round.date } : {}),
      matches: round.matches.map((match, m) => {
        const converted = this.#match(match, `${path}.matches[${m}]`, neutral);
        return round.date && converted.date === undefined
          ? { ...converted, date: round.date }
          : converted;
      }),
    };
  }

  #match(match: MatchInput, path: string, neutral: boolean | undefined): Match {
    const withVenue = (converted: Match): Match =>
      neutral && converted.neutral === undefined ? { ...converted, neutral: true } : converted;
    if (typeof match === 'string') {
      const found =
        /^(.+?)\s+(\d+)\s*[-–]\s*(\d+)\s+(.+?)((?:\s*(?:\([^)]*\)|\[[^\]]*\]))*)\s*$/.exec(
          match.trim(),
        );
      const fixture = found
        ? undefined
        : /^(.+?)\s+v\s+(.+?)((?:\s*(?:\([^)]*\)|\[[^\]]*\]))*)\s*$/.exec(match.trim());
      if (!found && !fixture) {
        this.#issue(
          'match',
          path,
          'a match such as "Aurora 1-0 CNI" or "Aurora v CNI"',
          `"${match}"`,
        );
        return { home: '', away: '', status: 'scheduled' };
      }
      // A club's name may end in brackets of its own ("Deportivo Municipal (Pacucha)"): the
      // brackets after the away club are its name's as long as they make a known club.
      const [awayName, notes] = this.#nameBeforeNotes(
        (found?.[4] ?? fixture?.[2] ?? '').trim(),
        found?.[5] ?? fixture?.[3] ?? '',
      );
      const home = this.#club((found?.[1] ?? fixture?.[1] ?? '').trim(), path);
      const away = this.#club(awayName, path);
      if (home === away) this.#issue('match', path, 'two different clubs', `"${match}"`);
      return withVenue(
        buildMatch({
          home,
          away,
          ...(found ? { score: { home: Number(found[2]), away: Number(found[3]) } } : {}),
          notes: readScoreNotes(notes),
        }),
      );
    }
    const home = this.#club(match.home, `${path}.home`);
    const away = this.#club(match.away, `${path}.away`);
    if (home === away)
      this.#issue(
        'match',
        `${path}.away`,
        'an away club other than the home club',
        `"${match.away}"`,
      );
    const score = toScore(match.score);
    const awarded = toScore(match.awarded);
    const status = match.status ?? (awarded ? 'walkover' : score ? 'played' : 'scheduled');
    if (status === 'played' && !score)
      this.#issue('match', `${path}.score`, 'a score for a played match', 'none');
    return withVenue(
      dropUndefined({
        id: match.id,
        home,
        away,
        status,
        score,
        extraTime: toScore(match.extraTime),
        penalties: toScore(match.penalties),
        awarded,
        forfeitedBy: match.forfeitedBy,
        date: match.date,
        time: match.time,
        venue: match.venue,
        neutral: match.neutral,
        goals: match.goals?.map((goal) => dropUndefined(goal)),
      }) as Match,
    );
  }

  #ruling(ruling: NonNullable<EditionDocument['rulings']>[number], path: string): EditionRuling {
    const common = dropUndefined({
      date: ruling.date,
      reason: ruling.reason,
      authority: ruling.authority,
      sources: ruling.sources?.map(dropUndefined),
    });
    switch (ruling.kind) {
      case 'replacement':
        return {
          ...common,
          kind: 'replacement',
          stage: this.#stageRef(ruling.stage, `${path}.stage`),
          ...(ruling.round ? { round: ruling.round } : {}),
          out: this.#club(ruling.out, `${path}.out`),
          in: this.#club(ruling.in, `${path}.in`),
        } as EditionRuling;
      case 'tieAward':
        return {
          ...common,
          kind: 'tieAward',
          stage: this.#stageRef(ruling.stage, `${path}.stage`),
          clubs: [
            this.#club(ruling.clubs[0], `${path}.clubs[0]`),
            this.#club(ruling.clubs[1], `${path}.clubs[1]`),
          ],
          winner: this.#club(ruling.winner, `${path}.winner`),
        } as EditionRuling;
      case 'relegation':
      case 'promotion':
        return {
          ...common,
          kind: ruling.kind,
          club: this.#club(ruling.club, `${path}.club`),
          ...(ruling.to ? { to: dropUndefined(ruling.to) } : {}),
        } as EditionRuling;
      default: {
        const converted: Record<string, unknown> = {
          ...dropUndefined(ruling as Record<string, unknown>),
        };
        if (ruling.kind === 'pointAdjustment' || ruling.kind === 'withdrawal') {
          converted.club = this.#club(ruling.club, `${path}.club`);
        }
        if (ruling.kind === 'recordTransfer') {
          converted.from = this.#club(ruling.from, `${path}.from`);
          converted.to = this.#club(ruling.to, `${path}.to`);
        }
        if (
          ruling.kind === 'playOff' ||
          ruling.kind === 'drawingOfLots' ||
          ruling.kind === 'sharedPlace'
        ) {
          converted.clubs = ruling.clubs.map((club, i) => this.#club(club, `${path}.clubs[${i}]`));
          if ('order' in ruling)
            converted.order = ruling.order.map((club, i) =>
              this.#club(club, `${path}.order[${i}]`),
            );
        }
        if (ruling.kind === 'awardedResult') {
          converted.match = dropUndefined({
            ...ruling.match,
            home:
              ruling.match.home !== undefined
                ? this.#club(ruling.match.home, `${path}.match.home`)
                : undefined,
            away:
              ruling.match.away !== undefined
                ? this.#club(ruling.match.away, `${path}.match.away`)
                : undefined,
          });
        }
        if (ruling.stage !== undefined) this.#stageRefAnywhere(ruling.stage, `${path}.stage`);
        return converted as unknown as EditionRuling;
      }
    }
  }

  /** A ruling may name any stage of the edition. */
  #stageRefAnywhere(id: string, path: string): void {
    if (!this.#document.stages.some((stage) => stage.id === id)) {
      this.#issue(
        'stage',
        path,
        `one of the edition's stages (${this.#document.stages.map((stage) => stage.id).join(', ')})`,
        `"${id}"`,
      );
    }
  }
}

/** @internal */
function tieRule(input: NonNullable<EditionDocument['tieRules']>[number]): TieRule {
  return typeof input === 'string'
    ? { kind: input }
    : { kind: 'betterPlaced', stage: input.betterPlaced };
}

/** @internal */
function tiebreaker(
  input: string | { headToHead: readonly string[]; reapply?: boolean | undefined },
): Tiebreaker {
  if (typeof input === 'string') return { kind: input } as Tiebreaker;
  return {
    kind: 'headToHead',
    criteria: input.headToHead,
    reapply: input.reapply ?? false,
  } as Tiebreaker;
}

/** @internal */
function toScore(value: string | Score | undefined): Score | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return value;
  const [home = 0, away = 0] = value.split(/[-–]/).map((part) => Number(part.trim()));
  return { home, away };
}

/** @internal */
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** The file name without its folder, for messages. @internal */
export function editionFileName(path: string): string {
  return basename(path);
}
