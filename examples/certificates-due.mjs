// Which certificates need attention on a date? Statuses, re-evaluation windows and days left.
import { certificateStatus } from 'ocop';
import { generateDataset } from 'ocop/fixtures';

const asOf = '2026-11-29';
const { certificates } = generateDataset({ seed: 7, provinces: 2, products: 120, asOf });
const due = certificates
  .map((certificate) => ({ certificate, status: certificateStatus(certificate, { asOf }) }))
  .filter(({ status }) => ['renewal-window', 'renewal-late', 'grace'].includes(status.status))
  .sort((a, b) => a.status.daysLeft - b.status.daysLeft);

console.log(
  `${due.length} of ${certificates.length} certificates need a re-evaluation dossier or a decision on ${asOf}:`,
);
for (const { certificate, status } of due.slice(0, 8)) {
  const window = status.renewalWindow
    ? `window ${status.renewalWindow.opens} → ${status.renewalWindow.closes}`
    : 'no window';
  console.log(
    `  ${certificate.id} ${certificate.stars}★ ${status.status.padEnd(14)} valid until ${status.validUntil} (${status.daysLeft} days), ${window}`,
  );
}
