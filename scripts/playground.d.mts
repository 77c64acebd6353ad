// Types for scripts/playground.mjs, so the TypeScript tests can start the emulator the same way.
import type { ChildProcess } from 'node:child_process';

export interface PlaygroundOptions {
  botEndpoint: string;
  /** 0 = any free port. Default 56150. */
  port?: number;
  configPath?: string;
  openBrowser?: boolean;
  output?: (text: string) => void;
}

export interface Playground {
  child: ChildProcess;
  url: string;
  port: number;
  workDir: string;
}

export declare function startPlayground(options: PlaygroundOptions): Promise<Playground>;
export type StartPlayground = typeof startPlayground;
export declare const PLAYGROUND_CLI: string;
export declare const PLAYGROUND_CONFIG: string;
