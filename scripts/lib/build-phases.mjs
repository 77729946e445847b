/**
 * Where a build's time went, for the benchmark, read from the lines scripts/build.mjs prints:
 * the content check (beside Astro's start), the end of Astro's build (from the start), the search
 * index.
 * Seconds; a step that printed nothing is left out.
 */
export function buildPhases(log) {
  const seconds = (pattern) => {
    const match = pattern.exec(log);
    return match ? Number(match[1]) : undefined;
  };
  return {
    checkS: seconds(/✓ kiểm tra nội dung \(([\d.]+) s\)/),
    astroS: seconds(/✓ astro build \(([\d.]+) s từ đầu\)/),
    searchIndexS: seconds(/✓ chỉ mục tìm kiếm:.*\(([\d.]+) s\)/),
  };
}
