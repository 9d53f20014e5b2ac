/**
 * The toolbar button of the tab mirrors the count and verdict of the field in use. It need not
 * follow every keystroke, and each update is a message to the background: a change is sent once
 * typing pauses, and only when it differs from what the button shows.
 */
import type { Report } from '../../rules';

/** The toolbar button is updated this long after the field's count last changed. */
export const TOOLBAR_DELAY_MS = 250;

export class ToolbarThrottle<Owner> {
  /** What the toolbar button was last told (count and verdict), so only changes are sent. */
  private shown = '';
  /** The field whose count the toolbar button shows (or is about to), with that count. */
  private wanted: { owner: Owner; findings: number; verdict: Report['verdict'] } | null = null;
  /** Pending only while its owner is attached: forgetting the owner clears it. */
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly send: (findings: number, verdict: Report['verdict']) => void,
    private readonly sendClear: () => void,
  ) {}

  show(owner: Owner, findings: number, verdict: Report['verdict']): void {
    this.wanted = { owner, findings, verdict };
    // Called on every render of the field in use: a timer only when there is something new to show.
    if (this.timer !== undefined || `${findings}|${verdict}` === this.shown) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const wanted = this.wanted;
      if (wanted === null) return;
      const shown = `${wanted.findings}|${wanted.verdict}`;
      if (shown === this.shown) return;
      this.shown = shown;
      this.send(wanted.findings, wanted.verdict);
    }, TOOLBAR_DELAY_MS);
  }

  /** A field was focused: another frame's field may have been on the button meanwhile, so tell it again. */
  focusChanged(): void {
    this.shown = '';
  }

  /** The field went away (a closed compose dialog): its count must not stay on the button. */
  forget(owner: Owner): void {
    if (this.wanted?.owner === owner) this.clear();
  }

  clear(): void {
    this.wanted = null;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.shown === '') return;
    this.shown = '';
    this.sendClear();
  }
}
