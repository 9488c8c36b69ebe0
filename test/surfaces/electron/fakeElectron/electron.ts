import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';

// A stand-in for the parts of Electron's main-process API that Hearth uses, so the real
// main bundle (out/.../main.mjs) runs under plain Node in a test: it reports what main does
// (windows, IPC channels, tray menus, notifications, sends to the page) to the test through
// process.send, and lets the test act as Electron would (an IPC message from a frame, an
// app:// request, a permission request, a tray click). utilityProcess.fork starts a real
// Node child process, so the assistant's process is the real bundled host.

type Listener = (...args: unknown[]) => unknown;
const report = (type: string, data: Record<string, unknown> = {}) =>
  process.send?.({ type, ...data });

class Emitter extends EventEmitter {}

export const app = Object.assign(new Emitter(), {
  isPackaged: false,
  requestSingleInstanceLock: () => true,
  enableSandbox: () => report('sandbox'),
  setName: (name: string) => report('setName', { name }),
  setPath: (name: string, path: string) => report('setPath', { name, path }),
  getPath: (name: string) => `/fake/${name}`,
  getAppPath: () => process.cwd(),
  whenReady: () => Promise.resolve(),
  setLoginItemSettings: (settings: object) => report('loginItem', { settings }),
  getLoginItemSettings: () => ({ openAtLogin: false }),
  quit: () => {
    const event = {
      defaultPrevented: false,
      preventDefault: () => (event.defaultPrevented = true),
    };
    app.emit('before-quit', event);
    if (!event.defaultPrevented) {
      report('quit');
      setImmediate(() => process.exit(0));
    }
  },
});

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown) => report('schemes', { schemes }),
};

interface FakeSession {
  protocolHandler?: (request: Request) => Promise<Response>;
  permissionRequest?: Listener;
  permissionCheck?: Listener;
  devicePermission?: Listener;
}
const sessions = new Map<string, FakeSession>();

export const session = {
  fromPartition(partition: string) {
    const state: FakeSession = sessions.get(partition) ?? {};
    sessions.set(partition, state);
    return {
      protocol: {
        handle: (scheme: string, handler: FakeSession['protocolHandler']) => {
          state.protocolHandler = handler;
          report('protocol', { scheme, partition });
        },
      },
      setPermissionRequestHandler: (h: Listener) => (state.permissionRequest = h),
      setPermissionCheckHandler: (h: Listener) => (state.permissionCheck = h),
      setDevicePermissionHandler: (h: Listener) => (state.devicePermission = h),
      on: () => undefined,
    };
  },
};

let nextId = 1;
const windows: FakeBrowserWindow[] = [];
const mainFrame = { url: 'app://hearth/index.html', origin: 'app://hearth' };

class FakeWebContents extends Emitter {
  readonly id = nextId++;
  readonly mainFrame = mainFrame;
  openHandler: Listener | undefined;
  setWindowOpenHandler(handler: Listener) {
    this.openHandler = handler;
  }
  send(channel: string, payload: unknown) {
    report('send', { channel, payload });
  }
}

export class FakeBrowserWindow extends Emitter {
  readonly webContents = new FakeWebContents();
  visible = false;
  destroyed = false;
  constructor(options: Record<string, unknown>) {
    super();
    windows.push(this);
    report('window', { options: JSON.parse(JSON.stringify(options)) as unknown });
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string) {
    report('loadURL', { url });
    setImmediate(() => {
      this.emit('ready-to-show');
      this.webContents.emit('did-finish-load');
    });
    return Promise.resolve();
  }
  show() {
    this.visible = true;
  }
  hide() {
    this.visible = false;
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isVisible() {
    return this.visible;
  }
  isFocused() {
    return this.visible;
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
}
export { FakeBrowserWindow as BrowserWindow };

const handlers = new Map<string, Listener>();
const listeners = new Map<string, Listener>();
export const ipcMain = {
  handle: (channel: string, handler: Listener) => handlers.set(channel, handler),
  removeHandler: (channel: string) => handlers.delete(channel),
  on: (channel: string, listener: Listener) => listeners.set(channel, listener),
  off: (channel: string) => listeners.delete(channel),
};

let hostChild: ReturnType<typeof fork> | undefined;
export const utilityProcess = {
  fork(modulePath: string, args: string[], options: { serviceName?: string }) {
    const child = fork(modulePath, args, { serialization: 'advanced', stdio: 'inherit' });
    hostChild = child;
    report('utilityProcess', { modulePath, args, serviceName: options.serviceName });
    const emitter = Object.assign(new Emitter(), {
      pid: child.pid,
      postMessage: (message: unknown) => child.connected && child.send(message as object),
      kill: () => child.kill('SIGKILL'),
    });
    child.on('message', (message) => emitter.emit('message', message));
    child.on('exit', (code, signal) => emitter.emit('exit', code ?? (signal ? 1 : 0)));
    return emitter;
  },
};

interface MenuItem {
  id: string;
  label?: string;
  type?: string;
  enabled?: boolean;
  checked?: boolean;
  click?: () => void;
}
let trayMenu: MenuItem[] = [];
export const Menu = { buildFromTemplate: (items: MenuItem[]) => ({ items }) };
export const nativeImage = {
  createFromPath: (path: string) => ({ path, setTemplateImage: () => undefined }),
};
export class Tray extends Emitter {
  constructor(image: { path: string }) {
    super();
    report('tray', { icon: image.path });
  }
  setContextMenu(menu: { items: MenuItem[] }) {
    trayMenu = menu.items;
    report('trayMenu', { items: menu.items.map(({ click: _click, ...item }) => item) });
  }
  setToolTip(text: string) {
    report('tooltip', { text });
  }
  isDestroyed() {
    return false;
  }
  destroy() {}
}

export class Notification extends Emitter {
  static isSupported() {
    return true;
  }
  constructor(private readonly options: { title: string; body: string }) {
    super();
  }
  show() {
    report('notification', this.options);
  }
  close() {}
}

const shortcuts = new Map<string, Listener>();
export const globalShortcut = {
  register: (accelerator: string, callback: Listener) => {
    shortcuts.set(accelerator, callback);
    report('shortcut', { accelerator });
    return true;
  },
  unregister: (accelerator: string) => shortcuts.delete(accelerator),
};

/** What the test asks of "Electron". */
type Command =
  | { cmd: 'invoke'; id: number; channel: string; sender: Record<string, unknown>; args: unknown }
  | { cmd: 'send'; channel: string; sender: Record<string, unknown>; args: unknown }
  | { cmd: 'fetch'; id: number; url: string; method?: string }
  | { cmd: 'permission'; id: number; permission: string; details: Record<string, unknown> }
  | { cmd: 'navigate'; id: number; url: string }
  | { cmd: 'open'; id: number; url: string }
  | { cmd: 'tray'; id: string }
  | { cmd: 'closeWindow'; id: number }
  | { cmd: 'shortcut' }
  | { cmd: 'killHost' }
  | { cmd: 'quit' };

function headersOf(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  return headers;
}

function ipcEvent(sender: Record<string, unknown>) {
  const window = windows[0];
  const frame = { url: sender.url, origin: sender.origin };
  return {
    sender: {
      id: sender.webContentsId ?? window?.webContents.id,
      mainFrame: sender.isMainFrame ? frame : {},
    },
    senderFrame: frame,
  };
}

process.on('message', (raw) => {
  const command = raw as Command;
  const session = sessions.get('persist:hearth');
  switch (command.cmd) {
    case 'invoke': {
      const handler = handlers.get(command.channel);
      Promise.resolve()
        .then(() => handler?.(ipcEvent(command.sender), command.args))
        .then(
          (value) => report('invoked', { id: command.id, ok: true, value }),
          (error: Error) => report('invoked', { id: command.id, ok: false, error: error.message }),
        );
      return;
    }
    case 'send':
      listeners.get(command.channel)?.(ipcEvent(command.sender), command.args);
      return;
    case 'fetch':
      void session
        ?.protocolHandler?.(new Request(command.url, { method: command.method ?? 'GET' }))
        .then(async (response) =>
          report('fetched', {
            id: command.id,
            status: response.status,
            headers: headersOf(response),
            body: await response.text(),
          }),
        );
      return;
    case 'permission':
      session?.permissionRequest?.(
        windows[0]?.webContents,
        command.permission,
        (granted: boolean) => report('permitted', { id: command.id, granted }),
        command.details,
      );
      return;
    case 'navigate': {
      const event = {
        url: command.url,
        defaultPrevented: false,
        preventDefault: () => (event.defaultPrevented = true),
      };
      windows[0]?.webContents.emit('will-navigate', event);
      report('navigated', { id: command.id, blocked: event.defaultPrevented });
      return;
    }
    case 'open':
      report('opened', {
        id: command.id,
        answer: windows[0]?.webContents.openHandler?.({ url: command.url }),
      });
      return;
    case 'closeWindow': {
      const window = windows[0];
      const event = {
        defaultPrevented: false,
        preventDefault: () => (event.defaultPrevented = true),
      };
      window?.emit('close', event);
      report('closed', {
        id: command.id,
        prevented: event.defaultPrevented,
        visible: window?.isVisible(),
      });
      return;
    }
    case 'tray':
      trayMenu.find((item) => item.id === command.id)?.click?.();
      return;
    case 'shortcut':
      for (const callback of shortcuts.values()) callback();
      return;
    case 'killHost':
      hostChild?.kill('SIGKILL');
      return;
    case 'quit':
      app.quit();
      return;
  }
});
