import { spawn } from 'node:child_process';

export type CommandResult =
  | {
      readonly kind: 'exited';
      readonly code: number;
      readonly stdout: string;
      readonly stderr: string;
    }
  /** The program is not installed (spawn ENOENT): e.g. no CUPS on this PC. */
  | { readonly kind: 'not-found' }
  | { readonly kind: 'failed-to-start'; readonly message: string }
  /** Killed after the time limit; `inputWritten` says whether stdin had already gone out. */
  | { readonly kind: 'timeout'; readonly inputWritten: boolean };

export interface CommandOptions {
  readonly stdin?: Uint8Array;
  readonly timeoutMs?: number;
}

/** Runs a program without a shell; injected so tests can put a fake `lp` first on PATH. */
export type CommandRunner = (
  command: string,
  args: readonly string[],
  options?: CommandOptions,
) => Promise<CommandResult>;

export function createCommandRunner(
  world: { readonly env?: NodeJS.ProcessEnv } = {},
): CommandRunner {
  return (command, args, options = {}) =>
    new Promise((resolve) => {
      const child = spawn(command, [...args], { env: world.env ?? process.env, stdio: 'pipe' });
      let stdout = '';
      let stderr = '';
      let inputWritten = options.stdin === undefined;
      let settled = false;
      const finish = (result: CommandResult): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
      };
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        finish({ kind: 'timeout', inputWritten });
      }, options.timeoutMs ?? 15_000);
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', (error: NodeJS.ErrnoException) =>
        finish(
          error.code === 'ENOENT'
            ? { kind: 'not-found' }
            : { kind: 'failed-to-start', message: error.message },
        ),
      );
      child.on('close', (code) => finish({ kind: 'exited', code: code ?? -1, stdout, stderr }));
      // A program that exits without reading stdin must not crash us with EPIPE.
      child.stdin.on('error', () => undefined);
      if (options.stdin === undefined) child.stdin.end();
      else child.stdin.end(options.stdin, () => (inputWritten = true));
    });
}
