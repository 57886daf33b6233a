// What `npm start` shows in its quiet default: the start-up summary, and warnings and errors as
// plain lines (pino's JSON lines otherwise stay out of the way).

const WARN = 40;
const READY = /^Passerelle (API|worker) ready/;

/** The address people open: PUBLIC_URL, else the local port (the same rule as the API's config). */
export function publicUrl(env) {
  return (env.PUBLIC_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/$/, '');
}

/**
 * One line of a child's standard output: the text to show (warnings and errors, and anything
 * that is not a log line, such as a crash), and whether it says the process is ready.
 */
export function quietLine(name, line) {
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return { text: line, ready: false };
  }
  if (typeof entry !== 'object' || entry === null || typeof entry.level !== 'number')
    return { text: line, ready: false };
  const message = typeof entry.msg === 'string' ? entry.msg : '';
  const ready = READY.test(message);
  if (entry.level < WARN) return { text: null, ready };
  const kind = entry.level >= 50 ? 'error' : 'warning';
  const detail = entry.err?.message && !message.includes(entry.err.message) ? ` (${entry.err.message})` : '';
  return { text: `[${name}] ${kind}: ${message}${detail}`, ready };
}

/** Printed once, when the API and the worker are both ready. */
export function startupSummary(env) {
  const base = publicUrl(env);
  const demo = env.NODE_ENV !== 'production' && env.SEED_DEMO !== 'false';
  return [
    '',
    'Passerelle is running (API and worker).',
    `  Web app:  ${base}/`,
    `  GraphQL:  ${base}/graphql`,
    ...(demo
      ? [
          '  Demo sign-in: admin@quebec.demo (company admin) or personnel@bioquebec.demo (staff);',
          '                the demo password is in README.md, "Demo sign-ins".',
        ]
      : []),
    'Only warnings and errors are shown from now on; LOG_LEVEL=debug shows every log line (JSON).',
    'Ctrl-C stops both.',
    '',
  ].join('\n');
}
