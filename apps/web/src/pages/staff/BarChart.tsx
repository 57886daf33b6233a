import { useI18n } from '../../i18n/i18n-context';

export interface ChartRow {
  key: string;
  label: string;
  values: number[];
}

/**
 * Horizontal bars, one group per row: the bars are an SVG drawing (hidden from screen readers),
 * while each row's label and numbers are text, so the chart reads as a list and fits a phone.
 */
export function BarChart({
  id,
  title,
  summary,
  series,
  rows,
}: {
  id: string;
  title: string;
  summary?: string;
  series: string[];
  rows: ChartRow[];
}) {
  const { t, number } = useI18n();
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const barHeight = 10;
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        {summary && <p className="chart-summary">{summary}</p>}
        {series.length > 1 && (
          <ul className="chart-legend">
            {series.map((name, i) => (
              <li key={name}>
                <svg className="chart-swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                  <rect width="10" height="10" className={`chart-bar chart-tone-${i + 1}`} />
                </svg>
                {name}
              </li>
            ))}
          </ul>
        )}
      </figcaption>
      {rows.length === 0 ? (
        <p className="muted">{t('reports.noData')}</p>
      ) : (
        <ul className="chart-rows">
          {rows.map((row) => (
            <li key={row.key} className="chart-row">
              <span className="chart-label">{row.label}</span>
              <svg
                className="chart-bars"
                viewBox={`0 0 100 ${row.values.length * barHeight}`}
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
                style={{ height: `${row.values.length * 0.75}rem` }}
              >
                {row.values.map((value, i) => (
                  <rect
                    key={i}
                    x="0"
                    y={i * barHeight + 1}
                    width={(value / max) * 100}
                    height={barHeight - 2}
                    className={`chart-bar chart-tone-${i + 1}`}
                  />
                ))}
              </svg>
              <span className="chart-values">
                {row.values
                  .map((value, i) =>
                    series.length > 1
                      ? t('reports.seriesValue', { name: series[i], value: number(value) })
                      : number(value),
                  )
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
