import { render } from 'preact';
import { createBrowserPopupClient } from './browser-client';
import { Popup } from './Popup';
import { createPopupController } from './popup-store';

const container = document.getElementById('app');
if (container) {
  const controller = createPopupController(createBrowserPopupClient());
  render(<Popup controller={controller} />, container);
  void controller.refresh();
  addEventListener('pagehide', () => controller.dispose());
}
