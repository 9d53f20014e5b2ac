/**
 * Chrome's offscreen document (reason WORKERS): it outlives the service worker's idle stops, so the
 * dictionary is parsed once per browser session, and it starts the spelling worker that does the
 * work. Offscreen documents only have runtime messaging; the background forwards `spelling/*`
 * requests here (content scripts never talk to this page directly).
 */
import { handleMessages } from '../shared/messaging';
import { spellingHostOverWorker } from '../spelling-host/worker-rpc';

const worker = new Worker(new URL('../spelling-host/worker.ts', import.meta.url), { type: 'module' });
const host = spellingHostOverWorker(worker);

handleMessages<'spelling'>({
  'spelling/check': (args) => host.check(args),
  'spelling/suggest': (args) => host.suggest(args),
});
