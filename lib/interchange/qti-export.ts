// QTI 3.0 content package: imsmanifest.xml, one qti-assessment-item per question and a
// qti-assessment-test listing them, zipped in memory with fflate. Element and attribute
// names follow the QTI 3.0 ASI binding (kebab-case, "qti-" prefix). Not validated against
// the official XSDs here (they are not shipped); the tests check well-formedness and structure.
import { zipSync, strToU8 } from 'fflate';
import { checkExportable, type InterchangeQuestion } from './schema';
import { escapeXml } from './text';

export const QTI_NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
export const QTI_CP_NS = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const ASI_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd';
const CP_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd';
// A fixed timestamp keeps the zip byte-for-byte reproducible for the same questions.
const ZIP_TIME = new Date('2020-01-01T00:00:00Z');

export interface QtiOptions {
  /** Shown as the test's title; defaults to "Gleaner quiz". */
  title?: string;
}

/** Inline text: newlines become <br/>, the only markup the prompt needs. */
const inline = (text: string): string => text.split('\n').map(escapeXml).join('<br/>');
const paragraphs = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${inline(p)}</p>`)
    .join('');

const itemId = (i: number): string => `item-${String(i + 1).padStart(3, '0')}`;
export const qtiItemPath = (i: number): string => `items/${itemId(i)}.xml`;

function responseProcessing(q: InterchangeQuestion): string {
  // Gleaner forgives case in typed answers, so the text entry compares case-insensitively;
  // other accepted answers each get a match of their own, any of which scores.
  const match = (value: string): string =>
    `<qti-string-match case-sensitive="false"><qti-variable identifier="RESPONSE"/>${value}</qti-string-match>`;
  const others = (q.accepted ?? []).map((a) => match(`<qti-base-value base-type="string">${escapeXml(a)}</qti-base-value>`));
  const test =
    q.type !== 'short_answer'
      ? '<qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match>'
      : others.length
        ? `<qti-or>${match('<qti-correct identifier="RESPONSE"/>')}${others.join('')}</qti-or>`
        : match('<qti-correct identifier="RESPONSE"/>');
  const set = (value: number): string =>
    `<qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">${value}</qti-base-value></qti-set-outcome-value>`;
  const feedback = q.explanation
    ? '<qti-set-outcome-value identifier="FEEDBACK"><qti-base-value base-type="identifier">EXPLANATION</qti-base-value></qti-set-outcome-value>'
    : '';
  return [
    '<qti-response-processing>',
    `<qti-response-condition><qti-response-if>${test}${set(1)}</qti-response-if><qti-response-else>${set(0)}</qti-response-else></qti-response-condition>`,
    feedback,
    '</qti-response-processing>',
  ].join('');
}

function interaction(q: InterchangeQuestion): { declaration: string; body: string } {
  if (q.type === 'short_answer') {
    return {
      declaration: `<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"><qti-correct-response><qti-value>${escapeXml(q.answer)}</qti-value></qti-correct-response></qti-response-declaration>`,
      body: `${paragraphs(q.prompt)}<p><qti-text-entry-interaction response-identifier="RESPONSE" expected-length="${Math.max(15, ...[q.answer, ...(q.accepted ?? [])].map((a) => a.length + 5))}"/></p>`,
    };
  }
  const choices = q.type === 'true_false' ? ['True', 'False'] : q.choices;
  const ids = choices.map((_, i) => `choice-${i + 1}`);
  const key = q.type === 'true_false' ? (q.answer === 'true' ? 0 : 1) : choices.indexOf(q.answer);
  const simple = choices.map((c, i) => `<qti-simple-choice identifier="${ids[i]}">${escapeXml(c)}</qti-simple-choice>`).join('');
  return {
    declaration: `<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>${ids[key]}</qti-value></qti-correct-response></qti-response-declaration>`,
    body: `<qti-choice-interaction response-identifier="RESPONSE" shuffle="${q.type === 'multiple_choice'}" max-choices="1" min-choices="1"><qti-prompt>${inline(q.prompt)}</qti-prompt>${simple}</qti-choice-interaction>`,
  };
}

/** One question as a qti-assessment-item document. */
export function qtiItemXml(q: InterchangeQuestion, index: number): string {
  const { declaration, body } = interaction(q);
  const title = q.title ?? `Question ${index + 1}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<qti-assessment-item xmlns="${QTI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NS} ${ASI_XSD}"`,
    `  identifier="${itemId(index)}" title="${escapeXml(title)}" adaptive="false" time-dependent="false">`,
    declaration,
    '<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>',
    '<qti-outcome-declaration identifier="MAXSCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>1</qti-value></qti-default-value></qti-outcome-declaration>',
    q.explanation ? '<qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="identifier"/>' : '',
    `<qti-item-body>${body}</qti-item-body>`,
    responseProcessing(q),
    q.explanation
      ? `<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="EXPLANATION" show-hide="show"><qti-content-body>${paragraphs(q.explanation)}</qti-content-body></qti-modal-feedback>`
      : '',
    '</qti-assessment-item>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** The qti-assessment-test that lists every item in order and sums their scores. */
export function qtiTestXml(count: number, title: string): string {
  const refs = Array.from({ length: count }, (_, i) => `<qti-assessment-item-ref identifier="${itemId(i)}" href="${qtiItemPath(i)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<qti-assessment-test xmlns="${QTI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NS} ${ASI_XSD}" identifier="test-1" title="${escapeXml(title)}">`,
    '<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>',
    '<qti-test-part identifier="part-1" navigation-mode="nonlinear" submission-mode="simultaneous">',
    `<qti-assessment-section identifier="section-1" title="${escapeXml(title)}" visible="true">`,
    ...refs,
    '</qti-assessment-section>',
    '</qti-test-part>',
    '<qti-outcome-processing><qti-set-outcome-value identifier="SCORE"><qti-sum><qti-test-variables variable-identifier="SCORE"/></qti-sum></qti-set-outcome-value></qti-outcome-processing>',
    '</qti-assessment-test>',
    '',
  ].join('\n');
}

/** imsmanifest.xml: the test resource depends on every item resource. */
export function qtiManifestXml(count: number): string {
  const indexes = Array.from({ length: count }, (_, i) => i);
  const deps = indexes.map((i) => `<dependency identifierref="res-${itemId(i)}"/>`).join('');
  const items = indexes.map(
    (i) => `<resource identifier="res-${itemId(i)}" type="imsqti_item_xmlv3p0" href="${qtiItemPath(i)}"><file href="${qtiItemPath(i)}"/></resource>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="${QTI_CP_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_CP_NS} ${CP_XSD}" identifier="gleaner-export">`,
    '<metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>',
    '<organizations/>',
    '<resources>',
    `<resource identifier="res-test-1" type="imsqti_test_xmlv3p0" href="assessment-test.xml"><file href="assessment-test.xml"/>${deps}</resource>`,
    ...items,
    '</resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** The questions as a QTI 3.0 package (zip bytes; give it a .zip name). */
export function exportQtiPackage(input: InterchangeQuestion[], options: QtiOptions = {}): Uint8Array {
  const questions = checkExportable(input);
  const title = options.title?.trim() || 'Gleaner quiz';
  const files: Record<string, Uint8Array> = {
    'imsmanifest.xml': strToU8(qtiManifestXml(questions.length)),
    'assessment-test.xml': strToU8(qtiTestXml(questions.length, title)),
  };
  questions.forEach((q, i) => {
    files[qtiItemPath(i)] = strToU8(qtiItemXml(q, i));
  });
  return zipSync(files, { level: 6, mtime: ZIP_TIME });
}
