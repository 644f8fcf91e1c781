import * as assert from 'node:assert/strict';
import { englishTranslate as t } from '../../../../src/core/translate';
import {
  describeListError,
  describeLoadError,
  describeNodesError,
  describeNoClusters,
} from '../../../../src/vscode/tree/describeMessage';
import { zhTranslate } from '../../../support/unit/zhTranslate';

describe('tree message rows', () => {
  it('labels a failed list with its reason, says what failed in the tooltip, and retries on click', () => {
    const row = describeListError('Authentication failed. (APIGW.0301)', t, 'Check the credentials of the connection.');
    assert.equal(row.label, 'Authentication failed. (APIGW.0301)');
    assert.equal(row.accessibilityLabel, 'Could not list clusters: Authentication failed. (APIGW.0301)');
    assert.equal(
      row.tooltip,
      [
        '**Could not list clusters: Authentication failed. \\(APIGW.0301\\)**',
        'Check the credentials of the connection.',
        'Retry to try again; Show Log has the details.',
      ].join('\n\n'),
    );
    assert.deepEqual([row.severity, row.command], ['error', 'mrs.clusters.retry']);
  });

  it('labels any other failure with its reason too', () => {
    const row = describeLoadError('Could not reach the server.', t);
    assert.equal(row.label, 'Could not reach the server.');
    assert.match(row.tooltip, /^\*\*Could not load: Could not reach the server\.\*\*\n\nRetry/);
  });

  it("says that a custom cluster's groups are shown as its details name them when its nodes could not be read", () => {
    const row = describeNodesError('Access denied. (MRS.0011)', t);
    assert.equal(row.label, 'Access denied. (MRS.0011)');
    assert.equal(
      row.accessibilityLabel,
      'Could not read the nodes of the cluster, so its node groups are shown as its details name them: Access denied. (MRS.0011)',
    );
    assert.deepEqual([row.severity, row.command], ['error', 'mrs.clusters.retry']);
    assert.match(
      describeNodesError('x', zhTranslate).accessibilityLabel,
      /^未能读取集群的节点列表，节点组按集群详情显示：x$/,
    );
  });

  it('says so when a region has no clusters, without a click action', () => {
    const row = describeNoClusters('cn-north-4', t);
    assert.deepEqual([row.label, row.severity, row.command], ['No clusters in cn-north-4', 'info', undefined]);
  });
});
