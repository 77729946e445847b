/**
 * The bytes of the search index's files, written by scripts/search-index.mjs and read by the
 * search page (both gzip them on top; see index-plan.ts for where the files are).
 *
 * A bucket file (`k/<bucket>.bin`) holds the keys whose hash falls in it (index-plan.ts), one after
 * another:
 *
 *     key       varint length, UTF-8 (`so`, `doi so`)
 *     body      varint length, then
 *       forms   varint count, then for each form as written (`số`, `sở`, `đổi số`):
 *         form    varint length, UTF-8
 *         pages   varint count n, n varints (first id, then each id minus the previous minus 1)
 *         fields  n bytes: FIELD_TITLE | FIELD_SUMMARY | FIELD_BODY where the form stands
 *
 * No word positions: the pair keys say what stands next to what. A filter file
 * (`f/<filter>/<value>.bin`) is a list of page ids in the same delta form.
 */

/** Field bits of a page where a key stands. */
export const FIELD_TITLE = 4;
/** The sapo (lead) and the tags. */
export const FIELD_SUMMARY = 2;
export const FIELD_BODY = 1;

/** The pages of one written form of a key, ids ascending, with the fields it stands in on each. */
export interface FormPostings {
  form: string;
  ids: Uint32Array;
  fields: Uint8Array;
}

/** A growing byte buffer with the writes the format needs. */
export class ByteWriter {
  bytes = new Uint8Array(1024);
  length = 0;
  private readonly encoder = new TextEncoder();

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }

  varint(value: number): void {
    this.room(5);
    let n = value >>> 0;
    while (n > 127) {
      this.bytes[this.length++] = (n & 127) | 128;
      n >>>= 7;
    }
    this.bytes[this.length++] = n;
  }

  raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Text with its length first. */
  text(value: string): void {
    const bytes = this.encoder.encode(value);
    this.varint(bytes.length);
    this.raw(bytes);
  }

  /** Ids ascending, as deltas. */
  ids(ids: ArrayLike<number>, count = ids.length): void {
    let last = -1;
    for (let i = 0; i < count; i++) {
      this.varint(ids[i]! - last - 1);
      last = ids[i]!;
    }
  }

  /** What was written so far (a view, valid until the next write). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  reset(): void {
    this.length = 0;
  }
}

/** One form of a key as the indexer holds it: the first `count` entries of `ids` and `fields`. */
export interface FormToWrite {
  form: string;
  ids: ArrayLike<number>;
  fields: Uint8Array;
  count: number;
}

const body = new ByteWriter();

/** Appends one key and its forms to a bucket being written. */
export function writeKey(bucket: ByteWriter, key: string, forms: readonly FormToWrite[]): void {
  body.reset();
  body.varint(forms.length);
  for (const { form, ids, fields, count } of forms) {
    body.text(form);
    body.varint(count);
    body.ids(ids, count);
    body.raw(fields.subarray(0, count));
  }
  bucket.text(key);
  bucket.varint(body.length);
  bucket.raw(body.view());
}

/** Reads varints and text from a file's bytes. */
class ByteReader {
  at = 0;
  readonly bytes: Uint8Array;
  private readonly decoder = new TextDecoder();
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  get done(): boolean {
    return this.at >= this.bytes.length;
  }

  varint(): number {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = this.bytes[this.at++]!;
      value |= (byte & 127) << shift;
      shift += 7;
    } while (byte & 128);
    return value >>> 0;
  }

  text(): string {
    const length = this.varint();
    return this.decoder.decode(this.bytes.subarray(this.at, (this.at += length)));
  }

  ids(count: number): Uint32Array {
    const ids = new Uint32Array(count);
    let last = -1;
    for (let i = 0; i < count; i++) ids[i] = last = last + 1 + this.varint();
    return ids;
  }
}

/** The forms of `key` in a bucket's bytes, or undefined when the bucket does not hold it. */
export function readKey(bucket: Uint8Array, key: string): FormPostings[] | undefined {
  const reader = new ByteReader(bucket);
  while (!reader.done) {
    const found = reader.text() === key;
    const length = reader.varint();
    if (!found) {
      reader.at += length;
      continue;
    }
    const forms: FormPostings[] = [];
    for (let count = reader.varint(); count > 0; count--) {
      const form = reader.text();
      const ids = reader.ids(reader.varint());
      forms.push({ form, ids, fields: bucket.slice(reader.at, (reader.at += ids.length)) });
    }
    return forms;
  }
  return undefined;
}

/** The bytes of a list of ids, ascending (a filter file). */
export function encodeIds(ids: ArrayLike<number>, count = ids.length): Uint8Array {
  const writer = new ByteWriter();
  writer.ids(ids, count);
  return writer.view().slice();
}

/** The ids of a filter file's bytes. */
export function decodeIds(bytes: Uint8Array): Uint32Array {
  const reader = new ByteReader(bytes);
  const ids: number[] = [];
  let last = -1;
  while (!reader.done) ids.push((last = last + 1 + reader.varint()));
  return Uint32Array.from(ids);
}
