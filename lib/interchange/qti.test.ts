import { strFromU8, unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportQtiPackage, QTI_CP_NS, QTI_NS } from './qti-export';
import { nastyQuestions, SAMPLE_QUESTIONS } from './test-fixtures';

// The official XSDs are not shipped, so these tests check well-formedness and the structure
// a QTI 3.0 player relies on: namespaces, declarations, interactions, correct responses.
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (n) => ['qti-simple-choice', 'resource', 'dependency', 'qti-assessment-item-ref'].includes(n) });
type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function unpack(questions = SAMPLE_QUESTIONS): Record<string, string> {
  const files = unzipSync(exportQtiPackage(questions, { title: 'Rivers & <more>' }));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('QTI 3.0 package', () => {
  it('holds a manifest, a test and one well-formed item per question', () => {
    const files = unpack([...SAMPLE_QUESTIONS, ...nastyQuestions()]);
    const count = SAMPLE_QUESTIONS.length + nastyQuestions().length;
    expect(Object.keys(files)).toHaveLength(count + 2);
    for (const [name, xml] of Object.entries(files)) expect(XMLValidator.validate(xml), name).toBe(true);
  });

  it('has a manifest in the QTI content-packaging namespace that lists every file', () => {
    const files = unpack();
    const manifest = parser.parse(files['imsmanifest.xml']).manifest as Node;
    expect(manifest['@_xmlns']).toBe(QTI_CP_NS);
    const resources = manifest.resources.resource as Node[];
    expect(resources[0]).toMatchObject({ '@_type': 'imsqti_test_xmlv3p0', '@_href': 'assessment-test.xml' });
    const items = resources.slice(1);
    expect(items.map((r) => r['@_type'])).toEqual(SAMPLE_QUESTIONS.map(() => 'imsqti_item_xmlv3p0'));
    for (const r of items) expect(files[r['@_href']]).toBeDefined();
    expect((resources[0].dependency as Node[]).map((d) => d['@_identifierref'])).toEqual(items.map((r) => r['@_identifier']));
  });

  it('has an assessment test that references every item in order', () => {
    const files = unpack();
    const test = parser.parse(files['assessment-test.xml'])['qti-assessment-test'] as Node;
    expect(test['@_xmlns']).toBe(QTI_NS);
    expect(test['@_title']).toBe('Rivers & <more>');
    const refs = test['qti-test-part']['qti-assessment-section']['qti-assessment-item-ref'] as Node[];
    expect(refs.map((r) => r['@_href'])).toEqual(['items/item-001.xml', 'items/item-002.xml', 'items/item-003.xml', 'items/item-004.xml']);
  });

  it('declares the correct response of each choice item as the identifier of the right choice', () => {
    const files = unpack();
    const items = [1, 2, 3].map((n) => parser.parse(files[`items/item-00${n}.xml`])['qti-assessment-item'] as Node);
    for (const [i, item] of items.entries()) {
      const q = SAMPLE_QUESTIONS[i];
      expect(item['@_xmlns']).toBe(QTI_NS);
      const decl = item['qti-response-declaration'];
      expect(decl).toMatchObject({ '@_identifier': 'RESPONSE', '@_cardinality': 'single', '@_base-type': 'identifier' });
      const interaction = item['qti-item-body']['qti-choice-interaction'];
      expect(interaction['@_max-choices']).toBe('1');
      expect(interaction['qti-prompt']).toBe(q.prompt);
      const right = (interaction['qti-simple-choice'] as Node[]).find((c) => c['@_identifier'] === decl['qti-correct-response']['qti-value']);
      expect(right?.['#text']).toBe(q.type === 'true_false' ? (q.answer === 'true' ? 'True' : 'False') : q.answer);
    }
    expect(items[0]['qti-modal-feedback']['qti-content-body'].p).toBe('Paris lies on the Seine.');
    expect(items[1]['qti-modal-feedback']).toBeUndefined();
  });

  it('makes a short answer a string text-entry interaction with the answer as correct response', () => {
    const item = parser.parse(unpack()['items/item-004.xml'])['qti-assessment-item'] as Node;
    expect(item['qti-response-declaration']).toMatchObject({ '@_base-type': 'string', 'qti-correct-response': { 'qti-value': 'Shakespeare' } });
    expect(item['qti-item-body'].p[1]['qti-text-entry-interaction']['@_response-identifier']).toBe('RESPONSE');
    expect(item['qti-response-processing']['qti-response-condition']['qti-response-if']['qti-string-match']['@_case-sensitive']).toBe('false');
  });

  it('is reproducible byte for byte', () => {
    expect(exportQtiPackage(SAMPLE_QUESTIONS)).toEqual(exportQtiPackage(SAMPLE_QUESTIONS));
  });
});
