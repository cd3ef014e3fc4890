import type { PersonTitleRow } from './rows';

export const PEOPLE_TABLE_COLUMNS = ['name', 'title', 'official', 'date', 'date_source', 'file', 'start', 'end'] as const;

export type PeopleTableFormat = 'csv' | 'jsonl';

function fields(row: PersonTitleRow): (string | number | boolean)[] {
  return [row.name, row.title, row.official, row.date, row.dateSource, row.file, row.start, row.end];
}

/** RFC 4180: a field holding a comma, quote or line break is quoted, its quotes doubled. */
function csvField(value: string | number | boolean): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as RFC 4180 CSV: a header, CRLF after every record. `excel`: a UTF-8 byte order mark first, which
 * Excel needs to read UTF-8 (other tools take it for part of the first column's name, so only on request).
 */
export function peopleCsv(rows: readonly PersonTitleRow[], options: { excel?: boolean } = {}): string {
  const lines = [PEOPLE_TABLE_COLUMNS.join(','), ...rows.map((row) => fields(row).map(csvField).join(','))];
  return `${options.excel ? '\uFEFF' : ''}${lines.map((line) => `${line}\r\n`).join('')}`;
}

/** One JSON object per line, with the CSV's column names as keys. */
export function peopleJsonl(rows: readonly PersonTitleRow[]): string {
  return rows
    .map((row) => {
      const values = fields(row);
      return `${JSON.stringify(Object.fromEntries(PEOPLE_TABLE_COLUMNS.map((column, i) => [column, values[i]])))}\n`;
    })
    .join('');
}

export function peopleTable(rows: readonly PersonTitleRow[], format: PeopleTableFormat, options: { excel?: boolean } = {}): string {
  return format === 'jsonl' ? peopleJsonl(rows) : peopleCsv(rows, options);
}
