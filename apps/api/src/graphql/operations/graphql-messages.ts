/**
 * The French of the messages graphql-js writes when a document or its variables do not fit the
 * schema (parsing, validation, coercion of variables and scalars), and of Apollo's refusals of a
 * request's shape. Each rule reads one English message; `detail` translates the part after "; ",
 * itself such a message. Values, names and types are quoted as the caller wrote them.
 */
interface Rule {
  pattern: RegExp;
  fr: (groups: string[], detail: (text: string) => string) => string;
}

const RULES: Rule[] = [
  {
    pattern: /^Variable "\$([^"]+)" got invalid value ([\s\S]*?)(?: at "([^"]+)")?; ([\s\S]*)$/,
    fr: ([name, value, at, rest], detail) =>
      `La variable « $${name} »${at ? ` (à « ${at} »)` : ''} a une valeur invalide, ${value} : ${detail(rest!)}`,
  },
  {
    pattern: /^Variable "\$([^"]+)" of required type "([^"]+)" was not provided\.$/,
    fr: ([name, type]) => `La variable « $${name} » (type ${type}) est obligatoire.`,
  },
  {
    pattern: /^Variable "\$([^"]+)" of non-null type "([^"]+)" must not be null\.$/,
    fr: ([name, type]) => `La variable « $${name} » (type ${type}) ne peut pas être nulle.`,
  },
  {
    pattern: /^Variable "\$([^"]+)" of type "([^"]+)" used in position expecting type "([^"]+)"\.$/,
    fr: ([name, type, expected]) =>
      `La variable « $${name} » (type ${type}) est employée là où le type ${expected} est attendu.`,
  },
  {
    pattern: /^Variable "\$([^"]+)" is never used/,
    fr: ([name]) => `La variable « $${name} » n’est jamais employée.`,
  },
  {
    pattern: /^Variable "\$([^"]+)" is not defined/,
    fr: ([name]) => `La variable « $${name} » n’est pas déclarée.`,
  },
  {
    pattern: /^Expected value of type "([^"]+)", found ([\s\S]*?)(?:; ([\s\S]*)|\.)$/,
    fr: ([type, value, rest], detail) =>
      `La valeur ${value} ne convient pas au type ${type}${rest ? ` : ${detail(rest)}` : '.'}`,
  },
  {
    pattern: /^Expected type "([^"]+)"\. ([\s\S]*)$/,
    fr: ([type, rest], detail) => `une valeur de type ${type} est attendue : ${detail(rest!)}`,
  },
  {
    pattern: /^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\.$/,
    fr: ([field, argument, type]) =>
      `L’argument « ${argument} » de « ${field} » (type ${type}) est obligatoire.`,
  },
  {
    pattern: /^Field "([^"]+)" of required type "([^"]+)" was not provided\.$/,
    fr: ([field, type]) => `Le champ « ${field} » (type ${type}) est obligatoire.`,
  },
  {
    pattern: /^Field "([^"]+)" is not defined by type "([^"]+)"\./,
    fr: ([field, type]) => `Le champ « ${field} » n’existe pas dans le type ${type}.`,
  },
  {
    pattern: /^Cannot query field "([^"]+)" on type "([^"]+)"\./,
    fr: ([field, type]) => `Le champ « ${field} » n’existe pas dans le type ${type}.`,
  },
  {
    pattern: /^Unknown argument "([^"]+)" on field "([^"]+)"\./,
    fr: ([argument, field]) => `L’argument « ${argument} » n’existe pas pour « ${field} ».`,
  },
  {
    pattern: /^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields/,
    fr: ([field, type]) =>
      `Le champ « ${field} » (type ${type}) demande des sous-champs : « ${field} { … } ».`,
  },
  {
    pattern: /^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields\.$/,
    fr: ([field, type]) => `Le champ « ${field} » (type ${type}) n’a pas de sous-champs.`,
  },
  { pattern: /^Unknown type "([^"]+)"\./, fr: ([type]) => `Le type « ${type} » n’existe pas.` },
  { pattern: /^Unknown directive "([^"]+)"\.$/, fr: ([name]) => `La directive « ${name} » n’existe pas.` },
  { pattern: /^Unknown fragment "([^"]+)"\.$/, fr: ([name]) => `Le fragment « ${name} » n’existe pas.` },
  {
    pattern: /^Fragment "([^"]+)" is never used\.$/,
    fr: ([name]) => `Le fragment « ${name} » n’est jamais employé.`,
  },
  {
    pattern: /^Cannot spread fragment "([^"]+)" within itself/,
    fr: ([name]) => `Le fragment « ${name} » s’inclut lui-même.`,
  },
  {
    pattern: /^There can be only one [a-z ]+ named "([^"]+)"\.$/,
    fr: ([name]) => `« ${name} » est en double.`,
  },
  {
    pattern: /^This anonymous operation must be the only defined operation\.$/,
    fr: () => 'Une opération sans nom doit être la seule du document.',
  },
  {
    pattern: /^(?:Anonymous Subscription|Subscription "[^"]+") must select only one top level field\.$/,
    fr: () => 'Un abonnement ne demande qu’un seul champ de premier niveau.',
  },
  {
    pattern: /^Fields "([^"]+)" conflict because/,
    fr: ([name]) => `Les champs « ${name} » se contredisent (même nom, valeurs différentes).`,
  },
  {
    pattern: /^GraphQL introspection is not allowed/,
    fr: () => 'L’introspection du schéma n’est pas permise.',
  },
  {
    pattern: /^Syntax Error: ([\s\S]*)$/,
    fr: ([rest], detail) => `Erreur de syntaxe GraphQL : ${detail(rest!)}`,
  },
  { pattern: /^(?:Unexpected|Expected [^,]+, found) <EOF>\.$/, fr: () => 'la requête s’arrête trop tôt.' },
  { pattern: /^Unterminated string\.$/, fr: () => 'un texte n’est pas fermé.' },
  {
    pattern: /^Expected ([^,]+), found ([\s\S]+)\.$/,
    fr: ([expected, found]) => `${expected} attendu, ${found} trouvé.`,
  },
  { pattern: /^Unexpected ([\s\S]+)\.$/, fr: ([found]) => `${found} inattendu.` },
  {
    pattern: /^Int cannot represent non 32-bit signed integer value: ([\s\S]*)$/,
    fr: ([value]) => `un entier de -2147483648 à 2147483647 est attendu (reçu : ${value}).`,
  },
  {
    pattern: /^Int cannot represent non-integer value: ([\s\S]*)$/,
    fr: ([value]) => `un entier est attendu (reçu : ${value}).`,
  },
  {
    pattern: /^Float cannot represent non numeric value: ([\s\S]*)$/,
    fr: ([value]) => `un nombre est attendu (reçu : ${value}).`,
  },
  {
    pattern: /^String cannot represent a non string value: ([\s\S]*)$/,
    fr: ([value]) => `un texte est attendu (reçu : ${value}).`,
  },
  {
    pattern: /^Boolean cannot represent a non boolean value: ([\s\S]*)$/,
    fr: ([value]) => `true ou false est attendu (reçu : ${value}).`,
  },
  {
    pattern: /^ID cannot represent (?:a non-string and non-integer )?value: ([\s\S]*)$/,
    fr: ([value]) => `un identifiant est attendu (reçu : ${value}).`,
  },
  {
    // Coercing a variable adds graphql-js's suggestion, which the French leaves out.
    pattern: /^Value ([\s\S]+?) does not exist in "([^"]+)" enum\.(?: Did you mean [\s\S]*)?$/,
    fr: ([value, type]) => `${value} n’est pas une valeur de ${type}.`,
  },
  {
    pattern: /^Enum "([^"]+)" cannot represent non-(?:string|enum) value: ([\s\S]*?)\.?$/,
    fr: ([type, value]) => `une valeur de ${type} est attendue (reçu : ${value}).`,
  },
  {
    pattern: /^Expected non-nullable type "([^"]+)" not to be null\.$/,
    fr: ([type]) => `une valeur est obligatoire (type ${type}).`,
  },
  {
    pattern: /^Expected type "([^"]+)" to be an object\.$/,
    fr: ([type]) => `un objet est attendu (type ${type}).`,
  },
  {
    pattern: /^DateTime must be a date and time with its offset/,
    fr: () =>
      'une date et une heure avec leur décalage sont attendues, par ex. 2026-12-03T10:00:00-05:00 ou 2026-12-03T15:00:00Z.',
  },
  { pattern: /^Date must be a /, fr: () => 'une date AAAA-MM-JJ est attendue.' },
  {
    pattern: /^This operation has been blocked as a potential Cross-Site Request Forgery/,
    fr: () =>
      'Requête bloquée contre la falsification intersite (CSRF) : envoyez-la en Content-Type ' +
      'application/json, ou avec un en-tête « apollo-require-preflight » non vide.',
  },
  {
    pattern: /^POST body missing, invalid Content-Type, or JSON object has no keys\.$/,
    fr: () => 'Le corps de la requête doit être un objet JSON non vide, en Content-Type application/json.',
  },
  {
    pattern: /^GET requests only support query operations, not (\w+) operations$/,
    fr: ([kind]) =>
      `Une requête GET ne porte qu’une lecture (query), pas une opération ${kind} : utilisez POST.`,
  },
  { pattern: /^GET query missing\.$/, fr: () => 'Une requête GET doit porter le paramètre « query ».' },
  { pattern: /^GraphQL queries must be strings\.$/, fr: () => '« query » doit être un texte.' },
  {
    pattern: /^GraphQL operations must contain a non-empty `query`/,
    fr: () => 'Une opération doit avoir un texte « query » non vide.',
  },
  {
    pattern: /^`(variables|extensions)` in a POST body (?:should be provided as|must be) an object/,
    fr: ([name]) => `« ${name} » doit être un objet JSON.`,
  },
  {
    pattern: /^`operationName` in a POST body must be a string/,
    fr: () => '« operationName » doit être un texte.',
  },
  {
    pattern: /^No operations found in request\.$/,
    fr: () => 'La requête groupée ne contient aucune opération.',
  },
  {
    pattern: /^PersistedQueryNotSupported$/,
    fr: () => 'Les requêtes persistées (APQ) ne sont pas prises en charge : envoyez le texte de l’opération.',
  },
];

/** The French of a graphql-js message, or undefined when no rule reads it. */
export function frenchOfGraphqlMessage(message: string): string | undefined {
  for (const { pattern, fr } of RULES) {
    const match = pattern.exec(message);
    if (match) return fr(match.slice(1), (text) => frenchOfGraphqlMessage(text) ?? text);
  }
  return undefined;
}
