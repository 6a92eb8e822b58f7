/**
 * A hand-written stand-in for the parts of `electron` our glue touches: enough to check what the
 * glue asks of Electron (options, handlers, listeners) without the binary.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

type Listener = (...args: unknown[]) => void;

export class FakeIpcMain {
  readonly handlers = new Map<string, (event: unknown, request: unknown) => Promise<unknown>>();
  handle(channel: string, listener: (event: never, request: never) => unknown): void {
    this.handlers.set(channel, listener as (event: unknown, request: unknown) => Promise<unknown>);
  }
  invoke(channel: string, event: unknown, request: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, request);
  }
}

export class FakeWebContents {
  readonly listeners = new Map<string, Listener>();
  windowOpenHandler: (() => { action: string }) | undefined;
  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: () => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  shown = false;
  private readonly onceListeners = new Map<string, Listener>();
  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeBrowserWindow.created.push(this);
  }
  once(event: string, listener: Listener): this {
    this.onceListeners.set(event, listener);
    return this;
  }
  emit(event: string): void {
    this.onceListeners.get(event)?.();
  }
  show(): void {
    this.shown = true;
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
  }
}

export class FakeSession {
  requestHandler:
    | ((
        wc: unknown,
        permission: string,
        callback: (granted: boolean) => void,
        details: { requestingUrl: string },
      ) => void)
    | undefined;
  checkHandler: ((wc: unknown, permission: string, origin: string) => boolean) | undefined;
  setPermissionRequestHandler(handler: NonNullable<FakeSession['requestHandler']>): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: NonNullable<FakeSession['checkHandler']>): void {
    this.checkHandler = handler;
  }
  ask(permission: string, requestingUrl: string): boolean {
    let granted = false;
    this.requestHandler?.({}, permission, (g) => (granted = g), { requestingUrl });
    return granted;
  }
}

export class FakeProtocol {
  readonly schemes: unknown[] = [];
  readonly handlers = new Map<string, (request: Request) => Promise<Response>>();
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.schemes.push(...schemes);
  }
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    this.handlers.set(scheme, handler);
  }
}
