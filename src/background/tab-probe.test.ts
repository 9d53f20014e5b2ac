import { describe, expect, it } from 'vitest';
import { type ProbeApis, probeTab, recordExtensionStart, recordStartReason } from './tab-probe';

function fakeApis(run: ProbeApis['executeInTab']): ProbeApis & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    session: {
      get: async (keys) => Object.fromEntries(keys.filter((key) => key in data).map((key) => [key, data[key]])),
      set: async (items) => void Object.assign(data, items),
    },
    executeInTab: run,
  };
}

describe('probeTab', () => {
  it("tells the page's load time beside the extension's start, kept across worker restarts", async () => {
    const apis = fakeApis(async () => 1_000);
    await recordExtensionStart(apis.session, 2_000);
    await recordStartReason(apis.session, 'update');
    // A worker restarted after being idle keeps the first start.
    await recordExtensionStart(apis.session, 9_000);
    expect(await probeTab(apis, 4)).toEqual({
      scriptable: true,
      loadedAt: 1_000,
      extensionStartedAt: 2_000,
      startReason: 'update',
    });
  });

  it('says when the browser does not let scripts run in the tab', async () => {
    const apis = fakeApis(async () => {
      throw new Error('The extensions gallery cannot be scripted.');
    });
    expect(await probeTab(apis, 4)).toEqual({ scriptable: false, error: 'The extensions gallery cannot be scripted.' });
  });
});
