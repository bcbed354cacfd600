// Benchmark: evaluating a national plan set — 34 provincial plans over 3,321 communes, 20,000
// products (as items of pilot targets), 100,000 observations — and the same at 10× the data
// (10× communes, products and observations). Each scale runs in its own process so that its peak
// memory (max RSS) is its own; a child prints its measurements as JSON and the parent reports.
//
// The baseline, in the same process, does by hand with plain Maps, arrays, numbers and loops the
// work evaluatePlan does for the four target kinds used here (count with perUnit guidance, share,
// milestone for each unit, items with a stars condition), plan by plan: index the plan's units,
// targets and items (rejecting duplicates); check each observation against the plan (known
// target, unit and item, the form its target kind takes, no duplicate (target, unit, item, date)
// — a Set of small-integer keys —, no mix of per-unit and whole-plan observations); keep the
// latest observation per (target, unit or item) dated in [period start, asOf] (dates parsed to
// day numbers), counting those left out; then per target the current value (sum of the latest
// values, Σnumerator / Σdenominator, units done by the due day, items meeting the condition),
// progress (towards the minimum from the baseline, clamped), stretch, expected progress by
// elapsed days, status (achieved, missed, not-started, on-track ≥ 0.95, at-risk ≥ 0.6,
// off-track), the per-unit breakdown, the units below the per-unit guidance and those late; each
// unit's weighted score across targets; the plan's weighted score; the same result objects,
// ratios rounded to 4 decimals. What it does not do: validate the plan and the observations with
// zod (most of evaluatePlan's time), compute with exact decimals (floats instead), or write the
// explanation lines. Before timing, at each scale, the baseline's per-target current, progress,
// expected and status, per-unit figures, unit scores, plan score and ignored counts must agree
// with evaluatePlan's on every plan (to 1e-4, the rounding of ratios).
//
// Both grow faster than the data at ×10 on this machine: a plan's maps and sets grow from ≈3,000
// to ≈30,000 entries, past what stays in cache (a V8 Set costs ≈60 ns a key at 3,000 keys and
// ≈180 ns from 6,000), so the baseline's own growth is printed beside evaluatePlan's.
// Run after `npm run build`: `npm run bench:progress`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dayOf } from './certificates.mjs';

const PROVINCES = 34;
const COMMUNES = 3_321;
const PRODUCTS = 20_000;
const OBSERVATIONS = 100_000;
const SCALES = [1, 10];
const RUNS = { 1: 5, 10: 3 };
const THRESHOLDS = { onTrack: 0.95, atRisk: 0.6 };

// ---------------------------------------------------------------------------------------------
// The baseline

const clamp01 = (x) => (x < 0 ? 0 : x > 1 ? 1 : x);
const r4 = (x) => Math.round(x * 10_000) / 10_000;
/** (current − baseline) / (min − baseline), clamped. */
const towards = (current, min, baseline) =>
  min === baseline ? (current >= min ? 1 : 0) : clamp01((current - baseline) / (min - baseline));

/** The same figures as evaluatePlan (without zod, decimals or explanation text). */
function baselinePlan(plan, observations, asOf, thresholds = THRESHOLDS) {
  const start = plan.period.start;
  const startDay = dayOf(start, 'period.start');
  const asOfDay = dayOf(asOf, 'asOf');
  if (!plan.units) throw new Error('the baseline handles plans with units only');
  const unitCodes = plan.units.map((u) => u.code);
  const U = unitCodes.length;
  const unitIndex = new Map();
  unitCodes.forEach((code, i) => {
    if (unitIndex.has(code)) throw new Error(`duplicate unit ${code}`);
    unitIndex.set(code, i);
  });
  const targetIndex = new Map();
  let slots = 0;
  const states = plan.targets.map((target, t) => {
    if (targetIndex.has(target.id)) throw new Error(`duplicate target ${target.id}`);
    targetIndex.set(target.id, t);
    let state;
    if (target.kind === 'items') {
      const itemIndex = new Map();
      const itemUnit = new Int32Array(target.items.length);
      target.items.forEach((item, i) => {
        if (itemIndex.has(item.id)) throw new Error(`duplicate item ${item.id}`);
        itemIndex.set(item.id, i);
        itemUnit[i] = item.unit === undefined ? -1 : (unitIndex.get(item.unit) ?? -1);
      });
      state = { target, itemIndex, itemUnit, latest: new Array(target.items.length).fill(undefined), slotBase: slots };
    } else {
      // Slots 0..U-1: the units; slot U: the whole plan.
      state = { target, latest: new Array(U + 1).fill(undefined), slotBase: slots, perUnit: 0, planWide: 0 };
    }
    state.latestDay = new Int32Array(state.latest.length);
    slots += state.latest.length;
    return state;
  });

  // Duplicates (same target, unit, item and date): a small-integer key (slot × 2^16 + day from
  // 89 years before the start) when it fits, else a string key.
  const seen = new Set();
  const dayOffset = startDay - 32_768;
  const smallKeys = slots * 65_536 < 2 ** 30;
  let beforePeriod = 0;
  let afterAsOf = 0;
  for (const o of observations) {
    const t = targetIndex.get(o.target);
    if (t === undefined) throw new Error(`unknown target ${o.target}`);
    const state = states[t];
    const kind = state.target.kind;
    const formOk =
      kind === 'count'
        ? o.value !== undefined
        : kind === 'share'
          ? o.numerator !== undefined && o.denominator !== undefined
          : kind === 'milestone'
            ? o.done !== undefined
            : o.item !== undefined && (o.value !== undefined || o.done !== undefined);
    if (!formOk) throw new Error(`observation of the wrong form for ${o.target}`);
    let slot = U;
    if (o.unit !== undefined) {
      slot = unitIndex.get(o.unit);
      if (slot === undefined) throw new Error(`unknown unit ${o.unit}`);
    }
    if (o.item !== undefined) {
      if (kind !== 'items') throw new Error(`unknown item ${o.item}`);
      if (o.unit !== undefined) throw new Error('the baseline handles items observations without a unit only');
      slot = state.itemIndex.get(o.item);
      if (slot === undefined) throw new Error(`unknown item ${o.item}`);
    }
    const day = dayOf(o.date, 'date');
    const relative = day - dayOffset;
    const key =
      smallKeys && relative >= 0 && relative < 65_536
        ? (state.slotBase + slot) * 65_536 + relative
        : `${o.target}|${o.unit ?? ''}|${o.item ?? ''}|${o.date}`;
    if (seen.has(key)) throw new Error(`duplicate observation ${o.target} ${o.unit ?? ''} ${o.item ?? ''} ${o.date}`);
    seen.add(key);
    if (kind !== 'items') {
      if (o.unit !== undefined) state.perUnit++;
      else state.planWide++;
      if (state.perUnit > 0 && state.planWide > 0)
        throw new Error(`per-unit and whole-plan observations mixed for ${o.target}`);
    }
    if (day < startDay) {
      beforePeriod++;
      continue;
    }
    if (day > asOfDay) {
      afterAsOf++;
      continue;
    }
    if (state.latest[slot] === undefined || state.latestDay[slot] < day) {
      state.latest[slot] = o;
      state.latestDay[slot] = day;
    }
  }

  let weightSum = 0;
  let weighted = 0;
  // Per unit: Σ weight × progress and Σ weight over the targets with a figure for it.
  const unitWeighted = new Float64Array(U);
  const unitWeights = new Float64Array(U);
  const unitTargets = Array.from({ length: U }, () => []);
  const targets = states.map((state) => {
    const target = state.target;
    const due = target.due ?? plan.period.end;
    const dueDay = dayOf(due, 'due');
    const total = dueDay - startDay + 1;
    const expected = total <= 0 ? 1 : clamp01((asOfDay - startDay + 1) / total);
    const latest = state.latest;
    let current = 0;
    let progress;
    let stretch;
    const byUnit = [];
    const late = [];
    let planLate = false;
    let belowGuidance = [];
    if (target.kind === 'count' || target.kind === 'share') {
      const baseline = target.baseline ?? 0;
      let entries = 0;
      if (target.kind === 'count') {
        for (const o of latest) {
          if (o === undefined) continue;
          current += o.value ?? 0;
          entries++;
        }
      } else {
        let numerator = 0;
        let denominator = 0;
        for (const o of latest) {
          if (o === undefined) continue;
          numerator += o.numerator ?? 0;
          denominator += o.denominator ?? 0;
          entries++;
        }
        current = denominator === 0 ? 0 : numerator / denominator;
      }
      progress = towards(current, target.min, baseline);
      if (target.max !== undefined)
        stretch =
          target.max === target.min
            ? current >= target.max
              ? 1
              : 0
            : clamp01((current - target.min) / (target.max - target.min));
      if (entries > 0 && latest[U] === undefined) {
        const guide = target.perUnit?.min ?? (target.kind === 'count' ? target.min / Math.max(U, 1) : target.min);
        for (let u = 0; u < U; u++) {
          const o = latest[u];
          const value =
            o === undefined ? 0 : target.kind === 'count' ? (o.value ?? 0) : (o.numerator ?? 0) / (o.denominator ?? 1);
          const unitProgress =
            target.kind === 'count' ? (guide === 0 ? 1 : clamp01(value / guide)) : towards(value, target.min, baseline);
          byUnit.push({ u, current: value, progress: unitProgress });
        }
      }
      if (target.perUnit)
        belowGuidance = byUnit.filter((e) => e.current < target.perUnit.min).map((e) => unitCodes[e.u]);
    } else if (target.kind === 'milestone') {
      if (target.scope === 'each-unit') {
        let onTime = 0;
        for (let u = 0; u < U; u++) {
          const o = latest[u];
          const done = o !== undefined && o.done === true;
          const inTime = done && o.date <= due;
          if (inTime) onTime++;
          else if (done) late.push(unitCodes[u]);
          byUnit.push({ u, current: inTime ? 1 : 0, progress: inTime ? 1 : 0 });
        }
        current = onTime;
        progress = U === 0 ? 0 : onTime / U;
      } else {
        const o = latest[U];
        const done = o !== undefined && o.done === true;
        current = done && o.date <= due ? 1 : 0;
        progress = current;
        planLate = done && o.date > due;
      }
    } else {
      const condition = target.condition;
      const items = new Int32Array(U);
      const met = new Int32Array(U);
      for (let i = 0; i < latest.length; i++) {
        const o = latest[i];
        const ok = condition.kind === 'done' ? o !== undefined && o.done === true : (o?.value ?? 0) >= condition.min;
        if (ok) current++;
        const u = state.itemUnit[i];
        if (u >= 0) {
          items[u]++;
          if (ok) met[u]++;
        }
      }
      progress = current / latest.length;
      for (let u = 0; u < U; u++) if (items[u] > 0) byUnit.push({ u, current: met[u], progress: met[u] / items[u] });
    }
    const achieved = progress === 1;
    // a target without an observation is no-data; none in this data set is met after its due date
    // (achieved-late: the comparison with evaluatePlan would show one)
    const observed = latest.some((o) => o !== undefined);
    const status =
      asOf < start
        ? 'not-started'
        : !observed
          ? 'no-data'
          : achieved
            ? 'achieved'
            : asOf > due
              ? 'missed'
              : (expected === 0 ? 1 : progress / expected) >= thresholds.onTrack
                ? 'on-track'
                : (expected === 0 ? 1 : progress / expected) >= thresholds.atRisk
                  ? 'at-risk'
                  : 'off-track';
    const weight = target.weight ?? 1;
    if (observed) {
      weightSum += weight;
      weighted += weight * progress;
    }
    const share = target.kind === 'share';
    // a unit counts a target only when it has an observation of it (its own, or one of its items')
    const unitObserved = (u) =>
      target.kind === 'items'
        ? latest.some((o, i) => o !== undefined && state.itemUnit[i] === u)
        : latest[u] !== undefined;
    const rounded = byUnit.map((e) => {
      const entry = { id: target.id, current: share ? r4(e.current) : e.current, progress: r4(e.progress) };
      if (unitObserved(e.u)) {
        unitWeighted[e.u] += weight * e.progress;
        unitWeights[e.u] += weight;
        unitTargets[e.u].push(entry);
      }
      return { unit: unitCodes[e.u], current: entry.current, progress: entry.progress };
    });
    return {
      id: target.id,
      kind: target.kind,
      title: target.title,
      current: share ? r4(current) : current,
      progress: r4(progress),
      achieved,
      ...(stretch === undefined ? {} : { stretch: r4(stretch) }),
      expected: r4(expected),
      due,
      status,
      byUnit: rounded,
      belowGuidance,
      late,
      planLate,
    };
  });
  const units = plan.units.map((unit, u) => ({
    unit: unit.code,
    ...(unit.name === undefined ? {} : { name: unit.name }),
    score: r4(unitWeights[u] === 0 ? 0 : unitWeighted[u] / unitWeights[u]),
    targets: unitTargets[u],
  }));
  return {
    plan: plan.id,
    asOf,
    score: r4(weightSum === 0 ? 0 : weighted / weightSum),
    targets,
    units,
    ignoredObservations: { beforePeriod, afterAsOf },
  };
}

/** Compares evaluatePlan's result with the baseline's; returns the largest difference of a ratio. */
function compare(ours, theirs) {
  let worst = 0;
  const near = (a, b, what) => {
    const d = Math.abs(a - b);
    if (!(d <= 1e-4 + 1e-9)) throw new Error(`${ours.plan}: ${what}: evaluatePlan ${a}, baseline ${b}`);
    if (d > worst) worst = d;
  };
  const equal = (a, b, what) => {
    if (JSON.stringify(a) !== JSON.stringify(b))
      throw new Error(`${ours.plan}: ${what}: evaluatePlan ${JSON.stringify(a)}, baseline ${JSON.stringify(b)}`);
  };
  near(ours.score, theirs.score, 'score');
  equal(ours.ignoredObservations, theirs.ignoredObservations, 'ignored observations');
  equal(ours.targets.length, theirs.targets.length, 'targets');
  ours.targets.forEach((a, i) => {
    const b = theirs.targets[i];
    const at = `target ${a.id}`;
    equal(
      [a.id, a.status, a.achieved, a.due, a.belowGuidance, a.late, a.planLate, a.stretch === undefined],
      [b.id, b.status, b.achieved, b.due, b.belowGuidance, b.late, b.planLate, b.stretch === undefined],
      at,
    );
    near(a.current, b.current, `${at} current`);
    near(a.progress, b.progress, `${at} progress`);
    near(a.expected, b.expected, `${at} expected`);
    if (a.stretch !== undefined) near(a.stretch, b.stretch, `${at} stretch`);
    equal(
      a.byUnit.map((e) => e.unit),
      b.byUnit.map((e) => e.unit),
      `${at} byUnit units`,
    );
    a.byUnit.forEach((e, j) => {
      near(e.current, b.byUnit[j].current, `${at} ${e.unit} current`);
      near(e.progress, b.byUnit[j].progress, `${at} ${e.unit} progress`);
    });
  });
  equal(
    ours.units.map((u) => [u.unit, u.targets.map((t) => t.id)]),
    theirs.units.map((u) => [u.unit, u.targets.map((t) => t.id)]),
    'units',
  );
  ours.units.forEach((u, j) => {
    near(u.score, theirs.units[j].score, `unit ${u.unit} score`);
    u.targets.forEach((t, k) =>
      near(t.progress, theirs.units[j].targets[k].progress, `unit ${u.unit} ${t.id} progress`),
    );
  });
  return worst;
}

// ---------------------------------------------------------------------------------------------

async function run(scale) {
  const { evaluatePlan, PROVINCES_FROM_2025 } = await import('../dist/index.js');
  const { compareSlow } = await import('./harness.mjs');
  const communes = COMMUNES * scale;
  const products = PRODUCTS * scale;
  const observations = OBSERVATIONS * scale;
  const date = (n) => {
    const d = new Date(Date.UTC(2026, 0, 1 + (n % 365)));
    return d.toISOString().slice(0, 10);
  };
  // Province codes of the 34 units from 2025-07-01; commune codes are app-supplied 5-digit codes.
  // the 34 provinces of 2025-07-01 (Đồng Nai's second record, from 2026-04-30, is the same province)
  const plans = PROVINCES_FROM_2025.filter((province) => province.validFrom === '2025-07-01').map((province, p) => {
    const from = Math.floor((communes * p) / PROVINCES);
    const to = Math.floor((communes * (p + 1)) / PROVINCES);
    const units = Array.from({ length: to - from }, (_, i) => ({ code: String(10_000 + from + i).padStart(5, '0') }));
    const itemsFrom = Math.floor((products * p) / PROVINCES);
    const itemsTo = Math.floor((products * (p + 1)) / PROVINCES);
    const items = Array.from({ length: itemsTo - itemsFrom }, (_, i) => ({
      id: `p${itemsFrom + i}`,
      title: `Sản phẩm ${itemsFrom + i}`,
      unit: units[i % units.length].code,
    }));
    return {
      id: `plan-${province.code}`,
      title: `Kế hoạch OCOP ${province.name} 2026`,
      unit: { province: province.code },
      period: { start: '2026-01-01', end: '2026-12-31' },
      units,
      targets: [
        {
          id: 'upgrade',
          kind: 'count',
          title: 'Nâng hạng sản phẩm',
          min: Math.max(1, units.length * 2),
          perUnit: { min: 2, basis: 'average' },
        },
        { id: 'training', kind: 'share', title: 'Tập huấn', min: 1 },
        { id: 'conference', kind: 'milestone', title: 'Hội nghị', due: '2026-07-15', scope: 'each-unit' },
        { id: 'pilots', kind: 'items', title: 'Sản phẩm đạt 3 sao', items, condition: { kind: 'stars', min: 3 } },
      ],
    };
  });
  // Observations spread over plans: per (target, unit, date) unique.
  const perPlan = plans.map(() => []);
  for (let n = 0; n < observations; n++) {
    const p = n % PROVINCES;
    const plan = plans[p];
    const k = Math.floor(n / PROVINCES);
    const unit = plan.units[k % plan.units.length].code;
    const round = Math.floor(k / plan.units.length);
    const kind = k % 4;
    const day = date(round * 4 + kind);
    if (kind === 0) perPlan[p].push({ target: 'upgrade', unit, date: day, value: k % 5 });
    else if (kind === 1) perPlan[p].push({ target: 'training', unit, date: day, numerator: k % 10, denominator: 10 });
    else if (kind === 2) perPlan[p].push({ target: 'conference', unit, date: day, done: true });
    else
      perPlan[p].push({
        target: 'pilots',
        item: plan.targets[3].items[k % plan.targets[3].items.length].id,
        date: day,
        value: 3 + (k % 3),
      });
  }
  const asOf = '2026-11-29';

  // Agreement before timing, on every plan.
  let worst = 0;
  const statuses = {};
  plans.forEach((plan, p) => {
    const ours = evaluatePlan(plan, perPlan[p], { asOf });
    worst = Math.max(worst, compare(ours, baselinePlan(plan, perPlan[p], asOf)));
    for (const t of ours.targets) statuses[`${t.id} ${t.status}`] = (statuses[`${t.id} ${t.status}`] ?? 0) + 1;
  });

  // And on the 34 plans of a generated data set (targets with a stretch maximum, count targets
  // without perUnit, late conferences): branches the national data above does not reach.
  let generatedPlans = 0;
  if (scale === 1) {
    const { generateDataset } = await import('../dist/fixtures/index.js');
    const data = generateDataset({ seed: 1, products: 2_000 });
    for (const plan of data.plans) {
      const ids = new Set(plan.targets.map((t) => t.id));
      const mine = data.observations.filter((o) => ids.has(o.target));
      worst = Math.max(
        worst,
        compare(evaluatePlan(plan, mine, { asOf: data.asOf }), baselinePlan(plan, mine, data.asOf)),
      );
      generatedPlans++;
    }
  }

  let sink = 0;
  const { baselineMs, subjectMs } = compareSlow({
    baseline: () => plans.forEach((plan, p) => (sink += baselinePlan(plan, perPlan[p], asOf).score)),
    subject: () => plans.forEach((plan, p) => (sink += evaluatePlan(plan, perPlan[p], { asOf }).score)),
    runs: RUNS[scale],
  });
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({
      scale,
      plans: plans.length,
      communes,
      products,
      observations,
      runs: RUNS[scale],
      baselineMs,
      subjectMs,
      maxRssMb,
      worstDifference: worst,
      generatedPlans,
      statuses,
      sink,
    }),
  );
}

if (process.argv[2] === '--scale') {
  await run(Number(process.argv[3]));
} else {
  const { formatMs, report } = await import('./harness.mjs');
  const me = fileURLToPath(import.meta.url);
  const results = SCALES.map((scale) => {
    const child = spawnSync(process.execPath, ['--max-old-space-size=8192', me, '--scale', String(scale)], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`scale ×${scale} failed:\n${child.stderr}`);
    return JSON.parse(child.stdout.trim().split('\n').at(-1));
  });
  const [one, ten] = results;
  console.log(
    `Target statuses on 2026-11-29 (×1): ${Object.entries(one.statuses)
      .map(([k, n]) => `${k} ×${n}`)
      .join(', ')}`,
  );
  for (const r of results) {
    console.log(
      `×${r.scale}: ${r.plans} plans, ${r.communes.toLocaleString('en')} communes, ${r.products.toLocaleString('en')} products, ${r.observations.toLocaleString('en')} observations — ` +
        `baseline agrees with evaluatePlan on every plan${r.generatedPlans ? ` and on the ${r.generatedPlans} plans of generateDataset({ seed: 1, products: 2_000 })` : ''} (largest difference ${r.worstDifference.toExponential(1)}), peak RSS ${r.maxRssMb.toFixed(0)} MB, median of ${r.runs} runs:`,
    );
    report({
      group: 'progress',
      name: `evaluatePlan × ${r.plans} plans, ×${r.scale} (${r.observations.toLocaleString('en')} observations)`,
      baseline: 'plain Maps and loops: latest per unit/item, sums, per-unit progress, status, unit and plan scores',
      baselineMs: r.baselineMs,
      subjectMs: r.subjectMs,
      note: `${r.communes.toLocaleString('en')} communes, ${r.products.toLocaleString('en')} items; peak RSS ${r.maxRssMb.toFixed(0)} MB`,
    });
  }
  report({
    group: 'progress',
    name: 'evaluatePlan, 10× the data',
    baseline: 'evaluatePlan at ×1',
    baselineMs: one.subjectMs,
    subjectMs: ten.subjectMs,
    goal: 11,
    note: `peak RSS ${one.maxRssMb.toFixed(0)} MB at ×1, ${ten.maxRssMb.toFixed(0)} MB at ×10; the baseline grows ${(ten.baselineMs / one.baselineMs).toFixed(1)}× (${formatMs(one.baselineMs)} → ${formatMs(ten.baselineMs)})`,
  });
}
