import type { ResourceImportProblem } from '@alongside/shared';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { type ImportRefusal, resourcesApi } from '../../data/resources-client.js';
import { type ResourcesKey, tres } from '../../i18n/resources-i18n.js';
import { errorText } from '../../ui/error-text.js';
import { fireAndWait, type WaitUntil } from '../../ui/events.js';
import { PartElement } from '../../ui/part-element.js';
import '../../ui/al-button.js';
import '../../ui/al-notice.js';

/** The wording of `invalid_format` by zod's format name; other formats get the general wording. */
const formatKey: Partial<Record<string, ResourcesKey>> = {
  email: 'csv.problem.invalid_format.email',
  url: 'csv.problem.invalid_format.url',
  date: 'csv.problem.invalid_format.date',
};

/** What is wrong and what to do, in the person's language, from the server's code and params. */
function problemText(problem: ResourceImportProblem): string {
  switch (problem.code) {
    case 'unknown_column':
      return tres('csv.problem.unknown_column', problem.params);
    case 'invalid_value':
      return tres('csv.problem.invalid_value', problem.params);
    case 'field_count':
      return tres('csv.problem.field_count', problem.params);
    case 'too_long':
      return tres('csv.problem.too_long', problem.params);
    case 'date_out_of_range':
      // Written as the file writes dates, so the line can be compared with the range.
      return tres('csv.problem.date_out_of_range', problem.params);
    case 'invalid_format':
      // Language codes are checked with a pattern, which zod reports only as `regex`.
      if (problem.field === 'languages') return tres('csv.problem.invalid_format.languages');
      return tres(formatKey[problem.params.format] ?? 'csv.problem.invalid_format');
    default:
      return tres(`csv.problem.${problem.code}`);
  }
}

/** One refused line; a problem without a code this page knows is shown in the server's (English) words. */
function refusedLine(problem: ImportRefusal['lines'][number]): string {
  const message = 'code' in problem ? problemText(problem) : problem.message;
  return problem.field === 'csv'
    ? tres('csv.lineOnly', { line: problem.line, message })
    : tres('csv.line', { line: problem.line, field: problem.field, message });
}

/**
 * The directory's spreadsheet part: the CSV download link, the import form, and the wording of a
 * refused import, line by line, from the codes the server sends (so it follows the interface's
 * language). Renders into the page's tree (light DOM), in the page's styles.
 *
 * @fires al-resources-imported - `WaitUntil`, after an import; the button stays busy until the page has shown the list again
 */
@customElement('al-resource-csv')
export class AlResourceCsv extends PartElement {
  @state() private importing = false;
  @state() private done = '';
  @state() private error = '';
  @state() private refused: ImportRefusal | undefined;

  override render() {
    return html`<p>${tres('csv.lead')}</p>
      <p><a class="button-link" href=${resourcesApi.csvHref} download="resources.csv">${tres('csv.download')}</a></p>
      <form class="csv" novalidate @submit=${this.importCsv}>
        <div class="date">
          <label for="csv-file">${tres('csv.file')}</label>
          <input id="csv-file" name="file" type="file" accept=".csv,text/csv" />
        </div>
        <div class="actions">
          <al-button type="submit" ?busy=${this.importing}>${tres('csv.import')}</al-button>
        </div>
      </form>
      <div role="status">
        ${this.done ? html`<al-notice tone="success"><p>${this.done}</p></al-notice>` : nothing}
      </div>
      <div role="alert">
        ${this.error ? html`<al-notice tone="error"><p>${this.error}</p></al-notice>` : nothing}
        ${
          this.refused
            ? html`<al-notice tone="error">
                <p>${tres('csv.refused')}</p>
                <ul class="problems">
                  ${this.refused.lines.map((l) => html`<li>${refusedLine(l)}</li>`)}
                </ul>
              </al-notice>`
            : nothing
        }
      </div>`;
  }

  private async importCsv(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.importing) return;
    const input = this.querySelector<HTMLInputElement>('#csv-file');
    const file = input?.files?.[0];
    this.done = '';
    this.error = '';
    this.refused = undefined;
    if (!file) {
      this.error = tres('csv.chooseFile');
      input?.focus();
      return;
    }
    this.importing = true;
    try {
      const outcome = await resourcesApi.importCsv(await file.text());
      if (outcome.ok) {
        this.done = tres('csv.done', outcome.result);
        if (input) input.value = '';
        await fireAndWait(this, 'al-resources-imported', {});
      } else {
        this.refused = outcome.errors;
      }
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.importing = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-resource-csv': AlResourceCsv;
  }
  interface HTMLElementEventMap {
    'al-resources-imported': CustomEvent<WaitUntil>;
  }
}
