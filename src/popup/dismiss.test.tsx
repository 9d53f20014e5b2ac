// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../rules';
import { FindingItem } from './Popup';

const finding: Finding = {
  ruleId: 'emoji',
  messageId: 'emoji',
  severity: 'error',
  start: 3,
  end: 5,
  message: 'Emoji 🎉 makes carriers more likely to filter the text.',
  fixes: [],
};

afterEach(cleanup);

describe('the popup finding\'s "Ignore" and "Turn off this check"', () => {
  it('calls back with the finding and the rule', () => {
    const onIgnore = vi.fn();
    const onTurnOff = vi.fn();
    render(
      <ul>
        <FindingItem finding={finding} busy={false} onApplyFix={() => {}} onIgnore={onIgnore} onTurnOff={onTurnOff} />
      </ul>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ignore' }));
    expect(onIgnore).toHaveBeenCalledWith(finding);
    fireEvent.click(screen.getByRole('button', { name: 'Turn off this check' }));
    expect(onTurnOff).toHaveBeenCalledWith('emoji');
  });

  it('offers no "Turn off this check" when the organization sets the checks, and nothing while busy', () => {
    render(
      <ul>
        <FindingItem finding={finding} busy={true} onApplyFix={() => {}} onIgnore={() => {}} />
      </ul>,
    );
    expect(screen.queryByRole('button', { name: 'Turn off this check' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Ignore' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
