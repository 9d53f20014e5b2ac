import { describe, expect, it } from 'vitest';
import { parseMessage } from './message';
import { findPhoneNumbers, normalizePhoneNumber, phoneNumbersOf } from './phone';
import { forgetRecentMessages } from './recent-cache';

describe('normalizePhoneNumber', () => {
  const same = ['(512) 555-0147', '512-555-0147', '512.555.0147', '+1 512 555 0147', '1-512-555-0147', '5125550147'];
  for (const input of same) {
    it(`${input} -> +15125550147`, () => {
      expect(normalizePhoneNumber(input)).toBe('+15125550147');
    });
  }

  it.each([
    ['+15125550147', '+15125550147'],
    ['  1 (512) 555-0147  ', '+15125550147'],
    ['512 555 0147 ext. 3', '+15125550147'],
    ['512-555-0147 x12', '+15125550147'],
    ['512\u2013555\u20130147', '+15125550147'],
    ['+44 20 7946 0958', '+442079460958'],
    ['+52 55 1234 5678', '+525512345678'],
    ['011 44 20 7946 0958', '+442079460958'],
    ['+1 (416) 555-0123', '+14165550123'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizePhoneNumber(input)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['555-0147', 'seven digits, no area code'],
    ['911', 'a service code'],
    ['(012) 555-0147', 'area code starting with 0'],
    ['(112) 555-0147', 'area code starting with 1'],
    ['(411) 555-0147', 'N11 area code'],
    ['(512) 155-0147', 'exchange starting with 1'],
    ['(512) 911-0147', 'N11 exchange'],
    ['(592) 555-0147', 'area code with 9 in the middle (reserved)'],
    ['2-512-555-0147', 'country code 2 without +'],
    ['+1 512 555 014', 'too short for +1'],
    ['+44 1234', 'too short for E.164'],
    ['+44 1234 5678 9012 3456', 'too long for E.164'],
    ['1-800-FLOWERS', 'letters'],
    ['512+555+0147', '+ in the middle'],
    ['3/14/2025', 'a date'],
  ])('%s is not a phone number (%s)', (input) => {
    expect(normalizePhoneNumber(input)).toBeNull();
  });
});

function found(text: string): string[] {
  return findPhoneNumbers(text).map((phone) => `${text.slice(phone.start, phone.end)}=${phone.e164}`);
}

describe('findPhoneNumbers', () => {
  it.each([
    ['Call us at (512) 555-0147 or 737.555.0199.', ['(512) 555-0147=+15125550147', '737.555.0199=+17375550199']],
    ['Questions? +1 512 555 0147', ['+1 512 555 0147=+15125550147']],
    ['Our London office: +44 20 7946 0958.', ['+44 20 7946 0958=+442079460958']],
    ['Text 1-512-555-0147 anytime', ['1-512-555-0147=+15125550147']],
    ['Call 5125550147 today', ['5125550147=+15125550147']],
    ['(512)555-0147, ask for Dana', ['(512)555-0147=+15125550147']],
    ['Call 512-555-0147 2 times if needed', ['512-555-0147=+15125550147']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['a date', 'Your hearing moved to 3/14/2025 at 9am.'],
    ['an ISO date', 'Filed 2025-03-14.'],
    ['a time range', 'Office hours 9:30-5:30.'],
    ['a case number', 'Case No. 2024-CV-01234 is set for trial.'],
    ['a phone-shaped case number', 'Case No. 512-555-0147 is set for trial.'],
    ['a phone-shaped claim number', 'Your claim #5125550147 was received.'],
    ['an account number', 'account number 5125550147'],
    ['a ZIP+4 code', 'Mail it to Austin, TX 78701-1234.'],
    ['a ZIP code', 'Austin, TX 78701'],
    ['money', 'Your settlement is $5125550147 gross, really.'],
    ['money with cents', 'Balance: $1,512.55'],
    ['an SSN', 'SSN 123-45-6789'],
    ['a card number', 'Card 4111 1111 1111 1111'],
    ['a bare card number', 'Card 4111111111111111'],
    ['part of a longer code', 'Ref 2024-512-555-0147-22'],
    ['a percentage', '5125550147% is not a number anyone writes'],
    ['glued to letters', 'ID ABC5125550147'],
  ])('does not find %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('is linear on long inputs of digits and separators', async () => {
    // Work counted, not timed: ten times the text must cost about ten times the searching (quadratic is 100x).
    const { workGrowth } = await import('./testing/work-counter');
    const units = [
      '1-',
      '+2',
      '5',
      '+2 2',
      '1.',
      '(512) 555-0147 ',
      '512-555-0147-',
      '0844 861 85 85 ',
      'Case No. 5125550147 ',
    ];
    for (const unit of units) {
      const growth = workGrowth((size) => unit.repeat(Math.ceil(size / unit.length)), findPhoneNumbers);
      expect(growth, unit).toBeLessThan(15);
    }
  });
});

describe('phoneNumbersOf', () => {
  it('finds the numbers of the message text once per message until the lint ends', () => {
    const first = parseMessage('Call (512) 555-0147 or +44 20 7946 0958, not case no. 5125550148.');
    const second = parseMessage('Call 415.555.0134.');
    const numbers = phoneNumbersOf(first);
    expect(numbers).toEqual(findPhoneNumbers(first.text));
    expect(numbers.map((found) => found.e164)).toEqual(['+15125550147', '+442079460958']);
    expect(phoneNumbersOf(second).map((found) => found.e164)).toEqual(['+14155550134']);
    expect(phoneNumbersOf(first)).toBe(numbers);
    forgetRecentMessages();
    expect(phoneNumbersOf(first)).not.toBe(numbers);
    expect(phoneNumbersOf(first)).toEqual(numbers);
  });
});
