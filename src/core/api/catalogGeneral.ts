// Codes of the general MRS table that show up around scaling (docs/mrs-api.md §5.2) and the gateway codes
// of signing and tokens (§2.1, §2.2.4), in English and Simplified Chinese.
import { entry, type CatalogEntry } from './catalogEntry';

const SCALING_WAIT_EN = 'Wait for the current resize to finish, then try again.';
const SCALING_WAIT_ZH = '请等待当前扩缩容完成后重试。';
const SOLD_OUT = entry(
  'The chosen EVS disk type is sold out.',
  'Choose another data disk type (SATA, SAS or SSD).',
  '所选的云硬盘类型已售罄。',
  '请选择其他数据磁盘类型（普通IO、高IO或超高IO）。',
);
const SIGNATURE = entry(
  'Incorrect IAM authentication information (for example the AK/SK signature did not verify, or the token could not be decrypted).',
  "Check the access key (AK/SK) and that this computer's clock is within 15 minutes of the real time; with a token, get a new one.",
  'IAM认证信息错误（例如AK/SK签名校验失败或Token解析失败）。',
  '请检查访问密钥（AK/SK），并确认本机时间与标准时间相差不超过15分钟；使用Token时请重新获取用户Token。',
);
const NO_API = entry(
  'The API does not exist or is not published: the endpoint, method or path is wrong.',
  'Check the region and the MRS endpoint of the connection.',
  'API不存在或未发布：终端节点、方法或路径错误。',
  '请检查连接的区域和MRS终端节点。',
);
const TOKEN_UPDATE = entry(
  'The token must be updated: it has expired or belongs to another region.',
  'Get a new token for this region (connections with an IAM password do this automatically).',
  'Token需要更新：已过期或属于其他区域。',
  '请获取该区域的新用户Token（使用IAM用户密码的连接会自动获取）。',
);

export const GENERAL_CODES: Readonly<Record<string, CatalogEntry>> = {
  '12000004': entry(
    'Internal MRS error.',
    'Refresh the cluster, then try again later.',
    'MRS内部错误。',
    '请刷新集群后稍后重试。',
  ),
  '12000012': entry(
    'The cluster is busy or not running (for example being resized, started or stopped).',
    'Wait until the cluster is running and idle, then try again.',
    '集群忙或不是运行中状态（例如正在扩缩容、启动或停止）。',
    '请等待集群处于运行中且空闲后重试。',
  ),
  '12000023': entry('Failed to get the cluster details.', 'Try again later.', '获取集群详情失败。', '请稍后重试。'),
  '12000041': entry('Failed to get the cluster list.', 'Try again later.', '获取集群列表失败。', '请稍后重试。'),
  '12000123': entry(
    'Task node information cannot be changed because the Task node count is not 0.',
    'Remove task_node_info from the request: it is only allowed when the cluster has no Task nodes.',
    'Task节点数不为0，不能更新Task节点信息。',
    '请从请求中删除 task_node_info：仅当Task节点数为0时才能使用。',
  ),
  '12000124': entry(
    'The Task node count of this cluster can only be changed by auto scaling.',
    'Change the auto scaling policy of the cluster instead.',
    '该集群的Task节点数只能通过弹性伸缩修改。',
    '请修改集群的弹性伸缩策略。',
  ),
  '12000125': entry(
    'Task node information cannot be updated while the cluster is being resized.',
    SCALING_WAIT_EN,
    '集群正在扩缩容，不能更新Task节点信息。',
    SCALING_WAIT_ZH,
  ),
  '12000136': entry(
    'Permission denied (for example bss:order:update is missing).',
    'Ask the account administrator to grant the IAM user the MRS permissions (and bss:order:update for yearly/monthly clusters).',
    '权限不足（例如缺少 bss:order:update）。',
    '请联系账号管理员为IAM用户授予MRS权限（包年/包月集群还需要 bss:order:update）。',
  ),
  '12000138': entry(
    'Node groups cannot be deleted while the cluster is being resized.',
    SCALING_WAIT_EN,
    '集群正在扩缩容，不能删除节点组。',
    SCALING_WAIT_ZH,
  ),
  '12000139': SOLD_OUT,
  '12000140': SOLD_OUT,
  '12000141': entry(
    'The disk size is below the minimum.',
    'Use a larger data disk (at least 100 GB).',
    '磁盘容量低于最小值。',
    '请增大数据磁盘容量（至少100GB）。',
  ),
  '12000142': entry(
    'The disk size is above the maximum of 32000 GB.',
    'Use a data disk of at most 32000 GB.',
    '磁盘容量超过最大值32000GB。',
    '请将数据磁盘容量减小到32000GB以内。',
  ),
  '12000233': entry(
    'There are not enough resources of the chosen flavor.',
    'Choose another instance flavor or try again later.',
    '所选实例规格资源不足。',
    '请选择其他实例规格或稍后重试。',
  ),
  '12000234': entry(
    'There are not enough resources of the flavor for the nodes to add.',
    'Add fewer nodes at a time.',
    '扩容节点的实例规格资源不足。',
    '请减少本次扩容的节点数。',
  ),
  '130000002': entry(
    'The token is invalid.',
    'Reconnect to get a new token, or paste a valid one.',
    'Token不合法。',
    '请重新连接以获取新的用户Token，或粘贴有效的Token。',
  ),
  'APIGW.0301': SIGNATURE,
  'APIG.0301': SIGNATURE,
  'APIGW.0101': NO_API,
  'APIG.0101': NO_API,
  'APIG.0307': TOKEN_UPDATE,
  'APIGW.0307': TOKEN_UPDATE,
};
