// npm run bench:matching -- reading: how well the engine reads sentences, against labels written
// for every sentence of the two blind tuning sets (data/tuning-sentences.json) by readers who saw
// only the taxonomy. Precision and recall of the capabilities read as offered, needed, or needed
// by the clients a company looks for, and the codes with the most disagreements. Tuning data only:
// a rule found here is checked on the held-out sets before it counts.
import { readFileSync } from 'node:fs';
import type { ImportCompany } from '@app/company-generator';
import { extractFeatures, providerReading } from '@app/match-scoring';

const DATA = new URL('./data/', import.meta.url.replace('/dist/bench/', '/bench/'));
const SIDES = ['offers', 'needs', 'clientNeeds'] as const;
type Side = (typeof SIDES)[number];
/** Manufacturing read without its kind is resolved later from the company's modalities. */
const MANUFACTURING = [
  'gmp_biologics',
  'gmp_small_molecule',
  'cell_gene_manufacturing',
  'device_manufacturing',
];

interface LabelledSentence extends Record<Side, string[]> {
  company: string;
  field: 'description' | 'seeking';
  sentence: string;
}

const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as T;
const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');

export function reading(): void {
  const companies = new Map<string, ImportCompany>();
  for (const file of ['blind-dev.json', 'blind-dev2.json'])
    for (const c of load<{ companies: ImportCompany[] }>(file).companies) companies.set(c.externalId, c);
  const { sentences } = load<{ sentences: LabelledSentence[] }>('tuning-sentences.json');
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (key: string, what: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    c[what]++;
    counts.set(key, c);
  };
  for (const s of sentences) {
    const read = extractFeatures(s.sentence, {
      mode: s.field === 'seeking' ? 'need' : 'offer',
      modalities: companies.get(s.company)?.modalities ?? [],
      provider: providerReading(companies.get(s.company)?.sectors ?? []),
    });
    const got: Record<Side, string[]> = {
      offers: read.offers,
      needs: read.seeks,
      clientNeeds: read.clientNeeds,
    };
    const open: Record<Side, boolean> = {
      offers: read.unresolvedManufacturing.offer > 0,
      needs: read.unresolvedManufacturing.seek > 0,
      clientNeeds: false,
    };
    for (const side of SIDES) {
      const key = (code: string) => `${s.field} ${side} ${code}`;
      for (const code of s[side])
        count(
          key(code),
          got[side].includes(code) || (open[side] && MANUFACTURING.includes(code)) ? 'tp' : 'fn',
        );
      for (const code of got[side]) if (!s[side].includes(code)) count(key(code), 'fp');
    }
  }
  console.log(`\n== Reading: ${sentences.length} labelled sentences of the blind tuning sets`);
  for (const field of ['seeking', 'description'])
    for (const side of SIDES) {
      const rows = [...counts].filter(([k]) => k.startsWith(`${field} ${side} `));
      const t = rows.reduce((a, [, c]) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), {
        tp: 0,
        fp: 0,
        fn: 0,
      });
      console.log(
        `  ${field.padEnd(11)} ${side.padEnd(11)} precision ${fmt(t.tp / (t.tp + t.fp))} recall ${fmt(t.tp / (t.tp + t.fn))} (${t.tp + t.fn} labelled)`,
      );
    }
  const worst = [...counts].sort(([, a], [, b]) => b.fp + b.fn - a.fp - a.fn).slice(0, 10);
  console.log('  most disagreements (false readings / missed):');
  for (const [key, c] of worst) console.log(`    ${key.padEnd(48)} ${c.fp} / ${c.fn}`);
}
