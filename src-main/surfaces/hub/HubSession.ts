import { resolve } from 'node:path';
import type { WebSocket } from 'ws';
import type { AssistantApi, AssistantEvent } from '../../core/assistantApi.ts';
import { CallBudget } from './CallBudget.ts';
import type { CallBudgetOptions } from './CallBudget.ts';
import { decodeAudioFrame, parseClientMessage } from './hubProtocol.ts';
import type { ClientMessage, ServerMessage } from './hubProtocol.ts';

// One page connected over a WebSocket: its calls go to the AssistantApi, the assistant's
// events come back. A malformed message is answered with an error and changes nothing.

/** Past this many bytes waiting to be sent, level meter events are dropped (a slow page). */
const BACKLOG_BYTES = 1 << 20;

export interface HubSessionOptions {
  /** The page's call budget (audio frames are not counted). Default: CallBudget's. */
  budget?: CallBudgetOptions;
}

export class HubSession {
  private readonly socket: WebSocket;
  private readonly api: AssistantApi;
  private readonly unsubscribe: () => void;
  private readonly budget: CallBudget;

  constructor(socket: WebSocket, api: AssistantApi, options: HubSessionOptions = {}) {
    this.socket = socket;
    this.api = api;
    this.budget = new CallBudget(options.budget);
    this.unsubscribe = api.subscribe((event) => this.sendEvent(event));
    socket.on('message', (data, isBinary) => {
      const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      if (isBinary) this.onAudio(buffer);
      else void this.onText(buffer.toString('utf8'));
    });
    socket.on('close', () => this.dispose());
    socket.on('error', () => this.dispose());
  }

  dispose(): void {
    this.unsubscribe();
  }

  private onAudio(data: Buffer): void {
    const frame = decodeAudioFrame(data);
    if (!frame) {
      this.send({ error: 'the audio frame is malformed (rate as uint32, then float32 samples)' });
      return;
    }
    this.api.pushAudio(frame.samples, frame.sampleRate);
  }

  private async onText(text: string): Promise<void> {
    const parsed = parseClientMessage(text);
    if (!parsed.ok) {
      this.send(
        parsed.id !== undefined
          ? { id: parsed.id, ok: false, error: parsed.error }
          : { error: parsed.error },
      );
      return;
    }
    const { id } = parsed.message;
    if (!this.budget.take()) {
      const limit = this.budget.perSecond;
      const error = `Too many requests from this page (more than ${limit} a second): wait a moment and try again.`;
      this.send({ id, ok: false, error });
      return;
    }
    try {
      const result = await this.call(parsed.message);
      this.send({ id, ok: true, result: result ?? null });
    } catch (error) {
      this.send({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  /**
   * A page may name only the home file in use or the one in Settings: a browser has no file
   * chooser, and any other path would let it probe this computer's files through the
   * checker's messages.
   */
  private async knownHomeFile(file: string): Promise<void> {
    const [home, settings] = await Promise.all([this.api.getHome(), this.api.getSettings()]);
    const known = [home.file, settings.homeFile].filter((f): f is string => typeof f === 'string');
    if (!known.some((k) => resolve(k) === resolve(file.trim()))) {
      throw new Error(
        'From the browser, only the home file in use can be checked or chosen; to use another, start hearth hub with --home FILE',
      );
    }
  }

  /**
   * A page may choose only a wake word listed by name (installed, or in the catalogue), or
   * keep the one saved: a file path from a browser would let it probe this computer's files
   * through the wake gate's messages, as a home file path would.
   */
  private async knownWakeWord(word: string): Promise<void> {
    const [models, settings] = await Promise.all([this.api.listModels(), this.api.getSettings()]);
    if (word === settings.wakeWord) return;
    if (models.some((m) => m.kind === 'wake' && m.name === word)) return;
    throw new Error(
      `From the browser, the wake word can only be one Settings lists, not "${word.slice(0, 80)}"; to use a model of your own, put its .onnx file in the models folder's openwakeword/ folder on this computer`,
    );
  }

  private async call(message: ClientMessage): Promise<unknown> {
    const api = this.api;
    switch (message.method) {
      case 'getHome':
        return api.getHome();
      case 'sendText':
        return api.sendText(...message.params);
      case 'confirm':
        return api.confirm(...message.params);
      case 'control': {
        const [device, command, value] = message.params;
        return api.control(device, command, value);
      }
      case 'startListening':
        return api.startListening();
      case 'stopListening':
        return api.stopListening();
      case 'getSettings':
        return api.getSettings();
      case 'updateSettings': {
        const [patch] = message.params;
        if (typeof patch.homeFile === 'string') await this.knownHomeFile(patch.homeFile);
        if (typeof patch.wakeWord === 'string' && patch.wakeWord !== 'off')
          await this.knownWakeWord(patch.wakeWord);
        return api.updateSettings(patch);
      }
      case 'getHistory':
        return api.getHistory();
      case 'clearHistory':
        return api.clearHistory();
      case 'listModels':
        return api.listModels();
      case 'downloadModel':
        // Without a checksum, a file is installed only on a request made on this computer.
        if (message.params[0].allowUnverified)
          throw new Error(
            'From the browser, only models with a published checksum can be downloaded; for another, run hearth models download NAME --allow-unverified on this computer',
          );
        return api.downloadModel(...message.params);
      case 'checkHomeFile':
        await this.knownHomeFile(message.params[0]);
        return api.checkHomeFile(...message.params);
      case 'importHomeAssistant':
        return api.importHomeAssistant(...message.params);
    }
  }

  private sendEvent(event: AssistantEvent): void {
    if (event.type === 'level' && this.socket.bufferedAmount > BACKLOG_BYTES) return;
    this.send({ event });
  }

  private send(message: ServerMessage): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    this.socket.send(JSON.stringify(message));
  }
}
