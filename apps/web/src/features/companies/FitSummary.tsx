import { useState } from 'react';
import type { PartnerRelationFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';

const SHOWN_REASONS = 3;

export function ScoreMeter({ score }: { score: number }) {
  const { t, number } = useI18n();
  const percent = Math.round(score * 100);
  return (
    <div className="score" title={t('feed.scoreHint')}>
      <span className="score-value">{t('feed.score', { score: number(percent) })}</span>
      <span className="score-bar" aria-hidden="true">
        <span className="score-fill" style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}

/** Why a partner suits the viewer's company, best reasons first; more on demand. */
export function FitReasons({
  reasons,
  shown = SHOWN_REASONS,
}: {
  reasons: { code: string; message: string }[];
  shown?: number;
}) {
  const { t, plural } = useI18n();
  const [all, setAll] = useState(false);
  const visible = all ? reasons : reasons.slice(0, shown);
  return (
    <>
      <ul className="reasons">
        {visible.map((reason) => (
          <li key={reason.code + reason.message}>{reason.message}</li>
        ))}
      </ul>
      {reasons.length > shown && (
        <button type="button" className="button-link" aria-expanded={all} onClick={() => setAll((v) => !v)}>
          {all ? t('feed.fewerReasons') : plural('feed.moreReasons', reasons.length - shown)}
        </button>
      )}
    </>
  );
}

/** The fit with one's own company, when the two are scored; nothing otherwise. */
export function FitSummary({
  fit,
  level = 4,
}: {
  fit: PartnerRelationFragment['fitWithMe'];
  /** The level of the "Why" heading, one below the section it sits in. */
  level?: 3 | 4;
}) {
  const { t } = useI18n();
  if (!fit) return null;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="fit-summary">
      <ScoreMeter score={fit.score} />
      <Heading className="reasons-title">{t('relation.why')}</Heading>
      <FitReasons reasons={fit.reasons} />
    </div>
  );
}
