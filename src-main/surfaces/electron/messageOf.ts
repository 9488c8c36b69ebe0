// The words of anything thrown, for a notice or a log line: an Error's message, else the
// value as text, cut to a length a message channel and a notification can carry.

export function messageOf(error: unknown, maxLength = 2000): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
