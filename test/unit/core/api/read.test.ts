import assert from 'node:assert/strict';
import { collectPages, type PageOf } from '../../../../src/core/api/paging';
import { Fields, snippetOf, toBool, toDate, toInt, toStr } from '../../../../src/core/api/read';

describe('tolerant JSON readers', () => {
  it('reads integers from numbers and numeric strings only', () => {
    assert.deepEqual([toInt(3), toInt('3'), toInt(' 42 '), toInt('7.9'), toInt(-1)], [3, 3, 42, 7, -1]);
    assert.deepEqual(
      [toInt('3 nodes'), toInt('null'), toInt(''), toInt(null), toInt(NaN), toInt(true), toInt('0x10')],
      [undefined, undefined, undefined, undefined, undefined, undefined, undefined],
    );
  });

  it('reads strings, turning "null", blanks and objects into undefined', () => {
    assert.deepEqual(
      [toStr(' a '), toStr(5), toStr('NULL'), toStr('  '), toStr({}), toStr(null)],
      ['a', '5', undefined, undefined, undefined, undefined],
    );
  });

  it('reads booleans from booleans, 1/0 and text', () => {
    assert.deepEqual(
      [toBool(true), toBool('TRUE'), toBool(0), toBool('1'), toBool('yes'), toBool(null)],
      [true, true, false, true, undefined, undefined],
    );
  });

  it('reads Unix seconds, milliseconds and ISO dates', () => {
    assert.equal(toDate('1487570757')?.toISOString(), '2017-02-20T06:05:57.000Z');
    assert.equal(toDate(1487570757000)?.toISOString(), '2017-02-20T06:05:57.000Z');
    assert.equal(toDate('2020-01-04T09:05:22.701000Z')?.toISOString(), '2020-01-04T09:05:22.701Z');
    assert.equal(toDate('soon'), undefined);
  });

  it('looks keys up case-insensitively, exact spelling first, a later non-null value over null', () => {
    const f = new Fields({ groupName: 'exact', GROUPNAME: 'upper', NodeNum: null, nodenum: '4' });
    assert.equal(f.str('groupName'), 'exact');
    assert.equal(f.str('GroupName'), 'exact');
    assert.equal(f.int('nodeNum'), 4);
    assert.equal(f.arr('groupName'), undefined);
    assert.equal(f.obj('groupName'), undefined);
  });

  it('takes the first non-null value among the other spellings when the exact one is missing or null', () => {
    const f = new Fields({ nodeNum: null, NODENUM: null, NodeNum: '5', nodenum: '6', Flavor: 'c3', FLAVOR: 'c6' });
    assert.equal(f.int('nodeNum'), 5);
    assert.equal(f.int('NODENUM'), 5);
    assert.equal(f.str('flavor'), 'c3');
    assert.equal(f.raw('nodenumber'), undefined);
    assert.equal(new Fields({ a: null, A: null }).raw('a'), null);
    // A key that lower-cases to a longer string still matches: U+0130 (İ) becomes i + U+0307.
    assert.equal(new Fields({ İD: 'dotted' }).str('i\u0307d'), 'dotted');
  });

  it('relies on lower-casing never making a string shorter (a longer key is skipped unread)', () => {
    const shorter: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp < 0xd800 || cp > 0xdfff) {
        const ch = String.fromCodePoint(cp);
        if (ch.toLowerCase().length < ch.length) {
          shorter.push(cp.toString(16));
        }
      }
    }
    assert.deepEqual(shorter, []);
  });

  it('keeps the start of a body for the log, flattened and cut', () => {
    assert.equal(snippetOf('<html>\n\t<body>x</body>\r\n</html>'), '<html> <body>x</body> </html>');
    assert.equal(snippetOf('a'.repeat(500)).length, 201);
  });
});

describe('collectPages', () => {
  const pages =
    (...list: PageOf<string>[]) =>
    (page: number) =>
      Promise.resolve(list[Math.min(page, list.length) - 1]);
  const opts = { pageSize: 2, idOf: (s: string) => s };

  it('stops at total, at an empty page, at a page with nothing new, and at the last page', async () => {
    assert.deepEqual(await collectPages(pages({ items: ['a', 'b'], total: 3 }, { items: ['c'], total: 3 }), opts), {
      items: ['a', 'b', 'c'],
      stoppedBecause: 'total',
    });
    assert.deepEqual(await collectPages(pages({ items: ['a', 'b'], total: 9 }, { items: [], total: 9 }), opts), {
      items: ['a', 'b'],
      stoppedBecause: 'emptyPage',
    });
    assert.deepEqual(await collectPages(pages({ items: ['a', 'b'], total: 9 }), opts), {
      items: ['a', 'b'],
      stoppedBecause: 'nothingNew',
    });
    assert.deepEqual(
      await collectPages(pages({ items: ['a', 'b'], total: undefined }, { items: ['c'], total: undefined }), opts),
      {
        items: ['a', 'b', 'c'],
        stoppedBecause: 'lastPage',
      },
    );
  });

  it('never reads more than maxPages', async () => {
    let n = 0;
    const endless = () => Promise.resolve({ items: [`x${n++}`, `x${n++}`], total: undefined });
    const result = await collectPages(endless, { ...opts, maxPages: 7 });
    assert.equal(result.stoppedBecause, 'maxPages');
    assert.equal(result.items.length, 14);
  });
});
