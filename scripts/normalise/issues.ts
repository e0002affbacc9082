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

/** Reports for one record: the file, line and record id are filled in once. */
export interface RecordReporter {
  warn(field: string, code: string, message: string): void;
  error(field: string, code: string, message: string): void;
}

export function recordReporter(log: IssueLog, file: string, line: number, recordId: () => string): RecordReporter {
  const report = (severity: Severity) => (field: string, code: string, message: string) =>
    log.report({ file, line, recordId: recordId(), severity, field, code, message });
  return { warn: report('warning'), error: report('error') };
}
