import { webAddress } from './web-address';

describe('webAddress: what in a meeting place becomes a link', () => {
  it('takes http and https addresses', () => {
    expect(webAddress('https://meet.example/abc-def?pwd=1')).toBe('https://meet.example/abc-def?pwd=1');
    expect(webAddress('HTTP://zoom.example/j/123')).toBe('http://zoom.example/j/123');
  });

  it('leaves every other scheme, and plain words, as text', () => {
    for (const word of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'ftp://x.example',
      'Salle',
      'meet.example/abc',
      'https://',
    ]) {
      expect(webAddress(word)).toBeNull();
    }
  });
});
