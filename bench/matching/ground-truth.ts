// Ground truth for the partnering sets: every cross-province pair graded 0..3 from the generator's
// latent profiles (what each company truly offers and needs), by the product's fit rules written
// out plainly — independent of the engine, which only sees the rendered, partly tagged profiles.
// A pair is relevant when one side truly offers what the other truly needs and it fits: the
// modality for manufacturing, a shared therapeutic area for clinical, research, distribution and
// investment, the stage an investor funds, a late product for distribution; never without a common
// language. Both sides meeting each other's needs makes a better partnership (one grade up).
import { manufacturingOf, STAGE_ORDER, type Latent } from '@app/company-generator';
import type { LabelledPair } from './metrics.js';

const MANUFACTURING = new Set([
  'gmp_biologics',
  'gmp_small_molecule',
  'cell_gene_manufacturing',
  'device_manufacturing',
  'process_development',
]);
const DEVICE_LIKE = new Set(['medical_device', 'in_vitro_diagnostic', 'imaging', 'biomaterials']);
const late = (stage: string | null) => STAGE_ORDER.indexOf(stage ?? '') >= STAGE_ORDER.indexOf('phase3');

/** 'yes', 'no', or 'unknown' when either side names no area (a generalist). */
function areaFit(a: Latent, b: Latent): 'yes' | 'no' | 'unknown' {
  if (a.areas.length === 0 || b.areas.length === 0) return 'unknown';
  return a.areas.some((x) => b.areas.includes(x)) ? 'yes' : 'no';
}

const byArea = (fit: 'yes' | 'no' | 'unknown', no = 0) => (fit === 'yes' ? 3 : fit === 'unknown' ? 2 : no);

/** How well `p` truly meets `s`'s need, 0..3. */
function meets(s: Latent, p: Latent, need: string): number {
  const area = areaFit(s, p);
  if (!p.offers.includes(need)) {
    // A hospital's sites partly meet a need for trial services.
    return need === 'clinical_trial_services' && p.offers.includes('clinical_sites') && area === 'yes'
      ? 1
      : 0;
  }
  if (MANUFACTURING.has(need)) {
    const m = s.modalities[0];
    if (!m || p.modalities.length === 0) return 2;
    if (p.modalities.includes(m)) return 3;
    return manufacturingOf(p.modalities[0]) === manufacturingOf(m) ? 2 : 0;
  }
  switch (need) {
    case 'equity_investment':
      return p.fundedStages.includes(s.stage ?? '') ? byArea(area, 1) : 0;
    case 'licensing_asset':
      if (s.kind === 'investor') return s.fundedStages.includes(p.stage ?? '') ? byArea(area, 1) : 0;
      return late(p.stage) ? byArea(area, 1) : 0;
    case 'distribution':
      return late(s.stage) || s.stage === 'phase2' ? byArea(area) : 0;
    case 'clinical_trial_services':
    case 'clinical_sites':
    case 'research_collaboration':
      return byArea(area);
    case 'regulatory_affairs':
    case 'market_access': {
      const device = (l: Latent) => l.modalities.some((m) => DEVICE_LIKE.has(m));
      return p.modalities.length > 0 && s.modalities.length > 0 && device(p) !== device(s) ? 1 : 2;
    }
    case 'technology_platform':
    case 'data_analytics':
    case 'bioinformatics':
      return area === 'yes' ? 2 : 1;
    default:
      return 2;
  }
}

function needsOf(l: Latent): string[] {
  return l.needs.map((n) => (n === 'manufacturing' ? manufacturingOf(l.modalities[0] ?? 'biologics') : n));
}

export function pairGrade(a: Latent, b: Latent): number {
  if (a.province === b.province || !a.languages.some((x) => b.languages.includes(x))) return 0;
  const forA = Math.max(0, ...needsOf(a).map((n) => meets(a, b, n)));
  const forB = Math.max(0, ...needsOf(b).map((n) => meets(b, a, n)));
  return Math.min(3, Math.max(forA, forB) + (forA >= 2 && forB >= 2 ? 1 : 0));
}

/** Every relevant cross-province pair (grade ≥ 1), once per pair. */
export function gradeAllPairs(truth: Map<string, Latent>): LabelledPair[] {
  const qc = [...truth].filter(([, l]) => l.province === 'QC');
  const on = [...truth].filter(([, l]) => l.province === 'ON');
  const pairs: LabelledPair[] = [];
  for (const [a, la] of qc)
    for (const [b, lb] of on) {
      const grade = pairGrade(la, lb);
      if (grade > 0) pairs.push({ a, b, grade });
    }
  return pairs;
}
