// A criteria set rendered as a form; the product is rated live, in the browser, by the library
// (bundled by esbuild: `node scripts/check-web-example.mjs` builds and tests it).
import { getCriteriaSet, listCriteriaSets, rateProduct } from 'ocop';

const select = document.querySelector('#set');
const form = document.querySelector('#sheet');

for (const set of listCriteriaSets('qd26-2026')) {
  const option = document.createElement('option');
  option.value = String(set.setNo);
  option.textContent = `${set.setNo}. ${set.title}`;
  select.append(option);
}

function render(setNo) {
  const set = getCriteriaSet('qd26-2026', setNo);
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
      label.append(input, ` ${option.label} — ${option.points} điểm${option.minStars ? ` (tối thiểu ${option.minStars}★)` : ''}`);
      fieldset.append(label);
    });
    form.append(fieldset);
  }
  rate();
}

function rate() {
  const setNo = Number(select.value);
  const points = Object.fromEntries([...form.querySelectorAll('input:checked')].map((input) => [input.name, Number(input.value)]));
  const rating = rateProduct({ ruleSet: 'qd26-2026', criteriaSet: setNo, level: 'province', sheets: [{ points }] });
  document.querySelector('#total').textContent = String(rating.average);
  document.querySelector('#band').textContent = `${rating.band}★`;
  document.querySelector('#stars').textContent = `${rating.stars}★${rating.recognised ? '' : ' (không được công nhận)'}`;
  const unmet = document.querySelector('#unmet');
  unmet.replaceChildren(...rating.unmetMinima.map((m) => Object.assign(document.createElement('li'), { textContent: `Chưa đạt ${m.stars}★ ở ${m.criterion}: cần ≥ ${m.points}` })));
}

select.addEventListener('change', () => render(Number(select.value)));
form.addEventListener('change', rate);
render(1);
