import { z } from 'zod';
import { MATCH_STATUSES } from '#core/model/match.ts';
import { GoalSchema, RulingSchema, ScoreSchema, SourceSchema } from '../json/schemas.ts';

/**
 * @module The edition document as people write it (YAML or JSON): friendly forms — clubs by name,
 * matches as `"Aurora 1-0 CNI"`, slots as `{ stage, position }` — checked here, then turned into
 * the core's `EditionFormat` by `readEdition`.
 */

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'an id of lower-case letters, digits and dashes' });
const Name = z.string().min(1, { error: 'a name' });
const IsoDate = z.iso.date({ error: 'a date as YYYY-MM-DD' });
const ScoreText = z.string().regex(/^\s*\d+\s*[-–]\s*\d+\s*$/, { error: 'a score such as "2-1"' });

/** A match: `"Aurora 1-0 CNI"` (with notes such as `(a.e.t.)`, `[awarded 3-0]`), or an object. */
export const MatchInputSchema = z.union([
  z.string().min(3, { error: 'a match such as "Aurora 1-0 CNI"' }),
  z.strictObject({
    home: Name,
    away: Name,
    score: z.union([ScoreText, ScoreSchema]).optional(),
    extraTime: z.union([ScoreText, ScoreSchema]).optional(),
    penalties: z.union([ScoreText, ScoreSchema]).optional(),
    awarded: z.union([ScoreText, ScoreSchema]).optional(),
    forfeitedBy: z.enum(['home', 'away', 'both']).optional(),
    status: z.enum(MATCH_STATUSES).optional(),
    date: IsoDate.optional(),
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'a kick-off time such as 15:30' })
      .optional(),
    venue: z.string().min(1).optional(),
    neutral: z.boolean().optional(),
    goals: z.array(GoalSchema).optional(),
    id: z.string().optional(),
  }),
]);

const RoundSchema = z.strictObject({
  name: Name,
  date: IsoDate.optional(),
  matches: z.array(MatchInputSchema),
});

const count = (what: string) => z.int({ error: what }).min(0, { error: what }).optional();

/** A row of a table as a source prints it (a stage whose matches are not known). */
const PrintedRowSchema = z.strictObject({
  club: Name,
  shared: z.boolean().optional(),
  played: count('a number of matches, 0 or more'),
  won: count('a number of wins, 0 or more'),
  drawn: count('a number of draws, 0 or more'),
  lost: count('a number of defeats, 0 or more'),
  goalsFor: count('a number of goals, 0 or more'),
  goalsAgainst: count('a number of goals, 0 or more'),
  points: z.int({ error: 'a whole number of points' }).optional(),
  note: z.string().trim().min(1, { error: 'a note' }).optional(),
});

/** A slot: a club, or a place that another stage, tie, qualifier or edition fills. */
export const SlotInputSchema = z.union([
  Name,
  z.strictObject({ club: Name }),
  z.strictObject({ stage: Id, group: z.string().optional(), position: z.int().min(1) }),
  z.strictObject({ stage: Id, position: z.int().min(1), best: z.int().min(1) }),
  z.strictObject({
    stage: Id,
    round: Id,
    tie: z.int().min(1),
    result: z.enum(['winner', 'loser']),
  }),
  z.strictObject({ stage: Id, qualifier: Name, place: z.int().min(1).optional() }),
  z.strictObject({
    from: z.strictObject({
      competition: Name,
      edition: z.string().min(1),
      outcome: z.enum(['relegated', 'promoted', 'champion']),
    }),
    club: Name.optional(),
    index: z.int().min(1).optional(),
  }),
]);

const OutcomeSchema = z.strictObject({
  position: z.int().min(1).optional(),
  positions: z.array(z.int().min(1)).optional(),
  group: z.string().optional(),
  tieResult: z.enum(['winner', 'loser']).optional(),
  outcome: z.enum(['champion', 'promoted', 'relegated', 'qualified', 'eliminated', 'nextEdition']),
  to: z
    .strictObject({
      competition: z.string().optional(),
      edition: z.string().optional(),
      stage: z.string().optional(),
    })
    .optional(),
});

const TiebreakerInput = z.union([
  z.enum([
    'points',
    'pointsPerGame',
    'goalDifference',
    'goalAverage',
    'goalsFor',
    'goalsAgainst',
    'awayGoalsFor',
    'wins',
    'awayWins',
    'fairPlay',
    'earlierRank',
    'playOff',
    'drawingOfLots',
    'alphabetical',
  ]),
  z.strictObject({
    headToHead: z.array(z.enum(['points', 'goalDifference', 'goalsFor', 'awayGoalsFor', 'wins'])),
    reapply: z.boolean().optional(),
  }),
]);

/** A rule set: a preset's name, or a preset with changes, or points and a chain. */
export const RulesInputSchema = z.union([
  Name,
  z.strictObject({
    preset: Name.optional(),
    season: z.int().optional(),
    tier: z.int().optional(),
    points: z.strictObject({ win: z.number(), draw: z.number(), loss: z.number() }).optional(),
    tiebreakers: z.array(TiebreakerInput).optional(),
    walkoverDeduction: z.number().min(0).optional(),
  }),
]);

const TieRuleInput = z.union([
  z.enum([
    'aggregate',
    'points',
    'goalDifference',
    'awayGoals',
    'extraMatch',
    'extraTime',
    'penalties',
    'lots',
  ]),
  z.strictObject({ betterPlaced: Id }),
]);

/** The stages whose matches between a table's clubs count in it too. */
const Sums = z.array(Id).min(1, { error: 'one stage or more' });
const SumsMatches = z.enum(['between', 'all']);

const StageBase = {
  id: Id,
  name: Name,
  rules: RulesInputSchema.optional(),
  outcomes: z.array(OutcomeSchema).optional(),
  matchesUnknown: z.boolean().optional(),
  singleVenue: z.boolean().optional(),
  host: z.string().trim().min(1, { error: 'a place: a city, a department or lat,lon' }).optional(),
  earlierRankFrom: Id.optional(),
};

const StageSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...StageBase,
    kind: z.enum(['league', 'table']),
    entrants: z.array(SlotInputSchema),
    rounds: z.array(RoundSchema).optional(),
    printed: z.array(PrintedRowSchema).optional(),
    sums: Sums.optional(),
    sumsMatches: SumsMatches.optional(),
  }),
  z.strictObject({
    ...StageBase,
    kind: z.literal('groups'),
    assignedBy: z.enum(['draw', 'region', 'hand']).optional(),
    groups: z.array(
      z.strictObject({
        id: Id,
        name: Name,
        entrants: z.array(SlotInputSchema),
        rounds: z.array(RoundSchema).optional(),
        printed: z.array(PrintedRowSchema).optional(),
        sums: Sums.optional(),
        sumsMatches: SumsMatches.optional(),
      }),
    ),
  }),
  z.strictObject({
    ...StageBase,
    kind: z.literal('knockout'),
    tieRules: z.array(TieRuleInput).optional(),
    rounds: z.array(
      z.strictObject({
        id: Id,
        name: Name,
        legs: z.union([z.literal(1), z.literal(2)]),
        pairing: z
          .union([
            z.literal('given'),
            z.literal('bracket'),
            z.strictObject({ seeded: Id, count: z.int().min(2) }),
          ])
          .optional(),
        ties: z
          .array(
            z.strictObject({
              home: SlotInputSchema.optional(),
              away: SlotInputSchema.optional(),
              matches: z.array(MatchInputSchema).optional(),
              extraMatch: MatchInputSchema.optional(),
            }),
          )
          .optional(),
      }),
    ),
  }),
  z.strictObject({
    ...StageBase,
    kind: z.literal('qualification'),
    entrants: z.array(SlotInputSchema).optional(),
    qualified: z.array(
      z.strictObject({ label: Name, place: z.int().min(1).optional(), club: Name.optional() }),
    ),
  }),
]);

const StageScoped = { stage: Id.optional() };

const EditionRulingSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('replacement'),
    stage: Id,
    round: Id.optional(),
    out: Name,
    in: Name,
    date: IsoDate.optional(),
    reason: z.string().min(1, { error: 'a reason' }),
    authority: z.string().optional(),
    sources: z.array(SourceSchema).optional(),
  }),
  z.strictObject({
    kind: z.literal('tieAward'),
    stage: Id,
    clubs: z.tuple([Name, Name]),
    winner: Name,
    date: IsoDate.optional(),
    reason: z.string().min(1, { error: 'a reason' }),
    authority: z.string().optional(),
    sources: z.array(SourceSchema).optional(),
  }),
  ...(['relegation', 'promotion'] as const).map((kind) =>
    z.strictObject({
      kind: z.literal(kind),
      club: Name,
      to: z
        .strictObject({ competition: z.string().optional(), edition: z.string().optional() })
        .optional(),
      date: IsoDate.optional(),
      reason: z.string().min(1, { error: 'a reason' }),
      authority: z.string().optional(),
      sources: z.array(SourceSchema).optional(),
    }),
  ),
  ...RulingSchema.options.map((option) => option.extend(StageScoped)),
]);

/** The edition document. */
export const EditionDocumentSchema = z.strictObject({
  $schema: z.string().optional(),
  competition: Name,
  edition: z.union([z.string().min(1), z.int()]),
  dates: z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional() }).optional(),
  previous: z.union([z.string(), z.int()]).optional(),
  next: z.union([z.string(), z.int()]).optional(),
  sources: z.array(SourceSchema).optional(),
  notes: z.array(z.string()).optional(),
  translations: z
    .partialRecord(z.enum(['en', 'es']), z.record(z.string().min(1), z.string().min(1)))
    .optional(),
  rules: RulesInputSchema.optional(),
  tieRules: z.array(TieRuleInput).optional(),
  clubs: z.array(
    z.strictObject({
      id: Id,
      name: Name,
      names: z.array(Name).optional(),
      city: z.string().optional(),
      region: z.string().optional(),
      country: z.string().optional(),
      lat: z.number().min(-90).max(90).optional(),
      lon: z.number().min(-180).max(180).optional(),
    }),
  ),
  stages: z.array(StageSchema).min(1, { error: 'at least one stage' }),
  rulings: z.array(EditionRulingSchema).optional(),
});

export type EditionDocument = z.infer<typeof EditionDocumentSchema>;
export type SlotInput = z.infer<typeof SlotInputSchema>;
export type PrintedRowInput = z.infer<typeof PrintedRowSchema>;
export type MatchInput = z.infer<typeof MatchInputSchema>;
export type RulesInput = z.infer<typeof RulesInputSchema>;
