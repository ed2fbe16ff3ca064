import { z } from 'zod';
import { MATCH_STATUSES } from '#core/model/match.ts';
import { MAX_DISTANCE, MAX_DISTANCE_TEXT } from '#core/places/distance.ts';
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
  status: z.enum(MATCH_STATUSES).optional(),
  score: ScoreInput.optional(),
  extraTime: ScoreInput.optional(),
  penalties: ScoreInput.optional(),
  awarded: ScoreInput.optional(),
  forfeitedBy: z.enum(['home', 'away', 'both']).optional(),
  goals: z.array(GoalSchema).optional(),
  reason: z.string().max(500).optional(),
});

/** A score typed but not saved: the tables it would give. */
export const PreviewBodySchema = z.strictObject({
  match: z.string().min(1),
  score: ScoreText.nullable(),
});

/** The body of a ruling: the ruling and the version the editor saw. */
export const RulingBodySchema = z.strictObject({
  version: z.int().min(1),
  ruling: RulingSchema,
  stage: z.string().optional(),
});

const NewClub = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'an id of lower-case letters, digits and dashes' }),
  name: z.string().min(1),
  names: z.array(z.string().min(1)).optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});

/** One club that is two: some of its matches go to a new club. */
export const SplitBodySchema = z.strictObject({
  version: z.int().min(1),
  from: z.string().min(1),
  club: NewClub,
  matches: z.array(z.string().min(1)).min(1, { error: 'at least one match to move' }),
  reason: z.string().min(1, { error: 'a reason' }),
});

/** A club to register in an edition. */
export const ClubBodySchema = z.strictObject({
  version: z.int().min(1),
  club: NewClub,
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
    finalHost: z
      .string()
      .trim()
      .min(1, { error: 'a place: a city, a department or lat,lon' })
      .optional(),
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
  )
  .refine((body) => body.preset === 'groups-and-final' || body.finalHost === undefined, {
    error: 'no finalHost: a league has no final round (finalHost is for groups-and-final)',
    path: ['finalHost'],
  })
  .refine((body) => body.preset === 'groups-and-final' || body.finalAtOneVenue === undefined, {
    error: 'no finalAtOneVenue: a league has no final round (it is for groups-and-final)',
    path: ['finalAtOneVenue'],
  });

const ClubRefs = z.array(z.string().min(1)).min(1);

/** Where clubs are, for a draw or travel-aware fixtures, over what the edition says. */
const Places = z
  .record(z.string().min(1), z.string().min(1))
  .describe(
    'clubs or slots (by name, club id or slot label) put at a department of Peru, a city the gazetteer knows, or "lat,lon", whatever the edition says',
  );

/** A user's own distances between clubs, over the great-circle km. */
const Distances = z
  .union([
    z
      .array(
        z.strictObject({
          from: z.string().min(1),
          to: z.string().min(1),
          distance: z
            .number({ error: 'a distance of 0 or more' })
            .min(0, { error: 'a distance of 0 or more' })
            .max(MAX_DISTANCE, { error: `a distance of at most ${MAX_DISTANCE_TEXT}` }),
        }),
      )
      .max(20_000),
    z.string().min(1).max(1_000_000),
  ])
  .describe(
    'pairs of clubs (by name or club id) and their distance in one measure for all (road km, travel hours), a pair given one way counting both ways and given both ways each its own, or the text of a CSV with from,to,distance (or km, hours); pairs not given keep the great-circle km, so give every pair when the measure is not km (a CSV header in hours or minutes needs them all), and every pair of a club placed nowhere; the answer gives the measure as unit: km, h, min (for pairs, as distanceUnit says), or empty when the distances do not say',
  );

/** The measure of distances given as pairs in JSON, which name none. */
const DistanceUnit = z
  .enum(['km', 'h', 'min'])
  .describe(
    'the measure of distances given as pairs (a CSV names its own in its header): in h or min every pair of clubs must be given, and the answers say it as unit',
  );

/** A draw of an edition's stage: computed, and written into a groups stage when asked. */
export const DrawBodySchema = z
  .strictObject({
    stage: z.string().min(1),
    group: z.string().min(1).optional(),
    sizes: z.array(z.int().min(1)).min(1).optional(),
    groups: z.int().min(1).optional(),
    seed: z.int().min(1).optional(),
    method: z.enum(['auto', 'exact', 'fast', 'ceremony']).optional(),
    seconds: z.int().min(1).max(30).optional(),
    pots: z.array(ClubRefs).optional(),
    hosts: ClubRefs.optional(),
    fixed: z.array(z.strictObject({ club: z.string().min(1), group: z.int().min(1) })).optional(),
    apart: z.array(ClubRefs).optional(),
    apartByRegion: z.boolean().optional(),
    places: Places.optional(),
    distances: Distances.optional(),
    distanceUnit: DistanceUnit.optional(),
    write: z.boolean().optional(),
    version: z.int().min(1).optional(),
  })
  .refine((input) => !input.write || input.version !== undefined, {
    error: 'the version of the edition you drew for, to write the draw',
    path: ['version'],
  })
  .refine((input) => input.method !== 'ceremony' || (input.pots?.length ?? 0) > 0, {
    error: 'pots to draw from, for a ceremony',
    path: ['pots'],
  })
  .refine((input) => input.distanceUnit === undefined || input.distances !== undefined, {
    error: 'distances, whose measure distanceUnit names',
    path: ['distanceUnit'],
  });

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date such as 1994-01-02' });

/** Fixtures (and their calendar) for a league, table or groups stage, written into the edition. */
export const FixturesBodySchema = z
  .strictObject({
    version: z.int().min(1),
    stage: z.string().min(1),
    group: z.string().min(1).optional(),
    double: z.boolean().optional(),
    mirrored: z.boolean().optional(),
    regenerate: z.boolean().optional(),
    travel: z
      .strictObject({
        seconds: z.int().min(1).max(60).optional(),
        seed: z.int().min(1).optional(),
      })
      .describe(
        'a double round robin with the least travel the search finds in `seconds` (10): at most 3 home or away matches in a row, no rematch in the next round',
      )
      .optional(),
    places: Places.optional(),
    distances: Distances.optional(),
    distanceUnit: DistanceUnit.optional(),
    calendar: z
      .strictObject({
        start: Day,
        weekdays: z.array(z.int().min(0).max(6)).min(1).optional(),
        rest: z.int().min(0).max(60).optional(),
        venues: z.array(z.string().min(1)).optional(),
        kickoffs: z
          .array(
            z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'a kick-off such as 15:30' }),
          )
          .optional(),
        blackout: z.array(Day).optional(),
      })
      .optional(),
  })
  .refine((input) => !input.travel || (input.double !== false && input.mirrored === undefined), {
    error: 'travel-aware fixtures are a double round robin, its second half not a mirror',
    path: ['travel'],
  })
  .refine((input) => input.places === undefined || input.travel !== undefined, {
    error: 'places matter to travel-aware fixtures only (with travel)',
    path: ['places'],
  })
  .refine((input) => input.distances === undefined || input.travel !== undefined, {
    error: 'distances matter to travel-aware fixtures only (with travel)',
    path: ['distances'],
  })
  .refine((input) => input.distanceUnit === undefined || input.distances !== undefined, {
    error: 'distances, whose measure distanceUnit names',
    path: ['distanceUnit'],
  });
