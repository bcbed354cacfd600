// A criteria set rendered as a form; the product is rated live, in the browser, by the library
// (bundled by esbuild: `node scripts/check-web-example.mjs` builds and tests it). The page loads
// one criteria set at a time: the list of sets comes from the classification in the main entry,
// and `loadCriteriaSet` imports the chosen set on demand, so the bundler puts each of the 26 sets
// in its own chunk and the page downloads only the one shown.
import { loadCriteriaSet, QD26_CRITERIA_SET_CLASSES, rateProduct } from 'ocop';

const select = document.querySelector('#set');
const form = document.querySelector('#sheet');
let criteria; // the criteria set on the form

for (const set of QD26_CRITERIA_SET_CLASSES) {
  const option = document.createElement('option');
  option.value = String(set.setNo);
  option.textContent = `${set.setNo}. ${set.title}`;
  select.append(option);
}

async function render(setNo) {
  const set = await loadCriteriaSet('qd26-2026', setNo);
  if (Number(select.value) !== setNo) return; // another set was chosen while this one loaded
  criteria = set;
  form.replaceChildren();
  for (const criterion of set.criteria) {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = `${criterion.code}. ${criterion.title} (tối đa ${criterion.max})`;
    fieldset.append(legend);
    criterion.options.forEach((option, index) => {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = criterion.code;
      input.value = String(option.points);
      input.checked = index === 0;
      input.dataset.index = String(index);
      label.append(
        input,
        ` ${option.label} — ${option.points} điểm${option.minStars ? ` (tối thiểu ${option.minStars}★)` : ''}`,
      );
      fieldset.append(label);
    });
    form.append(fieldset);
  }
  rate();
}

function rate() {
  if (!criteria) return;
  const points = Object.fromEntries(
    [...form.querySelectorAll('input:checked')].map((input) => [input.name, Number(input.value)]),
  );
  const rating = rateProduct(
    { ruleSet: 'qd26-2026', criteriaSet: criteria.setNo, level: 'province', sheets: [{ points }] },
    { criteria },
  );
  document.querySelector('#total').textContent = String(rating.average);
  document.querySelector('#band').textContent = `${rating.band}★`;
  document.querySelector('#stars').textContent =
    `${rating.stars}★${rating.recognised ? '' : ' (không được công nhận)'}`;
  const unmet = document.querySelector('#unmet');
  unmet.replaceChildren(
    ...rating.unmetMinima.map((m) =>
      Object.assign(document.createElement('li'), {
        textContent: `Chưa đạt ${m.stars}★ ở ${m.criterion}: cần ≥ ${m.points}`,
      }),
    ),
  );
}

select.addEventListener('change', () => render(Number(select.value)));
form.addEventListener('change', rate);
render(Number(select.value));
