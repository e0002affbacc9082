// What an importer could not turn into territory, and why: every such feature is reported, never dropped silently.

export type SnapshotIssueCode =
  | 'unreadable-file' // not JSON, not the expected structure
  | 'unknown-name' // a DeepState polygon name the classification table does not know
  | 'unknown-fill' // an unnamed polygon whose fill colour decides nothing
  | 'foreign-area' // classified as an area outside Ukraine (Transnistria, Karelia, …): never counts
  | 'outside-ukraine' // lies outside Ukraine's bounding box: never counts
  | 'null-geometry'
  | 'unsupported-geometry'
  | 'invalid-geometry'; // no ring with three distinct points and a non-zero area is left after repair

export interface SnapshotIssue {
  file: string;
  feature: number | null; // index in the file's feature list (or TopoJSON geometry list); null for the whole file
  code: SnapshotIssueCode;
  message: string;
}

export function formatIssue(issue: SnapshotIssue): string {
  const where = issue.feature === null ? issue.file : `${issue.file}#${issue.feature}`;
  return `${where}: ${issue.code}: ${issue.message}`;
}

/** Counts by code, in code order, for a one-line summary. */
export function countIssues(issues: readonly SnapshotIssue[]): [SnapshotIssueCode, number][] {
  const counts = new Map<SnapshotIssueCode, number>();
  for (const issue of issues) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Tab-separated report, one issue per line, stable order (file, feature, code). */
export function issuesTsv(issues: readonly SnapshotIssue[]): string {
  const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ');
  const rows = issues.map((i) => [i.file, i.feature === null ? '' : String(i.feature), i.code, clean(i.message)]);
  rows.sort((a, b) => compareRows(a, b));
  return ['file\tfeature\tcode\tmessage', ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
}

function compareRows(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (i === 1 && x !== y) return Number(x || -1) - Number(y || -1);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
