// The request's fields in the words of the API doc (调整集群节点, 表3 and 表4), one wording per field
// for every way in: the palette's steps, the form's labels, the schema's titles (test/unit/fieldWording).
import type { Translate } from '../translate';
import { DATA_VOLUME_COUNT_RANGE as COUNT, DATA_VOLUME_SIZE_RANGE as SIZE } from './types';

export interface FieldNames {
  /** scale_type */
  readonly scaleType: string;
  /** skip_bootstrap_scripts: 是否跳过引导操作 */
  readonly skipBootstrap: string;
  /** scale_without_start true: 扩容后不启动组件 */
  readonly scaleWithoutStart: string;
  /** task_node_info: Task节点规格 */
  readonly taskNodeInfo: string;
  readonly dataVolumeType: string;
  readonly dataVolumeCount: string;
  readonly dataVolumeSize: string;
}

export function fieldNames(t: Translate): FieldNames {
  return {
    scaleType: t('Scale out or scale in'),
    skipBootstrap: t('Skip bootstrap actions'),
    scaleWithoutStart: t('Do not start components after scale-out'),
    taskNodeInfo: t('Task node info'),
    dataVolumeType: t('Data disk type'),
    dataVolumeCount: t('Data disks per node ({0}–{1})', COUNT.min, COUNT.max),
    dataVolumeSize: t('Size of each data disk in GB ({0}–{1})', SIZE.min, SIZE.max),
  };
}

/** A data disk type with its I/O class, as the console shows it: "SSD (Ultra-high I/O)"; others as they are. */
export function volumeTypeLabel(type: string, t: Translate): string {
  switch (type) {
    case 'SATA':
      return t('SATA (Common I/O)');
    case 'SAS':
      return t('SAS (High I/O)');
    case 'SSD':
      return t('SSD (Ultra-high I/O)');
    case 'GPSSD':
      return t('GPSSD (General-purpose SSD)');
    default:
      return type;
  }
}
