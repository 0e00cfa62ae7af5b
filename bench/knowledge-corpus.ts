import { readdirSync, readFileSync } from 'node:fs';

/**
 * Synthetic Korean administrative text for the knowledge benchmark: words drawn with a Zipf-like skew from
 * the vocabulary of the evaluation corpus (real 공문서 words), arranged as statutes (장, 조 with 항 and 호)
 * and manuals (Ⅰ./1./가. items and tables). Deterministic for a seed.
 */
export class KnowledgeCorpus {
  private readonly words: string[];
  private state: number;

  constructor(seed = 42) {
    const folder = new URL('../server/src/modules/knowledge/eval/corpus/', import.meta.url);
    const text = readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(new URL(name, folder), 'utf8'))
      .join('\n');
    const counts = new Map<string, number>();
    for (const word of text.match(/[가-힣]{2,8}/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
    this.words = [...counts].sort((left, right) => right[1] - left[1]).map(([word]) => word);
    this.state = seed;
  }

  get vocabularySize(): number {
    return this.words.length;
  }

  /** A uniform number in [0, 1) (mulberry32). */
  random(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** A word, frequent ones far more often (rank ~ 1/u² skew). */
  word(): string {
    const rank = Math.floor(this.words.length * this.random() ** 2.2);
    return this.words[Math.min(rank, this.words.length - 1)] ?? '행정';
  }

  /** A rarer word (the kind a question names). */
  rareWord(): string {
    const rank = Math.floor(this.words.length * (0.05 + 0.95 * this.random()));
    return this.words[Math.min(rank, this.words.length - 1)] ?? '행정';
  }

  sentence(): string {
    const length = 6 + Math.floor(this.random() * 8);
    const parts = Array.from({ length }, () => this.word());
    return `${parts.join(' ')}${this.random() < 0.5 ? '한다' : '하여야 한다'}.`;
  }

  private paragraph(sentences: number): string {
    return Array.from({ length: sentences }, () => this.sentence()).join(' ');
  }

  /** A statute of roughly `characters` characters: 장, then 조(제목) with ①② 항 and 1. 2. 호. */
  statute(title: string, characters: number): string {
    const lines = [`# ${title}`, ''];
    let article = 1;
    let size = 0;
    let chapter = 1;
    while (size < characters) {
      if (article % 8 === 1) lines.push(`제${String(chapter++)}장 ${this.word()} ${this.word()}`, '');
      const head = `제${String(article)}조(${this.word()} ${this.word()}) ① ${this.paragraph(2)}`;
      const body = [head, `② ${this.paragraph(1)}`, `1. ${this.sentence()}`, `2. ${this.sentence()}`].join(
        '\n',
      );
      lines.push(body, '');
      size += body.length;
      article += 1;
    }
    return lines.join('\n');
  }

  /** A manual of roughly `characters` characters with numbered items and a table now and then. */
  manual(title: string, characters: number): string {
    const lines = [`# ${title}`, ''];
    const roman = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', 'Ⅵ', 'Ⅶ', 'Ⅷ', 'Ⅸ', 'Ⅹ'];
    let size = 0;
    let section = 0;
    while (size < characters) {
      lines.push(`## ${roman[section % roman.length] ?? 'Ⅰ'}. ${this.word()} ${this.word()}`, '');
      for (let item = 1; item <= 3; item += 1) {
        const text = `${String(item)}. ${this.word()} ${this.word()}\n가. ${this.paragraph(2)}\n나. ${this.paragraph(1)}`;
        lines.push(text, '');
        size += text.length;
      }
      if (section % 2 === 0) {
        const rows = Array.from(
          { length: 5 },
          () => `| ${this.word()} | ${String(Math.floor(this.random() * 900) + 100)}만원 | ${this.word()} |`,
        );
        const table = ['| 구분 | 금액 | 비고 |', '| --- | --- | --- |', ...rows].join('\n');
        lines.push(table, '');
        size += table.length;
      }
      section += 1;
    }
    return lines.join('\n');
  }

  /**
   * A question as staff type it about something a passage says: three or four of the passage's less common
   * words (so they occur together somewhere, as in real questions) and a question ending.
   */
  questionAbout(passage: string): string {
    const rankOf = new Map(this.words.map((word, index) => [word, index]));
    const common = Math.floor(this.words.length * 0.05);
    const candidates = [...new Set(passage.match(/[가-힣]{2,8}/g) ?? [])].filter(
      (word) => (rankOf.get(word) ?? 0) >= common,
    );
    const count = Math.min(candidates.length, 3 + Math.floor(this.random() * 2));
    const chosen: string[] = [];
    while (chosen.length < count) {
      const word = candidates[Math.floor(this.random() * candidates.length)] ?? '';
      if (!chosen.includes(word)) chosen.push(word);
    }
    const endings = [' 어떻게 해야 하나요?', ' 기준 알려줘', ' 관련 규정이 뭐야?', ' 절차는?'];
    return `${chosen.join(' ')}${endings[Math.floor(this.random() * endings.length)] ?? ''}`;
  }

  /** A unit-length vector near one of `clusters` centres (chunks on one topic embed close together). */
  embedding(dimensions: number, cluster: number): number[] {
    const vector = Array.from({ length: dimensions }, (_, index) => {
      const centre = Math.sin((cluster + 1) * (index + 1) * 0.618);
      return centre + (this.random() - 0.5) * 0.6;
    });
    const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
    return vector.map((value) => value / norm);
  }
}
