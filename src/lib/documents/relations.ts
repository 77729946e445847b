/**
 * How registry documents replace each other. Editors write the link once, on the older document
 * (`replacedBy: nghi-dinh-42-2022-nd-cp`); the newer one's "văn bản được thay thế" is its inverse.
 */

/** What the relations need of a document. */
export interface Replaceable {
  slug: string;
  replacedBy?: string | undefined;
  draft?: boolean | undefined;
}

/** For each document, the documents that name it in `replacedBy`, in the order given. */
export function replacementsOf<T extends Replaceable>(documents: readonly T[]): Map<string, T[]> {
  const replaces = new Map<string, T[]>();
  for (const document of documents) {
    if (!document.replacedBy) continue;
    const list = replaces.get(document.replacedBy) ?? [];
    list.push(document);
    replaces.set(document.replacedBy, list);
  }
  return replaces;
}

/**
 * Why a document's `replacedBy` cannot stand, or `undefined`: it names no document, a draft (readers
 * could not open it), the document itself, or a chain that comes back to it.
 */
export function replacedByProblem(document: Replaceable, bySlug: ReadonlyMap<string, Replaceable>): string | undefined {
  const target = document.replacedBy;
  if (!target) return undefined;
  if (target === document.slug)
    return `văn bản không thể thay thế chính nó — xóa dòng replacedBy, hoặc viết tên tệp (slug) của văn bản mới`;
  const replacement = bySlug.get(target);
  if (!replacement)
    return `không có văn bản nào tên "${target}" (địa chỉ /van-ban/${target}/) — viết tên tệp hoặc thư mục của văn bản thay thế, không có năm, ví dụ: replacedBy: nghi-dinh-42-2022-nd-cp`;
  if (replacement.draft && !document.draft)
    return `văn bản thay thế "${target}" đang là bản nháp (draft: true) nên người đọc chưa mở được — đăng văn bản đó trước, hoặc bỏ dòng replacedBy`;
  const chain = [document.slug];
  for (let next: Replaceable | undefined = replacement; next?.replacedBy; next = bySlug.get(next.replacedBy)) {
    chain.push(next.slug);
    if (chain.includes(next.replacedBy))
      return `các văn bản thay thế nhau thành vòng (${[...chain, next.replacedBy].join(' → ')}) — văn bản mới hơn không ghi replacedBy tới văn bản cũ`;
  }
  return undefined;
}
