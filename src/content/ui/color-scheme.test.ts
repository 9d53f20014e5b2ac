// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { colorSchemeBehind, parseCssColor, relativeLuminance } from './color-scheme';

afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('colour scheme of the page', () => {
  it.each([
    ['rgb(22, 24, 29)', [22, 24, 29, 1]],
    ['rgba(255, 255, 255, 0.25)', [255, 255, 255, 0.25]],
    ['rgb(1 2 3 / 50%)', [1, 2, 3, 0.5]],
    ['transparent', undefined],
  ])('parses %s', (text, expected) => {
    expect(parseCssColor(text)).toEqual(expected);
  });

  it('measures luminance as WCAG does', () => {
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1);
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(relativeLuminance([119, 119, 119])).toBeCloseTo(0.184, 2);
  });

  it('takes the first opaque background behind the field', () => {
    document.body.style.backgroundColor = 'rgb(22, 24, 29)';
    document.body.innerHTML =
      '<div id="card" style="background-color: rgb(255, 255, 255)"><textarea></textarea></div><textarea id="loose"></textarea>';
    expect(colorSchemeBehind(document.querySelector('#card textarea'))).toBe('light');
    expect(colorSchemeBehind(document.querySelector('#loose'))).toBe('dark');
    // A faint tint does not decide: the dark page behind it does.
    document.body.innerHTML = '<div style="background-color: rgba(255, 255, 255, 0.1)"><textarea></textarea></div>';
    expect(colorSchemeBehind(document.querySelector('textarea'))).toBe('dark');
  });

  it('is light on a page that paints nothing and does not opt into dark', () => {
    document.body.innerHTML = '<textarea></textarea>';
    expect(colorSchemeBehind(document.querySelector('textarea'))).toBe('light');
  });
});
