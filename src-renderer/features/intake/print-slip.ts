import type { LoketApi } from '../../api.js';
import type { InvokeRequest } from '../../../src-shared/ipc/contract.js';
import type { Translate } from '../../i18n/i18n.js';

export type SlipRequest = InvokeRequest<'printer:printSlip'>['slip'];

/**
 * Sends a slip to the thermal printer and says, in one sentence, what happened: the slip is
 * always on screen too, so a printer that is off or missing never stops the service.
 */
export async function printSlip(
  api: LoketApi,
  slip: SlipRequest,
  t: Translate,
): Promise<{
  readonly ok: boolean;
  readonly message: string;
}> {
  const result = await api.invoke('printer:printSlip', { slip });
  return result.ok
    ? { ok: true, message: t('slip.printed', { label: result.value.label }) }
    : { ok: false, message: t('slip.notPrinted', { reason: result.error.message }) };
}
