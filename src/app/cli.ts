/**
 * @module The `torneo` command line: wires the file formats and datasets to the standings engine.
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { computeEnglishTables } from '#adapters/datasets/englishfootball/compute-englishfootball.ts';
import { loadEnglishFootball } from '#adapters/datasets/englishfootball/load-englishfootball.ts';
import { readTextFile } from '#adapters/files/read-text-file.ts';
import { writeAtomically } from '#adapters/files/write-atomically.ts';
import { clubNeeds, forecastEdition } from '#adapters/forecast/run-forecast.ts';
import { formatStandingsCsv } from '#adapters/formats/csv/format-standings-csv.ts';
import { withDistanceOverrides } from '#adapters/formats/draw/distance-overrides.ts';
import { isEditionPath, readDrawInput, withUnit } from '#adapters/formats/draw/read-draw-input.ts';
import { editionJson } from '#adapters/formats/edition/edition-json.ts';
import { readEditionPath } from '#adapters/formats/edition/read-edition.ts';
import { readEditionOrRecord } from '#adapters/formats/edition/read-edition-or-record.ts';
import {
  roundsToDocument,
  writeEditionGroups,
  writeEditionRounds,
} from '#adapters/formats/edition/write-edition-rounds.ts';
import { renderIcs } from '#adapters/formats/ics/render-ics.ts';
import { parseJsonText } from '#adapters/formats/json/locate-json-error.ts';
import { readAliases } from '#adapters/formats/read-aliases.ts';
import {
  type ReadSeasonOptions,
  readSeasonFile,
  SEASON_FORMATS,
  type SeasonFormat,
} from '#adapters/formats/read-season-file.ts';
import {
  LOCALIZED_FORMATS,
  RENDER_FORMATS,
  type RenderFormat,
  renderRecord,
} from '#adapters/formats/render/render-record.ts';
import {
  readTravelInstance,
  readTravelSolution,
  type TravelInstance,
} from '#adapters/formats/ttp/read-travel-instance.ts';
import { loadGazetteer } from '#adapters/places/gazetteer.ts';
import { drawGroups } from '#adapters/solvers/draw-groups.ts';
import { scheduleOnWorkers } from '#adapters/solvers/parallel-schedule.ts';
import { formatEditionText } from '#adapters/terminal/format-edition-text.ts';
import { formatForecastText, formatNeedsText } from '#adapters/terminal/format-forecast-text.ts';
import {
  formatPrintedTableText,
  formatStandingsText,
} from '#adapters/terminal/format-standings-text.ts';
import { startProgress } from '#adapters/terminal/progress.ts';
import { evenSizes } from '#core/draw/group-by-distance.ts';
import {
  AccessError,
  ConflictError,
  InputError,
  makeIssue,
  NotFoundError,
  RuleError,
} from '#core/errors.ts';
import { checkTravelSchedule, travelRoundCount } from '#core/fixtures/check-schedule.ts';
import { type PlannedFixtures, planFixtures } from '#core/fixtures/plan-fixtures.ts';
import { findClub } from '#core/format/club-identity.ts';
import type { EditionFormat } from '#core/format/edition-format.ts';
import { localizeEdition } from '#core/format/localize-edition.ts';
import { withMatchIds } from '#core/format/match-ids.ts';
import { runEdition } from '#core/format/run-edition.ts';
import type { SeasonRecord } from '#core/model/season-record.ts';
import { checkRecord } from '#core/records/check-record.ts';
import { rulesForRecord } from '#core/records/record-rules.ts';
import { computeRecordTables, type RecordStageTables } from '#core/records/record-tables.ts';
import { RULE_PRESETS } from '#core/rules/rule-preset.ts';
import type { AsOf } from '#core/standings/apply-rulings.ts';
import type { Language } from '#core/standings/tiebreaker-values.ts';

const DATASETS = ['englishfootball'] as const;

/** Options of the `table` command, as commander gives them. */
interface TableCommandOptions {
  readonly lang?: Language;
  readonly rules?: string;
  readonly season?: number;
  readonly tier?: number;
  readonly asOf?: AsOf;
  readonly json?: boolean;
  readonly dataset?: string;
  readonly out?: string;
  readonly from?: SeasonFormat;
  readonly aliases?: string;
}

/** Options of the `import`, `check` and `render` commands. */
interface RecordCommandOptions {
  readonly from?: SeasonFormat;
  readonly aliases?: string;
  readonly rules?: string;
  readonly season?: number;
  readonly json?: boolean;
  readonly to?: RenderFormat | 'ics';
  readonly out?: string;
  readonly lang?: Language;
}

/** Builds the program; `run` parses and executes it. */
function makeProgram(): Command {
  const program = new Command('torneo')
    .description('Run and record multi-stage football competitions.')
    .configureOutput({
      writeErr: (text) => process.stderr.write(text),
      // One line, like every other error: "torneo: unknown option '--bogus' (see torneo --help)".
      outputError: (text, write) =>
        write(`torneo: ${text.replace(/^error:\s*/, '').trim()} (see torneo --help)\n`),
    })
    .exitOverride();

  program
    .command('table')
    .description(
      'Compute the tables of every stage and group of a season file (article, RSSSF, Football.TXT, CSV, JSON), or every table of a dataset folder.',
    )
    .argument('[path]', 'a season or results file, or with --dataset the dataset folder')
    .option(
      '--from <format>',
      `the file's format: ${SEASON_FORMATS.join(', ')} (default: told from its content)`,
      parseFormat,
    )
    .option('--aliases <file>', 'a JSON list of club aliases to use besides the built-in ones')
    .option(
      '--rules <preset>',
      `rule preset: ${[...RULE_PRESETS.keys()].join(', ')} (default: the file's, else generic)`,
    )
    .option('--season <year>', 'the year the season started, for presets that change', parseYear)
    .option('--tier <n>', 'the level in the league pyramid, for presets that change', parseTier)
    .option('--as-of <date|round>', 'the table as it stood after a date or a round', parseAsOf)
    .option('--lang <en|es>', 'the language of the tie-break explanations (en)', parseLanguage)
    .option('--json', 'print the table as JSON')
    .option('--dataset <name>', `compute every table of a dataset: ${DATASETS.join(', ')}`)
    .option('--out <file>', 'with --dataset: write the tables to this CSV file')
    .action(async (path: string | undefined, options: TableCommandOptions) => {
      if (options.dataset !== undefined) await runDataset(path, options);
      else await runTable(path, options);
    });

  program
    .command('import')
    .description(
      'Read a season file and tell what was understood: stages, rounds, matches, clubs, merges, warnings.',
    )
    .argument('<path>', 'a season file')
    .option('--from <format>', `the file's format: ${SEASON_FORMATS.join(', ')}`, parseFormat)
    .option('--aliases <file>', 'a JSON list of club aliases to use besides the built-in ones')
    .option('--json', 'print the whole record as JSON')
    .action(async (path: string, options: RecordCommandOptions) => {
      const record = await readSeasonFile(path, await readOptions(options));
      process.stdout.write(
        options.json ? `${JSON.stringify(record, null, 2)}\n` : describeRecord(record),
      );
    });

  program
    .command('check')
    .description(
      'Compare the tables a file prints with the tables its own results give; exit 1 when they disagree.',
    )
    .argument('<path>', 'a season file')
    .option('--from <format>', `the file's format: ${SEASON_FORMATS.join(', ')}`, parseFormat)
    .option('--aliases <file>', 'a JSON list of club aliases to use besides the built-in ones')
    .option('--rules <preset>', "rule preset (default: the competition's, else inferred)")
    .option('--season <year>', 'the year the season started', parseYear)
    .option('--json', 'print the checks as JSON')
    .action(async (path: string, options: RecordCommandOptions) => {
      const record = await readSeasonFile(path, await readOptions(options));
      const check = checkRecord(record, tablesOf(record, options));
      const result = {
        ...check,
        warnings: [...check.warnings, ...record.warnings.map(warningText)],
      };
      if (options.json) {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      } else {
        const lines = [
          result.consistent && result.compared === 0
            ? 'Nothing to compare: no printed table comes with results to check it against.'
            : result.consistent
              ? 'Consistent: every printed table agrees with the results.'
              : `Inconsistent: ${result.discrepancies.length} ${result.discrepancies.length === 1 ? 'difference' : 'differences'} between the printed tables and the results.`,
          ...result.discrepancies.map(
            (d) =>
              `  ${d.stage}${d.group !== d.stage ? `, ${d.group}` : ''}: ${d.club} ${d.field} printed ${d.printed}, computed ${d.computed}${d.line ? ` (line ${d.line})` : ''}`,
          ),
          ...result.warnings.map((warning) => `  warning: ${warning}`),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      process.exitCode = result.consistent ? 0 : 1;
    });

  program
    .command('render')
    .description(
      'Write a season file in another format, with its computed tables; or an edition as iCalendar (--to ics).',
    )
    .argument('<path>', 'a season file (for ics, an edition file or folder, or a season file)')
    .requiredOption('--to <format>', `${[...RENDER_FORMATS, 'ics'].join(', ')}`, parseRenderFormat)
    .option('--from <format>', `the file's format: ${SEASON_FORMATS.join(', ')}`, parseFormat)
    .option('--aliases <file>', 'a JSON list of club aliases to use besides the built-in ones')
    .option('--rules <preset>', "rule preset (default: the competition's, else inferred)")
    .option('--season <year>', 'the year the season started', parseYear)
    .option(
      '--lang <en|es>',
      `the language of the ${LOCALIZED_FORMATS.join(', ')} (en): its headings, table, notes and dates`,
      parseLanguage,
    )
    .option('--out <file>', 'write to this file instead of the terminal')
    .action(async (path: string, options: RecordCommandOptions) => {
      let text: string;
      if (
        options.lang &&
        options.lang !== 'en' &&
        !LOCALIZED_FORMATS.includes(options.to as RenderFormat)
      ) {
        throw new InputError([
          makeIssue(
            'option',
            '--lang',
            `a format written in another language: ${LOCALIZED_FORMATS.join(', ')}`,
            `--to ${options.to}, which is written as its sources write it`,
          ),
        ]);
      }
      if (options.to === 'ics') {
        const { edition } = await readEditionOrRecord(path);
        text = renderIcs(withMatchIds(edition));
      } else {
        const record = await readSeasonFile(path, await readOptions(options));
        text = renderRecord(
          record,
          tablesOf(record, options),
          options.to ?? 'article',
          options.lang ?? 'en',
        );
      }
      if (options.out === undefined) process.stdout.write(text);
      else await writeAtomically(options.out, text);
    });

  program
    .command('schedule')
    .description(
      "A travel-aware double round robin (at most 3 home or away in a row, or a RobinX instance's limit; no immediate rematch, start and end at home): the shortest total travel the search finds, for a Traveling Tournament instance or an edition stage",
    )
    .argument(
      '<file>',
      'a TTP instance (JSON with distances, or RobinX XML), or an edition with --stage',
    )
    .option('--stage <id>', "the edition's league stage (or groups stage with --group)")
    .option('--group <id>', 'the group of a groups stage')
    .option(
      '--seconds <s>',
      'stop after this long (60; 10 for an edition); results then depend on the machine',
      parsePositive,
    )
    .option(
      '--iterations <n>',
      'stop after this many moves: the same seed and count give the same schedule',
      parsePositive,
    )
    .option('--seed <n>', 'the seed (1)', parsePositive)
    .option(
      '--workers <n>',
      'searches side by side on threads of their own, from seeds seed, seed + 1, …: the shortest wins (1)',
      parsePositive,
    )
    .option('--place <club=where>', placeHelp, collectPlace)
    .option('--distances <file>', distancesHelp)
    .option('--write', 'write the schedule into the edition as its fixtures (none played yet)')
    .option(
      '--verify <schedule>',
      'check a schedule of the instance instead of searching (JSON rounds or a RobinX solution): exit 1 when it breaks a rule',
    )
    .option(
      '--json',
      'print {"distance","violations","rounds"} (teams as indices for an instance); with --verify {"valid","distance","problems"}',
    )
    .action(
      async (
        file: string,
        options: {
          readonly stage?: string;
          readonly group?: string;
          readonly seconds?: number;
          readonly iterations?: number;
          readonly seed?: number;
          readonly workers?: number;
          readonly place?: Map<string, string>;
          readonly distances?: string;
          readonly write?: boolean;
          readonly verify?: string;
          readonly json?: boolean;
        },
      ) => {
        const edition =
          options.stage !== undefined ||
          (await isEditionPath(file, 'expected a TTP instance or an edition'));
        if (!edition && (options.place?.size ?? 0) > 0) {
          throw new InvalidArgumentError('--place moves clubs of an edition: give its --stage');
        }
        if (!edition && options.distances !== undefined) {
          throw new InvalidArgumentError(
            '--distances measures the clubs of an edition: give its --stage (an instance has its own)',
          );
        }
        if (!edition && (options.write || options.group)) {
          throw new InvalidArgumentError('--write and --group need an edition and its --stage');
        }
        if (edition && options.verify !== undefined) {
          throw new InvalidArgumentError(
            '--verify checks a schedule of a TTP instance, not of an edition',
          );
        }
        const read = edition
          ? await readDrawInput(file, options.stage, options.group, {
              placed: options.place,
              distancesToCome: options.distances !== undefined,
            })
          : await readTravelInstance(file);
        const instance =
          options.distances !== undefined && !('maxConsecutive' in read)
            ? await withDistanceOverrides(read, options.distances)
            : read;
        if (options.verify !== undefined && 'maxConsecutive' in instance) {
          await verifySchedule(instance, options.verify, options.json === true);
          return;
        }
        const n = instance.distances.length;
        // An instance's travel is bare; an edition's in km, or in the user's own measure.
        const measure = (value: number) =>
          'maxConsecutive' in instance ? `${value}` : withUnit(value, instance.unit);
        if (n < 3) {
          throw new RuleError(
            'schedule',
            `a travel-aware double round robin needs 3 clubs or more: with ${n}, ${n === 2 ? 'the two meet in two rounds running' : 'there is nothing to play'}`,
          );
        }
        // A stage that cannot take fixtures (its kind, one venue, clubs not settled, matches
        // played) is refused before the search, not after it.
        const planned = edition
          ? await editionPlanner(file, options.stage, options.group)
          : undefined;
        planned?.(() => []);
        const seconds =
          options.iterations && !options.seconds
            ? undefined
            : (options.seconds ?? (edition ? 10 : 60));
        // On a terminal, the seconds gone and the shortest schedule so far.
        const progress = seconds === undefined ? undefined : startProgress(seconds, 's');
        const started = Date.now();
        let shown = 0;
        const schedule = await scheduleOnWorkers(instance.distances, {
          ...('maxConsecutive' in instance ? { maxConsecutive: instance.maxConsecutive } : {}),
          ...(options.seed ? { seed: options.seed } : {}),
          ...(options.workers ? { workers: options.workers } : {}),
          ...(options.iterations
            ? { iterations: options.iterations }
            : { iterations: Number.MAX_SAFE_INTEGER }),
          ...(seconds === undefined ? {} : { milliseconds: seconds * 1000 }),
          ...(progress
            ? {
                onProgress: (shortest: number | undefined) => {
                  const now = Date.now();
                  if (now - shown < 100) return;
                  shown = now;
                  const travel = measure(Math.round(shortest ?? 0));
                  progress.update(
                    Math.min(seconds ?? 0, Math.floor((now - started) / 1000)),
                    shortest === undefined ? '' : `, shortest so far ${travel}`,
                  );
                },
              }
            : {}),
        });
        progress?.stop();
        const names = 'names' in instance ? instance.names : instance.teams;
        const name = (team: number) => names[team] ?? String(team);
        if (planned) {
          const ids = 'ids' in instance ? (instance.ids ?? []) : [];
          const { format, plan } = planned(() =>
            schedule.rounds.map((round) =>
              round.map(([home, away]) => ({ home: ids[home] ?? '', away: ids[away] ?? '' })),
            ),
          );
          if (!plan?.check.valid) {
            throw new RuleError('schedule', plan?.check.problems.join('; ') ?? 'no schedule');
          }
          if (options.write) {
            const written = await writeEditionRounds(file, [
              {
                stage: plan.stage,
                ...(plan.group !== undefined ? { group: plan.group } : {}),
                rounds: roundsToDocument(format, plan.rounds),
              },
            ]);
            process.stderr.write(`torneo: wrote the schedule of ${plan.label} to ${written}\n`);
          }
        }
        const bestKnown = 'bestKnown' in instance ? instance.bestKnown : undefined;
        const gap = (known: number) => gapTo(schedule.distance, known);
        if (options.json) {
          const rounds = edition
            ? schedule.rounds.map((round) => round.map(([home, away]) => [name(home), name(away)]))
            : schedule.rounds;
          process.stdout.write(
            `${JSON.stringify({
              distance: schedule.distance,
              violations: schedule.violations,
              optimal: schedule.optimal,
              seed: schedule.seed,
              ...(schedule.lowerBound !== undefined ? { bound: schedule.lowerBound } : {}),
              ...(bestKnown !== undefined ? { bestKnown, gap: gap(bestKnown) } : {}),
              rounds,
            })}\n`,
          );
          return;
        }
        const lines = schedule.rounds.map((round, index) => {
          const games = round.map(([home, away]) => `${name(home)} v ${name(away)}`).join(', ');
          // With an odd number, the one team not playing rests.
          const playing = new Set(round.flat());
          const resting = instance.distances
            .map((_, team) => team)
            .filter((team) => !playing.has(team))
            .map(name);
          return `Round ${index + 1}: ${games}${resting.length > 0 ? `; ${resting.join(', ')} ${resting.length === 1 ? 'rests' : 'rest'}` : ''}`;
        });
        const proof = schedule.optimal
          ? ' (optimal)'
          : schedule.lowerBound !== undefined
            ? ` (no schedule travels less than ${Math.round(schedule.lowerBound)})`
            : '';
        const versus =
          bestKnown === undefined
            ? ''
            : gap(bestKnown) > 0
              ? `; best known ${bestKnown}, this one ${(gap(bestKnown) * 100).toFixed(2)} % longer`
              : gap(bestKnown) < 0
                ? `; shorter than the best known ${bestKnown} by ${(-gap(bestKnown) * 100).toFixed(2)} %`
                : `; as short as the best known`;
        // Side by side, which search found it: that seed alone, with --iterations, finds it again.
        const found = (options.workers ?? 1) > 1 ? `; found from seed ${schedule.seed}` : '';
        lines.push(
          `Total travel ${measure(schedule.distance)}${proof}${versus}${found}${schedule.violations > 0 ? `; ${schedule.violations} constraint violations left` : ''}`,
        );
        process.stdout.write(`${lines.join('\n')}\n`);
      },
    );

  program
    .command('calendar')
    .description("An edition's dated matches as an iCalendar file, for every club or for one")
    .argument(
      '<path>',
      'an edition file (YAML or JSON) or a folder with edition.yaml, or a season file run as the edition it records',
    )
    .option('--club <club>', 'only this club (its id or any of its names)')
    .option('--out <file>', 'the file to write (default: standard output)')
    .action(async (path: string, options: { readonly club?: string; readonly out?: string }) => {
      const { edition } = await readEditionOrRecord(path);
      const club = options.club === undefined ? undefined : findClub(edition.clubs, options.club);
      if (options.club !== undefined && !club) {
        throw new NotFoundError('club', options.club, {
          hint: `the edition's clubs are ${edition.clubs
            .slice(0, 6)
            .map((candidate) => candidate.name)
            .join(', ')}${edition.clubs.length > 6 ? ', …' : ''}`,
        });
      }
      const text = renderIcs(withMatchIds(edition), club ? { club: club.id } : {});
      if (options.out) await writeAtomically(options.out, text);
      else process.stdout.write(text);
    });

  program
    .command('draw')
    .description(
      'Split clubs into groups of nearby clubs (the smallest total distance within groups the search finds), or draw them by lot from pots',
    )
    .argument('<file>', 'a grouping instance (JSON), an edition with --stage, or peru-departments')
    .option('--stage <id>', "the edition's stage whose entrants are drawn")
    .option('--groups <k>', 'the number of groups, sizes as even as can be', parsePositive)
    .option('--sizes <list>', 'the group sizes, such as 5,4,4,4,4,4', parseSizes)
    .option('--seed <n>', 'the same seed gives the same draw (1)', parsePositive)
    .option('--exact', 'HiGHS for 60 s instead of 20, to prove the optimum')
    .option('--fast', 'the local search only, without a proof')
    .option('--ceremony', 'draw by lot from the pots, as at a ceremony (reproducible by seed)')
    .option(
      '--pot <clubs>',
      'a pot: clubs (names, ids or indices, comma-separated) that go to different groups; repeat for each pot, in drawing order',
      collectList,
    )
    .option('--hosts <clubs>', 'one host per group, in group order (comma-separated)', parseList)
    .option('--fix <club=group>', 'put a club in a group (from 1); repeatable', collectFix)
    .option('--place <club=where>', placeHelp, collectPlace)
    .option('--apart <clubs>', 'clubs that must be in different groups; repeatable', collectList)
    .option('--apart-by-region', 'keep clubs of one department (region) in different groups')
    .option('--distances <file>', distancesHelp)
    .option('--seconds <s>', 'time for HiGHS (20; 60 with --exact)', parsePositive)
    .option('--write', "write the draw into the edition's groups stage (its fixtures are emptied)")
    .option('--json', 'print {"groups","cost","optimal","bound",…}')
    .action(
      async (
        file: string,
        options: {
          readonly stage?: string;
          readonly groups?: number;
          readonly sizes?: number[];
          readonly seed?: number;
          readonly exact?: boolean;
          readonly fast?: boolean;
          readonly ceremony?: boolean;
          readonly pot?: string[][];
          readonly hosts?: string[];
          readonly fix?: { club: string; group: number }[];
          readonly place?: Map<string, string>;
          readonly apart?: string[][];
          readonly apartByRegion?: boolean;
          readonly distances?: string;
          readonly seconds?: number;
          readonly write?: boolean;
          readonly json?: boolean;
        },
      ) => {
        const read = await readDrawInput(file, options.stage, undefined, {
          placed: options.place,
          distancesToCome: options.distances !== undefined,
        });
        const input =
          options.distances !== undefined
            ? await withDistanceOverrides(read, options.distances)
            : read;
        for (const note of input.notes ?? []) process.stderr.write(`torneo: note: ${note}\n`);
        const n = input.distances.length;
        const sizes =
          options.sizes ?? (options.groups ? evenSizes(n, options.groups) : input.sizes);
        if (!sizes) throw new InvalidArgumentError('say --groups K or --sizes 5,4,4,…');
        if (sizes.reduce((sum, size) => sum + size, 0) !== n) {
          throw new InvalidArgumentError(
            `the sizes ${sizes.join(',')} add up to ${sizes.reduce((sum, size) => sum + size, 0)}, not to the ${n} clubs`,
          );
        }
        const methods = (['exact', 'fast', 'ceremony'] as const).filter((name) => options[name]);
        if (methods.length > 1) {
          throw new InvalidArgumentError(`choose one of --${methods.join(', --')}`);
        }
        const stated = input.constraints ?? {};
        const pots = options.pot ?? stated.pots;
        if (options.ceremony && !pots?.length) {
          throw new InvalidArgumentError('a ceremony draws from pots: give them with --pot');
        }
        const draw = await drawGroups(input, {
          sizes,
          method: methods[0] ?? 'auto',
          ...(options.seed ? { seed: options.seed } : {}),
          ...(options.seconds ? { seconds: options.seconds } : {}),
          onExact: (seconds) => {
            if (process.stderr.isTTY) {
              process.stderr.write(
                `torneo: HiGHS is proving or bounding the draw, up to ${seconds} s (--fast skips it)\n`,
              );
            }
          },
          ...(pots ? { pots } : {}),
          ...((options.hosts ?? stated.hosts) ? { hosts: options.hosts ?? stated.hosts } : {}),
          fixed: [...(stated.fixed ?? []), ...(options.fix ?? [])],
          apart: [...(stated.apart ?? []), ...(options.apart ?? [])],
          apartByRegion: options.apartByRegion === true || stated.apartByRegion === true,
        });
        if (options.write) await writeDraw(file, options.stage, draw.groups);
        const potCount = pots?.length ?? 0;
        const label = (club: number) =>
          input.byIndex ? club : (input.names[club] ?? String(club));
        if (options.json) {
          process.stdout.write(
            `${JSON.stringify({
              groups: draw.groups.map((group) => group.map(label)),
              cost: draw.cost,
              optimal: draw.optimal,
              bound: draw.bound,
              gap: Number(draw.gap.toFixed(6)),
              method: draw.method,
              groupCosts: draw.groupCosts,
              ...(draw.steps
                ? {
                    steps: draw.steps.map((step) => ({
                      club: label(step.club),
                      pot: step.pot < 0 ? null : step.pot < potCount ? step.pot + 1 : 'others',
                      group: step.group + 1,
                    })),
                  }
                : {}),
            })}\n`,
          );
          return;
        }
        const name = (club: number) => input.names[club] ?? String(club);
        const lines: string[] = [];
        for (const step of draw.steps ?? []) {
          const passed = step.skipped.map(
            ({ group, reason }) =>
              `group ${group + 1} ${
                reason.kind === 'full'
                  ? 'full'
                  : reason.kind === 'apart'
                    ? `holds ${name(reason.with)}`
                    : 'would leave a later club no group'
              }`,
          );
          lines.push(
            `${step.pot < 0 ? 'Placed' : step.pot < potCount ? `Pot ${step.pot + 1}` : 'Others'}: ${name(step.club)} → group ${step.group + 1}${passed.length > 0 ? ` (${passed.join('; ')})` : ''}`,
          );
        }
        if (lines.length > 0) lines.push('');
        draw.groups.forEach((group, index) => {
          lines.push(
            `Group ${index + 1} (${withUnit(draw.groupCosts[index] ?? 0, input.unit)}): ${group.map(name).join(', ')}`,
          );
        });
        const how =
          draw.method === 'ceremony'
            ? 'drawn by lot'
            : draw.optimal
              ? `optimal, ${draw.exhaustive ? 'every grouping weighed' : draw.method === 'exact' ? 'proved by HiGHS' : 'meets the bound'}`
              : `not proved optimal, within ${(draw.gap * 100).toFixed(1)} % of the bound`;
        lines.push(
          `Total ${withUnit(draw.cost, input.unit)}; lower bound ${withUnit(draw.bound, input.unit)} (${how})`,
        );
        process.stdout.write(`${lines.join('\n')}\n`);
      },
    );

  program
    .command('fixtures')
    .description(
      "Fixtures for an edition's league or groups stage (a round robin with the fewest breaks) and their calendar: dates, and for a single host kick-offs and grounds",
    )
    .argument('<path>', 'an edition file or folder')
    .requiredOption('--stage <id>', 'the league, table or groups stage')
    .option('--group <id>', 'only this group of a groups stage')
    .option('--double', 'a double round robin (home and away)')
    .option('--not-mirrored', "the second cycle starts from the first cycle's second round")
    .option('--regenerate', 'make new fixtures even where the stage has some (none played)')
    .option('--start <date>', 'plan dates from this day on (YYYY-MM-DD)', parseDate)
    .option('--weekdays <days>', 'the match days, such as sun,wed (every day)', parseWeekdays)
    .option('--rest <days>', 'whole days of rest between two matches of a club (2)', parseCount)
    .option('--venues <grounds>', 'a single host: its grounds (comma-separated)', parseList)
    .option('--kickoffs <times>', 'kick-off times of a match day, such as 15:00,17:30', parseList)
    .option('--blackout <dates>', 'days without matches (comma-separated dates)', parseList)
    .option('--write', 'write the fixtures and dates into the edition file')
    .option('--json', 'print the rounds as the edition document writes them, with the check')
    .action(
      async (
        path: string,
        options: {
          readonly stage: string;
          readonly group?: string;
          readonly double?: boolean;
          readonly notMirrored?: boolean;
          readonly regenerate?: boolean;
          readonly start?: string;
          readonly weekdays?: number[];
          readonly rest?: number;
          readonly venues?: string[];
          readonly kickoffs?: string[];
          readonly blackout?: string[];
          readonly write?: boolean;
          readonly json?: boolean;
        },
      ) => {
        const { edition, others } = await readEditionPath(path);
        const state = runEdition(edition, { others: others.map((other) => runEdition(other)) });
        if (!options.start && (options.weekdays || options.venues || options.kickoffs)) {
          throw new InvalidArgumentError('a calendar needs --start, the first day of matches');
        }
        const planned = planFixtures(edition, state, {
          stage: options.stage,
          ...(options.group ? { group: options.group } : {}),
          ...(options.double ? { double: true } : {}),
          ...(options.notMirrored ? { mirrored: false } : {}),
          ...(options.regenerate ? { regenerate: true } : {}),
          ...(options.start
            ? {
                calendar: {
                  start: options.start,
                  ...(options.weekdays ? { weekdays: options.weekdays } : {}),
                  ...(options.rest !== undefined ? { rest: options.rest } : {}),
                  ...(options.venues ? { venues: options.venues } : {}),
                  ...(options.kickoffs ? { kickoffs: options.kickoffs } : {}),
                  ...(options.blackout ? { blackout: options.blackout } : {}),
                },
              }
            : {}),
        });
        const invalid = planned.find((plan) => !plan.check.valid);
        if (invalid) {
          throw new RuleError(
            'fixtures',
            `${invalid.label}: ${invalid.check.problems.slice(0, 3).join('; ')}`,
          );
        }
        if (options.write) {
          if (!options.start && planned.every((plan) => !plan.generated)) {
            throw new InvalidArgumentError(
              'nothing to write: the stage has its fixtures; give --start to date them or --regenerate',
            );
          }
          const file = await writeEditionRounds(
            path,
            planned.map((plan) => ({
              stage: plan.stage,
              ...(plan.group !== undefined ? { group: plan.group } : {}),
              rounds: roundsToDocument(edition, plan.rounds),
            })),
          );
          process.stderr.write(
            `torneo: wrote the fixtures of ${planned.map((plan) => plan.label).join(', ')} to ${file}\n`,
          );
        }
        if (options.json) {
          process.stdout.write(
            `${JSON.stringify(
              planned.map(({ label, rounds, generated, check }) => ({
                label,
                generated,
                breaks: check.breaks,
                valid: check.valid,
                rounds: roundsToDocument(edition, rounds),
              })),
              null,
              2,
            )}\n`,
          );
          return;
        }
        const lines: string[] = [];
        for (const plan of planned) {
          lines.push(
            `${plan.label}: ${plan.rounds.length} rounds, ${plan.check.breaks} breaks${plan.generated ? '' : ' (its own fixtures)'}`,
          );
          for (const round of roundsToDocument(edition, plan.rounds)) {
            lines.push(`  ${round.name}${round.date ? ` (${round.date})` : ''}`);
            for (const match of round.matches) {
              lines.push(
                `    ${
                  typeof match === 'string'
                    ? match
                    : `${match.home} v ${match.away}${[match.date, match.time, match.venue].some(Boolean) ? ` — ${[match.date, match.time, match.venue].filter(Boolean).join(', ')}` : ''}`
                }`,
              );
            }
          }
        }
        process.stdout.write(`${lines.join('\n')}\n`);
      },
    );

  program
    .command('locate')
    .description(
      'Find a place in the gazetteer (GeoNames cities, offline): its coordinates and region',
    )
    .argument('<place>', 'a city or town, such as "Tingo María"')
    .option('--country <code>', 'the country (ISO code, such as PE)')
    .option('--region <name>', 'the region or department it is in')
    .option('--json', 'print {"name","lat","lon","country","region"}')
    .action(
      async (
        place: string,
        options: { readonly country?: string; readonly region?: string; readonly json?: boolean },
      ) => {
        const gazetteer = await loadGazetteer();
        const found = gazetteer.locate(place, {
          ...(options.country ? { country: options.country } : {}),
          ...(options.region ? { region: options.region } : {}),
        });
        if (found.kind === 'notFound') {
          throw new NotFoundError('place', place, {
            hint: 'the gazetteer holds places of 1,000 people or more; check the spelling or give coordinates',
          });
        }
        if (found.kind === 'ambiguous') {
          throw new RuleError(
            'locate',
            `${found.places.length} places are called ${place}: ${found.places
              .slice(0, 6)
              .map(
                (candidate) =>
                  `${candidate.name} (${candidate.region ?? '?'}, ${candidate.country})`,
              )
              .join(
                '; ',
              )}${found.places.length > 6 ? '…' : ''}; narrow it with --country or --region`,
          );
        }
        const { name, lat, lon, country, region } = found.place;
        process.stdout.write(
          options.json
            ? `${JSON.stringify(found.place)}\n`
            : `${name} (${[region, country].filter(Boolean).join(', ')}): ${lat}, ${lon}\n`,
        );
      },
    );

  program
    .command('edition')
    .description(
      'Run a whole edition from its format: every stage, slot, table and tie, the champion, who goes up and down.',
    )
    .argument(
      '<path>',
      'an edition file (YAML or JSON) or a folder with edition.yaml, or a season file run as the edition it records',
    )
    .option('--as-of <date|round>', 'the edition as it stood after a date or a round', parseAsOf)
    .option(
      '--lang <en|es>',
      "the language of the output: its headings, what the engine writes (explanations, slots, ties) and the edition's own words where it translates them (en)",
      parseLanguage,
    )
    .option('--json', 'print the state as JSON')
    .action(
      async (
        path: string,
        options: { readonly asOf?: AsOf; readonly lang?: Language; readonly json?: boolean },
      ) => {
        const read = await readEditionOrRecord(path);
        // In another language, the edition's own words where its document gives them.
        const edition = options.lang ? localizeEdition(read.edition, options.lang) : read.edition;
        const state = runEdition(edition, {
          others: read.others.map((other) => runEdition(other)),
          ...(options.asOf ? { asOf: options.asOf } : {}),
          ...(options.lang ? { language: options.lang } : {}),
        });
        process.stdout.write(
          options.json
            ? `${JSON.stringify(editionJson(edition, state), null, 2)}\n`
            : formatEditionText(edition, state, options.lang),
        );
      },
    );

  program
    .command('forecast')
    .alias('simulate')
    .description(
      "Forecast an edition: its remaining matches played many times through the edition's own rules, with scores from ratings fitted on the matches played; each club's chance of every place and outcome, and what it has clinched or can no longer reach.",
    )
    .argument(
      '<path>',
      'an edition file (YAML or JSON) or a folder with edition.yaml, or a season file run as the edition it records',
    )
    .option(
      '--as-of <date|round>',
      'forecast from the edition as it stood after a date or a round',
      parseAsOf,
    )
    .option('--simulations <n>', 'simulated seasons (10000)', parsePositive)
    .option('--seed <n>', 'the seed: the same seed gives the same forecast (1)', parsePositive)
    .option(
      '--workers <n>',
      'worker threads; the forecast does not depend on them (1)',
      parsePositive,
    )
    .option(
      '--precision <p>',
      'stop once every standard error is at most p, such as 0.005',
      parseProbability,
    )
    .option(
      '--stage <id>',
      'the stage to forecast, a table or a knockout (the first still being played)',
    )
    .option('--group <id>', "one group of a groups stage: its clubs' chances alone")
    .option(
      '--half-life <days>',
      "a match's weight in the ratings halves every so many days",
      parsePositive,
    )
    .option('--exact', 'every combination of scores instead of simulations (few matches left)')
    .option('--json', 'print the forecast as JSON')
    .action(
      async (
        path: string,
        options: {
          readonly asOf?: AsOf;
          readonly simulations?: number;
          readonly seed?: number;
          readonly workers?: number;
          readonly precision?: number;
          readonly stage?: string;
          readonly group?: string;
          readonly halfLife?: number;
          readonly exact?: boolean;
          readonly json?: boolean;
        },
      ) => {
        const read = await readEditionOrRecord(path);
        const result = await forecastEdition(read.edition, {
          ...(options.group ? { group: options.group } : {}),
          ...(options.halfLife ? { halfLifeDays: options.halfLife } : {}),
          history: read.others,
          ...(options.asOf ? { asOf: options.asOf } : {}),
          ...(options.simulations ? { simulations: options.simulations } : {}),
          ...(options.seed ? { seed: options.seed } : {}),
          ...(options.workers ? { workers: options.workers } : {}),
          ...(options.precision ? { precision: options.precision } : {}),
          ...(options.stage ? { stage: options.stage } : {}),
          ...(options.exact ? { exact: true } : {}),
        });
        process.stdout.write(
          options.json
            ? `${JSON.stringify(result, null, 2)}\n`
            : formatForecastText(
                result,
                read.edition.stages.find((stage) => stage.id === result.stage)?.name,
              ),
        );
      },
    );

  program
    .command('needs')
    .description(
      'What a club needs for an outcome: the simplest results of the matches left that make it certain on points (any one is enough).',
    )
    .argument(
      '<path>',
      'an edition file (YAML or JSON) or a folder with edition.yaml, or a season file run as the edition it records',
    )
    .argument('<club>', 'the club, by its id or one of its names')
    .argument('<outcome>', 'champion, promoted, relegated, or stage:ID for reaching a later stage')
    .option(
      '--as-of <date|round>',
      'from the edition as it stood after a date or a round',
      parseAsOf,
    )
    .option('--lang <en|es>', 'the language of the conditions (en)', parseLanguage)
    .option('--json', 'print the answer as JSON')
    .action(
      async (
        path: string,
        club: string,
        outcome: string,
        options: { readonly asOf?: AsOf; readonly lang?: Language; readonly json?: boolean },
      ) => {
        const read = await readEditionOrRecord(path);
        const found = findClub(read.edition.clubs, club);
        if (!found) {
          throw new NotFoundError('club', club, {
            hint: `the clubs are ${read.edition.clubs.map((candidate) => candidate.name).join(', ')}`,
          });
        }
        const needs = await clubNeeds(read.edition, found.id, outcome, {
          history: read.others,
          ...(options.asOf ? { asOf: options.asOf } : {}),
          ...(options.lang ? { language: options.lang } : {}),
        });
        process.stdout.write(
          options.json ? `${JSON.stringify(needs, null, 2)}\n` : formatNeedsText(needs),
        );
      },
    );

  program
    .command('start')
    .alias('serve')
    .description(
      'Start the server: SQLite in ./data/torneo.db (or DATABASE_URL), the examples loaded, on PORT (3000)',
    )
    .option('--port <n>', 'the port to listen on (default: PORT, else 3000)', parsePort)
    .option(
      '--searches <n>',
      'travel searches that may run at once (default: TORNEO_SEARCHES, else the cores but one)',
      parsePositive,
    )
    .action(async (options: { readonly port?: number; readonly searches?: number }) => {
      const port = options.port ?? (process.env.PORT ? parsePort(process.env.PORT) : 3000);
      const fromEnvironment = process.env.TORNEO_SEARCHES;
      if (fromEnvironment !== undefined && !/^[1-9]\d*$/.test(fromEnvironment)) {
        throw new InvalidArgumentError(
          `TORNEO_SEARCHES: expected a whole number above 0, not "${fromEnvironment}".`,
        );
      }
      const searchLimit = options.searches ?? (fromEnvironment && Number(fromEnvironment));
      // The server, the store and the password hashing load only for the commands that use them:
      // every other command starts without them.
      const { startServer } = await import('./server.ts');
      const { url } = await startServer({
        port,
        ...(searchLimit ? { searchLimit } : {}),
        ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
      });
      process.stdout.write(`Torneo is running at ${url}  (API reference: ${url}/api/docs)\n`);
    });

  const user = program.command('user').description('Manage the people who may write');
  user
    .command('add')
    .description(
      'Add a user; the password comes from TORNEO_PASSWORD or the first line of standard input',
    )
    .argument('<name>', 'the name to sign in with')
    .option('--admin', 'an admin: may write everything')
    .option('--editor <competitions>', 'an editor of these competitions, comma-separated')
    .action(
      async (name: string, options: { readonly admin?: boolean; readonly editor?: string }) => {
        if (!options.admin && options.editor === undefined)
          throw new InvalidArgumentError('say --admin or --editor COMPETITIONS');
        const password = process.env.TORNEO_PASSWORD ?? (await firstLineOfStdin());
        if (password.length < 10)
          throw new InvalidArgumentError('a password of at least 10 characters is needed');
        const { openStore } = await import('#adapters/storage/open-store.ts');
        const { hashPassword } = await import('#adapters/http/credentials.ts');
        const store = await openStore(process.env.DATABASE_URL);
        try {
          if (await store.findUser(name))
            throw new InvalidArgumentError(`a user named "${name}" exists already`);
          const competitions =
            options.editor
              ?.split(',')
              .map((part) => part.trim())
              .filter(Boolean) ?? [];
          await store.createUser(
            { name, role: options.admin ? 'admin' : 'editor', competitions },
            await hashPassword(password),
          );
          process.stdout.write(`Added ${options.admin ? 'the admin' : 'the editor'} "${name}"\n`);
        } finally {
          await store.close();
        }
      },
    );

  const db = program.command('db').description('The database: migrate, back up, restore');
  db.command('migrate')
    .description('Bring the database to the latest schema')
    .action(async () => {
      const { openStore } = await import('#adapters/storage/open-store.ts');
      const store = await openStore(process.env.DATABASE_URL);
      await store.close();
      process.stdout.write('The database is up to date\n');
    });
  db.command('export')
    .description("Write every edition (or one) to Torneo's JSON")
    .option('--edition <id>', 'only this edition')
    .option('--out <file>', 'the file to write (default: standard output)')
    .action(async (options: { readonly edition?: string; readonly out?: string }) => {
      const { openStore } = await import('#adapters/storage/open-store.ts');
      const store = await openStore(process.env.DATABASE_URL);
      try {
        const ids = options.edition
          ? [options.edition]
          : (await store.listEditions()).map((edition) => edition.id);
        const editions = [];
        for (const id of ids) {
          const stored = await store.getEdition(id);
          if (!stored) throw new NotFoundError('edition', id);
          editions.push({ id, format: stored.format });
        }
        const text = `${JSON.stringify({ torneo: 'backup', editions }, null, 2)}\n`;
        if (options.out) await writeAtomically(options.out, text);
        else process.stdout.write(text);
      } finally {
        await store.close();
      }
    });
  db.command('import')
    .description('Read a backup written by `db export` back in, all or nothing')
    .argument('<file>', 'the backup')
    .action(async (path: string) => {
      const backup = await readBackup(path);
      const { openStore } = await import('#adapters/storage/open-store.ts');
      const store = await openStore(process.env.DATABASE_URL);
      try {
        await store.importEditions(backup, 'torneo db import');
        process.stdout.write(`Imported ${backup.length} editions\n`);
      } finally {
        await store.close();
      }
    });

  return program;
}

/** @internal */
async function runTable(path: string | undefined, options: TableCommandOptions): Promise<void> {
  if (path === undefined) throw new InvalidArgumentError('table needs a season or results file');
  const record = await readSeasonFile(path, await readOptions(options));
  const season = options.season ?? seasonOfRecord(record);
  const preset = options.rules ?? record.preset;
  const rulesFor = rulesForRecord(record, {
    ...(preset !== undefined ? { preset } : {}),
    ...(season !== undefined ? { season } : {}),
  });
  const tables = computeRecordTables(record, {
    rulesFor,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.lang ? { language: options.lang } : {}),
  });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(tablesJson(tables), null, 2)}\n`);
    return;
  }
  const texts: string[] = [];
  for (const stage of tables) {
    for (const group of stage.groups) {
      const title =
        stage.groups.length > 1 || group.name !== stage.name
          ? `${stage.name} — ${group.name}`
          : stage.name;
      if (group.kind === 'printed' && group.table.length > 0) {
        texts.push(
          formatPrintedTableText(group.table, {
            title,
            ...(options.lang ? { language: options.lang } : {}),
          }),
        );
        continue;
      }
      if (group.kind !== 'league' || !group.standings) continue;
      texts.push(
        formatStandingsText(group.standings, {
          title: `${title} — ${group.standings.rules}`,
          ...(options.lang ? { language: options.lang } : {}),
        }),
      );
    }
  }
  if (texts.length === 0) {
    // Ties only, or nothing played yet: say so rather than print nothing.
    process.stdout.write(
      `${record.title}: no league table — the file has no results of clubs meeting several opponents, nor a printed table (torneo import ${path} shows what it holds).\n`,
    );
    return;
  }
  process.stdout.write(texts.join('\n'));
}

/** The JSON of `table --json`: every stage and group with its table. @internal */
function tablesJson(tables: readonly RecordStageTables[]): unknown {
  return {
    stages: tables.map((stage) => ({
      name: stage.name,
      groups: stage.groups
        .filter((group) => group.kind === 'league' || group.kind === 'printed')
        .map((group) => ({
          name: group.name,
          ...(group.kind === 'printed' ? { printed: true } : {}),
          rules: group.standings?.rules,
          table: group.table.map(({ clubId, shared, ...row }) => ({ ...row, shared })),
          tiesBroken: group.standings?.tiesBroken.map((tie) => tie.text) ?? [],
        })),
    })),
  };
}

/** @internal */
function tablesOf(record: SeasonRecord, options: RecordCommandOptions): RecordStageTables[] {
  const season = options.season ?? seasonOfRecord(record);
  const preset = options.rules ?? record.preset;
  return computeRecordTables(record, {
    rulesFor: rulesForRecord(record, {
      ...(preset !== undefined ? { preset } : {}),
      ...(season !== undefined ? { season } : {}),
    }),
    ...(options.lang ? { language: options.lang } : {}),
  });
}

/** @internal */
function seasonOfRecord(record: SeasonRecord): number | undefined {
  const label = Number.parseInt(record.season ?? '', 10);
  if (!Number.isNaN(label)) return label;
  const date = record.stages
    .flatMap((stage) =>
      stage.groups.flatMap((group) => group.rounds.flatMap((round) => round.matches)),
    )
    .find((match) => match.date)?.date;
  return date ? Number(date.slice(0, 4)) : undefined;
}

/** @internal */
function warningText(warning: { readonly line?: number; readonly message: string }): string {
  return warning.line === undefined ? warning.message : `line ${warning.line}: ${warning.message}`;
}

/** What `torneo import` says it understood. @internal */
function describeRecord(record: SeasonRecord): string {
  const lines = [`${record.title ?? 'Season file'} (${record.format})`];
  if (record.competition) lines.push(`  competition: ${record.competition}`);
  if (record.season) lines.push(`  season: ${record.season}`);
  const nameOf = (id: string): string => record.clubs.find((club) => club.id === id)?.name ?? id;
  if (record.winners) lines.push(`  winners: ${nameOf(record.winners)}`);
  for (const scorer of record.topScorers)
    lines.push(`  top scorer: ${scorer.name} (${scorer.goals})`);
  if (record.previous || record.next)
    lines.push(`  previous: ${record.previous ?? '—'}, next: ${record.next ?? '—'}`);
  for (const movement of record.movements ?? []) {
    const to = movement.to
      ? ` to ${[movement.to.edition, movement.to.competition].filter(Boolean).join(' ')}`
      : '';
    lines.push(`  ${movement.outcome}: ${nameOf(movement.club)}${to} (${movement.source})`);
  }
  for (const change of record.teamChanges)
    lines.push(`  ${change.heading}: ${change.clubs.map(nameOf).join(', ')}`);
  if (record.entrants.length > 0) {
    lines.push(
      `  entrants: ${record.entrants.map((entrant) => `${nameOf(entrant.club)}${entrant.region ? ` (${[entrant.city, entrant.region].filter(Boolean).join(', ')})` : ''}`).join('; ')}`,
    );
  }
  for (const stage of record.stages) {
    lines.push(`  stage ${stage.name}:`);
    for (const group of stage.groups) {
      const matches = group.rounds.reduce((sum, round) => sum + round.matches.length, 0);
      const count = (n: number, word: string, plural = `${word}s`) =>
        `${n} ${n === 1 ? word : plural}`;
      lines.push(
        `    ${group.name}: ${count(group.rounds.length, 'round')}, ${count(matches, 'match', 'matches')}${group.published ? `, a printed table of ${count(group.published.rows.length, 'row')}` : ''}${group.playOffs.length > 0 ? `, ${count(group.playOffs.length, 'play-off')}` : ''}`,
      );
    }
  }
  lines.push(`  clubs: ${record.clubs.length}`);
  for (const merge of record.merges)
    lines.push(
      `  merged: ${merge.spellings.map((spelling) => `"${spelling}"`).join(' and ')} — ${merge.reason}`,
    );
  for (const warning of record.warnings) lines.push(`  warning: ${warningText(warning)}`);
  return `${lines.join('\n')}\n`;
}

/** How to read a season file, from the command's options. @internal */
async function readOptions(options: {
  readonly from?: SeasonFormat;
  readonly aliases?: string;
}): Promise<ReadSeasonOptions> {
  return {
    ...(options.from ? { from: options.from } : {}),
    ...(options.aliases ? { aliases: await readAliases(options.aliases) } : {}),
  };
}

/** @internal */
function parseFormat(value: string): SeasonFormat {
  const format = SEASON_FORMATS.find((candidate) => candidate === value);
  if (!format) throw new InvalidArgumentError(`expected one of ${SEASON_FORMATS.join(', ')}.`);
  return format;
}

/** @internal */
function parseRenderFormat(value: string): RenderFormat | 'ics' {
  if (value === 'ics') return value;
  const format = RENDER_FORMATS.find((candidate) => candidate === value);
  if (!format)
    throw new InvalidArgumentError(`expected one of ${[...RENDER_FORMATS, 'ics'].join(', ')}.`);
  return format;
}

/** @internal */
async function runDataset(path: string | undefined, options: TableCommandOptions): Promise<void> {
  if (!DATASETS.includes(options.dataset as (typeof DATASETS)[number])) {
    throw new NotFoundError('dataset', options.dataset ?? '', {
      hint: `choose one of ${DATASETS.join(', ')}`,
    });
  }
  if (path === undefined) throw new InvalidArgumentError('--dataset needs the dataset folder');
  const divisions = await loadEnglishFootball(path);
  const progress = startProgress(divisions.length, 'divisions');
  const tables = computeEnglishTables(divisions, (done) => progress.update(done));
  progress.stop();
  const csv = formatStandingsCsv(tables);
  if (options.out === undefined) {
    process.stdout.write(csv);
    return;
  }
  await writeAtomically(options.out, csv);
  const rows = tables.reduce((sum, table) => sum + table.standings.rows.length, 0);
  process.stderr.write(`Wrote ${tables.length} tables (${rows} rows) to ${options.out}\n`);
}

/**
 * The planner of an edition stage's (or group's) fixtures for `schedule`: given how to make the
 * rounds from the clubs' ids, the plan, checked; throws when the stage cannot take fixtures.
 * @internal
 */
async function editionPlanner(
  file: string,
  stage: string | undefined,
  group: string | undefined,
): Promise<
  (generate: () => { home: string; away: string }[][]) => {
    format: EditionFormat;
    plan: PlannedFixtures | undefined;
  }
> {
  const { edition: format, others } = await readEditionPath(file);
  const state = runEdition(format, { others: others.map((other) => runEdition(other)) });
  return (generate) => {
    const [plan] = planFixtures(format, state, {
      stage: stage ?? '',
      ...(group ? { group } : {}),
      regenerate: true,
      generate,
    });
    return { format, plan };
  };
}

/**
 * `schedule INSTANCE --verify SCHEDULE`: the independent checker's verdict on a schedule and the
 * distance it travels; exit code 1 when it breaks a rule.
 * @internal
 */
async function verifySchedule(
  instance: TravelInstance,
  path: string,
  json: boolean,
): Promise<void> {
  const rounds = await readTravelSolution(path, instance);
  const check = checkTravelSchedule(
    rounds,
    instance.distances,
    instance.maxConsecutive,
    instance.teams,
  );
  const known = instance.bestKnown;
  const gap = known === undefined ? undefined : gapTo(check.distance, known);
  if (json) {
    process.stdout.write(
      `${JSON.stringify({
        valid: check.valid,
        distance: check.distance,
        problems: check.problems,
        breaks: check.breaks,
        ...(known !== undefined ? { bestKnown: known, gap } : {}),
      })}\n`,
    );
  } else {
    const n = instance.distances.length;
    const rests = n % 2 === 1 ? ', one team resting in each round and none in two running' : '';
    const lines = check.valid
      ? [
          `Valid: ${n} teams in ${travelRoundCount(n)} rounds${rests}, each pair once at each venue, at most ${instance.maxConsecutive} home or away in a row, no immediate rematch.`,
        ]
      : [
          `Not valid: ${check.problems.length} ${check.problems.length === 1 ? 'problem' : 'problems'}.`,
          ...check.problems.map((problem) => `  ${problem}`),
        ];
    lines.push(
      `Total travel ${check.distance}${known !== undefined ? ` (best known ${known})` : ''}`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  process.exitCode = check.valid ? 0 : 1;
}

/** How much longer than the best known a schedule is, as a fraction of it (negative: shorter). */
function gapTo(distance: number, known: number): number {
  return Math.round(((distance - known) / known) * 1e6) / 1e6;
}

/** @internal */
function parsePositive(text: string): number {
  if (!/^[1-9]\d*$/.test(text)) throw new InvalidArgumentError('expected a whole number above 0.');
  return Number(text);
}

/** @internal */
function parseProbability(text: string): number {
  const value = Number(text);
  if (!/^0?\.\d+$/.test(text) || value <= 0 || value >= 1)
    throw new InvalidArgumentError('expected a number between 0 and 1, such as 0.005.');
  return value;
}

/** @internal */
function parseSizes(text: string): number[] {
  if (!/^[1-9]\d*(,[1-9]\d*)*$/.test(text))
    throw new InvalidArgumentError('expected sizes such as 5,4,4,4,4,4.');
  return text.split(',').map(Number);
}

/**
 * Writes a draw into the groups stage it was made for, when the stage can take it: a groups stage,
 * the same number of groups, no match played yet.
 * @internal
 */
async function writeDraw(
  path: string,
  stageId: string | undefined,
  groups: readonly (readonly number[])[],
): Promise<void> {
  const { edition } = await readEditionPath(path).catch(() => {
    throw new InvalidArgumentError('--write needs an edition and its --stage');
  });
  const index = edition.stages.findIndex((stage) => stage.id === stageId);
  const stage = edition.stages[index];
  if (stage?.kind !== 'groups') {
    throw new RuleError(
      'draw',
      `--write fills a groups stage; ${stageId ?? 'no stage'} is not one`,
    );
  }
  if (stage.groups.length !== groups.length) {
    throw new RuleError(
      'draw',
      `${stage.name} has ${stage.groups.length} groups; the draw made ${groups.length}`,
    );
  }
  if (
    stage.groups.some((group) =>
      group.rounds.some((round) => round.matches.some((match) => match.status !== 'scheduled')),
    )
  ) {
    throw new RuleError('draw', `${stage.name} has played matches: its groups are kept as drawn`);
  }
  const file = await writeEditionGroups(path, index, groups);
  process.stderr.write(`torneo: wrote the draw of ${stage.name} to ${file}\n`);
}

/** @internal */
function parseLanguage(text: string): Language {
  if (text !== 'en' && text !== 'es') throw new InvalidArgumentError('expected en or es.');
  return text;
}

/** @internal */
function parseDate(text: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`)))
    throw new InvalidArgumentError('expected a date such as 1994-01-02.');
  return text;
}

/** @internal */
function parseCount(text: string): number {
  if (!/^\d+$/.test(text)) throw new InvalidArgumentError('expected a whole number.');
  return Number(text);
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Days of the week by their first three letters, in English or Spanish. @internal */
function parseWeekdays(text: string): number[] {
  const spanish = ['dom', 'lun', 'mar', 'mie', 'jue', 'vie', 'sab'];
  return parseList(text).map((item) => {
    const key = item.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().slice(0, 3);
    const day = WEEKDAYS.includes(key) ? WEEKDAYS.indexOf(key) : spanish.indexOf(key);
    if (day < 0) throw new InvalidArgumentError(`expected days such as sun,wed, not "${item}".`);
    return day;
  });
}

/** @internal */
function parseList(text: string): string[] {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  if (items.length === 0) throw new InvalidArgumentError('expected clubs separated by commas.');
  return items;
}

/** @internal */
function collectList(text: string, previous: string[][] = []): string[][] {
  return [...previous, parseList(text)];
}

/** @internal */
function collectFix(
  text: string,
  previous: { club: string; group: number }[] = [],
): { club: string; group: number }[] {
  const match = /^(.+)=([1-9]\d*)$/.exec(text);
  if (!match) throw new InvalidArgumentError('expected CLUB=GROUP, such as Cienciano=2.');
  return [...previous, { club: (match[1] ?? '').trim(), group: Number(match[2]) }];
}

/** The help of `--place`, the same for `draw` and `schedule`. */
const placeHelp =
  "put an edition's club or slot at a department, a city or lat,lon, whatever the edition says; repeatable";
const distancesHelp =
  'your own distances (road km, travel hours): a CSV with from,to,distance, a pair one way for both or both ways each its own; they win where given';

/** @internal `--place CLUB=WHERE`, repeatable: where a club or slot of an edition's stage is. */
function collectPlace(
  text: string,
  previous: Map<string, string> = new Map(),
): Map<string, string> {
  const match = /^([^=]+)=(.+)$/.exec(text);
  if (!match) {
    throw new InvalidArgumentError(
      'expected CLUB=WHERE: a department, a city or lat,lon, such as "Winner of Loreto=Iquitos".',
    );
  }
  return new Map([...previous, [(match[1] ?? '').trim(), (match[2] ?? '').trim()]]);
}

/** @internal */
function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new InvalidArgumentError('expected a port such as 3000.');
  return port;
}

/** @internal */
async function firstLineOfStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** A backup file: `{ torneo: "backup", editions: [{ id, format }] }`, each format checked. @internal */
async function readBackup(path: string): Promise<{ id: string; format: EditionFormat }[]> {
  const text = await readTextFile(path, 'no such backup can be read');
  const data = parseJsonText(text, path) as { torneo?: unknown; editions?: unknown };
  if (data.torneo !== 'backup' || !Array.isArray(data.editions)) {
    throw new InputError([
      makeIssue('backup', path, 'a document written by `torneo db export`', 'something else'),
    ]);
  }
  return data.editions.map((entry: { id?: unknown; format?: unknown }, index: number) => {
    if (typeof entry.id !== 'string' || typeof entry.format !== 'object' || entry.format === null) {
      throw new InputError([
        makeIssue(
          'backup',
          `${path} editions[${index}]`,
          'an { id, format } entry',
          JSON.stringify(entry).slice(0, 60),
        ),
      ]);
    }
    return { id: entry.id, format: entry.format as EditionFormat };
  });
}

/** @internal */
function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text)) throw new InvalidArgumentError('expected a year such as 1993.');
  return Number(text);
}

/** @internal */
function parseTier(text: string): number {
  if (!/^[1-9]\d?$/.test(text)) throw new InvalidArgumentError('expected a tier such as 1.');
  return Number(text);
}

/** @internal */
function parseAsOf(text: string): AsOf {
  if (/^\d{1,3}$/.test(text)) return { round: Number(text) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { date: text };
  throw new InvalidArgumentError('expected a round number or a date as YYYY-MM-DD.');
}

/**
 * Maps every error to stderr and an exit code: 2 for bad input (one line per problem), unknown
 * names and broken rules (one line), 1 for anything unexpected (with the stack only when
 * TORNEO_DEBUG is set).
 * @internal
 */
function reportError(error: unknown): number {
  // Thrown by an action (commander reports its own parsing errors, already printed).
  if (error instanceof InvalidArgumentError) {
    process.stderr.write(`torneo: ${error.message}\n`);
    return 2;
  }
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof InputError) {
    // Every problem on its own line, so that all can be mended in one go.
    for (const issue of error.issues) process.stderr.write(`torneo: ${issue.message}\n`);
    if (error.issues.length === 0) process.stderr.write(`torneo: ${error.message}\n`);
    return 2;
  }
  if (
    error instanceof NotFoundError ||
    error instanceof RuleError ||
    error instanceof ConflictError ||
    error instanceof AccessError ||
    error instanceof InvalidArgumentError
  ) {
    process.stderr.write(`torneo: ${error.message}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`torneo: unexpected error: ${message}\n`);
  if (process.env.TORNEO_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return 1;
}

try {
  await makeProgram().parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}
