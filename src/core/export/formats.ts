/** The export formats and how each names our entity types. Data only: the CLI, the command and the readers share it. */
import type { EntityType } from '../types';

export type ExportFormat = 'json' | 'brat' | 'conll';

export interface ExportFormatInfo {
  readonly id: ExportFormat;
  /** Extension of the file the user picks (brat: the .ann; its .txt goes beside it). */
  readonly extension: string;
}

export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  { id: 'json', extension: 'json' },
  { id: 'brat', extension: 'ann' },
  { id: 'conll', extension: 'conll' },
];

export function isExportFormat(value: unknown): value is ExportFormat {
  return EXPORT_FORMATS.some((f) => f.id === value);
}

/** brat entity types (T-lines). */
export const BRAT_TYPES: Readonly<Record<EntityType, string>> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organization',
  date: 'Date',
};

/** CoNLL tag suffixes (B-PER, I-LOC …), the names NER corpora such as MSRA and People's Daily use. */
export const BIO_TYPES: Readonly<Record<EntityType, string>> = {
  person: 'PER',
  place: 'LOC',
  organization: 'ORG',
  date: 'DATE',
};

/** The entity type a label of one of these tables stands for. */
export function entityTypeOf(table: Readonly<Record<EntityType, string>>, label: string): EntityType | undefined {
  return (Object.keys(table) as EntityType[]).find((type) => table[type] === label);
}
