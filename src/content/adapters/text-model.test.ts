// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextModel, offsetAt, pointAt } from './text-model';

function editor(html: string): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('contenteditable', 'true');
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

describe('buildTextModel', () => {
  it('reads paragraphs, empty lines and line breaks like innerText', () => {
    expect(buildTextModel(editor('<p>Hi Maria,</p><p><br></p><p>Your hearing moved.</p>')).text).toBe(
      'Hi Maria,\n\nYour hearing moved.',
    );
    expect(buildTextModel(editor('<div>line one<br>line two</div><div>three</div>')).text).toBe(
      'line one\nline two\nthree',
    );
    // Chrome's placeholder <br> at the end of a block is not a line of its own.
    expect(buildTextModel(editor('<div>typed<br></div><div>next</div>')).text).toBe('typed\nnext');
  });

  it('reads non-breaking spaces as spaces, keeping offsets', () => {
    expect(buildTextModel(editor('URGENT\u00a0now')).text).toBe('URGENT now');
  });

  it('skips indentation between blocks of authored HTML', () => {
    expect(buildTextModel(editor('\n  <p>one</p>\n  <p>two <b>bold</b></p>\n')).text).toBe('one\ntwo bold');
  });
});

describe('offset mapping', () => {
  it('maps offsets to DOM points and back', () => {
    const root = editor('<p>Check <b>bit.ly/abc</b></p><p>URGENT now</p>');
    const model = buildTextModel(root);
    expect(model.text).toBe('Check bit.ly/abc\nURGENT now');
    const start = model.text.indexOf('URGENT');
    const point = pointAt(model, root, start, 'forward');
    expect(point.node.textContent).toBe('URGENT now');
    expect(point.offset).toBe(0);
    expect(offsetAt(model, point.node, point.offset)).toBe(start);
    const linkEnd = pointAt(model, root, model.text.indexOf('\n'), 'backward');
    expect(linkEnd.node.textContent).toBe('bit.ly/abc');
    expect(linkEnd.offset).toBe('bit.ly/abc'.length);
    // An element-based point maps to the first text after it.
    const secondParagraph = root.querySelectorAll('p')[1] as HTMLElement;
    expect(offsetAt(model, secondParagraph, 0)).toBe(start);
    expect(offsetAt(model, root, root.childNodes.length)).toBe(model.text.length);
  });
});

describe('buildTextModel edge cases', () => {
  it('reads list items, quotes and headings as lines', () => {
    expect(
      buildTextModel(editor('<h1>Notice</h1><ul><li>one</li><li>two</li></ul><blockquote>quoted</blockquote>')).text,
    ).toBe('Notice\none\ntwo\nquoted');
  });

  it('keeps runs of spaces and newlines where white-space does not collapse', () => {
    const root = editor('');
    root.append(document.createTextNode('a  b\nc'));
    expect(buildTextModel(root, false).text).toBe('a  b\nc');
  });

  it('reads an empty editor as empty, and an empty paragraph as an empty line', () => {
    expect(buildTextModel(editor('')).text).toBe('');
    expect(buildTextModel(editor('<p><br></p>')).text).toBe('\n');
    expect(buildTextModel(editor('<p>a<br></p>')).text).toBe('a');
  });

  it('maps every offset to a point and back to the same offset', () => {
    const root = editor('<p>Hi <i>Maria</i>,</p><p><br></p><p>URGENT <b>now</b>!</p>');
    const model = buildTextModel(root);
    expect(model.text).toBe('Hi Maria,\n\nURGENT now!');
    for (let offset = 0; offset <= model.text.length; offset++) {
      for (const bias of ['forward', 'backward'] as const) {
        const point = pointAt(model, root, offset, bias);
        const back = offsetAt(model, point.node, point.offset);
        // A block boundary has two DOM points; either maps to one side of its newline.
        expect(Math.abs(back - offset)).toBeLessThanOrEqual(
          model.text.charAt(offset - 1) === '\n' || model.text.charAt(offset) === '\n' ? 1 : 0,
        );
      }
    }
  });
});
