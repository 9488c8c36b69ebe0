import type { AssistantApi, AssistantApiMethod } from '../../core/assistantApi.ts';
import { INVOKE_ARGS, describeRejection } from './ipcValidators.ts';
import type { InvokeArgs } from './ipcValidators.ts';

// One AssistantApi request, from an untrusted argument list: checked against the member's
// schema first, then made. Used by main's IPC handlers and again by the assistant's process
// (each side checks what it receives).

/** Arguments that do not fit the member's schema; the API was not called. */
export class RejectedRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RejectedRequestError';
  }
}

type Call<K extends AssistantApiMethod> = (
  api: AssistantApi,
  args: InvokeArgs[K],
) => Promise<unknown>;

const CALLS: { [K in AssistantApiMethod]: Call<K> } = {
  getHome: (api) => api.getHome(),
  sendText: (api, [text]) => api.sendText(text),
  confirm: (api, [id, accept]) => api.confirm(id, accept),
  control: (api, [device, command, value]) =>
    value === undefined ? api.control(device, command) : api.control(device, command, value),
  startListening: (api) => api.startListening(),
  stopListening: (api) => api.stopListening(),
  getSettings: (api) => api.getSettings(),
  updateSettings: (api, [patch]) => api.updateSettings(patch),
  getHistory: (api) => api.getHistory(),
  clearHistory: (api) => api.clearHistory(),
  listModels: (api) => api.listModels(),
  downloadModel: (api, [request]) => api.downloadModel(request),
  checkHomeFile: (api, [file]) => api.checkHomeFile(file),
  importHomeAssistant: (api, [request]) => api.importHomeAssistant(request),
};

/** Validates `args` for `method` and calls it; rejects with RejectedRequestError if invalid. */
export async function callAssistantMethod<K extends AssistantApiMethod>(
  api: AssistantApi,
  method: K,
  args: unknown,
): Promise<unknown> {
  const parsed = INVOKE_ARGS[method].safeParse(args);
  if (!parsed.success) throw new RejectedRequestError(describeRejection(method, parsed.error));
  return CALLS[method](api, parsed.data as InvokeArgs[K]);
}
