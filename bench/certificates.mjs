// Benchmark: certificateStatus over 20,000 certificates, one pass = one sample, against a
// hand-written baseline doing the same calendar work on plain integers in the same process:
// parse each YYYY-MM-DD into year, month and day (and check the day exists), the last valid day =
// issuedOn + the validity months of the certificate's rule set (or of the one in force on
// issuedOn), the day clamped to the end of a shorter month, as the library and the Civil Code
// count months (2020-02-04 → 2023-02-04, 2020-02-29 → 2023-02-28; no "− 1 day"); the time limits
// of the rule set in force on that last day (re-evaluation window 180–120 days before it and
// grace of 180 days after it under 26/2026, none before); then the status exactly as
// certificateStatus decides it (revoked, then grace/expired after the last day, renewal-late,
// renewal-window, valid), the days left, and the same result object with its dates written back
// as YYYY-MM-DD. The rule sets' numbers are read once from listRuleSets() into a plain table (as
// an app would hard-code them); asOf is parsed once per pass. What the baseline does not do:
// validate each certificate (certificateStatus runs validate('certificate', …) with zod first,
// most of its time; the bench prints that share separately).
//
// The certificates: generateDataset({ seed: 1, products: 22_728 }) makes 20,001 certificates
// (products: 20_000 makes only 17,600); the first 20,000 are used, with every status on the
// data set's asOf (2026-11-29). Before timing, the baseline and certificateStatus must agree on
// every field for all of them, and on a sweep of hand-made certificates (every issue day from
// 2019-08-21, with and without a rule set, a printed validUntil, a decided re-evaluation, a
// revocation, on three dates) that reaches the branches the data set does not. Then the growth
// from 2,000 to 20,000 certificates. Run after `npm run build`: `node bench/certificates.mjs`.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { certificateStatus, listRuleSets, validate } from '../dist/index.js';

// ---------------------------------------------------------------------------------------------
// The baseline: plain-integer calendar arithmetic (exported for bench/dataset.mjs's baseline).

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysIn = (y, m) => (m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]);

/** Days since 1970-01-01 of y-m-d (H. Hinnant's days-from-civil). */
export function epochDay(y, m, d) {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const TWO = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

/** YYYY-MM-DD of y-m-d (years 1000–9999). */
export const isoOf = (y, m, d) => `${y}-${TWO[m]}-${TWO[d]}`;

/** YYYY-MM-DD of an epoch day (civil-from-days). */
export function isoOfDay(day) {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return isoOf(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

const digit = (s, i) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};

/** y*10000 + m*100 + d of a real YYYY-MM-DD date (years 1000–9999); throws otherwise. */
export function parseYmd(s, name) {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45)
    throw new Error(`${name}: not a date: ${s}`);
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  if (!(y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m))) throw new Error(`${name}: not a date: ${s}`);
  return y * 10000 + m * 100 + d;
}

export const dayOfYmd = (p) => epochDay(Math.floor(p / 10000), Math.floor(p / 100) % 100, p % 100);
/** Epoch day of a YYYY-MM-DD string (checked). */
export const dayOf = (s, name) => dayOfYmd(parseYmd(s, name));

/** The rule sets as plain numbers, oldest first, read once. */
export function ruleTable() {
  const list = listRuleSets().map((r) => {
    const window = r.procedures.renewalWindowDaysBefore?.value;
    const t = r.transition?.value;
    return {
      id: r.id,
      from: dayOf(r.effectiveFrom, 'effectiveFrom'),
      months: r.certificateValidityMonths.value,
      earliest: window ? window.earliest : 0,
      latest: window ? window.latest : 0,
      hasWindow: Boolean(window),
      grace: r.procedures.expiryGraceDays?.value ?? -1,
      // Transition into this rule set (ruleSetFor with submittedOn): dossiers submitted before `before` stay under `prior` up to `lastDay`.
      transition: t
        ? {
            prior: t.from,
            before: dayOf(t.pendingSubmittedBefore, 'pendingSubmittedBefore'),
            lastDay: {
              first: dayOf(t.lastDay.first, 'lastDay'),
              upgrade: dayOf(t.lastDay.upgrade, 'lastDay'),
              're-evaluation': dayOf(t.lastDay['re-evaluation'], 'lastDay'),
            },
          }
        : null,
      recognition: { ...r.recognition.value },
      firstLevel: r.levels.value[0],
    };
  });
  return { list, byId: new Map(list.map((r) => [r.id, r])), first: list[0] };
}

/** The rule set in force on an epoch day. */
export function inForce(rules, day) {
  const list = rules.list;
  for (let i = list.length - 1; i >= 0; i--) if (list[i].from <= day) return list[i];
  throw new Error('no rule set in force');
}

/**
 * The status of one certificate on asOf (given as epoch day and string), the same result as
 * certificateStatus: status, validUntil, daysLeft, renewalWindow, graceUntil, revokedOn, ruleSet.
 */
export function statusBaseline(cert, asOfDay, asOfIso, rules) {
  const issued = parseYmd(cert.issuedOn, 'issuedOn');
  let until;
  let validUntil;
  if (cert.validUntil !== undefined) {
    until = dayOf(cert.validUntil, 'validUntil');
    validUntil = cert.validUntil;
  } else {
    const y = Math.floor(issued / 10000);
    const m = Math.floor(issued / 100) % 100;
    const d = issued % 100;
    const validity = cert.ruleSet !== undefined ? rules.byId.get(cert.ruleSet) : inForce(rules, epochDay(y, m, d));
    if (validity === undefined) throw new Error(`unknown rule set ${cert.ruleSet}`);
    const index = y * 12 + (m - 1) + validity.months;
    const ny = Math.floor(index / 12);
    const nm = index - ny * 12 + 1;
    const nd = Math.min(d, daysIn(ny, nm));
    until = epochDay(ny, nm, nd);
    validUntil = isoOf(ny, nm, nd);
  }
  // The limits of the rule set in force on asOf (on the last valid day once it has passed); the
  // window counts only from the day that rule set took effect.
  const judged = asOfDay <= until ? asOfDay : until;
  const limits = inForce(rules, judged < rules.first.from ? rules.first.from : judged);
  const opens = Math.max(until - limits.earliest, limits.from);
  const closes = until - limits.latest;
  const hasWindow = limits.hasWindow && closes >= limits.from;
  const renewalWindow = hasWindow ? { opens: isoOfDay(opens), closes: isoOfDay(closes) } : null;
  let graceUntil = null;
  let graceDay = 0;
  const re = cert.reEvaluation;
  if (limits.grace >= 0 && re !== undefined && dayOf(re.submittedOn, 'submittedOn') <= until) {
    graceDay = until + limits.grace;
    if (re.decidedOn !== undefined) {
      const decided = dayOf(re.decidedOn, 'decidedOn');
      if (decided < graceDay) graceDay = decided;
    }
    graceUntil = isoOfDay(graceDay);
  }
  const revokedOn =
    cert.revocation !== undefined && dayOf(cert.revocation.date, 'revocation.date') <= asOfDay
      ? cert.revocation.date
      : null;
  let status;
  if (revokedOn !== null) status = 'revoked';
  else if (asOfDay > until) status = graceUntil !== null && asOfDay <= graceDay ? 'grace' : 'expired';
  else if (hasWindow && asOfDay > closes) status = 'renewal-late';
  else if (hasWindow && asOfDay >= opens) status = 'renewal-window';
  else status = 'valid';
  return { status, validUntil, daysLeft: until - asOfDay, renewalWindow, graceUntil, revokedOn, ruleSet: limits.id };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const { compareSlow, formatMs, report, timeSlow } = await import('./harness.mjs');
  const { addDays, addMonths } = await import('../dist/index.js');
  const { generateDataset } = await import('../dist/fixtures/index.js');

  const COUNT = 20_000;
  const data = generateDataset({ seed: 1, products: 22_728 });
  if (data.certificates.length < COUNT) throw new Error(`only ${data.certificates.length} certificates`);
  const certificates = data.certificates.slice(0, COUNT);
  const asOf = data.asOf;
  const rules = ruleTable();

  const same = (a, b) =>
    a.status === b.status &&
    a.validUntil === b.validUntil &&
    a.daysLeft === b.daysLeft &&
    a.graceUntil === b.graceUntil &&
    a.revokedOn === b.revokedOn &&
    a.ruleSet === b.ruleSet &&
    (a.renewalWindow === null
      ? b.renewalWindow === null
      : b.renewalWindow !== null &&
        a.renewalWindow.opens === b.renewalWindow.opens &&
        a.renewalWindow.closes === b.renewalWindow.closes);
  const agree = (cert, on) => {
    const ours = certificateStatus(cert, { asOf: on });
    const theirs = statusBaseline(cert, dayOf(on, 'asOf'), on, rules);
    if (!same(ours, theirs))
      throw new Error(
        `certificateStatus and the baseline disagree on ${JSON.stringify(cert)} as of ${on}:\n${JSON.stringify(ours)}\n${JSON.stringify(theirs)}`,
      );
    return ours.status;
  };

  // Agreement on the data set's certificates.
  const mix = {};
  for (const cert of certificates) {
    const status = agree(cert, asOf);
    mix[status] = (mix[status] ?? 0) + 1;
  }
  // Agreement on a sweep of hand-made certificates (branches the data set does not reach).
  let swept = 0;
  for (let day = '2019-08-21'; day <= '2026-11-29'; day = addDays(day, 1)) {
    const base = { id: 'c', product: 'p', stars: 4, level: 'central', decisionNumber: '1/QĐ-BNN', issuedOn: day };
    const until = addMonths(day, 36);
    const submitted = addDays(until, -150) < day ? day : addDays(until, -150);
    const variants = [
      base,
      { ...base, ruleSet: 'qd26-2026' },
      { ...base, validUntil: addDays(day, 1000) },
      { ...base, reEvaluation: { submittedOn: submitted, decidedOn: addDays(until, 60) } },
      { ...base, reEvaluation: { submittedOn: addDays(until, 1) } },
      { ...base, revocation: { date: addDays(day, 100), ground: 'other' } },
    ];
    for (const cert of variants) {
      for (const on of ['2026-01-10', '2026-06-01', '2026-11-29', '2027-03-01', '2029-12-31']) {
        agree(cert, on);
        swept++;
      }
    }
  }
  console.log(
    `${COUNT} certificates of generateDataset({ seed: 1, products: 22_728 }) on ${asOf}: ${Object.entries(mix)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ')}`,
  );
  console.log(
    `  certificateStatus and the baseline agree on every field for all of them, and on ${swept} hand-made cases`,
  );

  let sink = 0;
  const pass = (list) => ({
    baseline: () => {
      const day = dayOf(asOf, 'asOf');
      for (const cert of list) sink += statusBaseline(cert, day, asOf, rules).daysLeft;
    },
    subject: () => {
      for (const cert of list) sink += certificateStatus(cert, { asOf }).daysLeft;
    },
  });

  const big = compareSlow({ ...pass(certificates), runs: 9 });
  const small = compareSlow({ ...pass(certificates.slice(0, COUNT / 10)), runs: 15 });
  const validateMs = timeSlow(() => {
    for (const cert of certificates) sink += validate('certificate', cert, { locale: 'en' }).ok ? 1 : 0;
  }, 7);
  console.log(
    `  of which validate('certificate', …) of the ${COUNT}: ${formatMs(validateMs)} (${((100 * validateMs) / big.subjectMs).toFixed(0)}% of certificateStatus's pass)`,
  );

  report({
    group: 'certificates',
    name: `certificateStatus over ${COUNT.toLocaleString('en')} certificates`,
    baseline: 'plain-integer calendar arithmetic, same statuses and dates',
    baselineMs: big.baselineMs,
    subjectMs: big.subjectMs,
    note: `per certificate ${formatMs(big.subjectMs / COUNT)} vs ${formatMs(big.baselineMs / COUNT)}; validate('certificate') alone ${formatMs(validateMs)} per pass`,
  });
  report({
    group: 'certificates',
    name: `certificateStatus, 10× the certificates (${(COUNT / 10).toLocaleString('en')} → ${COUNT.toLocaleString('en')})`,
    baseline: `certificateStatus over ${(COUNT / 10).toLocaleString('en')} certificates`,
    baselineMs: small.subjectMs,
    subjectMs: big.subjectMs,
    note: `the baseline grows ${(big.baselineMs / small.baselineMs).toFixed(1)}× (${formatMs(small.baselineMs)} → ${formatMs(big.baselineMs)}); at ${(COUNT / 10).toLocaleString('en')}, certificateStatus ${formatMs(small.subjectMs)} vs baseline ${formatMs(small.baselineMs)}, ${(small.subjectMs / small.baselineMs).toFixed(1)}×`,
  });
  if (sink === 0.5) console.log(sink);
}

// Run only as a script (bench/dataset.mjs imports the baseline's calendar from here).
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
