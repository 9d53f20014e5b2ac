export declare const PAGES_DIRECTORY: string;

export interface StaticServer {
  port: number;
  /** http://localhost:<port> */
  origin: string;
  /** Absolute URL of a path under the served root, e.g. url('portal.html'). */
  url(path: string): string;
  close(): Promise<void>;
}

export declare function startStaticServer(options?: {
  root?: string;
  host?: string;
  port?: number;
}): Promise<StaticServer>;
