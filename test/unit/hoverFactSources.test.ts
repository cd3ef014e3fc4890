import * as assert from 'node:assert/strict';
import { hoverFactSources } from '../../src/documentModel/lazyCore';

describe('hover fact sources (where the analysis runs)', () => {
  it('gives a county its chain of parents up to the province', () => {
    assert.deepEqual(hoverFactSources.placeChain('泽普县').map((link) => link.name), ['泽普县', '喀什地区', '新疆维吾尔自治区']);
  });

  it('gives each link its kind', () => {
    assert.equal(hoverFactSources.placeChain('泽普县')[0].kind, '县');
  });

  it('gives no chain for a name the gazetteer lacks', () => {
    assert.deepEqual(hoverFactSources.placeChain('不存在的地方'), []);
  });
});
