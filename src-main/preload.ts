/**
 * Bundled into dist/main/preload.cjs (sandboxed preloads cannot require our modules).
 * Exposes exactly one function per contract channel, nothing else: no ipcRenderer, no Node.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { invokeChannels } from '../src-shared/ipc/contract.js';

const api = Object.fromEntries(
  invokeChannels.map((channel) => [
    channel,
    (request: unknown) => ipcRenderer.invoke(channel, request),
  ]),
);

contextBridge.exposeInMainWorld('loket', api);
