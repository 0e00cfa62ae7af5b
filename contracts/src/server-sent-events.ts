/** One dispatched server-sent event. */
export interface ServerSentEvent {
  event: string;
  data: string;
}

const lineBreakPattern = /\r\n|\n|\r/g;

/**
 * Shared by the server (reading model providers) and the web client (reading the chat stream).
 * Incremental text/event-stream parser (the WHATWG rules the chat stream needs: `event`, multi-line
 * `data`, comments, CR/LF/CRLF line ends). Network chunks can end anywhere, even inside a multi-byte
 * Hangul character or between CR and LF, so bytes go through a streaming TextDecoder and only complete
 * lines are interpreted.
 */
export class ServerSentEventDecoder {
  private readonly textDecoder = new TextDecoder('utf-8');
  private buffer = '';
  private eventName = '';
  private dataLines: string[] = [];

  push(chunk: Uint8Array): ServerSentEvent[] {
    this.buffer += this.textDecoder.decode(chunk, { stream: true });
    return this.drainLines(false);
  }

  /** Call once the body has ended; an event without its closing blank line is discarded, as browsers do. */
  finish(): ServerSentEvent[] {
    this.buffer += this.textDecoder.decode();
    return this.drainLines(true);
  }

  private drainLines(final: boolean): ServerSentEvent[] {
    const frames: ServerSentEvent[] = [];
    // Nearly every server ends lines with LF alone: then indexOf finds them faster than the pattern.
    if (!this.buffer.includes('\r')) {
      let lineStart = 0;
      for (
        let lineEnd = this.buffer.indexOf('\n');
        lineEnd !== -1;
        lineEnd = this.buffer.indexOf('\n', lineStart)
      ) {
        const frame = this.interpretLine(this.buffer.slice(lineStart, lineEnd));
        if (frame !== null) frames.push(frame);
        lineStart = lineEnd + 1;
      }
      this.buffer = this.buffer.slice(lineStart);
      return frames;
    }
    let lineStart = 0;
    for (const match of this.buffer.matchAll(lineBreakPattern)) {
      const breakEnd = match.index + match[0].length;
      // A CR at the very end may be the first half of a CRLF that the next chunk completes.
      if (!final && match[0] === '\r' && breakEnd === this.buffer.length) {
        break;
      }
      const frame = this.interpretLine(this.buffer.slice(lineStart, match.index));
      if (frame !== null) {
        frames.push(frame);
      }
      lineStart = breakEnd;
    }
    this.buffer = this.buffer.slice(lineStart);
    return frames;
  }

  private interpretLine(line: string): ServerSentEvent | null {
    if (line === '') {
      return this.dispatch();
    }
    if (line.startsWith(':')) {
      return null; // comment, e.g. a keep-alive
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) {
      value = value.slice(1);
    }
    if (field === 'event') {
      this.eventName = value;
    } else if (field === 'data') {
      this.dataLines.push(value);
    }
    return null;
  }

  private dispatch(): ServerSentEvent | null {
    const frame =
      this.dataLines.length === 0
        ? null
        : { event: this.eventName || 'message', data: this.dataLines.join('\n') };
    this.eventName = '';
    this.dataLines = [];
    return frame;
  }
}
