// @vitest-environment happy-dom
/**
 * The in-page UI's host against a hostile page (docs/security.md): its root is closed, and its
 * name is random, so a page cannot claim it first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { hostTagName, mountShadowHost, SHADOW_HOST_TAG_PREFIX, unmountShadowHost } from './shadow-host';

afterEach(() => unmountShadowHost(document));

describe('shadow host', () => {
  it('has a closed root: the page sees no shadowRoot, only we hold it', () => {
    const { host, root, layer } = mountShadowHost(document);
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    expect(root.mode).toBe('closed');
    expect(root.contains(layer)).toBe(true);
    expect(() => host.attachShadow({ mode: 'open' })).toThrow();
  });

  it('has a name no page can predict: a fixed prefix and 64 random bits, new for each page', () => {
    const names = new Set(Array.from({ length: 200 }, () => hostTagName()));
    expect(names.size).toBe(200);
    for (const name of names) expect(name).toMatch(new RegExp(`^${SHADOW_HOST_TAG_PREFIX}[0-9a-f]{16}$`));
    expect(mountShadowHost(document).host.localName).toMatch(new RegExp(`^${SHADOW_HOST_TAG_PREFIX}[0-9a-f]{16}$`));
  });

  it('mounts on a page that defined our old element name first', () => {
    customElements.define(
      'sms-compliance-checker',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' });
        }
      },
    );
    const { host, root } = mountShadowHost(document);
    expect(host.localName).not.toBe('sms-compliance-checker');
    expect(root.querySelector('style')).not.toBeNull();
  });
});
