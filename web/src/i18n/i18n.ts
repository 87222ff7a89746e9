import type { Language } from '@alongside/shared';
import { languages } from '@alongside/shared';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Messages } from './en.js';

/**
 * The i18n layer: every user-facing string is a key in the English catalogue (`en.ts`), which
 * also defines the type the Spanish one must satisfy, so a missing translation does not compile.
 * English ships with the first screen; Spanish is fetched the first time it is needed.
 */
export type MessageKey = keyof Messages;
type Params<K extends MessageKey> = Messages[K] extends (params: infer P) => string ? [params: P] : [];

const storageKey = 'alongside.language';
const loaders: Record<Language, () => Promise<Messages>> = {
  en: async () => en,
  es: async () => (await import('./es.js')).es,
};

let current: Language = 'en';
let catalogue: Messages = en;
/** True once the person picked a language on this device during this visit. */
let chosenThisVisit = false;
const events = new EventTarget();

export function t<K extends MessageKey>(key: K, ...params: Params<K>): string {
  const message = catalogue[key] as string | ((p: unknown) => string);
  return typeof message === 'function' ? message(params[0]) : message;
}

export function currentLanguage(): Language {
  return current;
}

export function languageChosenThisVisit(): boolean {
  return chosenThisVisit;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language to start in: the one remembered on this device, else the browser's preference. */
export function initialLanguage(): Language {
  const stored = readStored();
  if (stored) return stored;
  const preferred = navigator.languages?.find((l) => isLanguage(l.slice(0, 2)))?.slice(0, 2);
  return isLanguage(preferred) ? preferred : 'en';
}

/**
 * Switches the interface language, remembers it on this device and updates `<html lang>`.
 * `explicit` marks a choice the person made (as opposed to adopting their account's setting).
 */
export async function setLanguage(language: Language, options: { explicit?: boolean } = {}): Promise<void> {
  const next = await loaders[language]();
  current = language;
  catalogue = next;
  if (options.explicit) chosenThisVisit = true;
  document.documentElement.lang = language;
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing can refuse storage; the choice then lasts for this visit only.
  }
  events.dispatchEvent(new Event('change'));
}

export function onLanguageChange(listener: () => void): () => void {
  events.addEventListener('change', listener);
  return () => events.removeEventListener('change', listener);
}

function readStored(): Language | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/** Re-renders its host whenever the language changes; the subscription ends when the host leaves the page. */
export class LanguageController implements ReactiveController {
  private unsubscribe: (() => void) | undefined;
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected(): void {
    this.unsubscribe = onLanguageChange(() => this.host.requestUpdate());
  }
  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function format(options: Intl.DateTimeFormatOptions, value: string | Date): string {
  const key = `${current}:${JSON.stringify(options)}`;
  let formatter = dateTimeFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(current, options);
    dateTimeFormats.set(key, formatter);
  }
  return formatter.format(typeof value === 'string' ? new Date(value) : value);
}

export function formatDate(value: string | Date): string {
  return format({ dateStyle: 'medium' }, value);
}

export function formatDateTime(value: string | Date): string {
  return format({ dateStyle: 'medium', timeStyle: 'short' }, value);
}

export function formatTime(value: string | Date): string {
  return format({ timeStyle: 'short' }, value);
}

/** "a, b and c" in the interface language. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(current, { style: 'long', type: 'conjunction' }).format(items);
}

/** A calendar date (YYYY-MM-DD) in the person's language, read in their own time zone. */
export function formatCalendarDay(day: string): string {
  return formatDate(new Date(`${day}T12:00:00`));
}
