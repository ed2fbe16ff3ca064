import { z } from 'zod';
import { EditionDocumentSchema } from '../edition/edition-schema.ts';
import { ResultsDocumentSchema } from './parse-results-json.ts';
import { SeasonRecordSchema } from './parse-season-json.ts';

/**
 * The published JSON Schemas of Torneo's documents, generated from the same zod schemas that
 * validate them, so that the two never drift: `docs/formats/<name>.schema.json`.
 *
 * @example
 * JSON_SCHEMAS.season.title //=> 'Torneo season document'
 */
export const JSON_SCHEMAS = {
  results: {
    ...z.toJSONSchema(ResultsDocumentSchema, { io: 'input' }),
    title: 'Torneo results document',
    description:
      'Matches of one table, with optional clubs, rule preset, season and rulings. An array of matches alone is accepted too.',
  },
  edition: {
    ...z.toJSONSchema(EditionDocumentSchema, { io: 'input' }),
    title: 'Torneo edition format',
    description:
      'A whole edition as data (YAML or JSON): stages in order (league, table, groups, knockout, qualification), entrants as slots, outcomes, rule sets, tie rules, clubs, results and rulings. Read by `torneo edition`.',
  },
  season: {
    ...z.toJSONSchema(SeasonRecordSchema, { io: 'input' }),
    title: 'Torneo season document',
    description:
      'An edition as one source records it (what `torneo render --to json` writes and every command reads): stages, groups, rounds, matches, printed tables, clubs with their spellings, merges, rulings, notes and sources.',
  },
} as const;
