import type { AssistantApi } from '../../src-main/core/assistantApi.ts';

// The interface talks to the assistant through this one API, whatever carries it: the hub's
// WebSocket (WebSocketClient) or the Electron window's preload bridge (preloadClient).

export type ConnectionState = 'connecting' | 'open' | 'closed';

export interface AssistantClient extends AssistantApi {
  /** Tells when the link to the assistant drops and comes back (a preload bridge never drops). */
  onConnection(listener: (state: ConnectionState) => void): () => void;
  close(): void;
}
