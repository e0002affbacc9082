// The user's link decisions (`--links FILE`): a CSV with columns a, b and decision (same | different), any others
// (a note, a source) ignored, naming records by the id each has on its own. A file that cannot be read this way is
// refused whole, with every problem and its line, so a typo never silently drops a decision.

import { indexColumns } from '../../src/core/columns.ts';
import { decodeText } from '../io/decode.ts';
import { readTable } from '../io/table.ts';

export interface LinkOverride {
  a: string;
  b: string;
  decision: 'same' | 'different';
  line: number;
}

export interface LinkOverrides {
  file: string;
  entries: LinkOverride[];
}

export type OverridesReading = { ok: true; overrides: LinkOverrides } | { ok: false; message: string };

const DECISIONS: ReadonlySet<string> = new Set(['same', 'different']);

export function readLinkOverrides(file: string, bytes: Uint8Array): OverridesReading {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, message: `${file}: ${decoded.reason}` };
  const problems: string[] = [];
  const entries: LinkOverride[] = [];
  const decided = new Map<string, LinkOverride>();
  let columns: { a: number; b: number; decision: number } | null = null;
  readTable(decoded.text, {
    onHeader(header) {
      const index = indexColumns(header.fields);
      const [a, b, decision] = ['a', 'b', 'decision'].map((name) => index.get(name));
      if (a === undefined || b === undefined || decision === undefined) {
        problems.push(`line ${header.line}: expected the columns a, b and decision, got ${header.fields.join(', ')}`);
      } else {
        columns = { a, b, decision };
      }
    },
    onRow(row) {
      if (columns === null) return;
      const entry = overrideOf(row.fields, columns, row.line);
      if (entry === null) return;
      if (typeof entry === 'string') {
        problems.push(`line ${row.line}: ${entry}`);
        return;
      }
      const pair = entry.a < entry.b ? `${entry.a}\u0000${entry.b}` : `${entry.b}\u0000${entry.a}`;
      const earlier = decided.get(pair);
      if (earlier && earlier.decision !== entry.decision) {
        problems.push(`line ${row.line}: ${entry.a} and ${entry.b} were decided ${earlier.decision} at line ${earlier.line}`);
        return;
      }
      decided.set(pair, entry);
      entries.push(entry);
    },
    onProblem(problem) {
      problems.push(`line ${problem.line}: ${problem.message}`);
    },
  });
  if (columns === null && problems.length === 0) problems.push('the file is empty: expected a header a,b,decision');
  if (problems.length > 0) return { ok: false, message: `${file}: ${problems.join('; ')}` };
  return { ok: true, overrides: { file, entries } };
}

/** The row's decision, what is wrong with it, or null for a blank row. */
function overrideOf(fields: readonly string[], columns: { a: number; b: number; decision: number }, line: number): LinkOverride | string | null {
  const a = fields[columns.a]?.trim() ?? '';
  const b = fields[columns.b]?.trim() ?? '';
  const decision = fields[columns.decision]?.trim().toLowerCase() ?? '';
  if (a === '' && b === '' && decision === '') return null;
  if (a === '' || b === '') return 'a and b must both name a record id';
  if (a === b) return `a and b are the same record (${a})`;
  if (!DECISIONS.has(decision)) return `decision must be same or different, got "${decision}"`;
  return { a, b, decision: decision as LinkOverride['decision'], line };
}
