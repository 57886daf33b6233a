import { Link } from 'react-router';
import type { EventCurationQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { labelOf } from '../../taxonomy/taxonomy';
import { EmptyState } from '../../ui/PageState';

type Demand = EventCurationQuery['eventDemand'];

/**
 * Who asks to meet whom at the event, per company, and the attendees with no meeting yet: each
 * company leads to its candidate matches, which staff pin, hide and annotate.
 */
export function EventDemandPanel({ demand }: { demand: Demand }) {
  const { t, locale } = useI18n();
  const figures: [string, number][] = [
    [t('demand.requests'), demand.requests],
    [t('demand.pending'), demand.pendingRequests],
    [t('demand.meetings'), demand.meetings],
    [t('demand.crossBorder'), demand.crossBorderMeetings],
    [t('demand.acceptedWithoutMeeting'), demand.acceptedWithoutMeeting],
  ];
  return (
    <section className="panel" aria-labelledby="demand-title">
      <h2 id="demand-title">{t('demand.title')}</h2>
      <dl className="facts facts-inline">
        {figures.map(([label, value]) => (
          <div key={label} className="label-group">
            <dt>{label}</dt>
            <dd className="figure">{value}</dd>
          </div>
        ))}
      </dl>
      {demand.companiesWithoutMeeting.length > 0 && (
        <>
          <h3>{t('demand.withoutMeeting')}</h3>
          <p className="hint">{t('demand.withoutMeetingHint')}</p>
          <ul className="tags">
            {demand.companiesWithoutMeeting.map((c) => (
              <li key={c.id}>
                <Link className="tag" to={`/staff/companies/${c.id}`}>
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="spaced">{t('demand.perCompany')}</h3>
      {demand.companies.length === 0 ? (
        <EmptyState title={t('demand.none')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('demand.perCompany')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staff.company')}</th>
                <th scope="col">{t('demand.attending')}</th>
                <th scope="col">{t('demand.sent')}</th>
                <th scope="col">{t('demand.received')}</th>
                <th scope="col">{t('demand.unanswered')}</th>
                <th scope="col">{t('demand.meetings')}</th>
              </tr>
            </thead>
            <tbody>
              {demand.companies.map((row) => (
                <tr key={row.company.id}>
                  <th scope="row">
                    <Link to={`/staff/companies/${row.company.id}`}>{row.company.name}</Link>
                    <span className="muted block">{labelOf('provinces', row.company.province, locale)}</span>
                  </th>
                  <td>{row.attending ? t('common.yes') : t('common.no')}</td>
                  <td>{row.requestsSent}</td>
                  <td>{row.requestsReceived}</td>
                  <td>{row.unanswered}</td>
                  <td>{row.meetings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
