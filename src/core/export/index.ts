/** Exports of an analysis (JSON, brat standoff, CoNLL BIO) and the readers that take them back. Pure. */
export { EXPORT_FORMATS, isExportFormat, BRAT_TYPES, BIO_TYPES, type ExportFormat, type ExportFormatInfo } from './formats';
export { toJson, toEntityJson, toEventJson } from './json';
export { toBrat, fromBrat, bratFragments, BratFormatError, type BratFiles } from './brat';
export { toConll, fromConll, ConllFormatError } from './conll';
export { flatEntities } from './entities';
export { StandoffText } from './standoffText';
export { withByteOrderMark, BYTE_ORDER_MARK } from './byteOrderMark';
