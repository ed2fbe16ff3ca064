import { describe, expect, test } from 'vitest';
import {
  movementInNote,
  namedMovementsInProse,
  namesInList,
  promotionsInProse,
} from './promotion-in-prose.ts';

describe("promotions in an article's prose", () => {
  test('reads who goes up and where, in English and Spanish', () => {
    const read = (text: string) => promotionsInProse([text]);
    expect(read('The champion was promoted to 1994 Torneo Descentralizado.')).toEqual([
      { places: [1], to: { competition: 'Torneo Descentralizado', edition: '1994' } },
    ]);
    expect(
      read(
        'The winner and runner-up of the National Stage will be promoted to the First Division.',
      ),
    ).toEqual([{ places: [1, 2], to: { competition: 'First Division' } }]);
    expect(
      read(
        'The winner of the National Stage will be promoted to the First Division and the runner-up will be promoted to the Second Division.',
      ),
    ).toEqual([
      { places: [1], to: { competition: 'First Division' } },
      { places: [2], to: { competition: 'Second Division' } },
    ]);
    expect(read('El campeón ascendió a la Primera División 2010.')).toEqual([
      { places: [1], to: { competition: 'Primera División', edition: '2010' } },
    ]);
  });

  test('a club named, or the word promotion alone, says no place', () => {
    expect(promotionsInProse(['Sport Boys was promoted to the First Division.'])).toEqual([]);
    expect(
      promotionsInProse([
        'The 1993 Copa Perú season, the promotion tournament of Peruvian football.',
      ]),
    ).toEqual([]);
  });

  test('a sentence wrapped over two lines is read whole; one that ends its line stays apart', () => {
    expect(promotionsInProse(['El campeón ascendió a la', 'Liga de Ejemplo 2043.'])).toEqual([
      { places: [1], to: { competition: 'Liga de Ejemplo', edition: '2043' } },
    ]);
    expect(
      namedMovementsInProse([
        'The season ended in May.',
        'Sport Boys was promoted to',
        '1994 Liga.',
      ]),
    ).toMatchObject([{ names: ['Sport Boys'], to: { competition: 'Liga', edition: '1994' } }]);
  });

  test('reads a table note that sends a club up or down, and nothing else', () => {
    expect(movementInNote('Promoted to the 2035 Liga de Ejemplo')).toEqual({
      outcome: 'promoted',
      to: { competition: 'Liga de Ejemplo', edition: '2035' },
    });
    expect(movementInNote('Ascenso a la Primera División')).toEqual({
      outcome: 'promoted',
      to: { competition: 'Primera División' },
    });
    expect(movementInNote('Promoted')).toEqual({ outcome: 'promoted', to: {} });
    expect(movementInNote('Relegated to the 1890 Football Alliance')).toEqual({
      outcome: 'relegated',
      to: { competition: 'Football Alliance', edition: '1890' },
    });
    expect(movementInNote('Descenso')).toEqual({ outcome: 'relegated', to: {} });
    expect(movementInNote('Qualified for the Final Stage')).toBeUndefined();
    expect(movementInNote('-3')).toBeUndefined();
  });

  test('reads clubs named as going up or down, and leaves a place to the place reader', () => {
    expect(
      namedMovementsInProse([
        'Sport Huancayo and CNI were promoted to the 2009 Torneo Descentralizado. The champion was promoted to the First Division.',
        'Atlético Grau descendió a la Segunda División.',
      ]),
    ).toEqual([
      {
        names: ['Sport Huancayo', 'CNI'],
        outcome: 'promoted',
        to: { competition: 'Torneo Descentralizado', edition: '2009' },
        after: '2009 Torneo Descentralizado',
      },
      {
        names: ['Atlético Grau'],
        outcome: 'relegated',
        to: { competition: 'Segunda División' },
        after: 'Segunda División',
      },
    ]);
  });

  test('reads an infobox list: separators, places and competitions in brackets', () => {
    expect(
      namesInList(
        'Sport Huancayo (1.°) (Campeonato Descentralizado 2009), Cobresol FBC de Moquegua e IDUNSA',
      ),
    ).toEqual([
      {
        name: 'Sport Huancayo',
        to: { competition: 'Campeonato Descentralizado', edition: '2009' },
      },
      { name: 'Cobresol FBC de Moquegua' },
      { name: 'IDUNSA' },
    ]);
    // As es.wikipedia's infobox runs them: a bracket ends one club.
    expect(
      namesInList(
        'Sport Huancayo (1.°) (Campeonato Descentralizado 2009) Colegio Nacional de Iquitos (2.°)',
      ),
    ).toEqual([
      {
        name: 'Sport Huancayo',
        to: { competition: 'Campeonato Descentralizado', edition: '2009' },
      },
      { name: 'Colegio Nacional de Iquitos' },
    ]);
    expect(namesInList('Sport Boys and Atlético Grau')).toEqual([
      { name: 'Sport Boys' },
      { name: 'Atlético Grau' },
    ]);
  });
});
