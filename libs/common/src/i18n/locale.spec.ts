import { translate } from './locale.js';

describe('translate', () => {
  it('never doubles a full stop after a name or a time that ends with one', () => {
    const text = { fr: 'Demande envoyée à {name}.', en: 'Request sent to {name}. It expires at {time}.' };
    expect(translate(text, 'fr', { name: 'Acme Inc.' })).toBe('Demande envoyée à Acme Inc.');
    expect(translate(text, 'en', { name: 'Acme Inc.', time: '10:00 a.m.' })).toBe(
      'Request sent to Acme Inc. It expires at 10:00 a.m.',
    );
    expect(translate(text, 'fr', { name: 'Acme' })).toBe('Demande envoyée à Acme.');
  });
});
