/**
 * Aho–Corasick over UTF-16 units. Units are first mapped to a dense alphabet (only units that occur in some
 * pattern get a symbol; any other unit sends the search back to the root at once). Edges are stored as
 * sorted runs in flat typed arrays, with a direct table for the root, whose fan-out is the alphabet.
 * `next` is amortised O(1) per unit through failure links, so a search is linear in the text.
 */
export class AhoCorasickAutomaton {
  /** For every node, the pattern index ending exactly there, or -1. */
  readonly patternAt: Int32Array;
  /** For every node, the nearest node on its failure chain where a pattern ends, or -1. */
  readonly outputLink: Int32Array;

  private constructor(
    private readonly symbolOf: Int32Array,
    private readonly rootNext: Int32Array,
    private readonly edgeStart: Int32Array,
    private readonly edgeSymbol: Int32Array,
    private readonly edgeTarget: Int32Array,
    private readonly failure: Int32Array,
    patternAt: Int32Array,
    outputLink: Int32Array,
  ) {
    this.patternAt = patternAt;
    this.outputLink = outputLink;
  }

  /** Patterns must be non-empty; pattern `i` is reported as `i`. */
  static build(patterns: readonly string[]): AhoCorasickAutomaton {
    const symbolOf = new Int32Array(0x10000);
    let alphabetSize = 0;
    // Build-time trie: one Map per node is simple and, at tens of thousands of nodes, fast enough.
    const children: Map<number, number>[] = [new Map<number, number>()];
    const patternAtList: number[] = [-1];
    patterns.forEach((pattern, patternIndex) => {
      let node = 0;
      for (let index = 0; index < pattern.length; index++) {
        const code = pattern.charCodeAt(index);
        let symbol = symbolOf[code] ?? 0;
        if (symbol === 0) {
          symbol = ++alphabetSize;
          symbolOf[code] = symbol;
        }
        const nodeChildren = children[node] ?? new Map<number, number>();
        let child = nodeChildren.get(symbol);
        if (child === undefined) {
          child = children.length;
          children.push(new Map<number, number>());
          patternAtList.push(-1);
          nodeChildren.set(symbol, child);
        }
        node = child;
      }
      if (patternAtList[node] === -1) patternAtList[node] = patternIndex;
    });

    const nodeCount = children.length;
    const patternAt = Int32Array.from(patternAtList);
    const failure = new Int32Array(nodeCount);
    const outputLink = new Int32Array(nodeCount).fill(-1);
    const order = new Int32Array(nodeCount);
    let head = 0;
    let tail = 0;
    for (const child of children[0]?.values() ?? []) order[tail++] = child;
    while (head < tail) {
      const node = order[head++] ?? 0;
      for (const [symbol, child] of children[node] ?? []) {
        let fallback = failure[node] ?? 0;
        let target = children[fallback]?.get(symbol);
        while (target === undefined && fallback !== 0) {
          fallback = failure[fallback] ?? 0;
          target = children[fallback]?.get(symbol);
        }
        const childFailure = target ?? 0;
        failure[child] = childFailure;
        outputLink[child] =
          (patternAt[childFailure] ?? -1) >= 0 ? childFailure : (outputLink[childFailure] ?? -1);
        order[tail++] = child;
      }
    }

    const rootNext = new Int32Array(alphabetSize + 1);
    for (const [symbol, child] of children[0] ?? []) rootNext[symbol] = child;
    const edgeStart = new Int32Array(nodeCount + 1);
    const edgeSymbol = new Int32Array(Math.max(0, nodeCount - 1));
    const edgeTarget = new Int32Array(Math.max(0, nodeCount - 1));
    let edgeCount = 0;
    for (let node = 0; node < nodeCount; node++) {
      edgeStart[node] = edgeCount;
      if (node === 0) continue;
      const sorted = [...(children[node] ?? [])].sort(([left], [right]) => left - right);
      for (const [symbol, child] of sorted) {
        edgeSymbol[edgeCount] = symbol;
        edgeTarget[edgeCount] = child;
        edgeCount++;
      }
    }
    edgeStart[nodeCount] = edgeCount;
    return new AhoCorasickAutomaton(
      symbolOf,
      rootNext,
      edgeStart,
      edgeSymbol,
      edgeTarget,
      failure,
      patternAt,
      outputLink,
    );
  }

  /** The node after reading one UTF-16 unit; 0 is the root. */
  next(node: number, code: number): number {
    const symbol = this.symbolOf[code] ?? 0;
    if (symbol === 0) return 0;
    let state = node;
    while (state !== 0) {
      const child = this.child(state, symbol);
      if (child !== 0) return child;
      state = this.failure[state] ?? 0;
    }
    return this.rootNext[symbol] ?? 0;
  }

  /** 0 when there is no such edge: the root is never anyone's child. */
  private child(node: number, symbol: number): number {
    let low = this.edgeStart[node] ?? 0;
    let high = (this.edgeStart[node + 1] ?? 0) - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const middleSymbol = this.edgeSymbol[middle] ?? 0;
      if (middleSymbol === symbol) return this.edgeTarget[middle] ?? 0;
      if (middleSymbol < symbol) low = middle + 1;
      else high = middle - 1;
    }
    return 0;
  }
}
