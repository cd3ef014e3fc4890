/**
 * A suffix automaton over UTF-16 code units, in typed arrays so that a 1 MB text builds in well under a
 * second: transitions live in one open-addressing hash table keyed by (state, code unit), with a per-state
 * edge list only for cloning.
 */
export interface SuffixAutomaton {
  /** For every position of `other`: the longest substring of the automaton's text ending there. */
  matchEndingAt(other: Uint16Array): { lengths: Int32Array; textEnds: Int32Array };
}

const EMPTY = -1;

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

export function buildSuffixAutomaton(text: Uint16Array): SuffixAutomaton {
  const maxStates = 2 * text.length + 2;
  const len = new Int32Array(maxStates);
  const link = new Int32Array(maxStates);
  /** End index (inclusive) of the first occurrence in `text` of the state's strings. */
  const firstEnd = new Int32Array(maxStates);
  const edgeHead = new Int32Array(maxStates).fill(EMPTY);

  // At most 3n transitions; keep the load factor under ~0.6.
  const capacity = nextPowerOfTwo(Math.max(16, Math.ceil(3 * text.length * 1.7)));
  const mask = capacity - 1;
  const slotState = new Int32Array(capacity).fill(EMPTY);
  const slotCode = new Uint16Array(capacity);
  const slotTarget = new Int32Array(capacity);
  const slotNextEdge = new Int32Array(capacity);

  const slotOf = (state: number, code: number): number => {
    let h = (Math.imul(state, 0x9e3779b1) ^ Math.imul(code + 1, 0x85ebca6b)) >>> 0;
    h = (h ^ (h >>> 15)) & mask;
    while (slotState[h] !== EMPTY && (slotState[h] !== state || slotCode[h] !== code)) h = (h + 1) & mask;
    return h;
  };
  const get = (state: number, code: number): number => {
    const slot = slotOf(state, code);
    return slotState[slot] === EMPTY ? EMPTY : slotTarget[slot];
  };
  const set = (state: number, code: number, target: number): void => {
    const slot = slotOf(state, code);
    if (slotState[slot] === EMPTY) {
      slotState[slot] = state;
      slotCode[slot] = code;
      slotNextEdge[slot] = edgeHead[state];
      edgeHead[state] = slot;
    }
    slotTarget[slot] = target;
  };

  let size = 1;
  let last = 0;
  link[0] = EMPTY;
  for (let i = 0; i < text.length; i++) {
    const code = text[i];
    const cur = size++;
    len[cur] = len[last] + 1;
    firstEnd[cur] = i;
    let p = last;
    while (p !== EMPTY && get(p, code) === EMPTY) {
      set(p, code, cur);
      p = link[p];
    }
    if (p === EMPTY) {
      link[cur] = 0;
    } else {
      const q = get(p, code);
      if (len[p] + 1 === len[q]) {
        link[cur] = q;
      } else {
        const clone = size++;
        len[clone] = len[p] + 1;
        link[clone] = link[q];
        firstEnd[clone] = firstEnd[q];
        for (let e = edgeHead[q]; e !== EMPTY; e = slotNextEdge[e]) set(clone, slotCode[e], slotTarget[e]);
        while (p !== EMPTY && get(p, code) === q) {
          set(p, code, clone);
          p = link[p];
        }
        link[q] = clone;
        link[cur] = clone;
      }
    }
    last = cur;
  }

  return {
    matchEndingAt(other) {
      const lengths = new Int32Array(other.length);
      const textEnds = new Int32Array(other.length);
      let state = 0;
      let matched = 0;
      for (let i = 0; i < other.length; i++) {
        const code = other[i];
        while (state !== 0 && get(state, code) === EMPTY) {
          state = link[state];
          matched = len[state];
        }
        const next = get(state, code);
        if (next === EMPTY) {
          state = 0;
          matched = 0;
        } else {
          state = next;
          matched++;
        }
        lengths[i] = matched;
        textEnds[i] = matched > 0 ? firstEnd[state] : EMPTY;
      }
      return { lengths, textEnds };
    },
  };
}
