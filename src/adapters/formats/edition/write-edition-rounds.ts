import { readFile } from 'node:fs/promises';
import { isScalar, isSeq, parseDocument, visit, YAMLSeq } from 'yaml';
import type { PlannedRound } from '#core/fixtures/plan-fixtures.ts';
import type { EditionFormat } from '#core/format/edition-format.ts';
import { writeAtomically } from '../../files/write-atomically.ts';
import { editionFilePath, parseEdition } from './read-edition.ts';

/** A round as the edition document writes it. */
export interface RoundDocument {
  readonly name: string;
  readonly date?: string;
  readonly matches: readonly (
    | string
    | {
        readonly home: string;
        readonly away: string;
        readonly date?: string;
        readonly time?: string;
        readonly venue?: string;
      }
  )[];
}

/**
 * Planned rounds as the edition document writes them: clubs by name, `"Aurora v CNI"` for a
 * fixture on the round's day, an object where a match has its own day, kick-off or ground.
 */
export function roundsToDocument(
  edition: EditionFormat,
  rounds: readonly PlannedRound[],
): RoundDocument[] {
  const nameOf = (club: string) =>
    edition.clubs.find((candidate) => candidate.id === club)?.name ?? club;
  return rounds.map((round) => ({
    name: round.name,
    ...(round.date ? { date: round.date } : {}),
    matches: round.matches.map((match) =>
      match.date || match.time || match.venue
        ? {
            home: nameOf(match.home),
            away: nameOf(match.away),
            ...(match.date ? { date: match.date } : {}),
            ...(match.time ? { time: match.time } : {}),
            ...(match.venue ? { venue: match.venue } : {}),
          }
        : `${nameOf(match.home)} v ${nameOf(match.away)}`,
    ),
  }));
}

/** New rounds for a stage, or for one group of a `groups` stage (by their index in the document). */
export interface RoundsEdit {
  readonly stage: number;
  readonly group?: number;
  readonly rounds: readonly RoundDocument[];
}

/**
 * Writes rounds into an edition file (a folder's edition.yaml, or the file itself), in place:
 * a YAML document keeps its comments and layout everywhere else; JSON is rewritten with two-space
 * indents. The new document is read back through the edition reader before anything is written,
 * so a file is never left unreadable; the write itself is atomic.
 *
 * @returns the file written.
 */
export async function writeEditionRounds(
  path: string,
  edits: readonly RoundsEdit[],
): Promise<string> {
  const file = await editionFilePath(path);
  const text = await readFile(file, 'utf8');
  let next: string;
  const at = (edit: RoundsEdit) =>
    edit.group === undefined
      ? ['stages', edit.stage, 'rounds']
      : ['stages', edit.stage, 'groups', edit.group, 'rounds'];
  if (/^\s*\{/.test(text)) {
    const data = JSON.parse(text) as Record<string, unknown>;
    for (const edit of edits) setIn(data, at(edit), edit.rounds);
    next = `${JSON.stringify(data, null, 2)}\n`;
  } else {
    const document = parseDocument(text);
    for (const edit of edits) {
      const node = document.createNode(edit.rounds);
      // Kick-off times quoted: YAML 1.1 readers take 13:00 for a number of minutes.
      visit(node, {
        Scalar(_, scalar) {
          if (
            isScalar(scalar) &&
            typeof scalar.value === 'string' &&
            /^\d\d:\d\d$/.test(scalar.value)
          )
            scalar.type = 'QUOTE_DOUBLE';
        },
      });
      document.setIn(at(edit), node);
    }
    next = document.toString({ lineWidth: 100 });
  }
  parseEdition(next, file);
  await writeAtomically(file, next);
  return file;
}

/** @internal */
function setIn(
  target: Record<string, unknown>,
  path: readonly (string | number)[],
  value: unknown,
) {
  let node: unknown = target;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  (node as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
}

/**
 * Writes a draw into a groups stage of an edition file: each group's entrants become the drawn
 * clubs' slots (taken from the stage's entrants as written, in the order the groups list them),
 * its fixtures are emptied (they belonged to the old groups), and `assignedBy` becomes `draw`.
 * Comments elsewhere are kept; the new document is read back before the atomic write.
 *
 * @param groups for each group, indices into the stage's entrants, groups in order.
 * @returns the file written.
 */
export async function writeEditionGroups(
  path: string,
  stage: number,
  groups: readonly (readonly number[])[],
): Promise<string> {
  const file = await editionFilePath(path);
  const text = await readFile(file, 'utf8');
  let next: string;
  if (/^\s*\{/.test(text)) {
    const data = JSON.parse(text) as {
      stages: { groups: { entrants: unknown[]; rounds?: unknown[] }[]; assignedBy?: string }[];
    };
    const target = data.stages[stage];
    if (!target) throw new Error(`no stage ${stage} in ${file}`);
    const slots = target.groups.flatMap((group) => group.entrants);
    target.groups.forEach((group, g) => {
      group.entrants = (groups[g] ?? []).map((index) => slots[index]);
      group.rounds = [];
    });
    target.assignedBy = 'draw';
    next = `${JSON.stringify(data, null, 2)}\n`;
  } else {
    const document = parseDocument(text);
    const groupsNode = document.getIn(['stages', stage, 'groups']);
    if (!isSeq(groupsNode)) throw new Error(`no groups in stage ${stage} of ${file}`);
    const slots = groupsNode.items.flatMap((group) => {
      const entrants = document.getIn([
        'stages',
        stage,
        'groups',
        groupsNode.items.indexOf(group),
        'entrants',
      ]);
      return isSeq(entrants) ? entrants.items : [];
    });
    groupsNode.items.forEach((_, g) => {
      const seq = new YAMLSeq<unknown>();
      for (const index of groups[g] ?? []) seq.items.push(slots[index]);
      document.setIn(['stages', stage, 'groups', g, 'entrants'], seq);
      document.setIn(['stages', stage, 'groups', g, 'rounds'], document.createNode([]));
    });
    document.setIn(['stages', stage, 'assignedBy'], 'draw');
    next = document.toString({ lineWidth: 100 });
  }
  parseEdition(next, file);
  await writeAtomically(file, next);
  return file;
}
