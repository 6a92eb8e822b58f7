import { Notice } from '../../components/notice.js';
import type { PrintReport } from './use-print.js';

/** The outcome of the last print from a screen: a status when it went well, an alert when not. */
export function PrintReportNotice(props: { readonly report: PrintReport | undefined }) {
  if (!props.report) return null;
  return <Notice tone={props.report.tone}>{props.report.text}</Notice>;
}
