import { nameKey } from '../records/club-names.ts';

/**
 * The 24 departments of Peru and the Constitutional Province of Callao, as the Copa Perú's
 * departmental stages are named (source: Instituto Nacional de Estadística e Informática, "Perú:
 * División político administrativa").
 */
export const PERU_DEPARTMENTS: readonly string[] = [
  'Amazonas',
  'Áncash',
  'Apurímac',
  'Arequipa',
  'Ayacucho',
  'Cajamarca',
  'Callao',
  'Cusco',
  'Huancavelica',
  'Huánuco',
  'Ica',
  'Junín',
  'La Libertad',
  'Lambayeque',
  'Lima',
  'Loreto',
  'Madre de Dios',
  'Moquegua',
  'Pasco',
  'Piura',
  'Puno',
  'San Martín',
  'Tacna',
  'Tumbes',
  'Ucayali',
];

/** Other spellings in use for the same departments. @internal */
const OTHER_SPELLINGS: Readonly<Record<string, string>> = { cuzco: 'Cusco' };

/**
 * The department a name means: itself (accents and case aside), a known other spelling, or
 * `undefined`.
 *
 * @example
 * peruDepartment('ancash') //=> 'Áncash'
 * peruDepartment('Lambayaque') //=> undefined
 */
export function peruDepartment(name: string): string | undefined {
  const key = nameKey(name);
  return PERU_DEPARTMENTS.find((department) => nameKey(department) === key) ?? OTHER_SPELLINGS[key];
}

/**
 * The department a misspelt name most likely means: the one within two letters' edit, if exactly
 * one is.
 *
 * @example
 * closestPeruDepartment('Lambayaque') //=> 'Lambayeque'
 */
export function closestPeruDepartment(name: string): string | undefined {
  const key = nameKey(name);
  const near = PERU_DEPARTMENTS.filter((department) => editDistance(nameKey(department), key) <= 2);
  return near.length === 1 ? near[0] : undefined;
}

/** Levenshtein distance. @internal */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
