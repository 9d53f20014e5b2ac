/*
 * Spanish names of the weekdays and months, with and without their accents (texts are often typed
 * without them). Shared by the language detector's evidence and the legal-deadline cues. Our list.
 */
export const SPANISH_WEEKDAY_NAMES: readonly string[] = [
  'lunes',
  'martes',
  'miércoles',
  'miercoles',
  'jueves',
  'viernes',
  'sábado',
  'sabado',
  'domingo',
];

export const SPANISH_MONTH_NAMES: readonly string[] = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
