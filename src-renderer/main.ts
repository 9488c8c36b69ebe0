import { App } from './App.ts';
import { preloadClient } from './transport/preloadClient.ts';
import { WebSocketClient } from './transport/WebSocketClient.ts';

// The interface's entry point: the Electron window's preload bridge when there is one,
// else the hub's WebSocket.

const client = preloadClient() ?? new WebSocketClient();
const root = document.getElementById('app');
if (root) new App(client).mount(root);
