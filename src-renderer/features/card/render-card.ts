import { fail } from '../../../src-shared/domain/outcome.js';
import type { InvokeRequest, InvokeResponse } from '../../../src-shared/ipc/contract.js';
import type { LoketApi } from '../../api.js';

/**
 * Draws a card. A pas foto taken at another counter is not in this PC's archive yet: it is
 * fetched from the city system on demand ('sync:fetchFile'), then the card is drawn again.
 */
export async function renderCard(
  api: LoketApi,
  request: InvokeRequest<'card:render'>,
): Promise<InvokeResponse<'card:render'>> {
  const first = await api.invoke('card:render', request);
  const photo = request.card.photoSha256;
  if (first.ok || first.error.code !== 'CARD_PHOTO_MISSING' || photo === undefined) return first;
  const fetched = await api.invoke('sync:fetchFile', { sha256: photo });
  if (!fetched.ok) {
    return fail(
      'CARD_PHOTO_MISSING',
      `${first.error.message} Foto juga tidak dapat diambil dari sistem kota: ${fetched.error.message}`,
      'photoSha256',
    );
  }
  return api.invoke('card:render', request);
}

/**
 * Bytes of an archived file, fetched from the city system first when this PC does not hold it
 * (a card PDF or photo made at another counter). Undefined when neither has it.
 */
export async function loadArchived(api: LoketApi, sha256: string): Promise<string | undefined> {
  const local = await api.invoke('archive:get', { sha256 });
  if (local.ok) return local.value.base64;
  if (local.error.code !== 'ARCHIVE_NOT_FOUND') return undefined;
  const fetched = await api.invoke('sync:fetchFile', { sha256 });
  if (!fetched.ok) return undefined;
  const again = await api.invoke('archive:get', { sha256 });
  return again.ok ? again.value.base64 : undefined;
}
