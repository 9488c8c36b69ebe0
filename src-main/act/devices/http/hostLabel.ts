/** host:port as people write it; IPv6 addresses in brackets. */
export function hostLabel(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}
