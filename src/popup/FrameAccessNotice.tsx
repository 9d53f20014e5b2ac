import { type FrameAccess, listHosts, unreachableOrigins } from './frame-access';

export interface FrameAccessNoticeProps {
  frames: FrameAccess[];
  /** Whether the site itself is being checked. */
  siteEnabled: boolean;
  busy: boolean;
  /** Absent when the client cannot grant frames (the notice then only explains). */
  onAllow?: () => void;
}

/**
 * Frames of the page, from other origins, that could hold the message box and that the checker
 * cannot reach yet. Before the site is on: what turning it on will also ask for. Once it is on: which
 * frame still needs access, with a button that grants it.
 */
export function FrameAccessNotice({ frames, siteEnabled, busy, onAllow }: FrameAccessNoticeProps) {
  const origins = unreachableOrigins(frames);
  if (origins.length === 0) return null;
  const hosts = listHosts(origins);
  const plural = origins.length > 1;
  if (!siteEnabled) {
    return (
      <p class="hint frame-hint">
        The message box may be in a frame from {hosts}: turning the site on asks for access to {plural ? 'them' : 'it'}{' '}
        too.
      </p>
    );
  }
  return (
    <section class="frame-access" aria-label="Frames not checked">
      <p>
        This page has {plural ? 'frames' : 'a frame'} from {hosts} that the checker cannot reach yet. If the message box
        is in {plural ? 'one of them' : 'it'}, it is not checked.
      </p>
      {onAllow && (
        <button type="button" disabled={busy} onClick={onAllow}>
          Check messages in {hosts} too
        </button>
      )}
    </section>
  );
}
