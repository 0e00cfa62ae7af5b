/** `block`: the request or stream is stopped; `warn`: it goes on and the finding is noted. */
export type BannedWordAction = 'block' | 'warn';

export interface BannedWordList {
  id: string;
  name: string;
  action: BannedWordAction;
  /** Entries as the administrator wrote them, markers included (see `parseBannedWordEntry`). */
  words: readonly string[];
  /** Lists with `enabled: false` are left out; absent means enabled. */
  enabled?: boolean;
}

export interface BannedWordFinding {
  listId: string;
  listName: string;
  action: BannedWordAction;
  /** The list entry that matched (without its markers), not the text it matched. */
  word: string;
  /** UTF-16 index into the original text (or the whole stream). */
  start: number;
  /** UTF-16 index into the original text (or the whole stream), exclusive. */
  end: number;
}
