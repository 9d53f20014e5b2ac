import { runRuleTests } from '../testing/rule-tester';
import rule from './promotional-content';

function at(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in "${text}"`);
  return { start, end: start + phrase.length };
}

function promotion(text: string, ...phrases: string[]) {
  return {
    text,
    findings: phrases.map((phrase) => ({ messageId: 'promotion', ...at(text, phrase), severity: 'warning' as const })),
  };
}

runRuleTests(rule, {
  valid: [
    'Hartwell & Diaz: your deposition is Monday at 10am. Reply STOP to opt out.',
    'Please call our office to reschedule your consultation.',
    // Opt-out and help keywords to a short code are compliance wording, not a sign-up.
    'Text STOP to 55123 to opt out, HELP to 55123 for help.',
    'The hearing takes 30 min; the filing fee is $50 per motion.',
    'Your settlement check is ready; we mailed it today.',
    { text: 'Ask about our free consultation for new matters.', settings: { allowedTerms: ['free consultation'] } },
    // Prices of a case are not prices of a call: a fee per motion, a payment per month, a rate per hour.
    'Your payment plan is $300 a month; our rate is $250 per hour.',
    'Send the signed forms to 78701 by Friday.',
    'Please send it to 55123 when you can.',
    // Spanish
    'Hartwell & Diaz: Envíe STOP al 55123 para cancelar, AYUDA al 55123 para ayuda.',
    'Hartwell & Diaz: Envíe los documentos al 78701 por correo; mande su pago al 78702.',
    'Hartwell & Diaz: Su acuerdo incluye un descuento de $500 en los honorarios.',
    'Hartwell & Diaz: La corte le concedió un 50% de descuento en la multa y la exención de tarifas.',
    'Hartwell & Diaz: El juez le dio una rebaja de pena. Su permiso de trabajo es por tiempo limitado.',
    'Hartwell & Diaz: La primera consulta es gratuita. Le responderemos por mensaje.',
    'Hartwell & Diaz: El arrendador le hizo una oferta en efectivo por la casa; no firme nada.',
    'Hartwell & Diaz: Su plan de pagos es de $300 por mes y la tarifa es $250 por hora.',
  ],
  invalid: [
    promotion('Hartwell & Diaz: 20% off wills this month!', '20% off'),
    promotion('Limited-time offer: order now and get a free gift.', 'Limited-time offer', 'order now', 'free gift'),
    {
      ...promotion('Use promo code WILL20 at checkout.', 'promo code'),
      suggestionOutputs: ['Use WILL20 at checkout.'],
    },
    promotion('New ringtones every week, just 99 cents per download.', 'ringtones'),
    {
      text: 'Text JOIN to 55123 for weekly legal tips.',
      findings: [
        { messageId: 'keywordSignUp', ...at('Text JOIN to 55123 for weekly legal tips.', 'Text JOIN to 55123') },
      ],
    },
    {
      text: 'Talk to a live psychic, just $1.99/min. Texts are 99 cents per msg.',
      findings: [
        {
          messageId: 'premiumRate',
          ...at('Talk to a live psychic, just $1.99/min. Texts are 99 cents per msg.', '$1.99/min'),
        },
        {
          messageId: 'premiumRate',
          ...at('Talk to a live psychic, just $1.99/min. Texts are 99 cents per msg.', '99 cents per msg'),
        },
      ],
    },
    {
      text: 'Txt the word WIN to 40404 or reply GO NOW to 55123.',
      findings: [
        {
          messageId: 'keywordSignUp',
          ...at('Txt the word WIN to 40404 or reply GO NOW to 55123.', 'Txt the word WIN to 40404'),
        },
        {
          messageId: 'keywordSignUp',
          ...at('Txt the word WIN to 40404 or reply GO NOW to 55123.', 'reply GO NOW to 55123'),
        },
      ],
    },
    // Spanish
    {
      name: 'Spanish keyword sign-ups to a short code',
      text: 'Mande la palabra GANAR al 40404 o responda SÍ al 55123.',
      findings: [
        { messageId: 'keywordSignUp', start: 0, end: 31 },
        { messageId: 'keywordSignUp', start: 34, end: 54 },
      ],
    },
    {
      text: 'Hartwell & Diaz: Tenemos una OFERTA ESPECIAL: 50% de descuento en su consulta',
      findings: [
        { messageId: 'promotion', start: 29, end: 44, severity: 'warning' },
        { messageId: 'promotion', start: 46, end: 77, severity: 'warning' },
      ],
    },
    {
      text: '¡Promoción por tiempo limitado! Use el código promocional ABOGADO20.',
      findings: [
        { messageId: 'promotion', start: 1, end: 30, severity: 'warning' },
        { messageId: 'promotion', start: 39, end: 57, severity: 'warning' },
      ],
    },
    {
      text: 'Compramos casas en efectivo. ¡No se lo pierda!',
      findings: [
        { messageId: 'promotion', start: 0, end: 15, severity: 'warning' },
        { messageId: 'promotion', start: 30, end: 45, severity: 'warning' },
      ],
    },
    {
      text: 'Obtenga un 20% de descuento en testamentos: suscríbase hoy.',
      findings: [
        { messageId: 'promotion', start: 0, end: 27, severity: 'warning' },
        { messageId: 'promotion', start: 44, end: 58, severity: 'warning' },
      ],
    },
    {
      text: 'Descuento exclusivo para nuevos clientes, hasta agotar existencias.',
      findings: [
        { messageId: 'promotion', start: 0, end: 19, severity: 'warning' },
        { messageId: 'promotion', start: 42, end: 66, severity: 'warning' },
      ],
    },
    {
      text: 'Línea de consejos legales: $1.99 por minuto, 50 centavos por mensaje.',
      findings: [
        { messageId: 'premiumRate', start: 27, end: 43 },
        { messageId: 'premiumRate', start: 45, end: 68 },
      ],
    },
  ],
});
