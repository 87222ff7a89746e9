import { type LanguageTerm, variant } from './language-term.js';

/**
 * Spanish built-in terms. Accents are optional when matching (the matcher folds them); every
 * gender and number is listed, and the alternatives are gender-neutral ("persona con…").
 */
const choiceWhy = '¿Es decisión de la persona?';
const tus = 'un trastorno por consumo de sustancias';
const tua = 'un trastorno por consumo de alcohol';

export const termsEs: readonly LanguageTerm[] = [
  {
    key: 'es.ex-adicto',
    language: 'es',
    kind: 'person-first',
    label: 'ex adicto',
    variants: [
      variant(['ex adicto', 'ex adicta', 'ex-adicto', 'ex-adicta', 'exadicto', 'exadicta'], 'persona en recuperación'),
      variant(
        ['ex adictos', 'ex adictas', 'ex-adictos', 'ex-adictas', 'exadictos', 'exadictas'],
        'personas en recuperación',
      ),
    ],
    why: 'Describe a la persona por su recuperación, no por una etiqueta del pasado.',
  },
  {
    key: 'es.adicto',
    language: 'es',
    kind: 'person-first',
    label: 'adicto',
    variants: [
      variant(['adicto', 'adicta', 'drogadicto', 'drogadicta', 'toxicómano', 'toxicómana'], `persona con ${tus}`),
      variant(
        ['adictos', 'adictas', 'drogadictos', 'drogadictas', 'toxicómanos', 'toxicómanas'],
        `personas con ${tus}`,
      ),
    ],
    why: 'Primero la persona: se describe una condición, no quién es alguien.',
  },
  {
    key: 'es.yonqui',
    language: 'es',
    kind: 'person-first',
    label: 'yonqui',
    variants: [
      variant(['yonqui', 'yonki', 'drogata'], `persona con ${tus}`),
      variant(['yonquis', 'yonkis', 'drogatas'], `personas con ${tus}`),
    ],
    why: 'Es un insulto: primero la persona, luego la condición.',
  },
  {
    key: 'es.alcoholico',
    language: 'es',
    kind: 'person-first',
    label: 'alcohólico',
    variants: [
      variant(['alcohólico', 'alcohólica'], `persona con ${tua}`),
      variant(['alcohólicos', 'alcohólicas'], `personas con ${tua}`),
    ],
    why: 'Primero la persona: se describe una condición, no quién es alguien.',
  },
  {
    key: 'es.prueba-limpia',
    language: 'es',
    kind: 'person-first',
    label: 'limpio (prueba)',
    variants: [
      variant(['prueba limpia', 'muestra limpia'], 'prueba negativa'),
      variant(['pruebas limpias', 'muestras limpias'], 'pruebas negativas'),
      variant(['análisis limpio', 'examen limpio', 'antidoping limpio'], 'resultado negativo'),
      variant(['dio limpio', 'dio limpia', 'salió limpio', 'salió limpia'], 'dio negativo'),
    ],
    why: 'Una prueba es negativa o positiva; «limpio» sugiere que la persona estaba sucia.',
  },
  {
    key: 'es.prueba-sucia',
    language: 'es',
    kind: 'person-first',
    label: 'sucio (prueba)',
    variants: [
      variant(['prueba sucia', 'muestra sucia'], 'prueba positiva'),
      variant(['pruebas sucias', 'muestras sucias'], 'pruebas positivas'),
      variant(['análisis sucio', 'examen sucio', 'antidoping sucio'], 'resultado positivo'),
      variant(['dio sucio', 'dio sucia', 'salió sucio', 'salió sucia'], 'dio positivo'),
    ],
    why: 'Una prueba es negativa o positiva; «sucio» avergüenza a la persona.',
  },
  {
    key: 'es.limpio',
    language: 'es',
    kind: 'person-first',
    label: 'limpio (persona)',
    variants: [
      variant(['limpio', 'limpia'], 'en recuperación', 'sin consumir'),
      variant(['limpios', 'limpias'], 'en recuperación', 'sin consumir'),
    ],
    why: 'Llamar «limpia» a una persona sugiere que consumir la ensució.',
  },
  {
    key: 'es.abuso-de-sustancias',
    language: 'es',
    kind: 'person-first',
    label: 'abuso de sustancias',
    variants: [
      variant(['abuso de sustancias', 'abuso de drogas'], 'consumo de sustancias'),
      variant(['abuso de alcohol'], 'consumo de alcohol'),
      variant(['abusador de sustancias', 'abusadora de sustancias'], `persona con ${tus}`),
    ],
    why: '«Abuso» suena a querer hacer daño; «consumo» describe lo que pasa.',
  },
  {
    key: 'es.incumplidor',
    language: 'es',
    kind: 'person-first',
    label: 'incumplidor',
    variants: [
      variant(
        ['no cumplidor', 'no cumplidora', 'incumplidor', 'incumplidora', 'incumplimiento'],
        'decidió no hacerlo',
        'todavía no',
      ),
      variant(['no cumplidores', 'no cumplidoras', 'incumplidores', 'incumplidoras'], 'decidieron no hacerlo'),
    ],
    why: 'La persona decide: di lo que eligió, o que todavía no ha pasado.',
  },
  {
    key: 'es.recaida',
    language: 'es',
    kind: 'person-first',
    label: 'recaída',
    variants: [
      variant(['recaída'], 'regreso al consumo'),
      variant(['recaídas'], 'regresos al consumo'),
      variant(['recaer'], 'volver a consumir'),
      variant(['recayó'], 'volvió a consumir'),
      variant(['recae'], 'vuelve a consumir'),
      variant(['recaiga'], 'vuelva a consumir'),
    ],
    why: '«Regreso al consumo» es parte de muchas recuperaciones, no un fracaso.',
  },
  {
    key: 'es.tiene-que',
    language: 'es',
    kind: 'choice',
    label: 'tiene que',
    variants: [variant(['tiene que', 'tienen que', 'tienes que', 'tendrá que', 'tenía que', 'hay que'])],
    why: choiceWhy,
  },
  {
    key: 'es.debe',
    language: 'es',
    kind: 'choice',
    label: 'debe',
    variants: [variant(['debe', 'deben', 'debes', 'debería', 'deberían', 'deberías'])],
    why: choiceWhy,
  },
  {
    key: 'es.no-se-permite',
    language: 'es',
    kind: 'choice',
    label: 'no se permite',
    variants: [
      variant(['no se permite', 'no se le permite', 'no está permitido', 'no está permitida', 'no tiene permitido']),
    ],
    why: choiceWhy,
  },
];
