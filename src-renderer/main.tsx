import { createRoot } from 'react-dom/client';
import { v7 as uuidv7 } from 'uuid';
import { createApi } from './api.js';
import { App } from './app/app.js';
import { localIsoDate, type AppServices } from './app/services.js';
import { LoketDatabase } from './db/database.js';
import { createSeekersRepository } from './db/seekers-repository.js';
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
  const db = new LoketDatabase();
  const now = () => new Date();
  const services: AppServices = {
    api,
    info: info.value,
    today: () => localIsoDate(now()),
    seekers: createSeekersRepository({
      db,
      now,
      newId: uuidv7,
      counterId: info.value.counter.id,
      officerId: () => 'petugas-loket',
    }),
  };
  createRoot(root).render(<App services={services} />);
}

const root = document.getElementById('root');
if (root) void start(root);
