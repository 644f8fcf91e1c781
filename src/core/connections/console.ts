/** The MRS console page of a region (the cluster list; the console has no stable deep link per cluster). */
export function consoleUrl(region: string): string {
  const host = region === 'eu-west-101' ? 'console.eu.huaweicloud.com' : 'console.huaweicloud.com';
  return `https://${host}/mrs/?region=${encodeURIComponent(region)}#/mrs/manager/clusterList`;
}
