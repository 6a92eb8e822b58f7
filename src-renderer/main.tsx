import { createRoot } from 'react-dom/client';
import { v7 as uuidv7 } from 'uuid';
import { createApi } from './api.js';
import { App } from './app/app.js';
import { createAppServices } from './app/create-services.js';
import { ensurePersistentStorage } from './app/storage-persistence.js';
import { LoketDatabase } from './db/database.js';
import { translator } from './i18n/i18n.js';
import './styles.css';

/** Renderer composition root: the real api and IndexedDB, then the app. */
async function start(root: HTMLElement): Promise<void> {
  const t = translator('id');
  const api = createApi();
  const info = await api.invoke('app:info', {});
  if (!info.ok) {
    root.textContent = t('app.startFailed', { reason: info.error.message });
    return;
  }
  const services = createAppServices({
    api,
    info: info.value,
    db: new LoketDatabase(),
    now: () => new Date(),
    newId: uuidv7,
    storage: window.localStorage,
  });
  // Asked at once, not when Pengaturan is opened: the records must not be evictable meanwhile.
  void ensurePersistentStorage(navigator.storage);
  await services.officers.seedDefaults();
  createRoot(root).render(<App services={services} />);
  // Sync runs in the background from the start: the outbox drains whenever the network allows.
  services.sync?.engine.start();
}

const root = document.getElementById('root');
if (root) void start(root);
