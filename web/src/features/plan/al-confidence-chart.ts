import { css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatDate, formatDateTime } from '../../i18n/i18n.js';
import { tp } from '../../i18n/plan-i18n.js';
import { AlElement } from '../../ui/al-element.js';
import { sharedStyles } from '../../ui/shared-styles.js';
import { chartStyles } from './chart-styles.js';

export interface ConfidencePoint {
  at: string;
  value: number;
  /** Recorded with a specialist in a live session, rather than by the person on their own. */
  together: boolean;
}

const width = 320;
const height = 140;
const pad = { top: 10, right: 12, bottom: 24, left: 28 };

/**
 * Confidence over time for one goal, as a small SVG line (0–10). Screen readers get a summary
 * in the image's name, and everyone can open the same numbers as a table.
 *
 * @property goalTitle - the goal, for the chart's name
 * @property points - `ConfidencePoint[]`, the ratings over time
 * @property own - the person is looking at their own ratings ("you, on your own")
 */
@customElement('al-confidence-chart')
export class AlConfidenceChart extends AlElement {
  @property() goalTitle = '';
  @property({ attribute: false }) points: readonly ConfidencePoint[] = [];
  @property({ type: Boolean }) own = false;

  /** Who recorded a rating: the person alone, or the two of them together in a session. */
  private by(p: ConfidencePoint): string {
    if (p.together) return tp('chart.byTogether');
    return this.own ? tp('chart.byOwn') : tp('chart.byOwnOther');
  }

  override render() {
    const points = this.points;
    if (points.length === 0) return html`<p class="muted">${tp('chart.none')}</p>`;
    const first = points[0]?.value ?? 0;
    const last = points.at(-1)?.value ?? 0;
    const summary = tp('chart.summary', { title: this.goalTitle, count: points.length, first, last });
    const innerW = width - pad.left - pad.right;
    const innerH = height - pad.top - pad.bottom;
    const x = (i: number) => pad.left + (points.length === 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
    const y = (v: number) => pad.top + innerH - (v / 10) * innerH;
    const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
    return html`<figure>
      <svg viewBox="0 0 ${width} ${height}" role="img" aria-label=${summary} focusable="false">
        ${[0, 5, 10].map(
          (v) => svg`<line class="grid" x1=${pad.left} x2=${width - pad.right} y1=${y(v)} y2=${y(v)}></line>
            <text class="axis" x=${pad.left - 6} y=${y(v) + 4} text-anchor="end">${v}</text>`,
        )}
        <path class="line" d=${line}></path>
        ${points.map((p, i) =>
          // A shape, not a colour, says who recorded it: a square for together, a circle for alone.
          p.together
            ? svg`<rect class="dot" x=${x(i) - 4.5} y=${y(p.value) - 4.5} width="9" height="9"></rect>`
            : svg`<circle class="dot" cx=${x(i)} cy=${y(p.value)} r="4"></circle>`,
        )}
        <text class="axis" x=${pad.left} y=${height - 6}>${formatDate(points[0]?.at ?? '')}</text>
        ${
          points.length > 1
            ? svg`<text class="axis" x=${width - pad.right} y=${height - 6} text-anchor="end">${formatDate(points.at(-1)?.at ?? '')}</text>`
            : nothing
        }
      </svg>
      <figcaption>
        <span class="visually-hidden">${summary}</span>
        <span class="legend muted">${this.own ? tp('chart.legendOwn') : tp('chart.legendOwnOther')}</span>
        <span class="legend muted">${tp('chart.legendTogether')}</span>
      </figcaption>
    </figure>
    <details>
      <summary>${tp('chart.table')}</summary>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">${summary}</caption>
          <thead>
            <tr>
              <th scope="col">${tp('chart.when')}</th>
              <th scope="col">${tp('chart.value')}</th>
              <th scope="col">${tp('chart.by')}</th>
            </tr>
          </thead>
          <tbody>
            ${points.map((p) => html`<tr><td>${formatDateTime(p.at)}</td><td>${p.value}</td><td>${this.by(p)}</td></tr>`)}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  static override styles = [
    sharedStyles,
    chartStyles,
    css`
      figcaption {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-1) var(--space-4);
        font-size: 0.875rem;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'al-confidence-chart': AlConfidenceChart;
  }
}
