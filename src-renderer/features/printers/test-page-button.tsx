import { useT } from '../../i18n/i18n.js';
import { PrintReportNotice } from './print-report-notice.js';
import { usePrint } from './use-print.js';

/**
 * "Cetak halaman uji" for one printer, with its result right under the button. Unsaved changes
 * are saved first (`prepare`), because the main process prints with the saved settings.
 */
export function TestPageButton(props: {
  readonly printer: 'thermal' | 'card';
  readonly prepare: () => Promise<boolean>;
}) {
  const t = useT();
  const { print, printing, report } = usePrint();

  async function run() {
    if (!(await props.prepare())) return;
    await print('test', { printer: props.printer });
  }

  const printedOnPaper = report?.tone === 'success' && report.job?.savedTo === undefined;
  return (
    <div className="test-page">
      <button type="button" onClick={() => void run()} disabled={printing} aria-busy={printing}>
        {t('printers.test.button')}
      </button>
      {printing && (
        <p className="test-page__progress" role="status">
          {t('printers.test.printing')}
        </p>
      )}
      <PrintReportNotice report={report} />
      {printedOnPaper && <p className="field__hint">{t(`printers.test.check.${props.printer}`)}</p>}
    </div>
  );
}
