import { describe, expect, test } from 'vitest';
import { wikitextToArticle } from './parse-wikitext.ts';
import { plainText, readTemplate, splitOutside, templateEnd } from './wiki-markup.ts';

describe('wiki markup', () => {
  test('plain text: links, bold, references, flags, entities and dates', () => {
    expect(plainText("'''[[Aurich-Cañaña]]''' {{flagicon|PER}}<ref>x</ref> 2&ndash;1")).toBe(
      'Aurich-Cañaña 2–1',
    );
    expect(plainText('[[Club Sport Boys Association|Sport Boys]]{{efn|Founded 1927}}')).toBe(
      'Sport Boys',
    );
    expect(plainText('{{Start date|2009|11|8}}')).toBe('8 November 2009');
    expect(plainText('{{nowrap|[[Unión Cumbre]]}} {{sortname|Juan|Pérez}}')).toBe(
      'Unión Cumbre Juan Pérez',
    );
    expect(plainText('[https://example.org Report] [[File:Ball.svg|10px]]')).toBe('Report');
    // The older tables name a club by a template of its own.
    expect(plainText('{{fb team Sporting_Cristal}} {{Fb team Deportivo Ejemplo|S}}')).toBe(
      'Sporting Cristal Deportivo Ejemplo',
    );
  });

  test('templates split at their own bars only, nested ones and links kept whole', () => {
    const text = '{{Football box|team1=[[A|Alfa]]|score={{nowrap|2–1}}|3rd}} after';
    expect(templateEnd(text, 0)).toBe(text.indexOf(' after'));
    expect(readTemplate(text.slice(0, templateEnd(text, 0)))).toEqual({
      name: 'football box',
      params: new Map([
        ['team1', '[[A|Alfa]]'],
        ['score', '{{nowrap|2–1}}'],
        ['1', '3rd'],
      ]),
    });
    expect(splitOutside('a||[[b||c]]||{{d||e}}', '||')).toEqual(['a', '[[b||c]]', '{{d||e}}']);
    expect(templateEnd('{{never closed', 0)).toBeUndefined();
  });

  test('a wikitable: cells over several rows filled in below, cells over columns kept whole', () => {
    const { lines, from } = wikitextToArticle(
      [
        '{| class="wikitable"',
        '! rowspan="2" | Region !! colspan="2" | Club',
        '|-',
        '! Name !! City',
        '|-',
        '| rowspan=2 | Norte || Alfa || Tumbes',
        '|-',
        '| Beta',
        '| Piura',
        '|}',
      ].join('\n'),
    );
    expect(lines.filter((line) => line !== '')).toEqual([
      '| Region | Club |',
      '| Region | Name | City |',
      '| Norte | Alfa | Tumbes |',
      '| Norte | Beta | Piura |',
    ]);
    expect(from.slice(0, 4)).toEqual([2, 4, 6, 8]);
  });

  test('a table of matches: its title rows a round, a shoot-out beside the score, no score a fixture', () => {
    const { lines } = wikitextToArticle(
      [
        '=== Grupo B ===',
        '{| class="wikitable"',
        '! colspan=4 | Fecha 5',
        '|-',
        '! colspan=4 | Zona Norte',
        '|-',
        '! Local !! Resultado !! Visitante !! Fecha',
        '|-',
        '| Alfa || {{small|(5)}} 1 - 1 {{small|(6)}} || Beta || 2 de mayo de 2042, 15:30',
        '|-',
        '| Gamma || 3:0 (W.O.) || Delta || 2 de mayo de 2042',
        '|-',
        '| Beta || vs. || Gamma || 9 de mayo de 2042',
        '|}',
      ].join('\n'),
    );
    expect(lines.filter((line) => line !== '')).toEqual([
      '=== Grupo B ===',
      '==== Fecha 5, Zona Norte ====',
      '2 de mayo de 2042',
      'Alfa 1–1 Beta (5–6 p)',
      'Gamma 3–0 (W.O.) Delta',
      '9 de mayo de 2042',
      'Beta v Gamma',
    ]);
  });
});
