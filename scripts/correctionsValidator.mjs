// An esbuild plugin: the module `virtual:corrections-validator` is the corrections file's JSON schema
// (schemas/news-annotator.schema.json, the one VS Code validates the file with) compiled by ajv into standalone
// code at build time. One schema drives both, and nothing is compiled with eval at run time (web workers too).
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA = join(ROOT, 'schemas', 'news-annotator.schema.json');

/** The standalone validator's CommonJS source. */
export function correctionsValidatorSource() {
  const ajv = new Ajv({ allErrors: true, strict: true, code: { source: true } });
  return standaloneCode(ajv, ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8'))));
}

export const correctionsValidatorPlugin = {
  name: 'corrections-validator',
  setup(build) {
    build.onResolve({ filter: /^virtual:corrections-validator$/ }, (args) => ({ path: args.path, namespace: 'corrections-validator' }));
    build.onLoad({ filter: /.*/, namespace: 'corrections-validator' }, () => ({
      contents: correctionsValidatorSource(),
      loader: 'js',
      resolveDir: ROOT,
      watchFiles: [SCHEMA],
    }));
  },
};
