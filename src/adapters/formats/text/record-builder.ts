import type { ClubId } from '#core/model/club.ts';
import type { Match } from '#core/model/match.ts';
import type {
  PublishedRow,
  PublishedTable,
  RecordGroup,
  RecordMovement,
  RecordNote,
  RecordRound,
  RecordStage,
  RecordWarning,
  SeasonRecord,
} from '#core/model/season-record.ts';
import { closestPeruDepartment, peruDepartment } from '#core/places/peru-departments.ts';
import { type ClubAlias, ClubRegister, nameKey } from '#core/records/club-names.ts';
import { namedMovementsInProse, namesInList, targetOf } from '#core/records/promotion-in-prose.ts';

/** @internal */
interface OpenGroup {
  name: string;
  rounds: { name: string; date?: string; matches: Match[] }[];
  published?: PublishedTable;
  playOffs: Match[];
  tiesOnPoints?: true;
}

/** @internal */
interface OpenStage {
  name: string;
  groups: OpenGroup[];
}

/**
 * Collects what a text reader finds, in the order it finds it: stages, groups, rounds, matches,
 * printed tables, notes and warnings; club names go through one {@link ClubRegister}.
 */
export class RecordBuilder {
  readonly register: ClubRegister;
  readonly warnings: RecordWarning[] = [];
  readonly notes: RecordNote[] = [];
  readonly #stages: OpenStage[] = [];

  constructor(aliases: readonly ClubAlias[] = [], competition?: string) {
    this.register = new ClubRegister(aliases, competition);
  }

  /** Opens a stage; later groups, rounds and matches go into it. */
  stage(name: string): void {
    this.#stages.push({ name, groups: [] });
  }

  /** Opens a group of the current stage. */
  group(name: string): void {
    this.#currentStage().groups.push({ name, rounds: [], playOffs: [] });
  }

  /** Opens a round of the current group. */
  round(name: string, date?: string): void {
    this.#currentGroup().rounds.push(
      date === undefined ? { name, matches: [] } : { name, date, matches: [] },
    );
  }

  /** The current group has matches or a table. */
  hasContent(): boolean {
    const group = this.#currentStage().groups.at(-1);
    return group !== undefined && (group.rounds.length > 0 || group.published !== undefined);
  }

  /** The number the next round of the current group gets. */
  nextRoundNumber(): number {
    return this.#currentGroup().rounds.length + 1;
  }

  /** Adds a match to the current round, opening "Matches" when the source has no round heading. */
  match(match: Match): void {
    const group = this.#currentGroup();
    let round = group.rounds.at(-1);
    if (!round) {
      round = { name: 'Matches', matches: [] };
      group.rounds.push(round);
    }
    round.matches.push(match);
  }

  /** Sets the table the source printed for the current group. */
  published(table: PublishedTable): void {
    const group = this.#currentGroup();
    if (group.published) {
      // Sources print a table twice (before and after notes): keep the first, which has the rows.
      if (group.published.rows.length >= table.rows.length) return;
    }
    group.published = table;
  }

  /** Adds a play-off: a match listed with the group that does not count in its table. */
  playOff(match: Match): void {
    this.#currentGroup().playOffs.push(match);
  }

  /** The current group's ties are decided on points. */
  tiesOnPoints(): void {
    this.#currentGroup().tiesOnPoints = true;
  }

  /** The table printed for the last group opened, if any. */
  printedRows(): readonly PublishedRow[] | undefined {
    return this.#stages.at(-1)?.groups.at(-1)?.published?.rows;
  }

  /** The matches of the last group opened so far; none before the first. */
  groupMatches(): Match[] {
    return (
      this.#stages
        .at(-1)
        ?.groups.at(-1)
        ?.rounds.flatMap((round) => round.matches) ?? []
    );
  }

  /** The stages with something in them. */
  stages(): RecordStage[] {
    return this.#stages
      .map((stage) => ({
        name: stage.name,
        groups: stage.groups
          .filter(
            (group) =>
              group.rounds.some((round) => round.matches.length > 0) ||
              group.published ||
              group.playOffs.length > 0,
          )
          .map((group): RecordGroup => {
            const rounds = group.rounds
              .filter((round) => round.matches.length > 0)
              .map((round): RecordRound => withCommonDate(round));
            return {
              name: group.name,
              rounds,
              ...(group.published ? { published: group.published } : {}),
              playOffs: group.playOffs,
              ...(group.tiesOnPoints ? { tiesOnPoints: true as const } : {}),
            };
          }),
      }))
      .filter((stage) => stage.groups.length > 0);
  }

  /**
   * The clubs the source says went up or down by name: each list (an infobox's `promoted`) and
   * each sentence of the prose ("Sport Boys was promoted to …"), matched with the record's clubs
   * (`Atlético Torino de Talara` is Atlético Torino). A listed name the record has nowhere else is
   * taken as a club of its own, and said; a sentence's is left alone.
   */
  movements(
    lists: readonly {
      value: string;
      outcome: 'promoted' | 'relegated';
      source: string;
      line?: number;
    }[],
    prose: readonly string[],
  ): RecordMovement[] {
    const found: RecordMovement[] = [];
    const add = (movement: RecordMovement) => {
      if (
        !found.some((other) => other.club === movement.club && other.outcome === movement.outcome)
      )
        found.push(movement);
    };
    for (const list of lists) {
      for (const { name, to } of namesInList(list.value)) {
        let club = this.#matchClub(name);
        if (club === undefined) {
          club = this.register.resolve(name);
          this.warnings.push({
            ...(list.line === undefined ? {} : { line: list.line }),
            message: `${name}, ${list.outcome} by ${list.source}, plays in none of the record's stages`,
          });
        }
        add({ club, outcome: list.outcome, ...(to ? { to } : {}), source: list.source });
      }
    }
    for (const sentence of namedMovementsInProse(prose)) {
      let clubs = sentence.names.flatMap((name) => this.#matchClub(name) ?? []);
      let to = sentence.to;
      if (clubs.length === 0) {
        // The clubs after where they went: the names start at the first word that opens one.
        const words = sentence.after.split(/\s+/);
        for (let start = 1; start < words.length && clubs.length === 0; start += 1) {
          const listed = namesInList(words.slice(start).join(' '));
          if (this.#matchClub(listed[0]?.name ?? '') === undefined) continue;
          clubs = listed.flatMap((entry) => this.#matchClub(entry.name) ?? []);
          // Where to ends with its season, when it has one ("… 2009 el subcampeón Colegio …").
          to = targetOf(
            words
              .slice(0, start)
              .join(' ')
              .replace(/^(.*\b\d{4})\b.*$/, '$1'),
          );
        }
      }
      for (const club of clubs) {
        add({ club, outcome: sentence.outcome, ...(to ? { to } : {}), source: 'the prose' });
      }
    }
    return found;
  }

  /** A club of the record a name gives: by its spelling, or the longest club name it starts with. */
  #matchClub(name: string): ClubId | undefined {
    const known = this.register.known(name);
    if (known !== undefined) return known;
    const key = nameKey(name);
    let best: { id: ClubId; length: number } | undefined;
    for (const club of this.register.clubs()) {
      for (const spelling of [club.name, ...(club.names ?? []).map((entry) => entry.name)]) {
        const own = nameKey(spelling);
        if (key.startsWith(`${own} `) && (best === undefined || own.length > best.length))
          best = { id: club.id, length: own.length };
      }
    }
    return best?.id;
  }

  /** The record, with the clubs, merges and doubts of the register. */
  build(
    fields: Omit<SeasonRecord, 'stages' | 'clubs' | 'merges' | 'warnings' | 'notes'>,
  ): SeasonRecord {
    return {
      ...fields,
      stages: this.stages(),
      clubs: this.register.clubs(),
      merges: this.register.merges(),
      notes: this.notes,
      warnings: [...this.warnings, ...this.register.doubts(), ...regionWarnings(fields)],
    };
  }

  #currentStage(): OpenStage {
    let stage = this.#stages.at(-1);
    if (!stage) {
      stage = { name: 'Matches', groups: [] };
      this.#stages.push(stage);
    }
    return stage;
  }

  #currentGroup(): OpenGroup {
    const stage = this.#currentStage();
    let group = stage.groups.at(-1);
    if (!group) {
      group = { name: stage.name, rounds: [], playOffs: [] };
      stage.groups.push(group);
    }
    return group;
  }
}

/** A round whose matches were all played on one day carries that day. @internal */
function withCommonDate(round: { name: string; date?: string; matches: Match[] }): RecordRound {
  if (round.date !== undefined) return { ...round };
  const dates = new Set(round.matches.map((match) => match.date));
  const [only] = dates;
  return dates.size === 1 && only !== undefined ? { ...round, date: only } : { ...round };
}

/**
 * Entrants of a Peruvian record whose department is not one of Peru's: said, with the department
 * it most likely means ("Lambayaque" is Lambayeque). @internal
 */
function regionWarnings(fields: Pick<SeasonRecord, 'competition' | 'entrants'>): RecordWarning[] {
  const regions = fields.entrants
    .map((entrant) => entrant.region)
    .filter((region) => region !== undefined);
  const peruvian =
    /\bperu\b/.test(nameKey(fields.competition ?? '')) ||
    regions.filter((region) => peruDepartment(region) !== undefined).length * 2 > regions.length;
  if (!peruvian) return [];
  const warnings: RecordWarning[] = [];
  for (const region of new Set(regions)) {
    if (peruDepartment(region) !== undefined) continue;
    const closest = closestPeruDepartment(region);
    warnings.push({
      message: `"${region}" is not a department of Peru${closest ? ` (the closest is ${closest})` : ''}; kept as the source wrote it`,
    });
  }
  return warnings;
}
