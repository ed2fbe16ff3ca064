/**
 * @module The `torneo` command line: wires the file formats and datasets to the standings engine.
 */
import { rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { computeEnglishTables } from '#adapters/datasets/englishfootball/compute-englishfootball.ts';
import { loadEnglishFootball } from '#adapters/datasets/englishfootball/load-englishfootball.ts';
import { formatStandingsCsv } from '#adapters/formats/csv/format-standings-csv.ts';
import { readResultsFile } from '#adapters/formats/read-results-file.ts';
import { formatStandingsText } from '#adapters/terminal/format-standings-text.ts';
import { startProgress } from '#adapters/terminal/progress.ts';
import { InputError, NotFoundError, RuleError } from '#core/errors.ts';
import { RULE_PRESETS, resolveRulePreset } from '#core/rules/rule-preset.ts';
import type { AsOf } from '#core/standings/apply-rulings.ts';
import { computeStandings } from '#core/standings/compute-standings.ts';

const DATASETS = ['englishfootball'] as const;

/** Options of the `table` command, as commander gives them. */
interface TableCommandOptions {
  readonly rules?: string;
  readonly season?: number;
  readonly tier?: number;
  readonly asOf?: AsOf;
  readonly json?: boolean;
  readonly dataset?: string;
  readonly out?: string;
}

/** Builds the program; `run` parses and executes it. */
function makeProgram(): Command {
  const program = new Command('torneo')
    .description('Run and record multi-stage football competitions.')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (text) => process.stderr.write(text) })
    .exitOverride();

  program
    .command('table')
    .description(
      'Compute a table from a results file (CSV or JSON), or every table of a dataset folder.',
    )
    .argument('[path]', 'a results file, or with --dataset the dataset folder')
    .option(
      '--rules <preset>',
      `rule preset: ${[...RULE_PRESETS.keys()].join(', ')} (default: the file's, else generic)`,
    )
    .option('--season <year>', 'the year the season started, for presets that change', parseYear)
    .option('--tier <n>', 'the level in the league pyramid, for presets that change', parseTier)
    .option('--as-of <date|round>', 'the table as it stood after a date or a round', parseAsOf)
    .option('--json', 'print the table as JSON')
    .option('--dataset <name>', `compute every table of a dataset: ${DATASETS.join(', ')}`)
    .option('--out <file>', 'with --dataset: write the tables to this CSV file')
    .action(async (path: string | undefined, options: TableCommandOptions) => {
      if (options.dataset !== undefined) await runDataset(path, options);
      else await runTable(path, options);
    });

  program
    .command('start')
    .description('Start Torneo (for now: show what it can do)')
    .action(() => {
      process.stdout.write(program.helpInformation());
      process.stdout.write(
        '\nTry: npm run -s torneo -- table --dataset englishfootball ../shared/data/englishfootball --out tables.csv\n',
      );
    });

  return program;
}

/** @internal */
async function runTable(path: string | undefined, options: TableCommandOptions): Promise<void> {
  if (path === undefined) throw new InvalidArgumentError('table needs a results file');
  const file = await readResultsFile(path);
  const preset = options.rules ?? file.rules ?? 'generic';
  const season = options.season ?? file.season ?? seasonOfFirstMatch(file.matches);
  const rules = resolveRulePreset(preset, {
    ...(season !== undefined ? { season } : {}),
    ...(options.tier !== undefined ? { tier: options.tier } : {}),
  });
  const standings = computeStandings({
    matches: file.matches,
    clubs: file.clubs,
    rulings: file.rulings,
    rules,
    ...(options.asOf ? { asOf: options.asOf } : {}),
  });
  process.stdout.write(
    options.json
      ? `${JSON.stringify(standings, null, 2)}\n`
      : formatStandingsText(standings, { title: `${basename(path)} — ${rules.name}` }),
  );
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
  // Write beside the target and rename, so that a failure never leaves half a file.
  const temporary = join(dirname(options.out), `.${basename(options.out)}.${process.pid}.tmp`);
  await writeFile(temporary, csv);
  await rename(temporary, options.out);
  const rows = tables.reduce((sum, table) => sum + table.standings.rows.length, 0);
  process.stderr.write(`Wrote ${tables.length} tables (${rows} rows) to ${options.out}\n`);
}

/** @internal */
function seasonOfFirstMatch(matches: readonly { readonly date?: string }[]): number | undefined {
  const date = matches.find((match) => match.date)?.date;
  return date ? Number(date.slice(0, 4)) : undefined;
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
 * Maps every error to one line on stderr and an exit code: 2 for bad input, unknown names and
 * broken rules, 1 for anything unexpected (with the stack only when TORNEO_DEBUG is set).
 * @internal
 */
function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? 0 : 2;
  }
  if (
    error instanceof InputError ||
    error instanceof NotFoundError ||
    error instanceof RuleError ||
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
