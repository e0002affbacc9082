// npm run update:occupation -- [--source URL] [--until YYYY-MM-DD] [--dir DIR] [--timeout SECONDS]
//
// Fetches the daily occupied-area files published after the embedded history's last date and extends the history.
// --source is a URL template where {date} stands for YYYYMMDD (default: the cyterat/deepstate-map-data archive, or
// the NADRA_OCCUPATION_SOURCE environment variable). Exit codes: 0 updated or up to date, 1 failed (the history is
// unchanged), 2 bad arguments.

import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DEFAULT_SOURCE,
  DEFAULT_TIMEOUT_MS,
  isDate,
  SOURCE_ENV,
  UpdateError,
  updateOccupation,
} from './occupation/update.ts';

const DEFAULT_DIR = fileURLToPath(new URL('../data/occupation', import.meta.url));
const USAGE = 'usage: update:occupation [--source URL-with-{date}] [--until YYYY-MM-DD] [--dir DIR] [--timeout SECONDS]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        source: { type: 'string' },
        until: { type: 'string' },
        dir: { type: 'string' },
        timeout: { type: 'string' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const timeoutSeconds = values.timeout === undefined ? DEFAULT_TIMEOUT_MS / 1000 : Number(values.timeout);
  const source = values.source ?? process.env[SOURCE_ENV] ?? DEFAULT_SOURCE;
  const problem = !(timeoutSeconds > 0)
    ? '--timeout must be a positive number of seconds'
    : values.until !== undefined && !isDate(values.until)
      ? `--until must be a date, YYYY-MM-DD: ${values.until}`
      : !source.includes('{date}')
        ? `the source URL must contain {date}: ${source}`
        : null;
  if (problem) {
    console.error(`${problem}\n${USAGE}`);
    return 2;
  }
  try {
    const result = await updateOccupation({
      dir: values.dir ?? DEFAULT_DIR,
      source,
      until: values.until,
      timeoutMs: timeoutSeconds * 1000,
    });
    for (const s of result.skipped) console.log(`skipped ${s.date}: ${s.reason} (${s.url})`);
    for (const w of result.warnings) console.log(`warning: ${w}`);
    console.log(
      result.written
        ? `added ${result.added.length} snapshot(s): ${result.added[0]} → ${result.lastDate}`
        : `up to date: the history ends on ${result.lastDate}`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof UpdateError)) throw error;
    console.error(`update failed, history unchanged: ${error.message}`);
    return 1;
  }
}

process.exitCode = await main();
