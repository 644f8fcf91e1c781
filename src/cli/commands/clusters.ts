// `mrs-resize clusters`: the clusters of the connection, with state and core/task node counts.
import { resizeStatusText } from '../../core/model/labels';
import type { Cluster } from '../../core/model/cluster';
import { EXIT, type ExitCode } from '../exitCodes';
import { connect, type CliContext } from '../context';
import { table } from '../table';

function row(c: Cluster): Record<string, unknown> {
  return {
    id: c.id,
    name: c.name,
    state: c.state,
    stateText: c.stateText,
    ...(c.scale ? { scale: c.scale } : {}),
    coreNodes: c.coreCount,
    taskNodes: c.taskCount,
  };
}

export async function clustersCommand(ctx: CliContext): Promise<ExitCode> {
  const { connection, client } = connect(ctx);
  const clusters = await client.listClusters({ state: 'existing' });
  if (ctx.out.json) {
    ctx.out.printJson({
      command: 'clusters',
      exitCode: EXIT.ok,
      region: connection.region,
      clusters: clusters.map(row),
    });
    return EXIT.ok;
  }
  const { t } = ctx;
  const header = [t('NAME'), t('ID'), t('STATE'), t('CORE'), t('TASK')];
  const rows = clusters.map((c) => {
    return [c.name, c.id, resizeStatusText(c, t), String(c.coreCount), String(c.taskCount)];
  });
  for (const line of table(header, rows)) {
    ctx.out.print(line);
  }
  ctx.out.print(t('{0} clusters in {1}.', clusters.length, connection.region), 'dim');
  return EXIT.ok;
}
