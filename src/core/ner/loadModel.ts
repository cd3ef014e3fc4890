/** The model file shipped in data/, bundled by esbuild as bytes (binary loader): the same in Node and web workers. */
import modelBytes from '../../../data/ner-model.bin';
import { NerModel } from './model';

let loaded: NerModel | null | undefined;

/** The trained model, read once; undefined when the file holds no model (the rules then work alone). */
export function getNerModel(): NerModel | undefined {
  if (loaded === undefined) loaded = NerModel.fromBytes(modelBytes) ?? null;
  return loaded ?? undefined;
}
