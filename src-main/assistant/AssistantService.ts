import { randomUUID } from 'node:crypto';
import type {
  AssistantApi,
  AssistantEvent,
  AssistantStatus,
  HistoryEntry,
  HomeAssistantImportRequest,
  HomeAssistantImportResult,
  HomeFileCheck,
  HomeView,
  ModelView,
  Settings,
} from '../core/assistantApi.ts';
import { HearthError } from '../core/errors.ts';
import type { Home } from '../core/home.ts';
import type { Action } from '../core/plan.ts';
import type { ActionOutcome, DeviceState } from '../core/state.ts';
import { installModel } from '../models/installModel.ts';
import type { InstallModelOptions } from '../models/installModel.ts';
import { ModelLocator } from '../models/ModelLocator.ts';
import { Assistant } from './Assistant.ts';
import type { AssistantOptions } from './Assistant.ts';
import { checkControl, checkHomeFile, listModels } from './AssistantServiceChecks.ts';
import { importHomeAssistant } from './importHomeAssistant.ts';
import { defaultDataDir } from './AssistantServiceJsonFile.ts';
import { AssistantServiceTurns } from './AssistantServiceTurns.ts';
import { AssistantServiceVoiceAnswers } from './AssistantServiceVoiceAnswers.ts';
import type { SpokenAnswer } from './AssistantServiceVoiceAnswers.ts';
import { confirmationPrompt, deviceView, homeView } from './AssistantServiceViews.ts';
import { AssistantServiceLevelMeter } from './AssistantServiceVoice.ts';
import type { VoiceEvent, VoiceInput } from './AssistantServiceVoice.ts';
import { createPlanner } from './createPlanner.ts';
import { spokenWakeWord } from './createWakeGate.ts';
import { HistoryStore } from './HistoryStore.ts';
import { listWakeModels } from './listWakeModels.ts';
import { InvalidSettingsError, SettingsStore } from './SettingsStore.ts';

// The AssistantApi for one home, for every user interface (hub, Electron window): it turns
// each request into events (status, the user's words, the reply, confirmations, device
// states, speech), keeps the conversation history and settings on this computer, and makes
// the devices panel's direct controls obey the same confirmation rule as spoken commands.

export interface AssistantServiceOptions {
  home: Home;
  /** The file the home came from, shown in Settings. Default: none (the demo home). */
  homeFile?: string;
  /** Where history.jsonl and settings.json live. Default: defaultDataDir(). */
  dataDir?: string;
  /** Options for the Assistant (device adapters, timeouts); its planner gets wrapped. */
  assistant?: AssistantOptions;
  /** Speech input. Default: none, and startListening() says speech is not available. */
  voice?: VoiceInput;
  /** Finds the models for Settings. Default: a ModelLocator made on first use. */
  models?: () => ModelLocator;
  /** Things to tell every UI that connects (how speech input started...). Default none. */
  notices?: readonly string[];
  /** The room the speaker is in. Default: the home's default_area. */
  area?: string;
  /** Most history entries kept whatever the retention. Default 5000 (HistoryStore's). */
  historyMaxEntries?: number;
  /** How long questions stay open, and how many (AssistantServiceTurns' defaults: 2 min, 20). */
  confirmations?: { holdMs?: number; maxHeld?: number };
}

/** The settings the wake gate is made from. */
const WAKE_KEYS = ['wakeWord', 'wakeThreshold', 'followUpSeconds'] as const;

/** A request the service refuses, in plain words (unknown device, bad value...). */
export class AssistantRequestError extends HearthError {}

export class AssistantService implements AssistantApi {
  readonly home: Home;
  readonly assistant: Assistant;
  readonly dataDir: string;
  private readonly options: AssistantServiceOptions;
  private readonly listeners = new Set<(event: AssistantEvent) => void>();
  /** Said once at start-up (a corrupt file set aside); repeated to each new subscriber. */
  private readonly startupNotices: AssistantEvent[] = [];
  private readonly states = new Map<string, DeviceState>();
  /** Counts each device's live updates, so a slow read never overwrites a newer state. */
  private readonly versions = new Map<string, number>();
  private readonly settings: SettingsStore;
  private readonly history: HistoryStore;
  private readonly turns: AssistantServiceTurns;
  private readonly voiceAnswers: AssistantServiceVoiceAnswers;
  private readonly level = new AssistantServiceLevelMeter((rms) =>
    this.emit({ type: 'level', rms }),
  );
  private readonly cleanups: (() => void)[] = [];
  private status: AssistantStatus = 'idle';
  private statusMessage: string | undefined;
  private listening = false;
  private speechTurn: string | undefined;
  private locator: ModelLocator | undefined;
  private disposed = false;

  /** Creates the service and loads its files; prefer this to the constructor. */
  static async open(options: AssistantServiceOptions): Promise<AssistantService> {
    const service = new AssistantService(options);
    await service.start();
    return service;
  }

  constructor(options: AssistantServiceOptions) {
    this.options = options;
    this.home = options.home;
    this.dataDir = options.dataDir ?? defaultDataDir();
    const planner = options.assistant?.planner ?? createPlanner(options.home);
    this.assistant = new Assistant(options.home, {
      ...options.assistant,
      planner: {
        plan: async (text, context) => {
          // A language model streams its spoken answer: pass it on as the turn's reply_token.
          const turnId = this.turns.current;
          const onToken = turnId
            ? (token: string) => this.emit({ type: 'reply_token', turnId, token })
            : undefined;
          const plan = await planner.plan(text, { ...context, ...(onToken ? { onToken } : {}) });
          if (plan.actions.length > 0 && !plan.clarify?.length) this.setStatus('acting');
          return plan;
        },
      },
    });
    this.settings = new SettingsStore(this.dataDir);
    this.history = new HistoryStore({
      dir: this.dataDir,
      retentionDays: () => this.settings.get().historyDays,
      ...(options.historyMaxEntries !== undefined ? { maxEntries: options.historyMaxEntries } : {}),
    });
    this.voiceAnswers = new AssistantServiceVoiceAnswers({
      home: options.home,
      voiceUnlock: () => this.settings.get().voiceUnlock,
    });
    this.turns = new AssistantServiceTurns({
      assistant: this.assistant,
      area: options.area,
      emit: (event) => {
        this.voiceAnswers.saw(event);
        this.emit(event);
      },
      setStatus: (status, message) =>
        this.setStatus(status, message ?? (status === 'listening' ? this.waiting() : undefined)),
      restingStatus: () => (this.listening ? 'listening' : 'idle'),
      remember: (entry) => this.remember(entry),
      prompt: (actions) => confirmationPrompt(this.home, actions),
      recheck: (ids) => this.recheck(ids),
      ...options.confirmations,
    });
  }

  private async start(): Promise<void> {
    for (const notice of [await this.settings.load(), await this.history.load()]) {
      if (notice) this.startupNotices.push({ type: 'notice', level: 'warning', text: notice });
    }
    for (const text of this.options.notices ?? [])
      this.startupNotices.push({ type: 'notice', level: 'warning', text });
    this.cleanups.push(
      this.assistant.devices.on('state', (id, state) => {
        this.versions.set(id, (this.versions.get(id) ?? 0) + 1);
        this.record(id, state);
      }),
      this.assistant.timers.on('ring', (timer) =>
        this.notice(
          'info',
          timer.name ? `The ${timer.name} timer is done.` : 'Your timer is done.',
        ),
      ),
    );
    if (this.options.voice) {
      this.cleanups.push(this.options.voice.subscribe((event) => this.onVoice(event)));
      this.options.voice.attach?.(this.assistant, this.options.area);
    }
    // Read every device now, without holding up the UI: each state arrives as an event.
    for (const device of this.home.devices) void this.recheck([device.id]);
  }

  subscribe(listener: (event: AssistantEvent) => void): () => void {
    this.listeners.add(listener);
    for (const notice of this.startupNotices) listener(notice);
    listener({ type: 'status', status: this.status, ...this.messageField() });
    return () => this.listeners.delete(listener);
  }

  async getHome(): Promise<HomeView> {
    return homeView(this.home, this.states, this.options.homeFile);
  }

  async sendText(text: string): Promise<void> {
    const words = text.trim();
    if (!words) throw new AssistantRequestError('Type a command first, then press Send.', 2);
    if (words.length > 2000) throw new AssistantRequestError('That command is too long.', 2);
    await this.turns.say(randomUUID(), words);
  }

  async confirm(id: string, accept: boolean): Promise<void> {
    if (!(await this.turns.answer(id, accept))) {
      throw new AssistantRequestError('That question was already answered or has expired.', 2);
    }
  }

  async control(device: string, command: string, value?: number | string): Promise<ActionOutcome> {
    const action: Action = { device, command, ...(value !== undefined ? { value } : {}) };
    const problem = checkControl(this.home, action);
    if (problem) throw new AssistantRequestError(problem, 2);
    return this.turns.control(action);
  }

  async startListening(): Promise<void> {
    if (!this.options.voice) {
      throw new AssistantRequestError(
        'Speech input is not set up on this computer yet, so Hearth cannot listen: type your command instead.',
        1,
      );
    }
    if (this.listening) return;
    this.listening = true;
    this.level.reset();
    this.options.voice.listen?.(this.settings.get().handsFree ? 'hands_free' : 'push_to_talk');
    this.emit({ type: 'listening', on: true });
    if (this.status === 'idle' || this.status === 'error')
      this.setStatus('listening', this.waiting());
  }

  async stopListening(): Promise<void> {
    if (!this.listening) return;
    this.listening = false;
    this.options.voice?.end();
    this.emit({ type: 'listening', on: false });
    this.emit({ type: 'level', rms: 0 });
    if (this.status === 'listening') this.setStatus('idle');
  }

  pushAudio(samples: Float32Array, sampleRate: number): void {
    if (!this.listening || !this.options.voice) return;
    if (!Number.isFinite(sampleRate) || sampleRate < 8000 || sampleRate > 192_000) return;
    this.level.push(samples, sampleRate);
    this.options.voice.push(samples, sampleRate);
  }

  async getSettings(): Promise<Settings> {
    return this.settings.get();
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    if (typeof patch?.homeFile === 'string') {
      const check = await this.checkHomeFile(patch.homeFile);
      if (!check.ok) {
        const [first] = check.problems;
        throw new InvalidSettingsError(
          `homeFile: ${check.file} cannot be used: ${first?.message ?? 'it is not valid'}`,
        );
      }
      patch = { ...patch, homeFile: check.file };
    }
    const settings = await this.settings.update(patch);
    if (WAKE_KEYS.some((key) => patch[key] !== undefined)) {
      const problem = await this.options.voice?.configureWake?.(settings);
      if (problem) this.notice('warning', problem);
    }
    if (patch.handsFree !== undefined && this.listening)
      this.options.voice?.listen?.(settings.handsFree ? 'hands_free' : 'push_to_talk');
    if (this.listening && this.status === 'listening') this.setStatus('listening', this.waiting());
    if (patch.historyDays !== undefined) {
      await this.history.applyRetention();
      if (settings.historyDays === 0) this.emit({ type: 'history_cleared' });
    }
    this.emit({ type: 'settings', settings });
    return settings;
  }

  async getHistory(): Promise<HistoryEntry[]> {
    return this.history.entries();
  }

  async clearHistory(): Promise<void> {
    await this.history.clear();
    this.emit({ type: 'history_cleared' });
  }

  async listModels(): Promise<ModelView[]> {
    this.locator ??= this.options.models?.() ?? new ModelLocator();
    // A wake word of the catalogue is listed once; the ones a user added by hand join it.
    const catalogue = listModels(this.locator);
    const own = listWakeModels(this.locator.dir).filter(
      (w) => !catalogue.some((m) => m.name === w.name),
    );
    return [...catalogue, ...own];
  }

  /**
   * Settings' "Download": a catalogue model and the models it requires, into the models
   * folder. `request` ({ name, acceptLicence }) is checked with zod; a model with a licence
   * notice (the wake words) is fetched only when acceptLicence is true, else it rejects with
   * LicenceNotAcceptedError and fetches nothing. Resolves with the models as listModels() does.
   */
  async downloadModel(request: unknown, options: InstallModelOptions = {}): Promise<ModelView[]> {
    this.locator ??= this.options.models?.() ?? new ModelLocator();
    await installModel(this.locator, request, options);
    return this.listModels();
  }

  async checkHomeFile(file: string): Promise<HomeFileCheck> {
    return checkHomeFile(file);
  }

  async importHomeAssistant(
    request: HomeAssistantImportRequest,
  ): Promise<HomeAssistantImportResult> {
    const result = await importHomeAssistant(request, this.dataDir);
    if (result.homeFile) await this.updateSettings({ homeFile: result.homeFile });
    return result;
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.turns.dispose();
    await this.options.voice?.dispose();
    await this.assistant.dispose();
    await Promise.all([this.history.close(), this.settings.flush()]);
    this.listeners.clear();
  }

  private onVoice(event: VoiceEvent): void {
    switch (event.kind) {
      case 'speech_start':
        this.speechTurn = randomUUID();
        this.emit({ type: 'speech', phase: 'start', t: event.t });
        return;
      case 'speech_end':
        this.emit({ type: 'speech', phase: 'end', t: event.t });
        return;
      case 'wake':
        this.emit({ type: 'wake', word: spokenWakeWord(event.word) });
        // The cue: listening to the command now, no longer waiting for the word.
        if (this.status === 'listening') this.setStatus('listening');
        return;
      case 'transcript': {
        const turnId = this.speechTurn ?? randomUUID();
        const text = event.text.trim();
        if (!event.final) {
          this.emit({ type: 'user', turnId, text, final: false });
          return;
        }
        this.speechTurn = undefined;
        if (!text) {
          this.notice('info', 'I heard something but could not make out any words.');
          return;
        }
        const spoken = this.voiceAnswers.take(text);
        if (spoken) {
          void this.answerByVoice(turnId, text, spoken);
          return;
        }
        this.voiceAnswers.spoke(turnId);
        void this.turns
          .say(turnId, text, event.handle)
          .catch(() => undefined)
          .then(() => this.options.voice?.replied?.(this.voiceAnswers.done(turnId)));
        return;
      }
      case 'problem':
        this.notice('warning', event.message);
        return;
    }
  }

  /** A spoken yes or no to the open question of the last voice turn. */
  private async answerByVoice(turnId: string, text: string, spoken: SpokenAnswer): Promise<void> {
    this.emit({ type: 'user', turnId, text, final: true });
    if (spoken.kind === 'screen_only') {
      const reply =
        'Unlocking needs a yes on the screen or in the tray menu, not by voice: a voice alone is not proof of who is asking (Settings can allow it).';
      this.emit({ type: 'reply', turnId, text: reply, outcomes: [] });
    } else {
      await this.turns.answer(spoken.id, spoken.accept).catch(() => false);
    }
    this.options.voice?.replied?.(false);
  }

  /** Reads devices again (after a failure, or at start) and shows what is true now. */
  private async recheck(ids: readonly string[]): Promise<void> {
    await Promise.all(
      ids.map(async (id) => {
        const version = this.versions.get(id) ?? 0;
        const state = await this.assistant.devices.state(id).catch(() => undefined);
        // A live update that came in meanwhile is newer than what this read saw.
        if (state && !this.disposed && (this.versions.get(id) ?? 0) === version) {
          this.record(id, state);
        }
      }),
    );
  }

  private record(id: string, state: DeviceState): void {
    const before = this.states.get(id);
    if (before && JSON.stringify(before) === JSON.stringify(state)) return;
    this.states.set(id, { ...state });
    const view = deviceView(this.home, id, state);
    if (view) this.emit({ type: 'device', device: view });
  }

  private async remember(entry: HistoryEntry): Promise<void> {
    try {
      await this.history.add(entry);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      this.notice('warning', `The conversation could not be saved: ${why}`);
    }
  }

  private setStatus(status: AssistantStatus, message?: string): void {
    if (status === this.status && message === this.statusMessage) return;
    this.status = status;
    this.statusMessage = message;
    this.emit({ type: 'status', status, ...this.messageField() });
  }

  /** While listening hands-free for a wake word: "Waiting for “hey jarvis”". */
  private waiting(): string | undefined {
    const word = this.options.voice?.wakeWord;
    if (!this.listening || !word || !this.settings.get().handsFree) return undefined;
    return `Waiting for “${word}”`;
  }

  private messageField(): { message?: string } {
    return this.statusMessage !== undefined ? { message: this.statusMessage } : {};
  }

  private notice(level: 'info' | 'warning' | 'error', text: string): void {
    this.emit({ type: 'notice', level, text });
  }

  private emit(event: AssistantEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // One broken subscriber (a closed socket) must not stop the others or the assistant.
        const why = error instanceof Error ? error.message : String(error);
        process.emitWarning(`An assistant event listener failed: ${why}`);
      }
    }
  }
}
