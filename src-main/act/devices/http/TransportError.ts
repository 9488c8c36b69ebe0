// What went wrong on the wire, before anyone turns it into words for the user
// (toDeviceError does that, knowing which device it was).

export type TransportFailure =
  | 'refused' // nothing listens on that port (ECONNREFUSED)
  | 'unreachable' // no route, host down, name not found
  | 'closed' // the connection was closed before a whole answer arrived
  | 'timeout' // no whole answer in time
  | 'status' // an HTTP status other than 2xx
  | 'malformed' // an answer that does not parse or does not fit the protocol
  | 'aborted'; // Hearth itself stopped waiting (the adapter was disposed)

export interface TransportErrorDetails {
  status?: number;
  /** From a Retry-After header, when the device sent one. */
  retryAfterMs?: number;
  /** The system error code (ECONNREFUSED...), for logs. */
  code?: string;
}

export class TransportError extends Error {
  readonly kind: TransportFailure;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly code?: string;

  constructor(kind: TransportFailure, message: string, details: TransportErrorDetails = {}) {
    super(message);
    this.name = 'TransportError';
    this.kind = kind;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.code = details.code;
  }

  /** Worth another try: the request may never have arrived, or the device was briefly busy. */
  get retryable(): boolean {
    if (this.kind === 'status') {
      return this.status === 429 || (this.status !== undefined && this.status >= 500);
    }
    return (
      this.kind === 'refused' ||
      this.kind === 'unreachable' ||
      this.kind === 'closed' ||
      this.kind === 'timeout'
    );
  }
}

const REFUSED = new Set(['ECONNREFUSED']);
const CLOSED = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);

/** Maps a Node socket error onto a transport failure. */
export function transportErrorFromSystem(error: unknown): TransportError {
  if (error instanceof TransportError) return error;
  const code =
    typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
      ? error.code
      : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (code && REFUSED.has(code)) return new TransportError('refused', message, { code });
  if (code && CLOSED.has(code)) return new TransportError('closed', message, { code });
  if (code?.startsWith('HPE_')) return new TransportError('malformed', message, { code });
  return new TransportError('unreachable', message, code ? { code } : {});
}
