// One wording for each field of the request in every way in, the API doc's (调整集群节点, 表4):
// skip_bootstrap_scripts "是否跳过引导操作", scale_without_start "true：扩容后不启动组件",
// task_node_info "Task节点规格", the data disks' 个数 and 容量 with ranges in ～, the disk types' I/O class.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { englishTranslate } from '../../src/core/translate';
import { formLabels } from '../../src/vscode/webviews/formLabels';
import { formView, type FormState } from '../../webview/resize/formModel';
import { initialFormDraft } from '../../src/shared/resizeForm';
import { clusterFactsOf } from '../../src/core/resize/facts';
import { aCluster } from '../support/builders';
import { zhTranslate } from '../support/unit/zhTranslate';
import { flow } from './core/flows/flowFixtures';
import { addOneCoreNode } from '../support/paletteScript';

const root = path.resolve(__dirname, '../../..');
interface SchemaNode {
  readonly title?: string;
  readonly properties?: Record<string, SchemaNode>;
}
const parametersOf = (file: string) => {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', file), 'utf8')) as SchemaNode;
  return schema.properties?.request?.properties?.parameters?.properties ?? {};
};

describe('one wording per field of the request, the doc’s, in every way in', () => {
  it('names the two switches of a scale-out alike in the palette, the form and the schema', async () => {
    const { p } = await flow(addOneCoreNode('with-task'));
    const options = p.asked.find((a) => a.kind === 'pickMany');
    const en = ['Skip bootstrap actions', 'Do not start components after scale-out'];
    assert.deepEqual(options?.labels, en, 'palette');
    const form = formLabels(englishTranslate);
    assert.deepEqual([form.skipBootstrap, form.scaleWithoutStart], en, 'form');
    const schema = parametersOf('mrs-resize.schema.json');
    assert.deepEqual([schema.skip_bootstrap_scripts?.title, schema.scale_without_start?.title], en, 'schema');
  });

  it('says 跳过引导操作 and 扩容后不启动组件 in Chinese in the form and the schema', () => {
    const zh = ['跳过引导操作', '扩容后不启动组件'];
    const form = formLabels(zhTranslate);
    assert.deepEqual([form.skipBootstrap, form.scaleWithoutStart], zh);
    const schema = parametersOf('mrs-resize.schema.zh-cn.json');
    assert.deepEqual([schema.skip_bootstrap_scripts?.title, schema.scale_without_start?.title], zh);
  });

  it('labels the form’s other fields with the doc’s names, as the palette does', () => {
    const form = formLabels(zhTranslate);
    assert.deepEqual(
      [form.direction, form.taskNodeInfo, form.volumeCount, form.volumeSize, form.range, form.scaleWithoutStartNote],
      [
        '扩容或缩容',
        'Task节点规格',
        '每个节点的数据磁盘个数（1～10）',
        '每块数据磁盘的容量，单位GB（100～32000）',
        '允许范围：{0}～{1}',
        '仅MRS 1.7.2及之后版本支持。',
      ],
    );
  });

  it('shows the data disk types with their I/O class in the form', () => {
    const state: FormState = {
      facts: clusterFactsOf(aCluster()),
      hosts: [],
      draft: initialFormDraft(clusterFactsOf(aCluster())),
      labels: formLabels(zhTranslate),
      sendState: { kind: 'idle' },
    };
    assert.deepEqual(
      formView(state, zhTranslate).volumeTypes.map((o) => o.label),
      ['SATA（普通IO）', 'SAS（高IO）', 'SSD（超高IO）', 'GPSSD（通用型SSD）'],
    );
  });
});
