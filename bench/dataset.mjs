// Benchmark: generateDataset at national scale — generateDataset({ seed: 1, products: 20_000 }):
// 34 provinces, 340 synthetic communes, 20,000 products (≈ 10,900 producers, 19,000
// evaluations, 17,600 certificates, 34 plans, ≈ 10,600 observations) — and validating everything
// it returns.
//
// 1. generate, against a hand-written generator in the same process that makes the same records
//    the same way: the same PRNG (mulberry32) drawn in the same order, exact quotas by largest
//    remainder (integer shares per mille; the provinces' random weights in floats), the same
//    name tables (copied), issue dates chosen per certificate status from the statuses of every
//    day in the window (with bench/certificates.mjs's plain-integer certificate calendar instead
//    of certificateStatus), the same rule-set choice (in force on the evaluation day, with the
//    26/2026 transition for dossiers submitted earlier), dates kept as day numbers and written
//    as YYYY-MM-DD once per record, and the whole result deeply frozen as generateDataset does.
//    It reads DATASET_SHARES, PROVINCES_FROM_2025 and the rule sets' numbers once. It does not
//    validate anything (neither does generateDataset, apart from certificateStatus validating
//    the probe and renewal certificates it asks about). Before timing, both outputs must be the
//    same byte for byte (JSON.stringify).
// 2. validate every record it returns (validate(kind, record) on the producers, products,
//    evaluations, certificates, plans and observations), against a bare zod safeParse of every
//    record (ENTITY_SCHEMAS[kind].safeParse); both must accept every record first.
//
// Each part runs in its own process so that its peak memory (max RSS) is its own: "import" only
// loads the library (both entries); "generate" and "baseline" make the data set once (the
// baseline's process loads the library too, for its tables); "timing" and "validate" run the
// comparisons. Run after `npm run build`: `node bench/dataset.mjs`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const OPTIONS = { seed: 1, products: 20_000 };
const KINDS = {
  producers: 'producer',
  products: 'product',
  evaluations: 'evaluation',
  certificates: 'certificate',
  plans: 'plan',
  observations: 'observation',
};

// ---------------------------------------------------------------------------------------------
// The baseline generator

// The name tables of src/fixtures/dataset.ts (synthetic names), copied.
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Lò',
  'Hà',
];
const MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Hữu', 'Quang', 'Công'];
const MIDDLE_FEMALE = ['Thị', 'Ngọc', 'Thanh', 'Thu', 'Kim'];
const GIVEN_MALE = [
  'An',
  'Bình',
  'Dũng',
  'Hải',
  'Long',
  'Nam',
  'Phúc',
  'Quân',
  'Sơn',
  'Tuấn',
  'Thắng',
  'Việt',
  'Khánh',
  'Hiếu',
];
const GIVEN_FEMALE = [
  'Chi',
  'Hà',
  'Hạnh',
  'Hương',
  'Lan',
  'Mai',
  'Thảo',
  'Trang',
  'Yến',
  'Linh',
  'Nga',
  'Huyền',
  'Nhung',
  'Oanh',
];
const BRANDS = [
  'Thành Công',
  'Hòa Bình',
  'Phú Quý',
  'An Khang',
  'Tân Tiến',
  'Hưng Thịnh',
  'Minh Phát',
  'Đồng Xanh',
  'Quê Hương',
  'Sơn Thủy',
  'Bình An',
  'Phúc Lộc',
  'Việt Xanh',
  'Hồng Hà',
  'Trường Sơn',
  'Cửu Long',
  'Tây Bắc',
  'Đất Mới',
  'Thịnh Vượng',
  'Sông Quê',
];
const FIELDS = [
  'Nông nghiệp',
  'Dịch vụ nông nghiệp',
  'Nông sản sạch',
  'Chế biến nông sản',
  'Sản xuất và thương mại',
  'Nông lâm nghiệp',
];

/** Typical products of each criteria set (1–26), for names (as in src/fixtures/dataset.ts). */
const PRODUCT_NOUNS = [
  ['Bưởi da xanh', 'Cam sành', 'Vải thiều', 'Nhãn lồng', 'Dưa lưới', 'Rau an toàn', 'Xoài cát', 'Thanh long ruột đỏ'],
  ['Gà đồi', 'Trứng gà ta', 'Cá lóc đồng', 'Tôm càng xanh', 'Sữa bò tươi', 'Thịt lợn đen'],
  ['Gạo ST25', 'Gạo nếp cái hoa vàng', 'Gạo lứt', 'Đậu xanh', 'Lạc nhân'],
  ['Mật ong rừng', 'Mật ong hoa nhãn', 'Mật mía', 'Nấm hương khô'],
  ['Bánh mì que', 'Xúc xích', 'Chả giò', 'Bánh bao'],
  ['Bánh đa', 'Bún khô', 'Miến dong', 'Bánh phở khô', 'Bánh cáy', 'Cốm'],
  ['Mứt gừng', 'Sấy dẻo xoài', 'Chuối sấy', 'Ô mai', 'Tinh bột nghệ'],
  ['Chả cá', 'Giò lụa', 'Mực một nắng', 'Lạp xưởng', 'Khô cá lóc', 'Nem chua'],
  ['Nước mắm', 'Tương bần', 'Mắm tôm', 'Nước tương'],
  ['Muối tôm', 'Tỏi cô đơn', 'Tiêu đen', 'Hành tím', 'Ớt bột'],
  ['Chè Shan tuyết', 'Chè búp Thái', 'Trà Ô long', 'Chè xanh'],
  ['Trà hoa vàng', 'Trà atiso', 'Trà cà gai leo', 'Trà hoa cúc'],
  ['Cà phê Robusta', 'Cà phê Arabica', 'Ca cao nguyên chất', 'Sô cô la'],
  ['Rượu làng Vân', 'Rượu nếp cái', 'Rượu ngô men lá', 'Rượu sim'],
  ['Rượu vang nho', 'Rượu mơ', 'Rượu chuối hột'],
  ['Nước khoáng thiên nhiên', 'Nước uống đóng chai'],
  ['Nước cốt chanh dây', 'Nước ép trái cây', 'Sữa hạt sen'],
  ['Viên nang đông trùng hạ thảo', 'Cao actiso', 'Cao xạ đen'],
  ['Dầu gội thảo dược', 'Xà phòng sả chanh', 'Kem nghệ'],
  ['Tinh dầu sả', 'Tinh dầu quế', 'Tinh dầu tràm', 'Sâm Ngọc Linh'],
  ['Mây tre đan', 'Gốm Bát Tràng', 'Chiếu cói', 'Đồ gỗ mỹ nghệ', 'Nón lá'],
  ['Thổ cẩm', 'Lụa tơ tằm', 'Khăn dệt thủ công'],
  ['Hoa lan hồ điệp', 'Hoa đào', 'Hoa cúc'],
  ['Bonsai', 'Mai vàng', 'Quất cảnh'],
  ['Cá Koi', 'Chim cảnh', 'Cá cảnh'],
  ['Du lịch cộng đồng bản', 'Điểm du lịch sinh thái', 'Homestay làng nghề'],
];

const BAND = { 1: [15, 29.5], 2: [30, 49.5], 3: [50, 69.5], 4: [70, 89.5], 5: [90, 99.5] };
const STATUS_FALLBACK = {
  valid: [],
  'renewal-window': ['valid'],
  'renewal-late': ['valid'],
  grace: ['expired', 'valid'],
  expired: ['valid'],
  revoked: ['valid'],
};
const FORM_WEIGHT = { cooperative: 1.3, enterprise: 1.5, household: 0.7, 'cooperative-group': 0.8, farm: 0.8 };

/** What the baseline reads once: shares as integers per mille, provinces, rule sets, fixed days. */
async function prepare() {
  const { DATASET_SHARES } = await import('../dist/fixtures/index.js');
  const { PROVINCES_FROM_2025, LAST_DAY_OF_DISTRICTS } = await import('../dist/index.js');
  const { dayOf, ruleTable } = await import('./certificates.mjs');
  const perMille = (shares) => {
    const keys = Object.keys(shares);
    return { keys, weights: keys.map((k) => Math.round(shares[k] * 1000)) };
  };
  const floats = (shares) => ({ keys: Object.keys(shares), values: Object.values(shares) });
  return {
    legalForms: perMille(DATASET_SHARES.legalForms),
    enterpriseKinds: perMille(DATASET_SHARES.enterpriseKinds),
    stages: perMille(DATASET_SHARES.stages),
    stars: perMille(DATASET_SHARES.stars),
    certificateStatuses: perMille(DATASET_SHARES.certificateStatuses),
    criteriaSets: {
      keys: DATASET_SHARES.criteriaSets.map((_, i) => String(i + 1)),
      weights: [...DATASET_SHARES.criteriaSets],
    },
    revocationGrounds: floats(DATASET_SHARES.revocationGrounds),
    productsPerProducer: DATASET_SHARES.productsPerProducer,
    female: DATASET_SHARES.femaleRepresentative,
    ethnicMinority: DATASET_SHARES.ethnicMinorityRepresentative,
    provinces: PROVINCES_FROM_2025.filter((p) => p.validFrom === '2025-07-01').map((p) => ({
      code: p.code,
      name: p.name,
    })),
    rules: ruleTable(),
    lastDistrictDay: dayOf(LAST_DAY_OF_DISTRICTS, 'LAST_DAY_OF_DISTRICTS'),
    reformDay: dayOf('2025-07-01', 'reform'),
    ministryMergerDay: dayOf('2025-03-01', 'merger'),
    earliestIssueDay: dayOf('2023-07-01', 'earliest'),
  };
}

/** Largest remainder with whole-number weights: exact in integers. */
function apportionInts(total, weights) {
  let sum = 0;
  for (const w of weights) sum += w;
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  const remainders = weights.map((w) => (total * w) % sum);
  let left = total;
  for (const p of parts) left -= p;
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => remainders[b] - remainders[a] || weights[b] - weights[a] || a - b);
  for (const i of order) {
    if (left <= 0) break;
    parts[i]++;
    left--;
  }
  return parts;
}

/** Largest remainder with float weights. */
function apportionFloats(total, weights) {
  let sum = 0;
  for (const w of weights) sum += w;
  const shares = weights.map((w) => (total * w) / sum);
  const parts = shares.map(Math.floor);
  const remainders = shares.map((s, i) => s - parts[i]);
  let left = total;
  for (const p of parts) left -= p;
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => remainders[b] - remainders[a] || weights[b] - weights[a] || a - b);
  for (const i of order) {
    if (left <= 0) break;
    parts[i]++;
    left--;
  }
  return parts;
}

function deepFreeze(value) {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze(value[key]);
  }
  return value;
}

const pad = (n, width) => String(n).padStart(width, '0');

/** The same data set as generateDataset, by hand. */
async function baselineDataset(options, prepared) {
  const { dayOf, isoOfDay, epochDay, daysIn, statusBaseline, inForce } = await import('./certificates.mjs');
  return baselineDatasetWith(options, prepared, { dayOf, isoOfDay, epochDay, daysIn, statusBaseline, inForce });
}

function baselineDatasetWith(options, P, { dayOf, isoOfDay, epochDay, daysIn, statusBaseline, inForce }) {
  const seed = options.seed;
  const productCount = options.products ?? 2_000;
  const provinceCount = options.provinces ?? 34;
  const communeCount = options.communesPerProvince ?? 10;
  const asOf = options.asOf ?? '2026-11-29';
  const asOfDay = dayOf(asOf, 'asOf');
  const rules = P.rules;
  const REFORM = P.reformDay;

  // mulberry32, drawn exactly as generateDataset draws.
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (values) => values[int(0, values.length - 1)];
  const chance = (p) => next() < p;
  const dateBetween = (from, to) => from + int(0, Math.max(0, to - from));
  const shuffle = (values) => {
    for (let i = values.length - 1; i > 0; i--) {
      const j = int(0, i);
      const a = values[i];
      values[i] = values[j];
      values[j] = a;
    }
    return values;
  };
  const quota = ({ keys, weights }, n) => {
    const counts = n === 0 ? keys.map(() => 0) : apportionInts(n, weights);
    const out = [];
    for (let i = 0; i < keys.length; i++) for (let c = 0; c < counts[i]; c++) out.push(keys[i]);
    return shuffle(out);
  };
  const weighted = ({ keys, values }) => {
    let x = next() * values.reduce((sum, v) => sum + v, 0);
    for (let i = 0; i < keys.length; i++) {
      x -= values[i];
      if (x < 0) return keys[i];
    }
    return keys[keys.length - 1];
  };
  // Day numbers ↔ y/m/d.
  const ymdOf = (day) => {
    const iso = isoOfDay(day);
    return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  };
  const addMonthsDay = (day, months) => {
    const [y, m, d] = ymdOf(day);
    const index = y * 12 + (m - 1) + months;
    const ny = Math.floor(index / 12);
    const nm = index - ny * 12 + 1;
    return epochDay(ny, nm, Math.min(d, daysIn(ny, nm)));
  };
  const lastDayOfMonth = (day) => {
    const [y, m] = ymdOf(day);
    return epochDay(y, m, daysIn(y, m));
  };
  const ruleFor = (on, submittedOn) => {
    const inForceOn = inForce(rules, on);
    const t = inForceOn.transition;
    return t && submittedOn < t.before && on <= t.lastDay.first ? rules.byId.get(t.prior) : inForceOn;
  };
  const levelFor = (rule, stars, on) => {
    const level = stars >= 3 ? rule.recognition[stars] : (rule.firstLevel ?? 'province');
    return level === 'district' && on > P.lastDistrictDay ? 'province' : level;
  };
  const validUntilDay = (issued, rule) => addMonthsDay(issued, rule.months);
  /** certificateStatus by the plain-integer calendar, with its dates as day numbers. */
  const statusOn = (cert) => {
    const s = statusBaseline(cert, asOfDay, asOf, rules);
    return {
      status: s.status,
      until: dayOf(s.validUntil, 'validUntil'),
      window: s.renewalWindow
        ? { opens: dayOf(s.renewalWindow.opens, 'opens'), closes: dayOf(s.renewalWindow.closes, 'closes') }
        : null,
    };
  };
  const reEvaluationDay = (issued, s, position, last) => {
    const opens = s.window ? s.window.opens : s.until - 150;
    const closes = s.window ? s.window.closes : opens;
    const first = opens < issued ? issued : opens;
    const end = last !== undefined && last < closes ? last : closes;
    if (end < first) return first;
    const span = end - first;
    return first + Math.min(span, Math.floor(position * (span + 1)));
  };

  // Units
  const provinces = P.provinces.slice(0, provinceCount);
  const units = provinces.map((province, p) => ({
    province: province.code,
    communes: Array.from({ length: communeCount }, (_, i) => String(10_000 + p * communeCount + i)),
  }));

  // Producers
  const producerCount = Math.max(1, Math.min(productCount, Math.round(productCount / P.productsPerProducer)));
  const forms = quota(P.legalForms, producerCount);
  let enterprises = 0;
  for (const f of forms) if (f === 'enterprise') enterprises++;
  const kinds = quota(P.enterpriseKinds, enterprises);
  const perProvince = apportionFloats(
    producerCount,
    provinces.map(() => 0.5 + next()),
  );
  const drafts = [];
  let enterpriseIndex = 0;
  units.forEach((unit, p) => {
    for (let k = 0; k < perProvince[p]; k++) {
      const form = forms[drafts.length];
      const kind = form === 'enterprise' ? kinds[enterpriseIndex++] : undefined;
      drafts.push({ province: unit.province, commune: pick(unit.communes), form, kind, firstEvent: undefined });
    }
  });
  const cumulative = [];
  let totalWeight = 0;
  for (const draft of drafts) cumulative.push((totalWeight += FORM_WEIGHT[draft.form]));
  const productsOf = drafts.map(() => 1);
  for (let extra = productCount - producerCount; extra > 0; extra--) {
    const x = next() * totalWeight;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    productsOf[lo]++;
  }

  // Products
  const sets = quota(P.criteriaSets, productCount).map(Number);
  const stages = quota(P.stages, productCount);
  let recognisedCount = 0;
  for (const s of stages) if (s === 'recognised') recognisedCount++;
  const starsOfRecognised = quota(P.stars, recognisedCount).map(Number);
  const statuses = quota(P.certificateStatuses, recognisedCount);

  // Issue days per status on asOf (every day of the window, as generateDataset asks certificateStatus).
  const forty = addMonthsDay(asOfDay, -40);
  const earliestIssue = forty < P.earliestIssueDay ? forty : P.earliestIssueDay;
  const buckets = { valid: [], 'renewal-window': [], 'renewal-late': [], grace: [], expired: [], revoked: [] };
  const lastRevocable = asOfDay - 31;
  for (let day = earliestIssue; day <= asOfDay; day++) {
    const issuedOn = isoOfDay(day);
    const probe = { id: 'probe', product: 'probe', stars: 3, level: 'central', decisionNumber: '1/QĐ', issuedOn };
    const s = statusOn(probe);
    buckets[s.status].push(day);
    if (s.status === 'expired') {
      const submittedOn = isoOfDay(reEvaluationDay(day, s, 0.5));
      if (statusOn({ ...probe, reEvaluation: { submittedOn } }).status === 'grace') buckets.grace.push(day);
    }
    if (day <= lastRevocable) buckets.revoked.push(day);
  }
  const feasible = (status) =>
    buckets[status].length > 0 ? status : (STATUS_FALLBACK[status].find((s) => buckets[s].length > 0) ?? 'valid');

  const makeCertificate = (id, product, stars, status, issued, rule, province) => {
    const level = levelFor(rule, stars, issued);
    const central = level === 'central';
    const decisionNumber = central
      ? `${int(1, 3_999)}/QĐ-${issued >= P.ministryMergerDay ? 'BNNMT' : 'BNN'}`
      : `${int(1, 4_999)}/QĐ-UBND`;
    const issuedOn = isoOfDay(issued);
    const base = {
      id,
      product,
      stars,
      level,
      ...(level === 'province' && issued >= REFORM ? { issuer: province } : {}),
      decisionNumber,
      issuedOn,
      ruleSet: rule.id,
    };
    if (status === 'grace' || (status === 'renewal-window' && chance(0.5))) {
      return {
        ...base,
        reEvaluation: { submittedOn: isoOfDay(reEvaluationDay(issued, statusOn(base), next(), asOfDay)) },
      };
    }
    if (status === 'revoked') {
      const until = validUntilDay(issued, rule);
      const last = until < asOfDay ? until : asOfDay;
      const ground = weighted(P.revocationGrounds);
      return {
        ...base,
        revocation: {
          date: isoOfDay(dateBetween(issued + 30, last)),
          ground,
          decisionNumber: central ? `${int(1, 3_999)}/QĐ-BNNMT` : `${int(1, 4_999)}/QĐ-UBND`,
        },
      };
    }
    return base;
  };

  const width = String(productCount).length;
  const codeSequence = new Map();
  const facts = [];
  const evaluations = [];
  const certificates = [];
  let recognisedIndex = 0;
  drafts.forEach((draft, d) => {
    const brand = pick(BRANDS);
    for (let k = 0; k < productsOf[d]; k++) {
      const i = facts.length;
      const id = `product-${pad(i + 1, width)}`;
      const setNo = sets[i];
      const stage = stages[i];
      const history = [];
      let stars;
      let evaluated;
      let issued;
      let certificate;
      if (stage === 'registered') {
        history.push({ day: dateBetween(asOfDay - 150, asOfDay), status: 'registered' });
      } else {
        let status = 'valid';
        if (stage === 'recognised') {
          stars = starsOfRecognised[recognisedIndex];
          status = feasible(statuses[recognisedIndex]);
          recognisedIndex++;
          issued = pick(buckets[status]);
          evaluated = issued - int(10, 45);
        } else {
          stars = chance(0.8) ? 2 : 1;
          evaluated = dateBetween(earliestIssue, asOfDay);
        }
        const registered = evaluated - int(30, 120);
        const rule = ruleFor(evaluated, registered);
        const evaluatedOn = isoOfDay(evaluated);
        history.push({ day: registered, status: 'registered' }, { day: evaluated, status: 'evaluated', stars });
        // Council totals whose mean falls in the star's band.
        const [low, high] = BAND[stars];
        const centre = low + 1 + next() * (high - low - 2);
        const members = int(5, 9);
        const sheets = [];
        for (let m = 0; m < members; m++) {
          const total = Math.round((centre + (next() - 0.5) * 4) * 10) / 10;
          sheets.push({ total: Math.min(high, Math.max(low, total)) });
        }
        evaluations.push({
          ruleSet: rule.id,
          ...(rule.id === 'qd26-2026' ? { criteriaSet: setNo } : {}),
          level: levelFor(rule, stars, evaluated),
          product: id,
          evaluatedOn,
          sheets,
        });
        if (issued === undefined) {
          const decided = evaluated + int(5, 30);
          history.push({ day: decided < asOfDay ? decided : asOfDay, status: 'not-recognised' });
        } else {
          certificate = makeCertificate(
            `certificate-${pad(certificates.length + 1, width)}`,
            id,
            stars,
            status,
            issued,
            rule,
            draft.province,
          );
          certificates.push(certificate);
          history.push({ day: issued, status: 'recognised', stars });
          if (certificate.revocation)
            history.push({ day: dayOf(certificate.revocation.date, 'revocation'), status: 'revoked' });
          else if (status === 'expired') history.push({ day: validUntilDay(issued, rule) + 1, status: 'expired' });
        }
      }
      const first = history[0].day;
      if (draft.firstEvent === undefined || first < draft.firstEvent) draft.firstEvent = first;
      const last = history[history.length - 1].day;
      const recordedOn = isoOfDay(dateBetween(last > REFORM ? last : REFORM, asOfDay));
      let code;
      if (evaluated !== undefined && evaluated >= REFORM) {
        const sequence = (codeSequence.get(draft.commune) ?? 0) + 1;
        codeSequence.set(draft.commune, sequence);
        code = `${draft.province}-${draft.commune}-${sequence}-${isoOfDay(evaluated).slice(0, 4)}`;
      }
      const product = {
        id,
        name: `${pick(PRODUCT_NOUNS[setNo - 1] ?? ['Sản phẩm'])} ${brand}`,
        producer: `producer-${pad(d + 1, width)}`,
        classification: { scheme: 'qd26-2026', criteriaSet: setNo },
        origin: { province: draft.province, commune: draft.commune },
        recordedOn,
        ...(code === undefined ? {} : { code }),
        statusHistory: history.map((h) =>
          h.stars === undefined
            ? { date: isoOfDay(h.day), status: h.status }
            : { date: isoOfDay(h.day), status: h.status, stars: h.stars },
        ),
      };
      facts.push({ product, draft, stars, evaluated, issued });
    }
  });

  const personName = (female) =>
    female
      ? `${pick(FAMILY)} ${pick(MIDDLE_FEMALE)} ${pick(GIVEN_FEMALE)}`
      : `${pick(FAMILY)} ${pick(MIDDLE_MALE)} ${pick(GIVEN_MALE)}`;
  const producerName = (form, kind, brand, owner) => {
    switch (form) {
      case 'cooperative':
        return `Hợp tác xã ${pick(FIELDS)} ${brand}`;
      case 'cooperative-group':
        return `Tổ hợp tác ${pick(FIELDS).toLowerCase()} ${brand}`;
      case 'enterprise':
        return kind === 'joint-stock'
          ? `Công ty cổ phần ${brand}`
          : kind === 'private'
            ? `Doanh nghiệp tư nhân ${brand}`
            : `Công ty TNHH ${pick(FIELDS)} ${brand}`;
      case 'farm':
        return `Trang trại ${owner}`;
      case 'household':
        return `Hộ kinh doanh ${owner}`;
    }
  };
  const producers = drafts.map((draft, d) => {
    const female = chance(P.female);
    const owner = personName(female);
    const brand = pick(BRANDS);
    const recorded = dateBetween(REFORM, asOfDay);
    const firstEvent = draft.firstEvent ?? recorded;
    const registeredBy = firstEvent < recorded ? firstEvent : recorded;
    return {
      id: `producer-${pad(d + 1, width)}`,
      name: producerName(draft.form, draft.kind, brand, owner),
      legalForm: draft.form,
      ...(draft.kind === undefined ? {} : { enterpriseKind: draft.kind }),
      recordedOn: isoOfDay(recorded),
      registration: { number: pad(int(0, 9_999_999_999), 10), date: isoOfDay(registeredBy - int(30, 3_650)) },
      address: { unit: { province: draft.province, commune: draft.commune } },
      legalRepresentative: { name: owner, female, ...(chance(P.ethnicMinority) ? { ethnicMinority: true } : {}) },
      ...(draft.form === 'enterprise' ? { localCapitalPercent: int(0, 100) } : {}),
      ...(draft.form === 'cooperative' || draft.form === 'cooperative-group' ? { localGovernance: true } : {}),
    };
  });

  // Plans and observations
  const year = Number(asOf.slice(0, 4));
  const yearStart = epochDay(year, 1, 1);
  const startDay = yearStart < REFORM ? REFORM : yearStart;
  const start = isoOfDay(startDay);
  const end = isoOfDay(epochDay(year, 12, 31));
  const reportDays = [];
  for (let month = lastDayOfMonth(startDay); month <= asOfDay; month = lastDayOfMonth(month + 1))
    reportDays.push(month);
  const reportDates = reportDays.map(isoOfDay);
  const conferenceDue = isoOfDay(addMonthsDay(startDay, 3) - 1);
  const periodDays = epochDay(year, 12, 31) - startDay + 1;
  const elapsedDays = asOfDay - startDay + 1;
  const plans = [];
  const observations = [];
  units.forEach((unit, p) => {
    const province = provinces[p];
    const code = unit.province;
    const mine = facts.filter((f) => f.draft.province === code);
    const recognisedOn = new Map(unit.communes.map((c) => [c, []]));
    let recognisedSoFar = 0;
    for (const f of mine) {
      if (f.issued !== undefined && f.issued >= startDay && f.issued <= asOfDay) {
        recognisedOn.get(f.draft.commune).push(f.issued);
        recognisedSoFar++;
      }
    }
    const projected = (recognisedSoFar * periodDays) / elapsedDays;
    const newMin = Math.max(1, Math.round(projected * (0.85 + next() * 0.3)));
    const upgradeMin = Math.max(1, Math.round(unit.communes.length * 1.5));
    const pilots = shuffle(
      mine.filter((f) => f.evaluated !== undefined && f.evaluated >= startDay && f.evaluated <= asOfDay),
    )
      .slice(0, 3)
      .sort((a, b) => (a.product.id < b.product.id ? -1 : 1));
    const targets = [
      {
        id: `${code}-upgrade`,
        kind: 'count',
        title: 'Nâng hạng sản phẩm OCOP',
        min: upgradeMin,
        max: unit.communes.length * 2,
        perUnit: { min: 1, max: 2, basis: 'average' },
      },
      {
        id: `${code}-new-recognised`,
        kind: 'count',
        title: 'Sản phẩm được công nhận OCOP mới (từ 3 sao)',
        min: newMin,
        max: Math.ceil(newMin * 1.25),
      },
      {
        id: `${code}-training`,
        kind: 'share',
        title: 'Cán bộ quản lý OCOP, lãnh đạo chủ thể được đào tạo, tập huấn',
        min: 1,
      },
      {
        id: `${code}-conference`,
        kind: 'milestone',
        title: 'Tổ chức xong hội nghị triển khai OCOP cấp xã',
        due: conferenceDue,
        scope: 'each-unit',
      },
    ];
    if (pilots.length > 0) {
      targets.push({
        id: `${code}-pilots`,
        kind: 'items',
        title: 'Sản phẩm chỉ đạo điểm đạt từ 3 sao',
        items: pilots.map((f) => ({ id: f.product.id, title: f.product.name, unit: f.draft.commune })),
        condition: { kind: 'stars', min: 3 },
      });
    }
    plans.push({
      id: `ocop-${code}-${year}`,
      title: `Kế hoạch thực hiện Chương trình OCOP ${province?.name ?? code} năm ${year}`,
      unit: { province: code },
      period: { start, end },
      units: unit.communes.map((c) => ({ code: c })),
      targets,
    });
    const [upgrade, newRecognised, training, conference] = targets.map((t) => t.id);
    for (const commune of unit.communes) {
      const upgradeRate = 0.05 + next() * 0.2;
      const trainees = int(6, 30);
      const pace = 0.7 + next() * 0.6;
      const issued = recognisedOn.get(commune);
      let upgraded = 0;
      for (let m = 0; m < reportDays.length; m++) {
        const date = reportDates[m];
        if (chance(upgradeRate)) upgraded += int(1, 2);
        observations.push({ target: upgrade, unit: commune, date, value: upgraded });
        let count = 0;
        for (const on of issued) if (on <= reportDays[m]) count++;
        observations.push({ target: newRecognised, unit: commune, date, value: count });
        const trained = Math.min(trainees, Math.round(((trainees * (m + 1)) / 12) * pace));
        observations.push({ target: training, unit: commune, date, numerator: trained, denominator: trainees });
      }
      if (!chance(0.05)) {
        const held = startDay + int(15, 110);
        if (held <= asOfDay) observations.push({ target: conference, unit: commune, date: isoOfDay(held), done: true });
      }
    }
    for (const f of pilots)
      observations.push({ target: `${code}-pilots`, item: f.product.id, date: isoOfDay(f.evaluated), value: f.stars });
  });

  return deepFreeze({
    seed,
    asOf,
    units,
    producers,
    products: facts.map((f) => f.product),
    evaluations,
    certificates,
    plans,
    observations,
  });
}

// ---------------------------------------------------------------------------------------------

async function run(part) {
  const { compareSlow } = await import('./harness.mjs');
  const { ENTITY_SCHEMAS, validate } = await import('../dist/index.js');
  const { generateDataset } = await import('../dist/fixtures/index.js');
  const result = { part };
  if (part === 'generate') {
    const started = performance.now();
    const data = generateDataset(OPTIONS);
    result.onceMs = performance.now() - started;
    result.counts = Object.fromEntries(Object.keys(KINDS).map((k) => [k, data[k].length]));
    result.records = Object.values(result.counts).reduce((a, b) => a + b, 0);
    result.jsonMb = JSON.stringify(data).length / 1e6;
  } else if (part === 'baseline') {
    const prepared = await prepare();
    const started = performance.now();
    const data = await baselineDataset(OPTIONS, prepared);
    result.onceMs = performance.now() - started;
    result.records = Object.keys(KINDS).reduce((n, k) => n + data[k].length, 0);
  } else if (part === 'timing') {
    const prepared = await prepare();
    const helpers = await import('./certificates.mjs');
    const ours = generateDataset(OPTIONS);
    const theirs = await baselineDataset(OPTIONS, prepared);
    const a = JSON.stringify(ours);
    const b = JSON.stringify(theirs);
    if (a !== b) {
      let at = 0;
      while (a[at] === b[at]) at++;
      throw new Error(
        `generateDataset and the baseline differ at character ${at}:\n${a.slice(Math.max(0, at - 300), at + 200)}\n---\n${b.slice(Math.max(0, at - 300), at + 200)}`,
      );
    }
    if (!Object.isFrozen(theirs.products[0].statusHistory[0]) || !Object.isFrozen(ours.products[0].statusHistory[0]))
      throw new Error('not deeply frozen');
    result.identical = true;
    let sink = 0;
    const { baselineMs, subjectMs } = compareSlow({
      baseline: () => (sink += baselineDatasetWith(OPTIONS, prepared, helpers).products.length),
      subject: () => (sink += generateDataset(OPTIONS).products.length),
      runs: 7,
    });
    Object.assign(result, { baselineMs, subjectMs, sink });
  } else if (part === 'validate') {
    const data = generateDataset(OPTIONS);
    const all = Object.entries(KINDS).flatMap(([key, kind]) => data[key].map((record) => [kind, record]));
    for (const [kind, record] of all) {
      const ok = validate(kind, record).ok;
      if (ok !== ENTITY_SCHEMAS[kind].safeParse(record).success)
        throw new Error(`validate and safeParse disagree on a ${kind}`);
      if (!ok) throw new Error(`an invalid ${kind}: ${JSON.stringify(record)}`);
    }
    let sink = 0;
    const { baselineMs, subjectMs } = compareSlow({
      baseline: () => {
        for (const [kind, record] of all) sink += ENTITY_SCHEMAS[kind].safeParse(record).success ? 1 : 0;
      },
      subject: () => {
        for (const [kind, record] of all) sink += validate(kind, record).ok ? 1 : 0;
      },
      runs: 3,
    });
    Object.assign(result, { records: all.length, baselineMs, subjectMs, sink });
  }
  result.maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify(result));
}

if (process.argv[2] === '--part') {
  await run(process.argv[3]);
} else {
  const { formatMs, report } = await import('./harness.mjs');
  const me = fileURLToPath(import.meta.url);
  const [base, generate, baseline, timing, validate] = ['import', 'generate', 'baseline', 'timing', 'validate'].map(
    (part) => {
      const child = spawnSync(process.execPath, [me, '--part', part], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`part ${part} failed:\n${child.stderr}`);
      return JSON.parse(child.stdout.trim().split('\n').at(-1));
    },
  );
  const c = generate.counts;
  const counts = `${c.producers} producers, ${c.products} products, ${c.evaluations} evaluations, ${c.certificates} certificates, ${c.plans} plans, ${c.observations} observations`;
  console.log(
    `generateDataset(${JSON.stringify(OPTIONS)}): ${counts} (${generate.records} records, ${generate.jsonMb.toFixed(1)} MB of JSON)`,
  );
  console.log(
    `  peak RSS: library loaded only ${base.maxRssMb.toFixed(0)} MB; generated once ${generate.maxRssMb.toFixed(0)} MB (${formatMs(generate.onceMs)} cold); baseline generator once ${baseline.maxRssMb.toFixed(0)} MB (${formatMs(baseline.onceMs)} cold); validating all ${validate.maxRssMb.toFixed(0)} MB`,
  );
  console.log(
    '  the baseline generator makes the same data set byte for byte; validate and safeParse accept every record',
  );
  const note = `${counts}; ${generate.jsonMb.toFixed(1)} MB of JSON; peak RSS ${generate.maxRssMb.toFixed(0)} MB generated once (library only ${base.maxRssMb.toFixed(0)} MB, baseline generator ${baseline.maxRssMb.toFixed(0)} MB), ${validate.maxRssMb.toFixed(0)} MB validating`;
  report({
    group: 'dataset',
    name: `generateDataset({ seed: 1, products: 20000 })`,
    baseline: 'hand-written generator of the same records (same PRNG draws, byte-identical output)',
    baselineMs: timing.baselineMs,
    subjectMs: timing.subjectMs,
    note,
  });
  report({
    group: 'dataset',
    name: `validate every record of the data set (${validate.records.toLocaleString('en')} records)`,
    baseline: 'ENTITY_SCHEMAS[kind].safeParse of every record (bare zod)',
    baselineMs: validate.baselineMs,
    subjectMs: validate.subjectMs,
    goal: 1.5,
    note,
  });
}
