/**
 * The responsive widths to generate for a photo `sourceWidth` pixels wide: those of `wanted` it
 * can fill without enlarging, or its own width when it is narrower than all of them (an empty
 * list would leave the image without a srcset).
 */
export function widthsUpTo(wanted: readonly number[], sourceWidth: number): number[] {
  const fitting = wanted.filter((w) => w <= sourceWidth);
  return fitting.length > 0 ? fitting : [sourceWidth];
}
