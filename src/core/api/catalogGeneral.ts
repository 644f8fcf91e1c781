// Codes of the general MRS table that show up around scaling (docs/mrs-api.md §5.2), the gateway codes
// of signing and tokens (§2.1, §2.2.4), and the client's own refusals before sending (CLIENT.*, where
// the kind's text would say too little), in English and Simplified Chinese.
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

const THROTTLED = entry(
  "Too many calls of this API: the API gateway's per-tenant limit of calls was reached, so it refused the call before MRS saw it; nothing was changed.",
  'Wait a minute, then try again (MRS allows 60 expand and 60 shrink calls a minute, and 200 node list calls).',
  '该API的调用次数过多：已达到API网关的单租户流控阈值，网关在MRS处理前拒绝了该请求，未做任何变更。',
  '请等待一分钟后重试（MRS每分钟允许扩容集群、缩容集群各60次，查询集群节点列表200次）。',
);

export const GENERAL_CODES: Readonly<Record<string, CatalogEntry>> = {
  '12000004': entry(
    'Internal MRS error.',
    'Refresh the cluster, then try again later.',
    'MRS内部出错。',
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
  // docs/mrs-api.md §3.6 "Rate limit": MRS's page names APIGW.0308, other services' pages APIG.0308.
  'APIGW.0308': THROTTLED,
  'APIG.0308': THROTTLED,
  'CLIENT.EMPTY_TOKEN': entry(
    'The user token of the connection is empty, so nothing was sent.',
    'Edit the connection and paste a user token (X-Auth-Token), or sign in with an access key or an IAM user instead.',
    '连接的用户Token为空，未发送任何请求。',
    '请编辑连接并粘贴用户Token（X-Auth-Token），或改用访问密钥（AK/SK）或IAM用户登录。',
  ),
  'CLIENT.NO_PROJECT': entry(
    "IAM has no project named after the connection's region, so the project ID is not known; nothing was sent to MRS.",
    'Enter the project ID in the connection (the console lists it under My Credentials), or check the region.',
    'IAM中没有与连接的区域同名的项目，无法确定项目ID，未向MRS发送任何请求。',
    '请在连接中填写项目ID（可在控制台的“我的凭证”中查看），或检查连接的区域。',
  ),
  'CLIENT.BAD_ENDPOINT': entry(
    'The endpoint of the connection is not a valid URL, or it holds a user name, a password, a query or a fragment.',
    "Edit the endpoint of the connection (https://host[:port][/path]), or leave it empty to use the region's default.",
    '连接的终端节点不是有效的URL，或包含用户名、密码、查询参数或片段。',
    '请编辑连接的终端节点（https://主机[:端口][/路径]），或留空以使用区域的默认值。',
  ),
  'CLIENT.INSECURE_ENDPOINT': entry(
    'The endpoint of the connection does not use https; http is allowed only on this computer (the emulator).',
    "Change the endpoint to https://, or leave it empty to use the region's default.",
    '连接的终端节点未使用https；http仅可用于本机（模拟器）。',
    '请将终端节点改为 https:// 地址，或留空以使用区域的默认值。',
  ),
  'CLIENT.BAD_REGION': entry(
    'The region of the connection is not a region ID (such as cn-north-4).',
    'Edit the connection and choose its region from the list (mrs-resize: HUAWEICLOUD_SDK_REGION or --region).',
    '连接的区域不是有效的区域ID（例如 cn-north-4）。',
    '请编辑连接，从列表中选择区域（mrs-resize：HUAWEICLOUD_SDK_REGION 或 --region）。',
  ),
};
