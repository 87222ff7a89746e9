import type { ReportPeriod, ReportPeriodKind, ReportSpecialists, ReportSummaryQuery } from '@alongside/shared';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { tr } from '../../i18n/reports-i18n.js';
import type { SelectOption } from '../../ui/al-select.js';
import { fire } from '../../ui/events.js';
import { PartElement } from '../../ui/part-element.js';
import { partChoices, partLabel, partOf, pickPeriod, todayUtc, yearChoices } from './report-periods.js';
import '../../ui/al-button.js';
import '../../ui/al-select.js';

type Specialist = ReportSpecialists['specialists'][number];

/**
 * Which report the supervisor wants: a month, a quarter or a whole year (never a range of days),
 * and every specialist or one. The fields only shape a draft; "Show report" asks for it, so
 * moving through the lists loads nothing. Renders into the page's tree (`PartElement`).
 *
 * @property period - the period of the report shown now (the draft starts there)
 * @property specialistId - the specialist it is narrowed to, if any
 * @property specialists - the specialists a report may be narrowed to
 * @property today - YYYY-MM-DD (UTC); periods that have not begun are not offered
 * @fires al-report-query - { period, specialistId? }: the report to show
 */
@customElement('al-report-picker')
export class AlReportPicker extends PartElement {
  @property({ attribute: false }) period!: ReportPeriod;
  @property({ attribute: false }) specialistId: string | undefined;
  @property({ attribute: false }) specialists: readonly Specialist[] = [];
  @property({ attribute: false }) today = todayUtc();

  @state() private draft: ReportPeriod | undefined;
  @state() private draftSpecialist: string | undefined;

  override render(): TemplateResult {
    const period = this.draft ?? this.period;
    const language = currentLanguage();
    const oneSpecialist = (this.draftSpecialist ?? this.specialistId ?? '') !== '';
    // One specialist's report covers a quarter or a year (the server refuses a month).
    const kindsOffered = oneSpecialist ? (['quarter', 'year'] as const) : (['month', 'quarter', 'year'] as const);
    const kinds: SelectOption[] = kindsOffered.map((k) => ({
      value: k,
      label: tr(`form.kind.${k}`),
    }));
    const years = yearChoices(this.today).map((y) => ({ value: String(y), label: String(y) }));
    const parts =
      period.kind === 'year'
        ? []
        : partChoices(period.kind, period.year, this.today).map((p) => ({
            value: String(partOf(p)),
            label: partLabel(p, language),
          }));
    const specialists = [
      { value: '', label: tr('form.everyone') },
      ...this.specialists.map((s) => ({ value: s.id, label: s.name })),
    ];
    return html`<form class="card card-soft picker" @submit=${this.onSubmit} novalidate>
      <fieldset>
        <legend>${tr('form.label')}</legend>
        <div class="picker-fields">
          <al-select
            name="kind"
            label=${tr('form.kind')}
            .options=${kinds}
            .value=${period.kind}
            @change=${(e: Event) => this.change({ kind: selected(e) as ReportPeriodKind })}
          ></al-select>
          <al-select
            name="year"
            label=${tr('form.year')}
            .options=${years}
            .value=${String(period.year)}
            @change=${(e: Event) => this.change({ year: Number(selected(e)) })}
          ></al-select>
          ${
            period.kind === 'year'
              ? nothing
              : html`<al-select
                  name="part"
                  label=${tr(period.kind === 'quarter' ? 'form.quarter' : 'form.month')}
                  .options=${parts}
                  .value=${String(partOf(period))}
                  @change=${(e: Event) => this.change({ part: Number(selected(e)) })}
                ></al-select>`
          }
          <al-select
            name="specialistId"
            label=${tr('form.specialist')}
            .options=${specialists}
            .value=${this.draftSpecialist ?? this.specialistId ?? ''}
            @change=${(e: Event) => {
              this.draftSpecialist = selected(e);
              if (this.draftSpecialist && (this.draft ?? this.period).kind === 'month')
                this.change({ kind: 'quarter' });
            }}
          ></al-select>
          <al-button type="submit" variant="primary">${tr('form.show')}</al-button>
        </div>
        ${oneSpecialist ? html`<p class="muted">${tr('form.specialistPeriods')}</p>` : nothing}
      </fieldset>
    </form>`;
  }

  /** One field changed: the draft moves to the period the fields now name (see `pickPeriod`). */
  private change(next: { kind?: ReportPeriodKind; year?: number; part?: number }): void {
    const current = this.draft ?? this.period;
    const kind = next.kind ?? current.kind;
    // Switching between quarter and month keeps the time of year: Q3 → its first month, July → Q3.
    const part = next.part ?? (kind === current.kind ? partOf(current) : carryOver(current, kind));
    this.draft = pickPeriod(kind, next.year ?? current.year, part, this.today);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const period = this.draft ?? this.period;
    const specialistId = this.draftSpecialist ?? this.specialistId ?? '';
    const query: ReportSummaryQuery = specialistId ? { period: period.id, specialistId } : { period: period.id };
    fire(this, 'al-report-query', query);
  }
}

function selected(event: Event): string {
  return (event.currentTarget as HTMLElement & { value: string }).value;
}

/** The quarter or month that holds the start of `from` when the kind changes; from a year, none (the latest). */
function carryOver(from: ReportPeriod, kind: ReportPeriodKind): number | undefined {
  if (from.kind === 'year') return undefined;
  const month = from.months[0] ?? 1;
  if (kind === 'quarter') return Math.ceil(month / 3);
  if (kind === 'month') return month;
  return undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'al-report-picker': AlReportPicker;
  }
  interface HTMLElementEventMap {
    'al-report-query': CustomEvent<ReportSummaryQuery>;
  }
}
