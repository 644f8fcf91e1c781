import * as assert from 'node:assert/strict';
import { bundleTranslate, englishTranslate } from '../../../src/core/translate';

describe('englishTranslate', () => {
  it('fills the holes with the arguments, in any order and more than once', () => {
    assert.equal(englishTranslate('{1} of {0}, {1} again', 'a', 2), '2 of a, 2 again');
    assert.equal(englishTranslate('{0} core', 0), '0 core');
    assert.equal(englishTranslate('{0}', false), 'false');
  });

  it('leaves a hole without its argument, and a message without arguments, as they are', () => {
    assert.equal(englishTranslate('{0} and {1}', 'x'), 'x and {1}');
    assert.equal(englishTranslate('{0} nodes, {x}, $& {'), '{0} nodes, {x}, $& {');
    assert.equal(englishTranslate('Cluster ID'), 'Cluster ID');
  });

  it('translates through a bundle, English where the bundle has no entry', () => {
    const t = bundleTranslate({ '{0} core': '{0} 个 Core', running: '运行中' });
    assert.deepEqual([t('{0} core', 3), t('running'), t('{0} task', 2)], ['3 个 Core', '运行中', '2 task']);
  });
});
