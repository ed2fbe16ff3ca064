import { describe, expect, test } from 'vitest';
import { greatCircleKm } from '#core/places/distance.ts';
import { loadGazetteer } from './gazetteer.ts';

describe('the gazetteer', () => {
  test('places clubs by city, offline: Tingo María and Chimbote', async () => {
    const gazetteer = await loadGazetteer();
    const tingo = gazetteer.locate('tingo maria');
    expect(tingo).toMatchObject({ kind: 'found', place: { name: 'Tingo María', country: 'PE' } });
    const chimbote = gazetteer.locate('Chimbote', { country: 'PE', region: 'Áncash' });
    expect(chimbote.kind).toBe('found');
    if (chimbote.kind !== 'found') return;
    // Chimbote lies on the coast some 370 km north-west of Lima.
    const fromLima = greatCircleKm(chimbote.place, { lat: -12.0464, lon: -77.0428 });
    expect(fromLima).toBeGreaterThan(350);
    expect(fromLima).toBeLessThan(400);
  });

  test('narrows a name by country and region, and says when a name stays ambiguous', async () => {
    const gazetteer = await loadGazetteer();
    expect(gazetteer.locate('Lima').kind).toBe('ambiguous');
    expect(gazetteer.locate('Lima', { country: 'PE' })).toMatchObject({
      kind: 'found',
      place: { country: 'PE' },
    });
    const sanMartin = gazetteer.locate('San Martín', { country: 'PE' });
    expect(sanMartin.kind).toBe('ambiguous');
    // GeoNames spells the region "Cuzco Department": one region with Cusco.
    expect(gazetteer.locate('Cusco', { country: 'PE', region: 'Cusco' })).toMatchObject({
      kind: 'found',
      place: { region: 'Cuzco Department' },
    });
    expect(gazetteer.locate('Nowhere-on-Earth')).toEqual({ kind: 'notFound' });
  });

  test('knows the names Peruvian records give towns GeoNames lists under another', async () => {
    const gazetteer = await loadGazetteer();
    expect(gazetteer.locate('Huamanga')).toMatchObject({
      kind: 'found',
      place: { name: 'Ayacucho', country: 'PE' },
    });
    expect(gazetteer.locate('Nasca')).toMatchObject({ kind: 'found', place: { name: 'Nazca' } });
    // Cañete is also a town of Chile and of Spain: a country or region narrows it.
    expect(gazetteer.locate('Cañete').kind).toBe('ambiguous');
    expect(gazetteer.locate('Cañete', { region: 'Lima' })).toMatchObject({
      kind: 'found',
      place: { name: 'San Vicente de Cañete' },
    });
  });
});
