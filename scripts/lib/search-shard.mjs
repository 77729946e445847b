// One shard of the search index as scripts/search-index.mjs builds it in memory: every syllable
// and pair of adjacent syllables of its pages, by key, with each written form's pages and fields,
// then written out as bucket files (src/lib/search/index-format.ts).
import { ByteWriter, writeKey } from '../../src/lib/search/index-format.ts';
import { fold, keyHash, pairKey, syllables } from '../../src/lib/search/index-plan.ts';

/** Keys per bucket file, on average: fewer means more files, more means more bytes per lookup. */
const KEYS_PER_BUCKET = 12;

/**
 * A shard's keys and their postings. Syllables are interned to numbers; a key's forms are a short
 * list (a syllable has a few written forms at most), each with its pages and fields.
 */
export class ShardIndex {
  /** exact syllable → number; `text[n]` and `folded[n]` (the number of its folded form) back. */
  ids = new Map();
  text = [];
  folded = [];
  /** folded syllable number → its forms `[{ first, ids, fields, count }]`. */
  singles = [];
  /** first folded number → second folded number → the pair's forms `[{ first, second, … }]`. */
  pairs = new Map();
  /** The postings of an exact syllable, and of an exact pair (first → second → postings). */
  singlePostings = [];
  pairPostings = [];
  keys = 0;

  intern(syllable) {
    let id = this.ids.get(syllable);
    if (id === undefined) {
      id = this.text.length;
      this.ids.set(syllable, id);
      this.text.push(syllable);
      this.folded.push(id);
      const folded = fold(syllable);
      if (folded !== syllable) this.folded[id] = this.intern(folded);
    }
    return id;
  }

  /** Notes that a form of a key stands in `field` of `page` (pages come in order). */
  static add(p, page, field) {
    if (p.count > 0 && p.ids[p.count - 1] === page) {
      p.fields[p.count - 1] |= field;
      return;
    }
    if (p.count === p.ids.length) {
      const ids = new Uint32Array(p.count * 2);
      ids.set(p.ids);
      const fields = new Uint8Array(p.count * 2);
      fields.set(p.fields);
      p.ids = ids;
      p.fields = fields;
    }
    p.ids[p.count] = page;
    p.fields[p.count++] = field;
  }

  /** A new form's postings, listed under its key (made when first met). */
  newPostings(first, second) {
    const folded = this.folded[first];
    let forms;
    if (second < 0) {
      forms = this.singles[folded];
      if (!forms) forms = this.singles[folded] = [];
    } else {
      let seconds = this.pairs.get(folded);
      if (!seconds) this.pairs.set(folded, (seconds = new Map()));
      forms = seconds.get(this.folded[second]);
      if (!forms) seconds.set(this.folded[second], (forms = []));
    }
    if (forms.length === 0) this.keys++;
    const p = { first, second, ids: new Uint32Array(4), fields: new Uint8Array(4), count: 0 };
    forms.push(p);
    return p;
  }

  /** Indexes one field's text of page `page`: each syllable, each adjacent pair. */
  addText(text, page, field) {
    let previous = -1;
    const all = syllables(text);
    for (let i = 0; i < all.length; i++) {
      const id = this.intern(all[i]);
      ShardIndex.add((this.singlePostings[id] ??= this.newPostings(id, -1)), page, field);
      if (previous >= 0) {
        const next = (this.pairPostings[previous] ??= new Map());
        let p = next.get(id);
        if (!p) next.set(id, (p = this.newPostings(previous, id)));
        ShardIndex.add(p, page, field);
      }
      previous = id;
    }
  }

  /** Every key as `[text, forms]`. */
  *entries() {
    for (const [folded, forms] of this.singles.entries()) if (forms) yield [this.text[folded], forms];
    for (const [first, seconds] of this.pairs)
      for (const [second, forms] of seconds) yield [pairKey(this.text[first], this.text[second]), forms];
  }

  /** A key's forms, each with its text, as the bucket writer takes them. */
  named(forms) {
    return forms.map((p) => ({ ...p, form: p.second < 0 ? this.text[p.first] : pairKey(this.text[p.first], this.text[p.second]) }));
  }

  /** The bucket files' bytes (uncompressed), bucket by bucket. */
  *buckets(count) {
    const inBucket = Array.from({ length: count }, () => []);
    for (const entry of this.entries()) inBucket[keyHash(entry[0]) % count].push(entry);
    const writer = new ByteWriter();
    for (const entries of inBucket) {
      writer.reset();
      for (const [key, forms] of entries) writeKey(writer, key, this.named(forms));
      yield writer.view();
    }
  }
}

/** The smallest power of two with about `KEYS_PER_BUCKET` keys a bucket. */
export const bucketCount = (keys) => 2 ** Math.max(4, Math.ceil(Math.log2(Math.max(1, keys / KEYS_PER_BUCKET))));
