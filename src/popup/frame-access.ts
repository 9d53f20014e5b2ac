/**
 * Composers in cross-origin frames. A portal often embeds its message box from another origin
 * (a messaging vendor's iframe); the checker runs in a frame only when that frame's own origin is
 * enabled and permitted. The popup lists the page's frames that could hold a composer, asks for
 * their origins in the same permission request that turns the site on, and says which frame
 * still cannot be reached, with a button that grants it.
 */

export interface FrameAccess {
  /** The frame's origin, e.g. https://messages.vendor.example. */
  origin: string;
  /** The checker can run there: the origin is enabled (by the user, the firm or the demo) and permitted. */
  reachable: boolean;
}

/** At most this many frame origins are listed (a page of ads could have dozens). */
export const MAX_FRAME_ORIGINS = 5;

/**
 * Runs in the tab's top frame (chrome.scripting, isolated world) and returns the origins of the
 * http(s) frames, other than the page's own, large enough to hold a message box. Self-contained:
 * it is serialized and sent to the tab. Reads only the frames' addresses.
 */
export function composerFrameOrigins(limit: number): string[] {
  const own = location.origin;
  const origins: string[] = [];
  for (const frame of Array.from(document.querySelectorAll('iframe, frame'))) {
    const source = (frame as HTMLIFrameElement).src;
    let origin: string;
    try {
      const url = new URL(source);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      origin = url.origin;
    } catch {
      continue;
    }
    const box = frame.getBoundingClientRect();
    // A message box needs room: tracking pixels and hidden frames are left out.
    if (origin === own || box.width < 120 || box.height < 40 || origins.includes(origin)) continue;
    origins.push(origin);
    if (origins.length >= limit) break;
  }
  return origins;
}

/** The origins, in a result from the tab, that are well-formed http(s) origins (the page could lie). */
export function validFrameOrigins(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const origins: string[] = [];
  for (const item of value.slice(0, 50)) {
    if (origins.length >= MAX_FRAME_ORIGINS) break;
    if (typeof item !== 'string') continue;
    try {
      const url = new URL(item);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === item && !origins.includes(item)) {
        origins.push(item);
      }
    } catch {
      // Not an origin: left out.
    }
  }
  return origins;
}

export function unreachableOrigins(frames: readonly FrameAccess[]): string[] {
  return frames.filter((frame) => !frame.reachable).map((frame) => frame.origin);
}

/** "a.example", "a.example and b.example", "a.example, b.example and c.example". */
export function listHosts(origins: readonly string[]): string {
  const hosts = origins.map((origin) => new URL(origin).host);
  if (hosts.length <= 1) return hosts[0] ?? '';
  return `${hosts.slice(0, -1).join(', ')} and ${hosts[hosts.length - 1]}`;
}
