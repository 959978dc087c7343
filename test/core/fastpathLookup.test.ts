import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { Node } from 'jsonc-parser';
import { AnalysisOptions, analyzeText, DocumentAnalysis } from '../../server/src/core/analyze';
import { outlineDocument } from '../../server/src/core/fastPath';
import { Payload } from '../../server/src/core/locate';
import { containerTreeAt, payloadAtOffset } from '../../server/src/core/outline';
import { generatedDocument } from './fastpathCases';

/** A node without its parent links, so trees from both paths compare by content. */
function detached(node: Node | undefined): unknown {
  if (node === undefined) {
    return undefined;
  }

  const { parent: _parent, children, ...own } = node;
  return children ? { ...own, children: children.map(detached) } : own;
}

function summary(payload: Payload | undefined) {
  return payload && {
    object: detached(payload.object),
    type: payload.type.name,
    typeMatch: payload.typeMatch,
    typeProperty: detached(payload.typeProperty),
    associated: payload.associated,
  };
}

/** The innermost object or array of a full tree holding the offset between its brackets. */
function innermostContainer(root: Node | undefined, offset: number): Node | undefined {
  let found: Node | undefined;
  const pending = root ? [root] : [];

  while (pending.length > 0) {
    const node = pending.pop() as Node;
    const inside = node.offset < offset && offset < node.offset + node.length;
    if ((node.type === 'object' || node.type === 'array') && inside) {
      found = node;
    }
    if (node.type === 'property' || node.offset <= offset) {
      pending.push(...(node.children ?? []));
    }
  }
  return found;
}

/** An analysis of a small document made as for a big one: an outline and no tree. */
function outlineOnly(text: string, options: AnalysisOptions): DocumentAnalysis {
  const outline = outlineDocument(text, options);

  assert.ok(outline, 'the scan declined a valid document');
  return { root: undefined, payloads: [], problems: [], outline };
}

suite('when a feature looks up the payload or object under the cursor', () => {
  const options: AnalysisOptions[] = [
    { language: 'jsonc' },
    { language: 'json', associated: true },
  ];

  test('should find by outline the same payload, with the same tree, as by full tree', () => {
    let found = 0;

    for (let seed = 0; seed < 150; seed++) {
      for (const option of options) {
        const text = generatedDocument(seed, option.language === 'jsonc');
        const full = analyzeText(text, option);
        const byOutline = outlineOnly(text, option);

        for (let offset = 0; offset <= text.length; offset += 3) {
          const expected = summary(payloadAtOffset(full, text, offset));
          assert.deepEqual(summary(payloadAtOffset(byOutline, text, offset)), expected,
            `seed ${seed} offset ${offset}`);
          found += expected ? 1 : 0;
        }
      }
    }
    assert.ok(found > 5000, `only ${found} lookups hit a payload`);
  });

  test('should give the innermost object or array around the cursor, parsed alone', () => {
    for (let seed = 0; seed < 80; seed++) {
      const text = generatedDocument(seed, false);
      const full = analyzeText(text, { language: 'json' });
      const byOutline = outlineOnly(text, { language: 'json' });

      assert.equal(containerTreeAt(full, text, 0), full.root);
      for (let offset = 0; offset <= text.length; offset += 5) {
        assert.deepEqual(detached(containerTreeAt(byOutline, text, offset)),
          detached(innermostContainer(full.root, offset)), `seed ${seed} offset ${offset}`);
      }
    }
  });
});
