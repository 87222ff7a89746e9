import { css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatDate, formatDateTime } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { chartStyles } from './chart-styles.js';
import { type LinePoint, trendWords } from './self-check-trend.js';

export interface LineSeries {
  label: string;
  points: readonly LinePoint[];
}

const width = 320;
const height = 150;
const pad = { top: 10, right: 12, bottom: 24, left: 30 };
/** Lines told apart by dash and marker, never by a colour that could read as good or bad. */
const dashes = ['', '6 3', '2 3', '10 3 2 3'];

/**
 * Several lines over time on one axis (a person's self-check dimensions, or one questionnaire's
 * scores), drawn like the confidence chart: a small SVG whose name is a summary, neutral words for
 * each line's change, and the same numbers as a table.
 *
 * @property heading - what the lines are, for the chart's name
 * @property series - `LineSeries[]`, each a label and its points (oldest first)
 * @property max - the top of the scale (10 for ratings)
 * @property valueLabel - the table's column name for a value
 */
@customElement('al-lines-chart')
export class AlLinesChart extends AlElement {
  @property() heading = '';
  @property({ attribute: false }) series: readonly LineSeries[] = [];
  @property({ type: Number }) max = 10;
  /** The table's name for a value (a rating, a score). */
  @property() valueLabel = '';

  override render() {
    const series = this.series.filter((s) => s.points.length > 0);
    if (series.length === 0) return nothing;
    const times = series.flatMap((s) => s.points.map((p) => Date.parse(p.at)));
    const [start, end] = [Math.min(...times), Math.max(...times)];
    const innerW = width - pad.left - pad.right;
    const innerH = height - pad.top - pad.bottom;
    const top = Math.max(this.max, ...series.flatMap((s) => s.points.map((p) => p.value)), 1);
    const x = (at: string) =>
      pad.left + (end === start ? innerW / 2 : ((Date.parse(at) - start) / (end - start)) * innerW);
    const y = (v: number) => pad.top + innerH - (Math.max(0, v) / top) * innerH;
    const trends = series.map((s) => trendWords(s.label, s.points));
    const summary = `${this.heading}. ${trends.join('. ')}`;
    return html`<figure>
      <svg viewBox="0 0 ${width} ${height}" role="img" aria-label=${summary} focusable="false">
        ${[0, top / 2, top].map(
          (v) => svg`<line class="grid" x1=${pad.left} x2=${width - pad.right} y1=${y(v)} y2=${y(v)}></line>
            <text class="axis" x=${pad.left - 6} y=${y(v) + 4} text-anchor="end">${Math.round(v * 10) / 10}</text>`,
        )}
        ${series.map((s, i) => {
          const d = s.points
            .map((p, j) => `${j === 0 ? 'M' : 'L'}${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`)
            .join(' ');
          return svg`<path class="line" d=${d} stroke-dasharray=${dashes[i % dashes.length] ?? ''}></path>
            ${s.points.map((p) => svg`<circle class="dot" cx=${x(p.at)} cy=${y(p.value)} r="3"></circle>`)}`;
        })}
        <text class="axis" x=${pad.left} y=${height - 6}>${formatDate(new Date(start).toISOString())}</text>
        ${end > start ? svg`<text class="axis" x=${width - pad.right} y=${height - 6} text-anchor="end">${formatDate(new Date(end).toISOString())}</text>` : nothing}
      </svg>
      <figcaption>
        <ul class="trends">
          ${trends.map(
            (words, i) => html`<li>
              <svg class="key" viewBox="0 0 24 8" aria-hidden="true" focusable="false">
                <line class="line" x1="0" x2="24" y1="4" y2="4" stroke-dasharray=${dashes[i % dashes.length] ?? ''}></line>
              </svg>
              ${words}
            </li>`,
          )}
        </ul>
      </figcaption>
    </figure>
    <details>
      <summary>${tp('chart.table')}</summary>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">${this.heading}</caption>
          <thead>
            <tr><th scope="col">${tp('chart.when')}</th><th scope="col">${this.valueLabel}</th></tr>
          </thead>
          <tbody>
            ${series.flatMap((s) =>
              s.points.map((p) => html`<tr><td>${formatDateTime(p.at)} — ${s.label}</td><td>${p.value}</td></tr>`),
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  static override styles = [
    sharedStyles,
    chartStyles,
    css`
      .trends {
        list-style: none;
        padding: 0;
        margin: var(--space-1) 0 0;
      }
      .trends li {
        display: flex;
        align-items: center;
        gap: var(--space-2);
      }
      .key {
        width: 1.5rem;
        flex: none;
        display: inline-block;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-lines-chart': AlLinesChart;
  }
}
