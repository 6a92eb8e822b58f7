import { usePrintAttention } from '../features/printers/use-print-attention.js';
import { useSyncStatus } from '../features/sync/use-sync-status.js';
import { Navigation, type Section } from './navigation.js';

/**
 * The main menu with a count on the screens where something waits for the officer: print jobs
 * that failed or may not have come out, sync records that need a decision. Seen from any screen.
 */
export function MainNavigation(props: {
  readonly current: Section;
  readonly onNavigate: (section: Section) => void;
}) {
  const printers = usePrintAttention();
  const sync = useSyncStatus().status.attention;
  return <Navigation {...props} attention={{ printers, sync }} />;
}
