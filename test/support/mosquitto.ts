// A real Mosquitto broker for tests, on 127.0.0.1 only, with its own config in a temp dir.
// It can be stopped and started again on the same port to test reconnecting.
import { spawn, execFileSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MosquittoOptions {
  /** User name -> password; when given, clients without them are refused. */
  users?: Record<string, string>;
  /** Default: a free port. */
  port?: number;
}

const BINARY = process.env.MOSQUITTO_BIN ?? '/usr/sbin/mosquitto';
const PASSWD = process.env.MOSQUITTO_PASSWD_BIN ?? '/usr/bin/mosquitto_passwd';

export class Mosquitto {
  readonly port: number;
  readonly url: string;
  private readonly dir: string;
  private readonly config: string;
  private child: ChildProcess | undefined;
  private stderr = '';

  private constructor(port: number, dir: string, config: string) {
    this.port = port;
    this.url = `mqtt://127.0.0.1:${port}`;
    this.dir = dir;
    this.config = config;
  }

  static async start(options: MosquittoOptions = {}): Promise<Mosquitto> {
    if (!existsSync(BINARY)) {
      throw new Error(`Mosquitto is not installed at ${BINARY}: apt-get install -y mosquitto`);
    }
    const port = options.port ?? (await freePort());
    const dir = await mkdtemp(join(tmpdir(), 'hearth-mosquitto-'));
    const lines = [`listener ${port} 127.0.0.1`, 'persistence false', 'log_dest stderr'];
    // Run as root, Mosquitto would switch to its own user, who cannot read our temp dir.
    if (process.getuid?.() === 0) lines.push('user root');
    if (options.users) {
      const passwords = join(dir, 'passwords');
      await writeFile(passwords, '');
      for (const [user, password] of Object.entries(options.users)) {
        execFileSync(PASSWD, ['-b', passwords, user, password]);
      }
      lines.push('allow_anonymous false', `password_file ${passwords}`);
    } else {
      lines.push('allow_anonymous true');
    }
    const config = join(dir, 'mosquitto.conf');
    await writeFile(config, `${lines.join('\n')}\n`);
    const broker = new Mosquitto(port, dir, config);
    await broker.run();
    return broker;
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  /** Kills the broker (as a crash would); start() brings it back on the same port. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  /** Starts it again after stop(), same port and config. */
  async restart(): Promise<void> {
    await this.stop();
    await this.run();
  }

  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.dir, { recursive: true, force: true });
  }

  private async run(): Promise<void> {
    this.stderr = '';
    const child = spawn(BINARY, ['-c', this.config], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    let exitCode: number | null | undefined;
    child.once('exit', (code) => {
      exitCode = code;
      if (this.child === child) this.child = undefined;
    });
    this.child = child;
    // A crashed test run must not leave a broker behind.
    const killOnExit = (): void => {
      child.kill('SIGKILL');
    };
    process.once('exit', killOnExit);
    child.once('exit', () => process.off('exit', killOnExit));
    const deadline = Date.now() + 5000;
    while (!(await accepts(this.port))) {
      if (exitCode !== undefined || Date.now() > deadline) {
        await this.stop();
        throw new Error(`Mosquitto did not start on port ${this.port}: ${this.stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
