/**
 * happy-dom has no ElementInternals, which `al-button`, `al-field`, `al-select` and `al-textarea`
 * use to take part in their form (submitting it, and sending their value in its FormData). This
 * fills in exactly that much of the browser, so the elements run here as they do in Chromium:
 * `attachInternals()` gives the form the element sits in and keeps the value it sets, and
 * `new FormData(form)` adds each such element's value under its name after the native controls,
 * and `form.reset()` calls each one's `formResetCallback`. Nothing else of the browser is stood in for.
 */
const formValues = new WeakMap<HTMLElement, string>();

class FormInternals {
  constructor(private readonly host: HTMLElement) {}

  get form(): HTMLFormElement | null {
    return this.host.closest('form');
  }

  setFormValue(value: string | null): void {
    if (value === null) formValues.delete(this.host);
    else formValues.set(this.host, value);
  }
}

Object.defineProperty(HTMLElement.prototype, 'attachInternals', {
  configurable: true,
  value(this: HTMLElement) {
    return new FormInternals(this);
  },
});

const NativeFormData = globalThis.FormData;
class FormDataWithCustomControls extends NativeFormData {
  constructor(form?: HTMLFormElement, submitter?: HTMLElement | null) {
    super(form, submitter);
    if (!form) return;
    for (const element of form.querySelectorAll<HTMLElement>('*')) {
      const value = formValues.get(element);
      const name = element.getAttribute('name');
      if (value !== undefined && name) this.append(name, value);
    }
  }
}
globalThis.FormData = FormDataWithCustomControls;

const nativeReset = HTMLFormElement.prototype.reset;
HTMLFormElement.prototype.reset = function reset(this: HTMLFormElement) {
  nativeReset.call(this);
  for (const element of this.querySelectorAll<HTMLElement & { formResetCallback?: () => void }>('*')) {
    if (formValues.has(element)) element.formResetCallback?.();
  }
};
