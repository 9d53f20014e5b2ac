/**
 * The few lines of request/response over postMessage between the offscreen document and its
 * spelling worker: numbered calls, answers matched by number, errors as text.
 */
import type { SpellingHost } from './host';

type Method = keyof SpellingHost;

interface WorkerRequest {
  id: number;
  method: Method;
  args: Parameters<SpellingHost[Method]>[0];
}

type WorkerResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

interface MessagePort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** Inside the worker: answers requests from `host`. */
export function serveSpellingHost(port: MessagePort, host: SpellingHost): void {
  port.addEventListener('message', (event) => {
    const request = event.data as WorkerRequest;
    const call = host[request.method] as (args: WorkerRequest['args']) => Promise<unknown>;
    call(request.args).then(
      (result) => port.postMessage({ id: request.id, ok: true, result } satisfies WorkerResponse),
      (error: unknown) =>
        port.postMessage({
          id: request.id,
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        } satisfies WorkerResponse),
    );
  });
}

/** In the page that owns the worker: a SpellingHost whose calls run in the worker. */
export function spellingHostOverWorker(port: MessagePort): SpellingHost {
  let nextId = 0;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  port.addEventListener('message', (event) => {
    const response = event.data as WorkerResponse;
    const waiting = pending.get(response.id);
    if (!waiting) return;
    pending.delete(response.id);
    if (response.ok) waiting.resolve(response.result);
    else waiting.reject(new Error(response.error));
  });
  const call = <T>(method: Method, args: WorkerRequest['args']): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      port.postMessage({ id, method, args } satisfies WorkerRequest);
    });
  return {
    check: (args) => call('check', args),
    suggest: (args) => call('suggest', args),
  };
}
