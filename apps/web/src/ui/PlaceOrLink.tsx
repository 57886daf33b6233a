import { Fragment } from 'react';
import { webAddress } from './web-address';

/**
 * A meeting's place as people typed it ("Salle 3", "https://meet.example/abc"): the web addresses
 * in it are links opening in a new tab, with no access back to this page and no referrer.
 */
export function PlaceOrLink({ text }: { text: string }) {
  return (
    <>
      {text.split(/(\s+)/).map((word, i) => {
        const href = webAddress(word);
        return href ? (
          <a key={i} href={href} target="_blank" rel="noopener noreferrer">
            {word}
          </a>
        ) : (
          <Fragment key={i}>{word}</Fragment>
        );
      })}
    </>
  );
}
