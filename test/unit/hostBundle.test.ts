// The node extension host's bundle stays light: the analysis core (gazetteers, the labeller's model) lives in
// dist/core.js, which the host requires only for an in-process analysis (the fallback when the worker cannot run),
// and in the worker and CLI bundles.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';

const DIST = path.resolve(__dirname, '../../../dist');
/** The first bytes of data/ner-model.bin as esbuild inlines them (base64 of the magic 'NER2'). */
const MODEL_BYTES = 'TkVSMh';

describe('host bundle', () => {
  it('dist/extension.js requires dist/core.js lazily and carries no model', () => {
    const host = fs.readFileSync(path.join(DIST, 'extension.js'), 'utf8');
    assert.ok(host.includes('require("./core.js")'), 'the lazy core is a run-time require');
    assert.ok(!host.includes(MODEL_BYTES), 'the model is not in the host bundle');
    for (const bundle of ['core.js', 'analysisWorkerMain.js', 'provisionalAnalysisMain.js', 'cli.js']) {
      assert.ok(fs.readFileSync(path.join(DIST, bundle), 'utf8').includes(MODEL_BYTES), `${bundle} carries the model`);
    }
  });

  it('dist/core.js analyses as the in-process fallback needs', function () {
    this.timeout(20000);
    const core = require(path.join(DIST, 'core.js')) as typeof import('../../src/core');
    const analysis = core.analyzeText('国务院总理王建华昨天在北京会见了来访的代表团。', loadSegmenter().segmenter);
    assert.ok(analysis.entities.some((e) => e.type === 'person' && e.text === '王建华'));
    assert.ok(core.getPlaceChain('北京').length > 0);
  });
});
