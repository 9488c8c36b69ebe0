// The model writes its spoken answer inside JSON ({"reply":"..."}); the user interface wants
// the words as they come. This reads the JSON text chunk by chunk and passes on only the
// decoded characters of the reply string. It is a preview: the plan's reply, checked after
// the whole answer, is the one to keep.

const REPLY_START = /^\s*\{\s*"reply"\s*:\s*"/;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

export class ReplyStreamer {
  private readonly onToken: (text: string) => void;
  private state: 'start' | 'reply' | 'done' = 'start';
  private pending = '';

  constructor(onToken: (text: string) => void) {
    this.onToken = onToken;
  }

  push(chunk: string): void {
    if (this.state === 'done') return;
    this.pending += chunk;
    if (this.state === 'start') {
      const match = REPLY_START.exec(this.pending);
      if (!match) {
        // Stop looking as soon as the answer is clearly something else ({"actions": ...).
        if (!couldStillBeReply(this.pending)) this.state = 'done';
        return;
      }
      this.pending = this.pending.slice(match[0].length);
      this.state = 'reply';
    }
    this.drain();
  }

  private drain(): void {
    let out = '';
    let i = 0;
    while (i < this.pending.length) {
      const c = this.pending[i]!;
      if (c === '"') {
        this.state = 'done';
        break;
      }
      if (c !== '\\') {
        out += c;
        i++;
        continue;
      }
      const next = this.pending[i + 1];
      if (next === undefined) break; // the rest of the escape is in the next chunk
      if (next === 'u') {
        const hex = this.pending.slice(i + 2, i + 6);
        if (hex.length < 4) break;
        out += String.fromCharCode(parseInt(hex, 16) || 0xfffd);
        i += 6;
        continue;
      }
      out += SIMPLE_ESCAPES[next] ?? '';
      i += 2;
    }
    this.pending = this.state === 'done' ? '' : this.pending.slice(i);
    if (out) this.onToken(out);
  }
}

function couldStillBeReply(text: string): boolean {
  const target = '{"reply":"';
  const compact = text.replace(/\s+/g, '');
  return target.startsWith(compact) || compact.startsWith(target);
}
