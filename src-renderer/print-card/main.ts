import { cardImageDpi } from '../../src-shared/domain/card-print.js';
import { base64ToBytes, drawCardImages, type CardImage } from './card-images.js';
import { commonPageSize, cssMm, isUsableDpi, type PrintedCard } from './print-layout.js';
import './print-card.css';

/**
 * The page Electron prints when the card printer's driver ignores the paper size: each PDF page
 * as an image sized in millimetres, so the card comes out at its true size on any sheet.
 * The main process loads this page, calls `window.loketPrintCard`, then prints.
 *
 * The paper is the printer's (Electron's `pageSize`); the page sets no CSS page size on purpose:
 * Chromium centres (and shrinks) a CSS-sized page on paper of another size, whereas without one
 * the card stays at the top-left corner, where a card printer's card begins (print-card.css).
 */
let shownUrls: readonly string[] = [];
let latestCall = 0;

function placeImage(image: CardImage): HTMLImageElement {
  const img = document.createElement('img');
  img.className = 'card-image';
  img.alt = '';
  img.style.width = cssMm(image.widthMm);
  img.style.height = cssMm(image.heightMm);
  img.src = image.url;
  return img;
}

/** One printed sheet; it clips what does not fit the paper instead of spilling onto another. */
function sheetOf(img: HTMLImageElement): HTMLElement {
  const sheet = document.createElement('div');
  sheet.className = 'card-sheet';
  sheet.append(img);
  return sheet;
}

/** The images, decoded before they replace the old pages: a print never catches half of one. */
async function decoded(images: readonly CardImage[], call: number): Promise<HTMLImageElement[]> {
  if (commonPageSize(images) === undefined) throw new Error('halamannya tidak sama ukurannya');
  const imgs = images.map(placeImage);
  await Promise.all(imgs.map((img) => img.decode()));
  if (call !== latestCall) throw new Error('digantikan oleh kartu yang diminta sesudahnya');
  return imgs;
}

function show(images: readonly CardImage[], imgs: readonly HTMLImageElement[]): void {
  document.body.replaceChildren(...imgs.map(sheetOf));
  for (const url of shownUrls) URL.revokeObjectURL(url);
  shownUrls = images.map((image) => image.url);
  // Forces layout now; a hidden window may never run an animation frame to do it.
  void document.body.offsetHeight;
}

async function loketPrintCard(pdfBase64: string, dpi = cardImageDpi): Promise<PrintedCard> {
  latestCall += 1;
  const call = latestCall;
  document.body.dataset.state = 'drawing';
  let images: CardImage[] = [];
  try {
    if (!isUsableDpi(dpi)) throw new Error(`resolusi ${dpi} dpi di luar 72–1200`);
    images = await drawCardImages(base64ToBytes(pdfBase64), dpi);
    const first = images[0];
    if (first === undefined) throw new Error('PDF tidak berisi halaman');
    show(images, await decoded(images, call));
    document.body.dataset.state = 'ready';
    return { pages: images.length, widthMm: first.widthMm, heightMm: first.heightMm, dpi };
  } catch (error) {
    // Nothing of this call is on the page: its images can go.
    for (const image of images) URL.revokeObjectURL(image.url);
    if (call === latestCall) document.body.dataset.state = 'error';
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
    throw new Error(`PDF kartu tidak dapat digambar: ${reason}.`, { cause: error });
  }
}

window.loketPrintCard = loketPrintCard;
