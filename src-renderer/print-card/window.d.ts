import type { PrintedCard } from './print-layout.js';

declare global {
  interface Window {
    /**
     * Draws a card PDF (base64) as one image per page at `dpi` (default 300), each sized in
     * millimetres as its page, with `@page` set to that size. Resolves once everything is
     * decoded and laid out; rejects with an Indonesian message when the PDF cannot be drawn.
     */
    loketPrintCard(pdfBase64: string, dpi?: number): Promise<PrintedCard>;
  }
}

export {};
