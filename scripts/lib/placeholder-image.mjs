// Neutral illustration photos ("Ảnh minh họa"): a sky gradient over mountain ridges, varied by a
// seed. Used where the original photos are not available (the seed article) and by the benchmark.
import sharp from 'sharp';

const PALETTES = [
  ['#dbeafe', '#93c5fd', '#64748b', '#475569', '#334155'],
  ['#fef3c7', '#fcd34d', '#78716c', '#57534e', '#44403c'],
  ['#dcfce7', '#86efac', '#4d7c0f', '#3f6212', '#365314'],
  ['#e0e7ff', '#a5b4fc', '#6b7280', '#4b5563', '#374151'],
];

/** A small deterministic pseudo-random generator (LCG): numbers in [0, 1), the same for the same seed. */
export function random(seed) {
  let state = seed >>> 0 || 1;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function ridge(next, width, height, base, amplitude) {
  const points = [];
  for (let x = 0; x <= width; x += width / 8) points.push(`${x.toFixed(0)},${(base - next() * amplitude).toFixed(0)}`);
  return `M0,${height} L${points.join(' L')} L${width},${height} Z`;
}

/** The SVG source of a placeholder landscape. */
export function placeholderSvg(seed, width = 1200, height = 675) {
  const next = random(seed);
  const [sky1, sky2, far, mid, near] = PALETTES[seed % PALETTES.length];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky1}"/><stop offset="1" stop-color="${sky2}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#s)"/>
<circle cx="${(0.2 + next() * 0.6) * width}" cy="${height * 0.25}" r="${height * 0.07}" fill="#fff" opacity="0.7"/>
<path d="${ridge(next, width, height, height * 0.55, height * 0.25)}" fill="${far}" opacity="0.6"/>
<path d="${ridge(next, width, height, height * 0.7, height * 0.2)}" fill="${mid}" opacity="0.8"/>
<path d="${ridge(next, width, height, height * 0.85, height * 0.15)}" fill="${near}"/>
</svg>`;
}

/** Writes a placeholder landscape as a JPEG file. */
export async function writePlaceholderJpeg(path, seed, width = 1200, height = 675) {
  await sharp(Buffer.from(placeholderSvg(seed, width, height)))
    .jpeg({ quality: 72, mozjpeg: true })
    .toFile(path);
}
