import { InputError, type Issue, makeIssue } from '#core/errors.ts';
import type { EditionFormat } from '#core/format/edition-format.ts';
import { PERU_CAPITALS, peruDepartment } from '#core/places/peru-departments.ts';
import { loadGazetteer } from './gazetteer.ts';

/** A place a user named, with its region when it has one (a department of Peru, a state). */
export interface NamedPlace {
  readonly lat: number;
  readonly lon: number;
  readonly region: string | undefined;
}

/**
 * Where a user put a club or a stage: `lat,lon`, a department of Peru (its capital), or a city the
 * gazetteer knows (in Peru first when its name is shared). The gazetteer is read only for a city.
 *
 * @throws {@link InputError} for a place that cannot be found, told at `where`.
 */
export async function placeNamed(text: string, where: string): Promise<NamedPlace> {
  const coordinates = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  const lat = Number(coordinates?.[1]);
  const lon = Number(coordinates?.[2]);
  if (coordinates && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
    return { lat, lon, region: undefined };
  }
  const department = peruDepartment(text);
  const capital = PERU_CAPITALS.find((candidate) => candidate.region === department);
  if (capital) return { lat: capital.lat, lon: capital.lon, region: capital.region };
  const gazetteer = await loadGazetteer();
  let found = gazetteer.locate(text);
  if (found.kind === 'ambiguous') found = gazetteer.locate(text, { country: 'PE' });
  if (found.kind === 'found') {
    const { region } = found.place;
    return {
      lat: found.place.lat,
      lon: found.place.lon,
      region: (region !== undefined ? peruDepartment(region) : undefined) ?? region,
    };
  }
  throw new InputError([
    makeIssue(
      'place',
      where,
      found.kind === 'ambiguous'
        ? `one place: ${found.places.length} are called so (${found.places
            .slice(0, 3)
            .map((candidate) => `${candidate.region ?? '?'}, ${candidate.country}`)
            .join('; ')}); give lat,lon`
        : 'a department of Peru, a city the gazetteer knows, or lat,lon',
      `"${text}"`,
    ),
  ]);
}

/**
 * Checks that every stage's `host` can be found, so that a misspelt city is refused when the
 * edition is read, not met later on its map or in its calendar.
 *
 * @throws {@link InputError} with one issue per host that cannot be found, at `file stages[i].host`.
 */
export async function checkHosts(format: EditionFormat, file: string): Promise<void> {
  const issues: Issue[] = [];
  for (const [index, stage] of format.stages.entries()) {
    if (stage.host === undefined) continue;
    try {
      await placeNamed(stage.host, `${file} stages[${index}].host`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0) throw new InputError(issues);
}
