import { render } from 'preact';
import { browser } from '../shared/browser';
import { createBrowserOptionsClient } from './browser-client';
import { Options } from './Options';
import { createOptionsController } from './options-store';

const container = document.getElementById('app');
if (container) {
  const controller = createOptionsController(createBrowserOptionsClient());
  render(<Options controller={controller} version={browser.runtime.getManifest().version} />, container);
  void controller.load();
  addEventListener('pagehide', () => controller.dispose());
}
