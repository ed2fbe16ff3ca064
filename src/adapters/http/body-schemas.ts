import { z } from 'zod';
import { RulingSchema, ScoreSchema } from '../formats/json/schemas.ts';

/**
 * @module The bodies of the API's writes, checked at the door; the OpenAPI document describes the
 * same schemas.
 */

const ScoreText = z.string().regex(/^\s*\d+\s*[-–]\s*\d+\s*$/, { error: 'a score such as "2-1"' });
const ScoreInput = z.union([ScoreText, ScoreSchema]);

/** The body of a result: the score, what happened, the version the editor saw, and why. */
export const ResultBodySchema = z.strictObject({
  version: z.int().min(1, { error: 'the version of the edition you edited' }),
  status: z
    .enum(['played', 'walkover', 'abandoned', 'annulled', 'postponed', 'scheduled'])
    .optional(),
  score: ScoreInput.optional(),
  extraTime: ScoreInput.optional(),
  penalties: ScoreInput.optional(),
  awarded: ScoreInput.optional(),
  forfeitedBy: z.enum(['home', 'away', 'both']).optional(),
  reason: z.string().max(500).optional(),
});

/** The body of a ruling: the ruling and the version the editor saw. */
export const RulingBodySchema = z.strictObject({
  version: z.int().min(1),
  ruling: RulingSchema,
  stage: z.string().optional(),
});

/** A club to register in an edition. */
export const ClubBodySchema = z.strictObject({
  version: z.int().min(1),
  club: z.strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'an id of lower-case letters, digits and dashes' }),
    name: z.string().min(1),
    names: z.array(z.string().min(1)).optional(),
    city: z.string().optional(),
    region: z.string().optional(),
  }),
});

/** Two clubs that are one: `from` is merged into `into`, its names kept. */
export const MergeBodySchema = z.strictObject({
  version: z.int().min(1),
  from: z.string().min(1),
  into: z.string().min(1),
  reason: z.string().min(1, { error: 'a reason' }),
});

export const LoginBodySchema = z.strictObject({
  name: z.string().min(1),
  password: z.string().min(1),
});
