// The Chinese error_msg of each code of 表9 (错误码说明) of the resize doc (调整集群节点), as MRS sends
// it when the request says `X-Language: zh-cn` (docs/mrs-api.md §1.4). XX stands for the cluster and
// N for a number in the doc; the emulator fills in what it knows. English (en-us, or no header) is
// the emulator's own sentence, with more detail.
import { mrsError, type Reply } from '../http/reply';

/** 表9 verbatim (test/unit/emulator/language.test.ts holds it against the doc's table). */
export const ZH_MESSAGES: Readonly<Record<string, string>> = {
  '12000001': '身份校验不合法。',
  '12000002': '参数不合法。',
  '12000003': '集群不存在。',
  '12000009': '方法参数不合法。',
  '12000013': 'XX集群缩容失败。',
  '12000014': 'XX集群扩容失败。',
  '12000017': '状态不是【运行中】的集群，不允许执行缩容/扩容操作。',
  '12000018': '缩容/扩容中的集群，不允许再次缩容/扩容。',
  '12000019': '获取集群主机列表失败！',
  '12000028': '集群Core节点个数最多为N个。',
  '12000029': '获取配额失败。',
  '12000030': '申请的集群节点总数大于可用配额数量。',
  '12000031': '申请的集群CPU总核数大于可用配额数量。',
  '12000032': '申请的集群内存总数大于可用配额数量。',
  '12000033': '申请的集群磁盘块数大于可用配额数量。',
  '12000034': '申请的集群磁盘容量大于可用配额数量。',
  '12000054': '不支持此操作。',
  '12000065': '包年包月的集群不支持扩容/缩容！',
  '12000067': '集群版本太老，不允许扩容，请尽快升级最新版本。',
  '12000068': '集群存在非运行状态节点，请稍后重试。',
  '12000121': '该集群存在未支付订单，不允许扩容，请完成订单后再执行操作。',
  'MRS.101': '用户请求配额不足，请提交工单提升配额。',
  'MRS.102': '用户Token为空或不合法，请稍后重试或联系客服。',
  'MRS.103': '用户请求不合法，请稍后重试或联系客服。',
  'MRS.104': '用户资源不足，请稍后重试或联系客服。',
  'MRS.105': '现子网IP不足，请稍后重试或联系客服。',
  'MRS.201': '因ECS服务导致失败，请稍后重试或联系客服。(ECS:xxxx, ECS错误信息)',
  'MRS.202': '因IAM服务导致失败，请稍后重试或联系客服。(IAM:xxxx, IAM错误信息)。',
  'MRS.203': '因VPC服务导致失败，请稍后重试或联系客服。(VPC:xxxx,VPC错误信息)。',
  'MRS.300': 'MRS内部出错，请稍后重试或联系客服。',
};

/** What the emulator knows of the doc's placeholders: XX (the cluster) and N (a number). */
export interface ZhValues {
  readonly cluster?: string;
  readonly n?: number;
}

/** The doc's Chinese message of a code, its placeholders filled in; undefined for a code 表9 does not word. */
export function zhMessage(code: string, values: ZhValues = {}): string | undefined {
  const text = ZH_MESSAGES[code];
  return text?.replace('XX', values.cluster ?? '').replace(/N个/, `${values.n ?? ''}个`);
}

/** An MRS error answer in English, with the doc's Chinese for a request in zh-cn. */
export function docError(status: number, code: string, msg: string, values?: ZhValues): Reply {
  return mrsError(status, code, msg, zhMessage(code, values));
}
