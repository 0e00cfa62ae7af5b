import {
  BannedWordNormalizer,
  separatedBeforeFlag,
  type NormalizedUnitSink,
} from './banned-word-normalizer.js';

export interface NormalizedText {
  /** What words are matched against; the rules are in this module's `index.ts`. */
  text: string;
  /** `offsets[i]`: UTF-16 index in the original text where the character behind `text[i]` starts. */
  offsets: Int32Array;
  /**
   * `endOffsets[i]`: where it ends (exclusive). A character assembled from jamo spans all of them, and one
   * character can expand to several (`㎏` → `kg`), so the start alone cannot give an exact span.
   */
  endOffsets: Int32Array;
  /** 1 where spacing or punctuation was removed right before `text[i]` (`시 발`), else 0. */
  separatedBefore: Uint8Array;
}

/** Normalizes a whole text for banned-word matching, keeping the way back to original spans. */
export function normalizeForBannedWords(text: string): NormalizedText {
  const collector = new UnitCollector(text.length);
  const normalizer = new BannedWordNormalizer(collector);
  normalizer.write(text);
  normalizer.end();
  return collector.result();
}

class UnitCollector implements NormalizedUnitSink {
  private codes: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private separated: Uint8Array;
  private length = 0;

  constructor(expectedLength: number) {
    const capacity = Math.max(16, expectedLength);
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.separated = new Uint8Array(capacity);
  }

  pushUnit(code: number, start: number, end: number, flags: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.separated[this.length] = flags & separatedBeforeFlag;
    this.length++;
  }

  result(): NormalizedText {
    let text = '';
    // In slices: String.fromCharCode with a whole long text would overflow the argument stack.
    for (let index = 0; index < this.length; index += 8192) {
      text += String.fromCharCode(...this.codes.subarray(index, Math.min(this.length, index + 8192)));
    }
    return {
      text,
      offsets: this.starts.slice(0, this.length),
      endOffsets: this.ends.slice(0, this.length),
      separatedBefore: this.separated.slice(0, this.length),
    };
  }

  private grow(): void {
    const capacity = this.codes.length * 2;
    const codes = new Uint16Array(capacity);
    codes.set(this.codes);
    this.codes = codes;
    const starts = new Int32Array(capacity);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(capacity);
    ends.set(this.ends);
    this.ends = ends;
    const separated = new Uint8Array(capacity);
    separated.set(this.separated);
    this.separated = separated;
  }
}
