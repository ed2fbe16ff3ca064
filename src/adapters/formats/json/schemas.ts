import { z } from 'zod';
import { MATCH_STATUSES } from '#core/model/match.ts';

/** A source of a fact, as written in JSON. */
export const SourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.string().optional(),
  detail: z.string().optional(),
});

const IsoDate = z.iso.date({ error: 'a date as YYYY-MM-DD' });
const ClubRef = z.string().min(1, { error: 'a club id or name' });
const Goals = z
  .int({ error: 'a whole number of goals' })
  .min(0, { error: 'no fewer than 0 goals' });

/** A goal: the side it counts for, who scored, when. */
export const GoalSchema = z.strictObject({
  side: z.enum(['home', 'away']),
  player: z.string().min(1, { error: 'who scored' }),
  minute: z.int().min(1).max(130).optional(),
  penalty: z.boolean().optional(),
  ownGoal: z.boolean().optional(),
});

/** A score, `{ "home": 2, "away": 1 }`. */
export const ScoreSchema = z.strictObject(
  { home: Goals, away: Goals },
  {
    error: (issue) =>
      issue.code === 'invalid_type' ? 'a score: { "home": goals, "away": goals }' : undefined,
  },
);

const RulingBase = {
  date: IsoDate.optional(),
  reason: z.string().min(1, { error: 'a reason' }),
  authority: z.string().min(1).optional(),
  sources: z.array(SourceSchema).optional(),
};

/** Any ruling, told apart by `kind`. */
export const RulingSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('pointAdjustment'),
    club: ClubRef,
    points: z.int(),
    ...RulingBase,
  }),
  z.strictObject({
    kind: z.literal('withdrawal'),
    club: ClubRef,
    results: z.enum(['expunged', 'kept', 'forfeitRemaining']),
    ...RulingBase,
  }),
  z.strictObject({ kind: z.literal('recordTransfer'), from: ClubRef, to: ClubRef, ...RulingBase }),
  z.strictObject({
    kind: z.literal('awardedResult'),
    match: z.strictObject({
      id: z.string().optional(),
      home: ClubRef.optional(),
      away: ClubRef.optional(),
      date: IsoDate.optional(),
    }),
    score: ScoreSchema,
    forfeitedBy: z.enum(['home', 'away', 'both']).optional(),
    ...RulingBase,
  }),
  z.strictObject({
    kind: z.enum(['playOff', 'drawingOfLots']),
    clubs: z.array(ClubRef).min(2),
    order: z.array(ClubRef).min(1),
    result: z.string().optional(),
    ...RulingBase,
  }),
  z.strictObject({ kind: z.literal('sharedPlace'), clubs: z.array(ClubRef).min(2), ...RulingBase }),
]);

/** A match as written in Torneo's JSON. */
export const MatchSchema = z.strictObject({
  id: z.string().optional(),
  home: ClubRef,
  away: ClubRef,
  status: z.enum(MATCH_STATUSES).optional(),
  score: ScoreSchema.optional(),
  extraTime: ScoreSchema.optional(),
  penalties: ScoreSchema.optional(),
  awarded: ScoreSchema.optional(),
  forfeitedBy: z.enum(['home', 'away', 'both']).optional(),
  date: IsoDate.optional(),
  round: z.int().min(1).optional(),
  neutral: z.boolean().optional(),
  goals: z.array(GoalSchema).optional(),
});
