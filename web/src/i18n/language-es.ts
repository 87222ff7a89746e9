import type { LanguageMessages } from './language-en.js';

/** Spanish words for respectful-language nudges (same keys as `language-en.ts`). */
export const languageEs: LanguageMessages = {
  'nudge.region': 'Sugerencias de lenguaje',
  'nudge.replacePrefix': ({ words }) => `Cambiar «${words}» por `,
  'nudge.keep': 'Mantener mis palabras',
  'nudge.keepSuffix': ({ words }) => ` («${words}»)`,
  'nudge.announce': ({ count }) =>
    count === 1 ? 'Una sugerencia de lenguaje debajo del campo.' : `${count} sugerencias de lenguaje debajo del campo.`,
  'nudge.replaced': ({ alternative }) => `Cambiado por «${alternative}».`,
  'admin.title': 'Lenguaje respetuoso',
  'admin.lead':
    'El personal ve una sugerencia amable cuando sus palabras sobre una persona pueden estigmatizar o controlar. Añade palabras que usa tu comunidad o desactiva las incluidas. Las palabras de las personas participantes nunca se corrigen.',
  'admin.builtIn': 'Palabras incluidas',
  'admin.custom': 'Palabras de tu organización',
  'admin.none': 'Todavía ninguna.',
  'admin.add': 'Añadir una palabra',
  'admin.label': 'Palabra o frase',
  'admin.variants': 'Otras formas (una por línea)',
  'admin.variantsHint': 'Plurales, otras grafías, el otro género.',
  'admin.alternative': 'Alternativa',
  'admin.alternativeHint': 'Déjala vacía para preguntar «¿es decisión de la persona?».',
  'admin.why': 'Por qué (una línea)',
  'admin.language': 'Idioma',
  'admin.save': 'Añadir la palabra',
  'admin.edit': 'Cambiar',
  'admin.editing': ({ label }) => `Cambiar «${label}»`,
  'admin.quoted': ({ label }) => `«${label}»`,
  'admin.saveChange': 'Guardar el cambio',
  'admin.cancel': 'Cancelar',
  'admin.changed': ({ label }) => `«${label}» cambiada.`,
  'admin.remove': 'Quitar',
  'admin.added': ({ label }) => `«${label}» añadida.`,
  'admin.removed': ({ label }) => `«${label}» quitada.`,
  'admin.switched': ({ label, on }) => (on ? `«${label}» activada.` : `«${label}» desactivada.`),
  'language.en': 'Inglés',
  'language.es': 'Español',
};
