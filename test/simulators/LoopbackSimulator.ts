import type { AddressInfo, Server, Socket } from 'node:net';

// The common half of every device simulator that is a server (HTTP or raw TCP): it listens
// on 127.0.0.1, can be stopped and started again on the same port, and can be told to
// misbehave. Each simulator makes its own server and applies the faults it knows.

export abstract class LoopbackSimulator<Fault extends string> {
  port = 0;
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private faults: Fault[] = [];
  private lasting: Fault | undefined;

  /** Listens on 127.0.0.1 (a free port the first time, the same port on a restart). */
  async start(): Promise<this> {
    const server = this.createServer();
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  /** Stops listening and drops open connections: further ones are refused until start(). */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Misbehaves for the next `times` requests (default: until heal()). */
  fail(fault: Fault, times?: number): void {
    if (times === undefined) this.lasting = fault;
    else for (let i = 0; i < times; i++) this.faults.push(fault);
  }

  heal(): void {
    this.faults = [];
    this.lasting = undefined;
  }

  /** A server whose handler answers requests; start() listens on it. */
  protected abstract createServer(): Server;

  /** The fault to apply to the request just received, if any (one queued one is used up). */
  protected nextFault(): Fault | undefined {
    return this.faults.shift() ?? this.lasting;
  }
}
