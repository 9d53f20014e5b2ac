import { describe, expect, it } from 'vitest';
import { lint } from './engine';
import { parseMessage } from './message';
import { filledTemplate, findPlaceholders } from './placeholders';

describe('merge fields', () => {
  it.each([
    ['Hi {{client.first_name}}, see you {{event.date}}', ['{{client.first_name}}', '{{event.date}}']],
    // "\u0024{" is "${": a template-literal look-alike, written escaped for the linter.
    ['Hi \u0024{client.name} and {FirstName}', ['\u0024{client.name}', '{FirstName}']],
    [
      'Dear [Client Name], case <<Matter.Number>> for %FIRSTNAME%',
      ['[Client Name]', '<<Matter.Number>>', '%FIRSTNAME%'],
    ],
    ['Hi *|FNAME|*, your hearing is on *|MERGE2|* (*|ARCHIVE:DATE|*)', ['*|FNAME|*', '*|MERGE2|*', '*|ARCHIVE:DATE|*']],
    [
      'Hi {!Contact.FirstName}, see {!Matter__c.Next_Hearing__c}',
      ['{!Contact.FirstName}', '{!Matter__c.Next_Hearing__c}'],
    ],
    // Not merge fields: lower-case brackets, a percentage, a lone brace, emphasis stars, a bare "{!".
    ['He wrote [sic] and 50% of {', []],
    ['*very* important | call *|* now {! wait}', []],
  ])('%j holds %j', (text, expected) => {
    expect(findPlaceholders(text).map((field) => field.text)).toEqual(expected);
  });

  it('are never links, words or decoration', () => {
    const text =
      'Hi {{client.first_name}}, your appointment is on {{event.date}}. Case <<Matter.Number>>, [Client Name], %FIRSTNAME%.';
    const message = parseMessage(text);
    expect(message.links).toEqual([]);
    expect(message.words.map((word) => word.text)).not.toContain('FIRSTNAME');
    const report = lint(text, { firmDomains: ['hartwelldiaz.com'] });
    const rules = report.findings.map((finding) => finding.ruleId);
    for (const rule of ['link-domain-not-firm', 'all-caps', 'repeated-punctuation', 'grammar'])
      expect(rules).not.toContain(rule);
  });

  it.each([
    'Hartwell & Diaz: Hi *|FNAME|*, your hearing is on *|HEARING_DATE|*. Reply STOP to opt out.',
    'Hartwell & Diaz: Hi {!Contact.FirstName}, your hearing is on {!Matter__c.Next_Hearing__c}. Reply STOP to opt out.',
  ])('of mailing and CRM platforms get no finding: %s', (text) => {
    const report = lint(text, { firmName: 'Hartwell & Diaz', firmDomains: ['hartwelldiaz.com'] });
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.start}`)).toEqual([]);
  });

  it('keep a link whose path holds one', () => {
    const text = 'Pay at https://hartwelldiaz.com/pay/{{invoice.id}} today';
    const [link] = parseMessage(text).links;
    expect(link?.raw).toBe('https://hartwelldiaz.com/pay/{{invoice.id}}');
    expect(link?.host).toBe('hartwelldiaz.com');
  });

  it('count at the firm estimate in the report and the length rule', () => {
    const text = `Hi {{a}} {{b}} {{c}} {{d}}, ${'x'.repeat(110)}`;
    expect(filledTemplate(text, findPlaceholders(text), 12).length).toBe(text.length - 4 * 5 + 4 * 12);
    const report = lint(text);
    expect(report.segments).toBe(1);
    expect(report.segmentsFilled).toBe(2);
    expect(report.findings.find((finding) => finding.ruleId === 'message-length')?.messageId).toBe('templateGrows');
    expect(lint(text, { placeholderLength: 4 }).findings.some((finding) => finding.messageId === 'templateGrows')).toBe(
      false,
    );
  });

  it('stand for the terms link when the firm names its terms field', () => {
    const text = 'Hartwell & Diaz: Hi. Reply STOP to opt out. Terms: {{firm.terms_url}}';
    const settings = { firmName: 'Hartwell & Diaz', termsUrl: 'https://hartwelldiaz.com/sms-terms' };
    const terms = (extra: object) =>
      lint(text, { ...settings, ...extra }, { firstMessage: true }).findings.filter(
        (finding) => finding.ruleId === 'terms-link',
      );
    expect(terms({})).toHaveLength(1);
    expect(terms({ termsPlaceholder: '{{firm.terms_url}}' })).toEqual([]);
  });
});
