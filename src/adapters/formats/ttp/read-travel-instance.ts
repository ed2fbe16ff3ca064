/**
 * @module Traveling Tournament instances as files: Torneo's JSON (`{distances, teams?, bestKnown?}`)
 * or a RobinX XML instance of the classic problem (robinxval.ugent.be, the travel repository).
 */
import { InputError, type Issue, makeIssue } from '#core/errors.ts';
import { distanceExpected, MAX_DISTANCE, MAX_DISTANCE_TEXT } from '#core/places/distance.ts';
import { readTextFile } from '../../files/read-text-file.ts';
import { parseJsonText } from '../json/locate-json-error.ts';
import { looksLikeMatrix, parseDistanceMatrix } from '../matrix/parse-distance-matrix.ts';

/** How many constraints of another problem are named one by one before the rest are counted. */
const foreignShown = 3;

/** A Traveling Tournament instance, read from a file. */
export interface TravelInstance {
  /** `distances[i][j]`: from team i's venue to team j's. */
  readonly distances: number[][];
  /** The teams' names (may be empty: teams are then named by their index). */
  readonly teams: string[];
  /** At most this many home or away games in a row. */
  readonly maxConsecutive: number;
  /** The shortest schedule known for the instance, when the file says so. */
  readonly bestKnown?: number;
  /** The teams' ids in a RobinX instance, by index (a solution names teams by them). */
  readonly ids?: readonly string[];
}

/**
 * Reads a TTP instance: RobinX XML when the text starts with `<`, Torneo's JSON when it starts
 * with `{` or `[`, a matrix of distances otherwise (the problem's classic data files). A file that
 * is none of them, or an instance other than the classic problem, is an InputError that says where
 * and what was expected.
 */
export async function readTravelInstance(path: string): Promise<TravelInstance> {
  const text = await readTextFile(
    path,
    'expected a TTP instance (JSON with distances, RobinX XML, or a matrix of distances)',
  );
  if (text.trimStart().startsWith('<')) return parseRobinXTravel(text, path);
  if (looksLikeMatrix(text)) return parseMatrixTravel(text, path);
  return parseJsonTravel(text, path);
}

/**
 * A TTP instance as a matrix of distances, one row per line (the data files of the problem's
 * benchmark pages, or a spreadsheet's export with the teams' names): runs of at most 3.
 */
export function parseMatrixTravel(text: string, path: string): TravelInstance {
  const { distances, names } = parseDistanceMatrix(text, path, 'TTP instance');
  if (distances.length < 3) {
    throw new InputError([
      makeIssue(
        'TTP instance',
        path,
        'a square matrix of distances, for 3 teams or more',
        `${distances.length} rows`,
      ),
    ]);
  }
  return { distances, teams: names ?? [], maxConsecutive: 3 };
}

/**
 * A TTP instance from Torneo's JSON: `{distances, teams?, bestKnown?, maxConsecutive?}`. The run
 * limit is `maxConsecutive`, else the one its `constraints` text states ("at most 2 consecutive
 * home or away games"), else 3.
 */
export function parseJsonTravel(text: string, path: string): TravelInstance {
  const data = parseJsonText(text, path) as {
    n?: unknown;
    distances?: unknown;
    teams?: unknown;
    bestKnown?: unknown;
    maxConsecutive?: unknown;
    constraints?: unknown;
  };
  const distances = data.distances;
  const refuse = (where: string, expected: string, received: unknown): never => {
    throw new InputError([
      makeIssue(
        'TTP instance',
        `${path} ${where}`,
        expected,
        // JSON has no word for an endless number (1e999 reads as one): say it as it is.
        typeof received === 'number'
          ? String(received)
          : (JSON.stringify(received)?.slice(0, 40) ?? 'nothing'),
      ),
    ]);
  };
  if (data.n !== undefined && !(Number.isInteger(data.n) && (data.n as number) >= 3)) {
    refuse('n', 'the number of teams, a whole number of 3 or more', data.n);
  }
  if (!Array.isArray(distances) || distances.length < 3) {
    return refuse('distances', 'a square matrix of distances, for 3 teams or more', distances);
  }
  // As many teams as the instance says (n), else as the matrix has rows.
  const n = typeof data.n === 'number' ? data.n : distances.length;
  if (distances.length !== n)
    refuse('distances', `${n} rows, one per team (as n says)`, distances.length);
  distances.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== n) {
      refuse(`distances row ${i + 1}`, `${n} distances, one per team (the matrix is square)`, row);
      return;
    }
    row.forEach((value: unknown, j) => {
      const expected = distanceExpected(value, i === j);
      if (expected) refuse(`distances row ${i + 1}, column ${j + 1}`, expected, value);
    });
  });
  if (data.teams !== undefined && (!Array.isArray(data.teams) || data.teams.length !== n)) {
    refuse('teams', `${n} names, one per row of distances`, data.teams);
  }
  // A team is its name, or a club as a grouping instance gives it ({ name?, city?, … }).
  const teams = ((data.teams ?? []) as unknown[]).map((team, k) => {
    const named =
      typeof team === 'object' && team !== null
        ? ['name', 'city', 'region']
            .map((key) => (team as Record<string, unknown>)[key])
            .find((value) => typeof value === 'string' && value.trim() !== '')
        : team;
    if ((typeof named !== 'string' || named.trim() === '') && typeof named !== 'number') {
      refuse(`teams[${k}]`, 'a team: its name, or { name }', team);
    }
    return String(named);
  });
  const repeated = teams.find((team, k) => teams.indexOf(team) !== k);
  if (repeated !== undefined) refuse('teams', 'a different name for each team', repeated);
  const bestKnown =
    typeof data.bestKnown === 'number' && Number.isFinite(data.bestKnown) && data.bestKnown > 0
      ? data.bestKnown
      : undefined;
  const stated =
    typeof data.constraints === 'string'
      ? /\bat most (\d+) consecutive\b/i.exec(data.constraints)?.[1]
      : undefined;
  let maxConsecutive = stated === undefined ? 3 : Number(stated);
  if (data.maxConsecutive !== undefined) {
    const given = data.maxConsecutive;
    if (!(Number.isInteger(given) && (given as number) >= 1)) {
      refuse(
        'maxConsecutive',
        'the most home or away games in a row, a whole number of 1 or more',
        given,
      );
    }
    if (stated !== undefined && Number(stated) !== given) {
      refuse(
        'maxConsecutive',
        `${stated}, as its constraints text says (at most ${stated} consecutive)`,
        given,
      );
    }
    maxConsecutive = given as number;
  }
  if (maxConsecutive < 1)
    refuse('constraints', 'a limit of 1 or more games in a row', data.constraints);
  return {
    distances: distances as number[][],
    teams,
    maxConsecutive,
    ...(bestKnown !== undefined ? { bestKnown } : {}),
  };
}

/** One element of an XML document: its name, attributes, text up to the next tag, line. */
interface Element {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly text: string;
  readonly line: number;
}

/**
 * A RobinX instance of the classic Traveling Tournament Problem: a compact double round robin
 * (`numberRoundRobin` 2, `compactness` C), the distances of every ordered pair of teams, a hard
 * limit on home and on away games in a row (`CA3` with `max` one below `intp`, counting games) and
 * no immediate rematch (`SE1` with `min` 1). Any other hard constraint is refused by name: the
 * schedule would not honour it.
 */
export function parseRobinXTravel(text: string, path: string): TravelInstance {
  const elements = scanDocument(text, path, 'Instance');
  const issues: Issue[] = [];
  const where = (element: Element) => `${path} line ${element.line} <${element.name}>`;
  const problem = (element: Element, expected: string, received: string) =>
    issues.push(makeIssue('RobinX instance', where(element), expected, received));
  const named = (name: string) => elements.filter((element) => element.name === name);
  const count = (element: Element, attribute: string): number | undefined => {
    const raw = element.attributes.get(attribute);
    const value = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
    if (!Number.isFinite(value) || value < 0) {
      problem(element, `a number of 0 or more in ${attribute}`, raw ?? 'nothing');
      return undefined;
    }
    return value;
  };
  for (const element of named('numberRoundRobin')) {
    if (element.text.trim() !== '2')
      problem(element, 'a double round robin (2): Torneo schedules the TTP', element.text.trim());
  }
  for (const element of named('compactness')) {
    if (element.text.trim() !== 'C')
      problem(
        element,
        'a compact schedule (C): every team plays in every round',
        element.text.trim(),
      );
  }
  // The teams: listed, or else every index the distances name.
  const teamElements = named('team');
  const ids = new Map<string, number>();
  const teams: string[] = [];
  teamElements.forEach((element) => {
    const id = element.attributes.get('id');
    if (id === undefined || ids.has(id)) {
      problem(element, 'a team id of its own', id === undefined ? 'none' : `${id} again`);
      return;
    }
    ids.set(id, teams.length);
    teams.push(element.attributes.get('name') ?? id);
  });
  const distanceElements = named('distance');
  if (teamElements.length === 0) {
    const seen = new Set<string>();
    for (const element of distanceElements) {
      for (const key of ['team1', 'team2']) {
        const id = element.attributes.get(key);
        if (id !== undefined) seen.add(id);
      }
    }
    const sorted = [...seen].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
    for (const id of sorted) ids.set(id, ids.size);
  }
  const n = ids.size;
  if (n < 4 || n % 2 === 1) {
    issues.push(
      makeIssue(
        'RobinX instance',
        `${path} <Teams>`,
        'an even number of teams, 4 or more',
        `${n} teams`,
      ),
    );
    throw new InputError(issues);
  }
  const distances = Array.from({ length: n }, () => new Array<number>(n).fill(Number.NaN));
  for (let i = 0; i < n; i += 1) (distances[i] as number[])[i] = 0;
  for (const element of distanceElements) {
    const from = ids.get(element.attributes.get('team1') ?? '');
    const to = ids.get(element.attributes.get('team2') ?? '');
    if (from === undefined || to === undefined) {
      problem(
        element,
        'team1 and team2 among the teams',
        `${element.attributes.get('team1')} and ${element.attributes.get('team2')}`,
      );
      continue;
    }
    const value = count(element, 'dist');
    if (value !== undefined && value > MAX_DISTANCE) {
      problem(element, `a distance of at most ${MAX_DISTANCE_TEXT} in dist`, String(value));
      continue;
    }
    if (value !== undefined && from !== to) (distances[from] as number[])[to] = value;
  }
  const missing: string[] = [];
  distances.forEach((row, i) => {
    row.forEach((value, j) => {
      if (Number.isNaN(value)) missing.push(`${teams[i] ?? i} to ${teams[j] ?? j}`);
    });
  });
  if (missing.length > 0) {
    issues.push(
      makeIssue(
        'RobinX instance',
        `${path} <Distances>`,
        'a distance for every ordered pair of teams',
        `none from ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ` and ${missing.length - 3} more` : ''}`,
      ),
    );
  }
  // The constraints: a run limit on each side, no immediate rematch, nothing else that is hard.
  const limits = new Map<string, number>();
  let noRepeat = false;
  const foreign: typeof elements = [];
  const constraintsAt = elements.findIndex((element) => element.name === 'Constraints');
  const constraints = constraintsAt < 0 ? [] : elements.slice(constraintsAt + 1);
  for (const element of constraints) {
    if (!/^(CA|GA|BR|FA|SE)\d$/.test(element.name)) continue;
    if (element.attributes.get('type') === 'SOFT') continue;
    if (element.name === 'CA3' && element.attributes.get('mode2') === 'GAMES') {
      const max = count(element, 'max');
      const span = count(element, 'intp');
      const mode = element.attributes.get('mode1') ?? '';
      if (max === undefined || span === undefined) continue;
      if (span !== max + 1 || max < 1 || !['H', 'A', 'HA'].includes(mode)) {
        problem(
          element,
          'a limit on games in a row: max at least 1, intp one more than max, mode1 H, A or HA',
          `max ${max}, intp ${span}, mode1 ${mode || 'none'}`,
        );
        continue;
      }
      for (const side of mode === 'HA' ? ['H', 'A'] : [mode])
        limits.set(side, Math.min(limits.get(side) ?? max, max));
    } else if (element.name === 'SE1' && Number(element.attributes.get('min')) === 1) {
      noRepeat = true;
    } else {
      foreign.push(element);
    }
  }
  // Constraints of another problem (an ITC2021 instance has hundreds): the first few with their
  // lines, then how many more of which kinds, rather than a line each.
  for (const element of foreign.slice(0, foreignShown)) {
    problem(
      element,
      'only the constraints of the TTP (CA3 limits on games in a row, SE1 with min 1)',
      `a hard ${element.name}`,
    );
  }
  if (foreign.length > foreignShown) {
    const kinds = [...new Set(foreign.slice(foreignShown).map((element) => element.name))];
    issues.push(
      makeIssue(
        'RobinX instance',
        `${path} <Constraints>`,
        'only the constraints of the TTP (CA3 limits on games in a row, SE1 with min 1)',
        `${foreign.length - foreignShown} more hard constraints (${kinds.join(', ')}): an instance of another timetabling problem`,
      ),
    );
  }
  const home = limits.get('H');
  const away = limits.get('A');
  if (home === undefined || away === undefined || home !== away) {
    issues.push(
      makeIssue(
        'RobinX instance',
        `${path} <CapacityConstraints>`,
        'one hard CA3 limit on home games in a row and the same on away games',
        home === undefined && away === undefined
          ? 'no limit'
          : `at most ${home ?? 'any'} at home and ${away ?? 'any'} away`,
      ),
    );
  }
  if (!noRepeat) {
    issues.push(
      makeIssue(
        'RobinX instance',
        `${path} <SeparationConstraints>`,
        'SE1 with min 1 (no rematch in the next round): Torneo schedules the TTP with it',
        'none',
      ),
    );
  }
  if (issues.length > 0) throw new InputError(issues);
  return {
    distances,
    teams: teamElements.length > 0 ? teams : [],
    maxConsecutive: home as number,
    ids: [...ids.keys()],
  };
}

/**
 * Reads a schedule of `instance` to verify: Torneo's JSON (`{"rounds":[[[home,away],…],…]}`, teams
 * as indices, as `torneo schedule --json` prints it, or the list of rounds alone) or a RobinX
 * solution (`<ScheduledMatch home away slot>`, teams by the instance's ids). Rounds are taken as
 * they are: the checker says what is wrong with them.
 */
export async function readTravelSolution(
  path: string,
  instance: TravelInstance,
): Promise<[number, number][][]> {
  const text = await readTextFile(
    path,
    'expected a schedule: {"rounds":[[[home,away],…],…]} or a RobinX <Solution>',
  );
  return text.trimStart().startsWith('<')
    ? parseRobinXSolution(text, path, instance)
    : parseJsonSolution(text, path, instance.distances.length, instance.teams);
}

/**
 * A schedule as Torneo's JSON: `{"rounds":[[[home,away],…],…]}`, or the list of rounds alone,
 * teams as indices below `n` or by their names in the instance (`teams`).
 */
export function parseJsonSolution(
  text: string,
  path: string,
  n: number,
  teams: readonly string[] = [],
): [number, number][][] {
  const data = parseJsonText(text, path) as unknown;
  const named = new Map(teams.map((name, index) => [name, index]));
  const index = (value: unknown): number | undefined =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < n
      ? value
      : typeof value === 'string'
        ? named.get(value)
        : undefined;
  const bare = Array.isArray(data);
  const rounds: unknown = bare ? data : (data as { rounds?: unknown } | null)?.rounds;
  const at = bare ? path : `${path} rounds`;
  if (!Array.isArray(rounds)) {
    throw new InputError([
      makeIssue('schedule', at, 'a list of rounds', JSON.stringify(rounds) ?? 'nothing'),
    ]);
  }
  const issues: Issue[] = [];
  rounds.forEach((round, r) => {
    if (!Array.isArray(round)) {
      issues.push(
        makeIssue('schedule', `${at}[${r}]`, 'a list of [home, away] games', JSON.stringify(round)),
      );
      return;
    }
    round.forEach((game, g) => {
      const [home, away] = Array.isArray(game) ? game.map(index) : [];
      if (!Array.isArray(game) || game.length !== 2 || home === undefined || away === undefined) {
        issues.push(
          makeIssue(
            'schedule',
            `${at}[${r}][${g}]`,
            `[home, away], two team indices from 0 to ${n - 1}${teams.length > 0 ? ' or names of the instance' : ''}`,
            JSON.stringify(game)?.slice(0, 40) ?? 'nothing',
          ),
        );
        return;
      }
      game[0] = home;
      game[1] = away;
    });
  });
  if (issues.length > 0) throw new InputError(issues);
  return rounds as [number, number][][];
}

/** A RobinX solution: its games by slot, teams by the instance's ids. */
export function parseRobinXSolution(
  text: string,
  path: string,
  instance: TravelInstance,
): [number, number][][] {
  const elements = scanDocument(text, path, 'Solution');
  const n = instance.distances.length;
  const index = new Map(
    (instance.ids ?? Array.from({ length: n }, (_, team) => String(team))).map((id, team) => [
      id,
      team,
    ]),
  );
  const issues: Issue[] = [];
  const rounds: [number, number][][] = [];
  for (const element of elements) {
    if (element.name !== 'ScheduledMatch') continue;
    const home = index.get(element.attributes.get('home') ?? '');
    const away = index.get(element.attributes.get('away') ?? '');
    const slot = Number(element.attributes.get('slot'));
    if (
      home === undefined ||
      away === undefined ||
      !Number.isInteger(slot) ||
      slot < 0 ||
      slot >= 2 * (n - 1)
    ) {
      issues.push(
        makeIssue(
          'RobinX solution',
          `${path} line ${element.line} <ScheduledMatch>`,
          `home and away among the instance's teams, and a slot from 0 to ${2 * (n - 1) - 1}`,
          `home ${element.attributes.get('home')}, away ${element.attributes.get('away')}, slot ${element.attributes.get('slot')}`,
        ),
      );
      continue;
    }
    while (rounds.length <= slot) rounds.push([]);
    rounds[slot]?.push([home, away]);
  }
  if (issues.length > 0) throw new InputError(issues);
  return rounds;
}

/** The elements of a RobinX document whose root is `root` (`Instance` or `Solution`). */
function scanDocument(text: string, path: string, root: 'Instance' | 'Solution'): Element[] {
  const elements = scanElements(text, path);
  if (elements[0]?.name !== root) {
    throw new InputError([
      makeIssue(
        `RobinX ${root.toLowerCase()}`,
        path,
        `an <${root}> document (robinxval.ugent.be)`,
        elements[0] ? `<${elements[0].name}>` : 'no element',
      ),
    ]);
  }
  return elements;
}

/**
 * The elements of an XML document in order, with their attributes and the text that follows each
 * start tag. Comments, processing instructions, declarations and end tags are passed over; the
 * five named entities and numeric character references are decoded.
 */
function scanElements(text: string, path: string): Element[] {
  const elements: Element[] = [];
  // A start tag's attributes may hold `>` inside their quotes.
  const tag =
    /<(!--[\s\S]*?--|\?[\s\S]*?\?|![^>]*|\/[^>]*|([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?))>/g;
  const attribute = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let line = 1;
  let counted = 0;
  for (let match = tag.exec(text); match !== null; match = tag.exec(text)) {
    const name = match[2];
    if (name === undefined) continue;
    for (; counted < match.index; counted += 1) if (text.charCodeAt(counted) === 10) line += 1;
    const attributes = new Map<string, string>();
    const body = (match[3] ?? '').replace(/\/\s*$/, '');
    let rest = body;
    for (let pair = attribute.exec(body); pair !== null; pair = attribute.exec(body)) {
      attributes.set(pair[1] as string, decode(pair[2] ?? pair[3] ?? ''));
      rest = rest.replace(pair[0], '');
    }
    if (rest.trim() !== '') {
      throw new InputError([
        makeIssue(
          'XML',
          `${path} line ${line} <${name}>`,
          'attributes written name="value"',
          rest.trim().slice(0, 40),
        ),
      ]);
    }
    const after = text.indexOf('<', tag.lastIndex);
    elements.push({
      name,
      attributes,
      text: decode(text.slice(tag.lastIndex, after < 0 ? text.length : after)),
      line,
    });
  }
  return elements;
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** @internal Decodes XML entities and character references. */
function decode(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, entity: string) => {
    if (!entity.startsWith('#')) return named[entity] ?? whole;
    const code = entity.startsWith('#x')
      ? Number.parseInt(entity.slice(2), 16)
      : Number(entity.slice(1));
    // A reference beyond Unicode is kept as written rather than thrown on.
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
