import { ASSISTANT_API_METHODS } from '../../core/assistantApi.ts';
import type { AssistantApi, AssistantApiMethod } from '../../core/assistantApi.ts';
import { isAppOrigin, isAppUrl } from './appProtocol.ts';
import { RejectedRequestError, callAssistantMethod } from './callAssistantMethod.ts';
import { AUDIO_ARGS, describeRejection } from './ipcValidators.ts';
import { messageOf } from './messageOf.ts';

// The IPC handlers as plain functions: each checks who sent the message and what it holds
// before anything reaches the assistant. registerIpc.ts only plugs them into ipcMain, so
// these can be fuzzed without Electron.

/** What main knows about the frame a message came from (from event.senderFrame). */
export interface SenderFacts {
  /** event.sender.id: the webContents that sent it. */
  webContentsId?: number;
  /** event.senderFrame.url; absent when the frame is gone. */
  url?: string;
  /** event.senderFrame.origin */
  origin?: string;
  /** Whether event.senderFrame is the top frame of its page. */
  isMainFrame?: boolean;
}

/** A valid request that main turns down because of the app's state (muted microphone). */
export class RefusedRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedRequestError';
  }
}

export interface IpcHandlersOptions {
  /** The webContents id of the window allowed to talk to main; undefined while none. */
  trustedWebContentsId: () => number | undefined;
  /** Called with each refusal (for the log). Default: nothing. */
  onRejected?: (reason: string) => void;
  /** Whether audio is currently dropped (the tray's Mute). Default: never. */
  isMuted?: () => boolean;
  /**
   * A reason to turn a well-formed request down right now (startListening while muted),
   * or undefined to let it through. Default: let everything through.
   */
  refuse?: (method: AssistantApiMethod) => string | undefined;
}

export interface IpcHandlers {
  /** One per request member; a refusal is a rejected promise, never a synchronous throw. */
  invoke: { [K in AssistantApiMethod]: (sender: unknown, args: unknown) => Promise<unknown> };
  /** Fire-and-forget audio: never throws, drops what it refuses. */
  pushAudio: (sender: unknown, args: unknown) => void;
}

/** Whether a message comes from the app's own page in the trusted window's top frame. */
export function isTrustedSender(sender: unknown, trustedWebContentsId: number | undefined) {
  if (typeof sender !== 'object' || sender === null) return false;
  const facts = sender as SenderFacts;
  return (
    trustedWebContentsId !== undefined &&
    facts.webContentsId === trustedWebContentsId &&
    facts.isMainFrame === true &&
    isAppUrl(facts.url) &&
    isAppOrigin(facts.origin)
  );
}

export function createIpcHandlers(api: AssistantApi, options: IpcHandlersOptions): IpcHandlers {
  const reject = (reason: string) => {
    options.onRejected?.(reason);
    return reason;
  };
  const invokeFor = (method: AssistantApiMethod) => {
    return async (sender: unknown, args: unknown): Promise<unknown> => {
      if (!isTrustedSender(sender, options.trustedWebContentsId())) {
        throw new RejectedRequestError(
          reject(`Hearth refused a ${method} request from a page that is not its own window`),
        );
      }
      const refusal = options.refuse?.(method);
      if (refusal !== undefined) throw new RefusedRequestError(refusal);
      try {
        return await callAssistantMethod(api, method, args);
      } catch (error) {
        if (error instanceof RejectedRequestError) reject(error.message);
        throw error;
      }
    };
  };
  const invoke = Object.fromEntries(
    ASSISTANT_API_METHODS.map((method) => [method, invokeFor(method)]),
  ) as IpcHandlers['invoke'];

  const pushAudio = (sender: unknown, args: unknown): void => {
    try {
      if (!isTrustedSender(sender, options.trustedWebContentsId())) {
        reject('Hearth dropped audio from a page that is not its own window');
        return;
      }
      const parsed = AUDIO_ARGS.safeParse(args);
      if (!parsed.success) {
        reject(describeRejection('pushAudio', parsed.error));
        return;
      }
      if (options.isMuted?.()) return;
      const [samples, sampleRate] = parsed.data;
      api.pushAudio(samples, sampleRate);
    } catch (error) {
      // A send has nobody to answer to: a failure must not escape into Electron's loop.
      reject(`Hearth could not pass on microphone audio: ${messageOf(error)}`);
    }
  };
  return { invoke, pushAudio };
}
