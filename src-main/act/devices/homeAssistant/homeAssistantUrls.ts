/** The WebSocket API address of a Home Assistant URL: http -> ws, https -> wss. */
export function homeAssistantWebSocketUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error('a Home Assistant URL starts with http:// or https://');
  }
  parsed.protocol = parsed.protocol === 'https:' ? 'wss:' : 'ws:';
  parsed.pathname = `${parsed.pathname.replace(/\/+$/, '')}/api/websocket`;
  parsed.search = '';
  parsed.hash = '';
  return parsed.toString();
}

/** host:port, for messages: never the path or anything after it. */
export function homeAssistantLabel(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'Home Assistant';
  }
}
