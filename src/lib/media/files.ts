/** File facts shown to readers next to a download link, and given to programs (MIME types). */

const TYPES: Record<string, string> = {
  pdf: 'PDF',
  doc: 'Word',
  docx: 'Word',
  xls: 'Excel',
  xlsx: 'Excel',
  odt: 'ODT',
  ods: 'ODS',
  zip: 'ZIP',
};

/** MIME types of the document files the site publishes (see FILE_EXTENSIONS in names.ts). */
const MIME_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  zip: 'application/zip',
};

const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * The file's type as readers know it, from its name: `ke-hoach.pdf` → `PDF`, `.docx` → `Word (DOCX)`.
 * Unknown extensions are shown in capitals.
 */
export function fileTypeLabel(name: string): string {
  const extension = extensionOf(name);
  const type = TYPES[extension];
  if (!type) return extension.toUpperCase();
  return type === extension.toUpperCase() ? type : `${type} (${extension.toUpperCase()})`;
}

const sizeFormat = (digits: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits });

/**
 * A file size the Vietnamese way, with a decimal comma: `850 B`, `12 KB`, `1,4 MB`.
 * Units of 1024, as file managers show them.
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${sizeFormat(0).format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  const mb = bytes / (1024 * 1024);
  return `${sizeFormat(mb < 10 ? 1 : 0).format(mb)} MB`;
}

/** The MIME type of a document file, from its name (`application/pdf`); `application/octet-stream` when unknown. */
export function fileMimeType(name: string): string {
  return MIME_TYPES[extensionOf(name)] ?? 'application/octet-stream';
}
