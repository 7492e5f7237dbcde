// Generator 1.18.2 (issue #3): an article that is not English gets no questions, with a typed
// reason the app shows the teacher, instead of stems that splice English into French ("de
// several heures") or read "1 500" as two numbers; English with foreign names and a quoted
// foreign line stays English. Each test fails without the rule.
import { describe, expect, it } from 'vitest';
import { generate } from './index';
import { guessLanguage } from './language';
import { generatorResultSchema } from './schema';

const FRENCH = `Le conseil municipal de Lyon a voté mardi un budget de 1 500 millions d'euros pour l'année prochaine.
La maire, Claire Dubois, a déclaré que la ville allait construire deux nouvelles écoles et une piscine dans le quartier de la Croix-Rousse.
Les travaux doivent commencer au printemps et durer plusieurs mois. Selon l'opposition, le projet coûtera plus cher que prévu,
mais la majorité estime que les habitants attendent ces équipements depuis longtemps. Le vote a eu lieu après un débat de six heures.`;

const SPANISH = `El ayuntamiento de Sevilla aprobó el martes un plan para plantar 12 000 árboles en los barrios del sur de la ciudad antes de 2030.
La alcaldesa dijo que los nuevos árboles darán sombra en las calles durante el verano y que el proyecto costará unos cuatro millones de euros.
Los vecinos pidieron más parques desde hace años, pero la oposición cree que el dinero debería ir a la limpieza de las calles y al transporte público.`;

const GERMAN = `Die Stadt Freiburg hat am Dienstag beschlossen, bis 2030 insgesamt 40 neue Radwege zu bauen. Der Bürgermeister sagte, dass die Wege
vor allem in den Vororten entstehen sollen, wo es bisher nur wenige sichere Verbindungen gibt. Die Kosten liegen bei rund 18 Millionen Euro,
von denen das Land einen großen Teil übernimmt. Kritiker meinen aber, dass die Pläne zu spät kommen und nicht weit genug gehen.`;

const ENGLISH_WITH_NAMES = `Tomas Lindgren grows apples and pears on 38 hectares near Kivik, on the east coast of Skåne.
His neighbours, Ingrid and Per Håkansson, run the Äppelgården café beside the orchard, where visitors order "fika" and a slice of äppelkaka.
A sign above the door says "La vie est belle", a gift from a French cousin who stayed for a summer in 1998.
The farm sells most of its fruit to the supermarket chain ICA, which buys on a five-year contract, and the rest at the market in Simrishamn.`;

describe('articles that are not English', () => {
  it('draws no questions from French, Spanish or German, and says which language it looks like', () => {
    for (const [text, language, name] of [[FRENCH, 'fr', 'French'], [SPANISH, 'es', 'Spanish'], [GERMAN, 'de', 'German']] as const) {
      const r = generate(text, { count: 10 });
      expect(r.questions).toEqual([]);
      expect(r.flashcards).toEqual([]);
      expect(r.refused).toEqual({ code: 'not_english', language, message: `Gleaner draws questions from English text; this article looks like ${name}.` });
      expect(() => generatorResultSchema.parse(r)).not.toThrow();
    }
  });

  it('refuses text in another script without naming a language it cannot tell', () => {
    const russian = 'Городской совет Москвы во вторник утвердил план строительства двенадцати новых школ и трёх больниц в южных районах города. '.repeat(4);
    expect(generate(russian).refused).toMatchObject({ code: 'not_english', language: null, message: 'Gleaner draws questions from English text; this article looks like another language.' });
  });

  it('keeps English with foreign names, places and a quoted foreign line English', () => {
    expect(guessLanguage(ENGLISH_WITH_NAMES)).toEqual({ isEnglish: true });
    const r = generate(ENGLISH_WITH_NAMES, { count: 5 });
    expect(r.refused).toBeUndefined();
    expect(r.questions.length).toBeGreaterThan(0);
  });

  it('gives a short foreign line the benefit of the doubt (too few words to judge)', () => {
    expect(guessLanguage('Der Hund läuft schnell über die Straße in Berlin.')).toEqual({ isEnglish: true });
  });

  it('does not refuse English that is mostly names and figures', () => {
    const list = 'Results: Lindvale 6:12, Ostbury 6:15, Harrowgate 6:19, Kessel 6:22, Marlow 6:30, Brackley 6:31, Dunmore 6:40, Tarrow 6:41, Skeld 6:45, Ardmore 6:52, Tulloch 7:01, Innis Voe 7:05.';
    expect(guessLanguage(list)).toEqual({ isEnglish: true });
  });
});
