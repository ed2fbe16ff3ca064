import { describe, expect, test } from 'vitest';
import { inputIssues } from '../../../../tests/input-issues.ts';
import {
  parseJsonSolution,
  parseJsonTravel,
  parseRobinXSolution,
  parseRobinXTravel,
} from './read-travel-instance.ts';

/** Four venues on a line, one apart, as a RobinX document; `extra` goes into the constraints. */
function instance(
  options: { rounds?: string; runs?: [number, number]; repeat?: string; extra?: string } = {},
): string {
  const [home, away] = options.runs ?? [3, 3];
  const distances = [0, 1, 2, 3].flatMap((i) =>
    [0, 1, 2, 3].map((j) => `<distance dist="${Math.abs(i - j)}" team1="${i}" team2="${j}"/>`),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- written for this test: <Instance> in a comment is not the document -->
<Instance>
  <Structure><Format leagueIds="0">
    <numberRoundRobin>${options.rounds ?? '2'}</numberRoundRobin><compactness>C</compactness>
  </Format></Structure>
  <Data><Distances>
    ${distances.join('\n    ')}
  </Distances></Data>
  <Resources><Teams>
    <team id="0" name="Cusco"/><team id="1" name="Puno &amp; Juliaca"/>
    <team id="2" name='Arequipa > Mollendo'/><team id="3" name="Tacna &#233;&#99999999;"/>
  </Teams></Resources>
  <Constraints>
    <CapacityConstraints>
      <CA3 intp="${home + 1}" max="${home}" min="0" mode1="H" mode2="GAMES" type="HARD"/>
      <CA3 intp="${away + 1}" max="${away}" min="0" mode1="A" mode2="GAMES" type="HARD"/>
      <CA1 max="0" mode="H" slots="0" teams="0" type="SOFT"/>
    </CapacityConstraints>
    <SeparationConstraints>${options.repeat ?? '<SE1 max="6" min="1" type="HARD"/>'}</SeparationConstraints>
    ${options.extra ?? ''}
  </Constraints>
</Instance>
`;
}

/** The messages of the InputError `parse` throws. */
const problems = inputIssues;

describe('parseRobinXTravel', () => {
  test('reads the distances, the team names and the limit on games in a row', () => {
    const read = parseRobinXTravel(instance({ runs: [2, 2] }), 'line4.xml');
    expect(read.distances).toEqual([
      [0, 1, 2, 3],
      [1, 0, 1, 2],
      [2, 1, 0, 1],
      [3, 2, 1, 0],
    ]);
    // A `>` inside quotes, and a character reference beyond Unicode kept as written.
    expect(read.teams).toEqual([
      'Cusco',
      'Puno & Juliaca',
      'Arequipa > Mollendo',
      'Tacna é&#99999999;',
    ]);
    expect(read.maxConsecutive).toBe(2);
  });

  test('refuses a single round robin and a schedule that is not compact, saying the line', () => {
    const messages = problems(() =>
      parseRobinXTravel(instance({ rounds: '1' }).replace('>C<', '>R<'), 'single.xml'),
    );
    expect(messages).toEqual([
      'Invalid RobinX instance at single.xml line 5 <numberRoundRobin>: expected a double round robin (2): Torneo schedules the TTP, received 1',
      'Invalid RobinX instance at single.xml line 5 <compactness>: expected a compact schedule (C): every team plays in every round, received R',
    ]);
  });

  test('refuses a missing distance, a team it does not know, a negative distance and one beyond a billion', () => {
    const text = instance()
      .replace('<distance dist="3" team1="3" team2="0"/>', '')
      .replace('team1="2" team2="3"', 'team1="2" team2="7"')
      .replace('dist="1" team1="0" team2="1"', 'dist="-1" team1="0" team2="1"')
      .replace('dist="2" team1="0" team2="2"', 'dist="1e12" team1="0" team2="2"');
    const messages = problems(() => parseRobinXTravel(text, 'holes.xml'));
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatch(
      /holes\.xml line \d+ <distance>: expected a number of 0 or more in dist, received -1/,
    );
    expect(messages[1]).toMatch(
      /<distance>: expected a distance of at most 1,000,000,000 in dist, received 1000000000000/,
    );
    expect(messages[2]).toMatch(
      /<distance>: expected team1 and team2 among the teams, received 2 and 7/,
    );
    expect(messages[3]).toBe(
      'Invalid RobinX instance at holes.xml <Distances>: expected a distance for every ordered pair of teams, received none from Cusco to Puno & Juliaca, Cusco to Arequipa > Mollendo, Arequipa > Mollendo to Tacna é&#99999999; and 1 more',
    );
  });

  test('refuses hard constraints the schedule would not honour, and unequal or missing limits', () => {
    expect(
      problems(() =>
        parseRobinXTravel(
          instance({
            extra:
              '<GameConstraints><GA1 max="0" min="0" meetings="0,1;" slots="3" type="HARD"/></GameConstraints>',
          }),
          'ga.xml',
        ),
      ),
    ).toEqual([
      expect.stringMatching(
        /ga\.xml line \d+ <GA1>: expected only the constraints of the TTP \(CA3 limits on games in a row, SE1 with min 1\), received a hard GA1/,
      ),
    ]);
    expect(problems(() => parseRobinXTravel(instance({ runs: [3, 2] }), 'uneven.xml'))).toEqual([
      'Invalid RobinX instance at uneven.xml <CapacityConstraints>: expected one hard CA3 limit on home games in a row and the same on away games, received at most 3 at home and 2 away',
    ]);
    expect(problems(() => parseRobinXTravel(instance({ repeat: '' }), 'repeats.xml'))).toEqual([
      'Invalid RobinX instance at repeats.xml <SeparationConstraints>: expected SE1 with min 1 (no rematch in the next round): Torneo schedules the TTP with it, received none',
    ]);
  });

  test("an instance of another problem's many hard constraints is named by its first few and counted", () => {
    const extra = `<GameConstraints>${Array.from(
      { length: 7 },
      (_, k) => `<GA1 max="0" min="0" meetings="0,1;" slots="${k}" type="HARD"/>`,
    ).join(
      '',
    )}<BR1 intp="0" mode1="LEQ" mode2="HOME" slots="1" teams="0" type="HARD"/></GameConstraints>`;
    const found = problems(() => parseRobinXTravel(instance({ extra }), 'other.xml'));
    // It had given a line each (86 for an ITC2021 instance).
    expect(found).toHaveLength(4);
    expect(found.at(-1)).toBe(
      'Invalid RobinX instance at other.xml <Constraints>: expected only the constraints of the TTP (CA3 limits on games in a row, SE1 with min 1), received 5 more hard constraints (GA1, BR1): an instance of another timetabling problem',
    );
  });

  test('refuses a document that is not a RobinX instance, and attributes it cannot read', () => {
    expect(problems(() => parseRobinXTravel('<Solution><Games/></Solution>', 'sol.xml'))).toEqual([
      'Invalid RobinX instance at sol.xml: expected an <Instance> document (robinxval.ugent.be), received <Solution>',
    ]);
    expect(
      problems(() =>
        parseRobinXTravel(instance().replace('name="Cusco"', 'name=Cusco'), 'bare.xml'),
      ),
    ).toEqual([
      expect.stringMatching(
        /bare\.xml line \d+ <team>: expected attributes written name="value", received name=Cusco/,
      ),
    ]);
  });
});

describe('parseJsonTravel', () => {
  test('reads the best known distance when the instance carries one', () => {
    const text = '{"distances":[[0,1,2,3],[1,0,1,2],[2,1,0,1],[3,2,1,0]],"bestKnown":20}';
    expect(parseJsonTravel(text, 'line4.json')).toMatchObject({
      bestKnown: 20,
      maxConsecutive: 3,
      teams: [],
    });
  });

  test('takes the limit on games in a row from maxConsecutive or the constraints text', () => {
    const distances = '"distances":[[0,1,2,3],[1,0,1,2],[2,1,0,1],[3,2,1,0]]';
    const stated = '"constraints":"TTP: at most 2 consecutive home or away games"';
    expect(parseJsonTravel(`{${distances},${stated}}`, 'a.json').maxConsecutive).toBe(2);
    expect(parseJsonTravel(`{${distances},"maxConsecutive":4}`, 'b.json').maxConsecutive).toBe(4);
    expect(
      parseJsonTravel(`{${distances},${stated},"maxConsecutive":2}`, 'c.json').maxConsecutive,
    ).toBe(2);
    expect(
      problems(() => parseJsonTravel(`{${distances},${stated},"maxConsecutive":3}`, 'd.json')),
    ).toEqual([
      'Invalid TTP instance at d.json maxConsecutive: expected 2, as its constraints text says (at most 2 consecutive), received 3',
    ]);
    expect(problems(() => parseJsonTravel(`{${distances},"maxConsecutive":0}`, 'e.json'))).toEqual([
      'Invalid TTP instance at e.json maxConsecutive: expected the most home or away games in a row, a whole number of 1 or more, received 0',
    ]);
  });

  test('says where a matrix or its names go wrong: the row, the column, what was expected', () => {
    const line = [
      [0, 1, 2, 3],
      [1, 0, 1, 2],
      [2, 1, 0, 1],
      [3, 2, 1, 0],
    ];
    const read = (change: (data: { distances: unknown[][]; teams?: unknown }) => void) => {
      const data = { distances: line.map((row) => [...row]) as unknown[][] };
      change(data);
      return problems(() => parseJsonTravel(JSON.stringify(data), 'line4.json'));
    };
    expect(read((data) => data.distances.splice(2))).toEqual([
      'Invalid TTP instance at line4.json distances: expected a square matrix of distances, for 3 teams or more, received [[0,1,2,3],[1,0,1,2]]',
    ]);
    expect(read((data) => data.distances[2]?.pop())).toEqual([
      'Invalid TTP instance at line4.json distances row 3: expected 4 distances, one per team (the matrix is square), received [2,1,0]',
    ]);
    expect(read((data) => data.distances[1]?.splice(3, 1, -2))).toEqual([
      'Invalid TTP instance at line4.json distances row 2, column 4: expected a finite distance, none negative, received -2',
    ]);
    expect(read((data) => data.distances[0]?.splice(2, 1, '2'))).toEqual([
      'Invalid TTP instance at line4.json distances row 1, column 3: expected a finite distance, none negative, received "2"',
    ]);
    expect(read((data) => data.distances[1]?.splice(0, 1, 1.5e9))).toEqual([
      'Invalid TTP instance at line4.json distances row 2, column 1: expected a distance of at most 1,000,000,000, received 1500000000',
    ]);
    expect(read((data) => data.distances[3]?.splice(3, 1, 4))).toEqual([
      "Invalid TTP instance at line4.json distances row 4, column 4: expected 0, a club's distance to its own venue, received 4",
    ]);
    expect(read((data) => Object.assign(data, { teams: ['Cusco', 'Puno'] }))).toEqual([
      'Invalid TTP instance at line4.json teams: expected 4 names, one per row of distances, received ["Cusco","Puno"]',
    ]);
    // The number of teams the instance states is the one the matrix must meet.
    expect(read((data) => Object.assign(data, { n: 5 }))).toEqual([
      'Invalid TTP instance at line4.json distances: expected 5 rows, one per team (as n says), received 4',
    ]);
    expect(read((data) => Object.assign(data, { n: '4' }))).toEqual([
      'Invalid TTP instance at line4.json n: expected the number of teams, a whole number of 3 or more, received "4"',
    ]);
    expect(
      parseJsonTravel(JSON.stringify({ n: 4, distances: line }), 'line4.json').distances,
    ).toEqual(line);
    expect(read((data) => Object.assign(data, { teams: ['A', 'B', 'C', 'A'] }))).toEqual([
      'Invalid TTP instance at line4.json teams: expected a different name for each team, received "A"',
    ]);
    expect(read((data) => Object.assign(data, { teams: ['A', 'B', null, 'D'] }))).toEqual([
      'Invalid TTP instance at line4.json teams[2]: expected a team: its name, or { name }, received null',
    ]);
    expect(read((data) => Object.assign(data, { teams: ['A', 'B', { lat: 1 }, 'D'] }))).toEqual([
      'Invalid TTP instance at line4.json teams[2]: expected a team: its name, or { name }, received {"lat":1}',
    ]);
  });

  test('names a team given as a club of a grouping instance by its name, else its city', () => {
    const text = JSON.stringify({
      distances: [
        [0, 1, 2, 3],
        [1, 0, 1, 2],
        [2, 1, 0, 1],
        [3, 2, 1, 0],
      ],
      teams: [
        { name: 'Cienciano', city: 'Cusco' },
        { city: 'Juliaca', lat: -15.5, lon: -70.13 },
        'Melgar',
        { region: 'Tacna' },
      ],
    });
    expect(parseJsonTravel(text, 'south4.json').teams).toEqual([
      'Cienciano',
      'Juliaca',
      'Melgar',
      'Tacna',
    ]);
  });
});

describe('schedules to verify', () => {
  test('reads a RobinX solution by slot, teams by the instance ids', () => {
    const read = parseRobinXTravel(
      instance().replace(/(id|team1|team2)="(\d)"/g, '$1="t$2"'),
      'line4.xml',
    );
    const solution = `<Solution><Games>
      <ScheduledMatch home="t2" away="t3" slot="1"/>
      <ScheduledMatch home="t0" away="t1" slot="0"/>
      <ScheduledMatch home="t1" away="t0" slot="1"/>
    </Games></Solution>`;
    expect(parseRobinXSolution(solution, 'sol.xml', read)).toEqual([
      [[0, 1]],
      [
        [2, 3],
        [1, 0],
      ],
    ]);
    expect(
      problems(() =>
        parseRobinXSolution(solution.replace('slot="0"', 'slot="6"'), 'sol.xml', read),
      ),
    ).toEqual([
      "Invalid RobinX solution at sol.xml line 3 <ScheduledMatch>: expected home and away among the instance's teams, and a slot from 0 to 5, received home t0, away t1, slot 6",
    ]);
  });

  test('refuses JSON rounds with a team that is not in the instance', () => {
    expect(parseJsonSolution('{"rounds":[[[0,1],[2,3]]]}', 'ok.json', 4)).toEqual([
      [
        [0, 1],
        [2, 3],
      ],
    ]);
    expect(problems(() => parseJsonSolution('{"rounds":[[[0,1],[2,4]]]}', 'bad.json', 4))).toEqual([
      'Invalid schedule at bad.json rounds[0][1]: expected [home, away], two team indices from 0 to 3, received [2,4]',
    ]);
  });

  test('reads the list of rounds alone, and names what it holds instead', () => {
    expect(parseJsonSolution('[[[0,1],[2,3]]]', 'bare.json', 4)).toEqual([
      [
        [0, 1],
        [2, 3],
      ],
    ]);
    expect(problems(() => parseJsonSolution('[[[0,1],[3,3,1]]]', 'bare.json', 4))).toEqual([
      'Invalid schedule at bare.json[0][1]: expected [home, away], two team indices from 0 to 3, received [3,3,1]',
    ]);
    expect(problems(() => parseJsonSolution('{"games":[]}', 'other.json', 4))).toEqual([
      'Invalid schedule at other.json rounds: expected a list of rounds, received nothing',
    ]);
    expect(problems(() => parseJsonSolution('null', 'null.json', 4))).toEqual([
      'Invalid schedule at null.json rounds: expected a list of rounds, received nothing',
    ]);
  });

  test("reads teams by the instance's names as well as by index", () => {
    const teams = ['Ica', 'Pisco', 'Nasca', 'Chincha'];
    expect(parseJsonSolution('[[["Nasca","Ica"],[1,"Chincha"]]]', 'named.json', 4, teams)).toEqual([
      [
        [2, 0],
        [1, 3],
      ],
    ]);
    expect(
      problems(() => parseJsonSolution('[[["Nazca","Ica"],[1,3]]]', 'named.json', 4, teams)),
    ).toEqual([
      'Invalid schedule at named.json[0][0]: expected [home, away], two team indices from 0 to 3 or names of the instance, received ["Nazca","Ica"]',
    ]);
  });
});
