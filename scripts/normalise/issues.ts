// Issue reporting: every warning (row kept, field emptied or corrected) and error (row rejected), with the place it
// was found. Readers and checks report here; nothing else decides what a user is told.

export type Severity = 'error' | 'warning';

export interface Issue {
  file: string;
  line: number; // physical line where the record starts; 0 for problems of the whole file
  recordId: string;
  severity: Severity;
  field: string;
  code: string;
  message: string;
}

export const ISSUE_COLUMNS = ['file', 'line', 'recordId', 'severity', 'field', 'code', 'message'] as const;

export interface FileCounts {
  warnings: Record<string, number>;
  errors: Record<string, number>;
}

export class IssueLog {
  readonly issues: Issue[] = [];
  private readonly counts = new Map<string, FileCounts>();

  report(issue: Issue): void {
    this.issues.push(issue);
    const counts = this.countsFor(issue.file);
    const bucket = issue.severity === 'error' ? counts.errors : counts.warnings;
    bucket[issue.code] = (bucket[issue.code] ?? 0) + 1;
  }

  countsFor(file: string): FileCounts {
    let counts = this.counts.get(file);
    if (!counts) {
      counts = { warnings: {}, errors: {} };
      this.counts.set(file, counts);
    }
    return counts;
  }

  get errorCount(): number {
    return this.issues.reduce((n, issue) => n + (issue.severity === 'error' ? 1 : 0), 0);
  }
}

/** Reports for one record. Its issues are held until the record's id is known, then logged with it. */
export interface RecordReporter {
  warn(field: string, code: string, message: string): void;
  error(field: string, code: string, message: string): void;
}

export class RecordIssues implements RecordReporter {
  private pending: Omit<Issue, 'file' | 'line' | 'recordId'>[] = [];

  constructor(
    private readonly log: IssueLog,
    private readonly file: string,
    private readonly line: number,
  ) {}

  warn(field: string, code: string, message: string): void {
    this.pending.push({ severity: 'warning', field, code, message });
  }

  error(field: string, code: string, message: string): void {
    this.pending.push({ severity: 'error', field, code, message });
  }

  flush(recordId: string): void {
    for (const issue of this.pending) this.log.report({ file: this.file, line: this.line, recordId, ...issue });
    this.pending = [];
  }
}
