import { z } from 'zod';
import type { SeasonRecord } from '#core/model/season-record.ts';
import { checkedParse } from './checked-parse.ts';
import { parseJsonText } from './locate-json-error.ts';
import { MatchSchema, RulingSchema, SourceSchema } from './schemas.ts';

const Count = z.int().min(0);

const PublishedRowSchema = z.strictObject({
  line: Count,
  position: z.int().min(1),
  shared: z.boolean(),
  club: z.string().min(1),
  played: Count.optional(),
  won: Count.optional(),
  drawn: Count.optional(),
  lost: Count.optional(),
  goalsFor: Count.optional(),
  goalsAgainst: Count.optional(),
  points: z.int().optional(),
  notes: z.array(z.string()),
});

const RoundSchema = z.strictObject({
  name: z.string(),
  date: z.iso.date().optional(),
  matches: z.array(MatchSchema),
});

const GroupSchema = z.strictObject({
  name: z.string(),
  rounds: z.array(RoundSchema),
  published: z.strictObject({ line: Count, rows: z.array(PublishedRowSchema) }).optional(),
  playOffs: z.array(MatchSchema),
  tiesOnPoints: z.literal(true).optional(),
});

/** Torneo's season document: what `torneo render --to json` writes. */
export const SeasonRecordSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.string(),
  preset: z.string().optional(),
  title: z.string().optional(),
  competition: z.string().optional(),
  season: z.string().optional(),
  summary: z.array(z.string()),
  winners: z.string().optional(),
  topScorers: z.array(
    z.strictObject({
      name: z.string(),
      club: z.string().optional(),
      team: z.string().optional(),
      goals: Count,
    }),
  ),
  previous: z.string().optional(),
  next: z.string().optional(),
  teamChanges: z.array(z.strictObject({ heading: z.string(), clubs: z.array(z.string()) })),
  entrants: z.array(
    z.strictObject({
      club: z.string(),
      region: z.string().optional(),
      city: z.string().optional(),
    }),
  ),
  entrantsSection: z.strictObject({ heading: z.string().optional(), text: z.string() }).optional(),
  stages: z.array(z.strictObject({ name: z.string(), groups: z.array(GroupSchema) })),
  clubs: z.array(
    z.strictObject({
      id: z.string().min(1),
      name: z.string().min(1),
      names: z
        .array(
          z.strictObject({
            name: z.string(),
            from: z.string().optional(),
            until: z.string().optional(),
          }),
        )
        .optional(),
    }),
  ),
  merges: z.array(
    z.strictObject({ club: z.string(), spellings: z.array(z.string()), reason: z.string() }),
  ),
  rulings: z.array(RulingSchema),
  movements: z
    .array(
      z.strictObject({
        club: z.string().min(1),
        outcome: z.enum(['promoted', 'relegated']),
        to: z
          .strictObject({ competition: z.string().min(1), edition: z.string().optional() })
          .optional(),
        source: z.string(),
      }),
    )
    .optional(),
  notes: z.array(z.strictObject({ heading: z.string().optional(), text: z.string() })),
  warnings: z.array(z.strictObject({ line: Count.optional(), message: z.string() })),
  sources: z.array(SourceSchema),
});

/** Whether a JSON document is a season document rather than a results document. */
export function isSeasonDocument(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && 'stages' in data;
}

/**
 * Reads Torneo's season document (JSON), checked field by field; every problem is reported with
 * its path, and nothing is returned unless the whole document is good.
 *
 * @example
 * parseSeasonJson(JSON.stringify(record), 'season.json').stages.length
 */
export function parseSeasonJson(text: string, file: string): SeasonRecord {
  const data = parseJsonText(text, file);
  const { $schema: _schema, ...record } = checkedParse(SeasonRecordSchema, data, file);
  return dropUndefinedDeep(record) as SeasonRecord;
}

/** zod leaves absent optional keys out already; this keeps explicit `undefined`s out too. @internal */
function dropUndefinedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropUndefinedDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, entry]) => entry !== undefined)
        .map(([key, entry]) => [key, dropUndefinedDeep(entry)]),
    );
  }
  return value;
}
