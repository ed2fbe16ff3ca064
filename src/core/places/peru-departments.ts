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

/** A place on the map. */
export interface Place {
  readonly city: string;
  readonly region: string;
  readonly lat: number;
  readonly lon: number;
}

/**
 * The capital of each department (and Callao), with its coordinates (GeoNames, rounded to four
 * decimals): where a club located only by its department is placed on the map.
 */
export const PERU_CAPITALS: readonly Place[] = [
  { region: 'Amazonas', city: 'Chachapoyas', lat: -6.2317, lon: -77.869 },
  { region: 'Áncash', city: 'Huaraz', lat: -9.5278, lon: -77.5278 },
  { region: 'Apurímac', city: 'Abancay', lat: -13.6339, lon: -72.8814 },
  { region: 'Arequipa', city: 'Arequipa', lat: -16.3989, lon: -71.535 },
  { region: 'Ayacucho', city: 'Ayacucho', lat: -13.1588, lon: -74.2239 },
  { region: 'Cajamarca', city: 'Cajamarca', lat: -7.1638, lon: -78.5003 },
  { region: 'Callao', city: 'Callao', lat: -12.0566, lon: -77.1181 },
  { region: 'Cusco', city: 'Cusco', lat: -13.5226, lon: -71.9673 },
  { region: 'Huancavelica', city: 'Huancavelica', lat: -12.7861, lon: -74.9764 },
  { region: 'Huánuco', city: 'Huánuco', lat: -9.9306, lon: -76.2422 },
  { region: 'Ica', city: 'Ica', lat: -14.0678, lon: -75.7286 },
  { region: 'Junín', city: 'Huancayo', lat: -12.0651, lon: -75.2049 },
  { region: 'La Libertad', city: 'Trujillo', lat: -8.1116, lon: -79.0288 },
  { region: 'Lambayeque', city: 'Chiclayo', lat: -6.7714, lon: -79.8409 },
  { region: 'Lima', city: 'Lima', lat: -12.0464, lon: -77.0428 },
  { region: 'Loreto', city: 'Iquitos', lat: -3.7491, lon: -73.2538 },
  { region: 'Madre de Dios', city: 'Puerto Maldonado', lat: -12.5933, lon: -69.1891 },
  { region: 'Moquegua', city: 'Moquegua', lat: -17.1956, lon: -70.9353 },
  { region: 'Pasco', city: 'Cerro de Pasco', lat: -10.6864, lon: -76.2625 },
  { region: 'Piura', city: 'Piura', lat: -5.1945, lon: -80.6328 },
  { region: 'Puno', city: 'Puno', lat: -15.8402, lon: -70.0219 },
  { region: 'San Martín', city: 'Moyobamba', lat: -6.0342, lon: -76.9717 },
  { region: 'Tacna', city: 'Tacna', lat: -18.0066, lon: -70.2463 },
  { region: 'Tumbes', city: 'Tumbes', lat: -3.5669, lon: -80.4515 },
  { region: 'Ucayali', city: 'Pucallpa', lat: -8.3791, lon: -74.5539 },
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
