import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FitSummary } from '../../features/companies/FitSummary';
import { MeetingState } from '../../features/companies/MeetingState';
import { RequestMeetingDialog } from '../../features/meetings/RequestMeetingDialog';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/catalogue';
import { useSession } from '../../session/session-context';
import { labelOf } from '../../taxonomy/taxonomy';
import { EmptyState, ErrorState, PageHeader, Skeleton } from '../../ui/PageState';
import { COMPANY_PROFILE } from './company.graphql';

type Labelled = { code: string; label: string };

/** A text in the viewer's language when the company wrote one, else the other, marked as such. */
function BilingualText({ fr, en, empty }: { fr: string | null; en: string | null; empty: string }) {
  const { t, locale } = useI18n();
  const [text, lang] = locale === 'fr' ? (fr ? [fr, 'fr'] : [en, 'en']) : en ? [en, 'en'] : [fr, 'fr'];
  if (!text) return <p className="muted">{empty}</p>;
  return (
    <>
      {lang !== locale && (
        <p className="hint">{t(lang === 'fr' ? 'company.writtenInFrench' : 'company.writtenInEnglish')}</p>
      )}
      <p className="prose" lang={lang}>
        {text}
      </p>
    </>
  );
}

function LabelGroup({ title, labels }: { title: string; labels: Labelled[] }) {
  if (!labels.length) return null;
  return (
    <div className="label-group">
      <dt>{title}</dt>
      <dd>
        <ul className="tags">
          {labels.map((l) => (
            <li key={l.code} className="tag">
              {l.label}
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

/**
 * A partner's profile, in the viewer's language: how well it suits the viewer's company and why,
 * where the two stand on meetings, and the way to ask for one.
 */
export function CompanyPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const { viewer } = useSession();
  const [requesting, setRequesting] = useState(false);
  const { data, error, refetch } = useQuery(COMPANY_PROFILE, { variables: { id } });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data)
    return (
      <div className="page">
        <Skeleton lines={2} height="4rem" />
        <Skeleton lines={8} height="16rem" />
      </div>
    );
  const company = data.company;
  if (!company) return <EmptyState title={t('company.notFound')} />;
  const own = viewer?.company?.id === company.id;
  const groups: [MessageKey, Labelled[]][] = [
    ['profile.sectors', company.sectors],
    ['profile.therapeuticAreas', company.therapeuticAreas],
    ['profile.modalities', company.modalities],
    ['profile.stage', company.stage ? [company.stage] : []],
    ['company.offers', company.offers],
    ['company.seeks', company.seeks],
    ['profile.partnershipTypes', company.partnershipTypes],
    ['profile.size', company.size ? [company.size] : []],
  ];
  return (
    <div className="page">
      <PageHeader
        title={company.name}
        lead={[company.city, labelOf('provinces', company.province, locale)].filter(Boolean).join(', ')}
        actions={
          own ? (
            viewer?.role === 'COMPANY_ADMIN' && (
              <Link className="button" to="/profile">
                {t('company.edit')}
              </Link>
            )
          ) : viewer?.company ? (
            <MeetingState partner={company} onRequest={() => setRequesting(true)} />
          ) : null
        }
      />
      {company.fitWithMe && (
        <section className="panel" aria-labelledby="fit-title">
          <h2 id="fit-title">{t('relation.fitTitle')}</h2>
          <FitSummary fit={company.fitWithMe} level={3} />
        </section>
      )}
      <div className="profile-layout">
        <section className="panel" aria-labelledby="about-title">
          <h2 id="about-title">{t('company.about')}</h2>
          <BilingualText
            fr={company.descriptionFr}
            en={company.descriptionEn}
            empty={t('company.noDescription')}
          />
          <h2>{t('company.seeking')}</h2>
          <BilingualText fr={company.seekingFr} en={company.seekingEn} empty={t('company.noSeeking')} />
        </section>
        <aside className="panel">
          <dl className="facts">
            <div className="label-group">
              <dt>{t('profile.languages')}</dt>
              <dd>{company.languages.map((l) => labelOf('languages', l, locale)).join(', ')}</dd>
            </div>
            <div className="label-group">
              <dt>{t('company.memberOf')}</dt>
              <dd>
                {company.memberships.map((m) => labelOf('associations', m.association, locale)).join(', ')}
              </dd>
            </div>
            {company.website && (
              <div className="label-group">
                <dt>{t('profile.website')}</dt>
                <dd>
                  <a href={company.website} rel="noopener noreferrer" target="_blank">
                    {company.website.replace(/^https?:\/\//, '')}
                  </a>
                </dd>
              </div>
            )}
            {groups.map(([key, labels]) => (
              <LabelGroup key={key} title={t(key)} labels={labels} />
            ))}
          </dl>
        </aside>
      </div>
      {requesting && <RequestMeetingDialog partner={company} onClose={() => setRequesting(false)} />}
    </div>
  );
}
