/**
 * The toolbar button of the tab mirrors the count and verdict of the field in use. It need not
 * follow every keystroke, and each update is a message to the background, which costs the page
 * about a millisecond (bench:browser): a change is sent once typing pauses (or, while typing goes
 * on, every TOOLBAR_MAX_WAIT_MS), and only when it differs from what the button shows.
 */
import type { Report } from '../../rules';
import { PauseTimer } from '../pause-timer';

/** The toolbar button is updated this long after the field's count last changed. */
export const TOOLBAR_DELAY_MS = 250;
/** ...or this long after the first change it has not shown, when the count keeps changing. */
export const TOOLBAR_MAX_WAIT_MS = 2_000;

export class ToolbarThrottle<Owner> {
  /** What the toolbar button was last told (count and verdict), so only changes are sent. */
  private shown = '';
  /** The field whose count the toolbar button shows (or is about to), with that count. */
  private wanted: { owner: Owner; findings: number; verdict: Report['verdict'] } | null = null;
  /** Pending only while its owner is attached: forgetting the owner clears it. */
  private readonly timer = new PauseTimer(() => this.sendWanted(), TOOLBAR_DELAY_MS, TOOLBAR_MAX_WAIT_MS);

  constructor(
    private readonly send: (findings: number, verdict: Report['verdict']) => void,
    private readonly sendClear: () => void,
  ) {}

  show(owner: Owner, findings: number, verdict: Report['verdict']): void {
    const previous = this.wanted;
    this.wanted = { owner, findings, verdict };
    const changed = previous === null || previous.findings !== findings || previous.verdict !== verdict;
    // Called on every render of the field in use: the timer hears of a change only while it runs
    // or when there is something new to show.
    if (this.timer.pending ? changed : `${findings}|${verdict}` !== this.shown) this.timer.changed();
  }

  private sendWanted(): void {
    const wanted = this.wanted;
    if (wanted === null) return;
    const shown = `${wanted.findings}|${wanted.verdict}`;
    if (shown === this.shown) return;
    this.shown = shown;
    this.send(wanted.findings, wanted.verdict);
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
    this.timer.cancel();
    if (this.shown === '') return;
    this.shown = '';
    this.sendClear();
  }
}
