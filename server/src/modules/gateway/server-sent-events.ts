export interface ServerSentEvent {
  event: string | null;
  data: string;
}

/**
 * Incremental SSE decoder: feed it arbitrary byte chunks (frames, lines and multi-byte characters may be
 * split anywhere) and it yields complete events.
 */
export class ServerSentEventDecoder {
  private readonly decoder = new TextDecoder('utf-8');
  private buffer = '';
  private eventName: string | null = null;
  private dataLines: string[] = [];

  push(chunk: Uint8Array): ServerSentEvent[] {
    this.buffer += this.decoder.decode(chunk, { stream: true });
    return this.drain();
  }

  finish(): ServerSentEvent[] {
    this.buffer += this.decoder.decode();
    const events = this.drain();
    if (this.buffer !== '') {
      this.line(this.buffer, events);
      this.buffer = '';
    }
    this.line('', events);
    return events;
  }

  private drain(): ServerSentEvent[] {
    const events: ServerSentEvent[] = [];
    let newline = this.buffer.search(/\r\n|\r|\n/);
    while (newline !== -1) {
      // A lone \r at the buffer's end may be the first half of \r\n: wait for more.
      if (this.buffer[newline] === '\r' && newline === this.buffer.length - 1) break;
      const length = this.buffer.startsWith('\r\n', newline) ? 2 : 1;
      this.line(this.buffer.slice(0, newline), events);
      this.buffer = this.buffer.slice(newline + length);
      newline = this.buffer.search(/\r\n|\r|\n/);
    }
    return events;
  }

  private line(line: string, events: ServerSentEvent[]): void {
    if (line === '') {
      if (this.dataLines.length > 0) events.push({ event: this.eventName, data: this.dataLines.join('\n') });
      this.eventName = null;
      this.dataLines = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.dataLines.push(value);
    else if (field === 'event') this.eventName = value;
  }
}
