// How far was Thái Bình's 2020 OCOP plan on 15 July 2020, with six district conferences held?
import { evaluatePlan } from 'ocop';
import { THAI_BINH_2020_PLAN } from 'ocop/fixtures';

const held = ['336', '339', '340', '341', '342', '343'].map((unit) => ({
  target: 'district-conferences',
  unit,
  date: '2020-07-10',
  done: true,
}));
const progress = evaluatePlan(THAI_BINH_2020_PLAN, held, { asOf: '2020-07-15' });
const conferences = progress.targets.find((t) => t.id === 'district-conferences');
console.log(conferences.progress, conferences.status); // 0.75 'at-risk'
for (const line of conferences.explanation) console.log(line.message.vi);
