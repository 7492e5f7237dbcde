// Question and flashcard interchange: pure conversions between Gleaner's neutral DTOs and
// GIFT, Moodle XML, QTI 3.0, Anki and Quizlet, plus HTML-to-article reduction. No database.
export * from './schema';
export { normalizeBlock, normalizeLine, decodeUpload } from './text';
export { exportGift, escapeGift } from './gift-export';
export { importGift } from './gift-import';
export { exportMoodleXml, defaultQuestionName } from './moodle-xml-export';
export { importMoodleXml } from './moodle-xml-import';
export { exportQtiPackage, type QtiOptions } from './qti-export';
export { exportAnki, exportQuizlet, questionToCard, questionsToCards } from './flashcard-export';
export { htmlToArticleText, htmlFragmentToText, reduceHtmlArticle, HTML_MAX_BYTES, type ReducedArticle } from './html-to-text';
