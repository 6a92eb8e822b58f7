import { BreakLine, CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import {
  charsPerLine,
  type PaperWidth,
  type SlipLine,
} from '../../src-shared/printing/slip-line.js';

/**
 * Turns slip lines into the ESC/POS bytes of one job: reset, text with alignment and
 * emphasis, native QR codes (GS ( k), feed and a full cut. node-thermal-printer only builds
 * the buffer here; sending is ours, because its network interface cannot tell a failure
 * before sending from one after, and that difference decides whether a retry is safe.
 */
export function renderEscPos(lines: readonly SlipLine[], paper: PaperWidth): Buffer {
  const printer = new ThermalPrinter({
    type: PrinterTypes.EPSON,
    // Empty: no transport is created; the buffer is taken with getBuffer().
    interface: '',
    width: charsPerLine(paper),
    // Lines arrive already wrapped by src-shared/printing.
    breakLine: BreakLine.NONE,
  });
  // ESC @: start from the printer's power-on state whatever the previous job left set.
  printer.append(Buffer.from([0x1b, 0x40]));
  printer.setCharacterSet(CharacterSet.PC437_USA);
  for (const line of lines) {
    if (line.kind === 'qr') {
      printer.alignCenter();
      printer.printQR(line.data, { cellSize: paper === 58 ? 5 : 6, correction: 'M', model: 2 });
      printer.newLine();
      continue;
    }
    if (line.align === 'center') printer.alignCenter();
    else if (line.align === 'right') printer.alignRight();
    else printer.alignLeft();
    printer.bold(line.bold);
    if (line.large) printer.setTextQuadArea();
    else printer.setTextNormal();
    printer.println(line.text);
  }
  printer.setTextNormal();
  printer.bold(false);
  printer.cut();
  return printer.getBuffer();
}
