import type { PrintedCard } from './print-layout.js';

declare global {
  interface Window {
    /**
     * Draws a card PDF (base64) as one image per page at `dpi` (default 300), each sized in
     * millimetres as its page, at the top-left of its own sheet; no CSS page size, so the paper
     * is the one the print call asks for. Resolves once everything is decoded and laid out;
     * rejects with an Indonesian message when the PDF cannot be drawn.
     */
    loketPrintCard(pdfBase64: string, dpi?: number): Promise<PrintedCard>;
  }
}

export {};
