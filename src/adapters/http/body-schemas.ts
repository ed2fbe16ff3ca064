import { z } from 'zod';
import { GoalSchema, RulingSchema, ScoreSchema } from '../formats/json/schemas.ts';

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
  goals: z.array(GoalSchema).optional(),
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
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
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

const PresetClub = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'an id of lower-case letters, digits and dashes' }),
  name: z.string().min(1),
  city: z.string().optional(),
  region: z.string().optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});

const Movement = z.strictObject({ competition: z.string().min(1), edition: z.string().optional() });

/** An edition to build from a preset, its fixtures generated. */
export const PresetBodySchema = z
  .strictObject({
    preset: z.enum(['league', 'groups-and-final']),
    competition: z.string().min(1),
    edition: z.string().min(1),
    rules: z.string().min(1).optional(),
    clubs: z.array(PresetClub).min(2, { error: 'at least two clubs' }),
    double: z.boolean().optional(),
    groups: z.array(z.array(z.string()).min(2)).optional(),
    finalAtOneVenue: z.boolean().optional(),
    startDate: z.iso.date().optional(),
    daysBetweenRounds: z.int().min(1).max(60).optional(),
    promoted: z.int().min(0).optional(),
    promotedTo: Movement.optional(),
    relegated: z.int().min(0).optional(),
    relegatedTo: Movement.optional(),
  })
  .refine((body) => body.preset !== 'groups-and-final' || (body.groups?.length ?? 0) >= 2, {
    error: 'a groups-and-final edition lists at least two groups of club ids',
    path: ['groups'],
  })
  .refine(
    (body) => (body.groups ?? []).flat().every((id) => body.clubs.some((club) => club.id === id)),
    { error: 'every club id in groups is one of the clubs', path: ['groups'] },
  );
