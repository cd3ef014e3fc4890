/** The English account of how a date was resolved: the `resolvedBy` of the JSON export and the CLI's table. */
import { formatIsoDate } from './calendar';
import type { DateResolution, ReferenceDate, ReferenceKind } from './dateTypes';

const REFERENCE_SOURCES: Record<ReferenceKind, string> = {
  dateline: 'dateline',
  yearInText: 'the year stated with 今年 in',
  firstLines: 'date in first lines',
  frontMatter: 'front matter date',
  fileName: 'file name',
  referenceDate: 'reference date',
};

/** Where a reference date came from, in English: `file name 20230324.txt`. */
export const describeReferenceSource = (kind: ReferenceKind, from: string): string => `${REFERENCE_SOURCES[kind]} ${from}`;

export function describeResolution(resolution: DateResolution): string {
  switch (resolution.kind) {
    case 'explicit': return 'explicit';
    case 'yearUnknown': return 'year unknown';
    case 'monthUnknown': return 'month unknown';
    case 'earlierDate': return `from earlier date ${resolution.from ?? ''}`;
    default: return `from ${describeReferenceSource(resolution.kind, resolution.from ?? '')}`;
  }
}

/** A reference date as ISO 8601: 2023-03-24, or 2023 for a year alone. */
export const referenceDateValue = (reference: ReferenceDate): string => formatIsoDate(reference.year, reference.month, reference.day);
