import type { AssistantApi, AssistantApiMethod } from '../../core/assistantApi.ts';
import { callAssistantMethod } from './callAssistantMethod.ts';
import { mainToHostSchema } from './hostMessages.ts';
import type { HostToMain, MainToHost, MessagePort } from './hostMessages.ts';
import { AUDIO_ARGS } from './ipcValidators.ts';
import { messageOf } from './messageOf.ts';

// The assistant's side of the process boundary: it owns the AssistantService (and with it
// the native recogniser and language model) and answers main's messages. It runs in its
// own process so a stuck or crashing native call takes down only this, never the window.

export type HostedAssistant = AssistantApi & { dispose(): Promise<void> };

export interface AssistantHostOptions {
  port: MessagePort<MainToHost, HostToMain>;
  /** Builds the assistant (and what to tell the user about it); called once by start(). */
  open: () => Promise<{ api: HostedAssistant; notices?: readonly string[] }>;
  /** Called once the assistant is disposed after a 'stop' (the entry exits). */
  onStopped?: () => void;
}

export class AssistantHost {
  private readonly options: AssistantHostOptions;
  private api: HostedAssistant | undefined;
  private opening: Promise<HostedAssistant | undefined> | undefined;
  private readonly cleanups: (() => void)[] = [];
  private stopped = false;

  constructor(options: AssistantHostOptions) {
    this.options = options;
  }

  /** Opens the assistant, then says 'ready' (or 'failed' with the reason in plain words). */
  async start(): Promise<void> {
    this.cleanups.push(this.options.port.onMessage((message) => this.receive(message)));
    this.opening = this.options.open().then(
      ({ api, notices = [] }) => {
        this.api = api;
        this.cleanups.push(api.subscribe((event) => this.post({ kind: 'event', event })));
        this.post({ kind: 'ready' });
        for (const text of notices) {
          this.post({ kind: 'event', event: { type: 'notice', level: 'warning', text } });
        }
        return api;
      },
      (error: unknown) => {
        this.post({ kind: 'failed', message: messageOf(error) });
        return undefined;
      },
    );
    await this.opening;
  }

  async dispose(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    await (await this.opening)?.dispose();
  }

  private post(message: HostToMain): void {
    if (!this.stopped) this.options.port.post(message);
  }

  private receive(raw: unknown): void {
    const parsed = mainToHostSchema.safeParse(raw);
    if (!parsed.success) return; // Only main can write here; anything else is noise.
    const message = parsed.data;
    switch (message.kind) {
      case 'ping':
        // Answered from the event loop: a pong proves this process is not stuck.
        this.post({ kind: 'pong', seq: message.seq });
        return;
      case 'audio': {
        const audio = AUDIO_ARGS.safeParse([message.samples, message.sampleRate]);
        if (audio.success) this.api?.pushAudio(...audio.data);
        return;
      }
      case 'stop':
        void this.dispose().finally(() => this.options.onStopped?.());
        return;
      case 'call':
        void this.call(message.id, message.method, message.args);
        return;
    }
  }

  private async call(id: number, method: AssistantApiMethod, args: unknown[]): Promise<void> {
    const api = await this.opening;
    if (!api) {
      this.post({ kind: 'result', id, ok: false, error: 'The assistant could not start.' });
      return;
    }
    try {
      const value = await callAssistantMethod(api, method, args);
      this.post({ kind: 'result', id, ok: true, ...(value === undefined ? {} : { value }) });
    } catch (error) {
      this.post({ kind: 'result', id, ok: false, error: messageOf(error) });
    }
  }
}
