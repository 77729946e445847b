/** The office on OpenStreetMap: a link readers follow, never a map embedded in the page. */

/** Where the office is, as `co-quan.yaml` may give it. */
export interface MapPoint {
  lat: number;
  lon: number;
  zoom: number;
}

/**
 * The OpenStreetMap page of the office: a marker at its coordinates when they are known, else a
 * search for its address (the page loads nothing from openstreetmap.org until the reader follows it).
 */
export function openStreetMapUrl(point: MapPoint | undefined, address: string): string {
  if (!point) return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
  const lat = point.lat.toFixed(5);
  const lon = point.lon.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=${point.zoom}/${lat}/${lon}`;
}
