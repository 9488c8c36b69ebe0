import type { DownloadFailure } from './modelErrors.ts';

export interface NetworkProblem {
  reason: Extract<DownloadFailure, 'offline' | 'unreachable' | 'timeout' | 'interrupted'>;
  /** One plain sentence, starting with what could not be done. */
  message: string;
}

const OFFLINE_CODES = new Set(['ENETUNREACH', 'ENETDOWN', 'EHOSTUNREACH', 'EHOSTDOWN']);
const NAME_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * Turns a socket or DNS error into a sentence for the user. `host` is the server that failed;
 * `started` says whether any of the file had arrived (then it is an interruption, which a rerun
 * resumes). A failed name lookup is reported as offline: that is by far its usual cause.
 */
export function describeNetworkError(
  error: unknown,
  host: string,
  started: boolean,
): NetworkProblem {
  const code = errorCode(error);
  const resume = 'run the same command again to resume';
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    return {
      reason: 'timeout',
      message: `${host} stopped answering (timed out); ${started ? resume : 'try again later'}`,
    };
  }
  if (started) {
    return {
      reason: 'interrupted',
      message: `the connection to ${host} was lost during the download (${code ?? 'closed'}); ${resume}`,
    };
  }
  if (code !== undefined && (OFFLINE_CODES.has(code) || NAME_CODES.has(code))) {
    return {
      reason: 'offline',
      message: `cannot reach ${host}: this computer seems to be offline; try again when connected`,
    };
  }
  const why =
    code === 'ECONNREFUSED'
      ? 'the connection was refused'
      : `the connection failed (${code ?? describe(error)})`;
  return {
    reason: 'unreachable',
    message: `cannot reach ${host}: ${why}; try again later`,
  };
}

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; depth += 1) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string') return code;
    e = e.cause;
  }
  return undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
