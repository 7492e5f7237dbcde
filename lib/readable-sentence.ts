// A source sentence as a reader sees it on the article page. Stored sentences keep the article's
// Markdown ("The **Aletsch Glacier** …"): their offsets point into the body, so they stay exact;
// only what is shown loses the marks — bold and italics, links, list bullets, HTML tags.
import { maskMarkup } from '@/lib/generator/markup';

export function readableSentence(sentence: string): string {
  // The generator's own masking (markup blanked with spaces), then the spaces closed up.
  return maskMarkup(sentence).replace(/\s+/g, ' ').replace(/ ([,.;:!?])/g, '$1').trim();
}
