// @vitest-environment happy-dom
/**
 * Underline boxes are redrawn in place: the boxes a frame keeps are the same elements, written only
 * where they changed, so a keystroke does not rebuild every underline of the field.
 */
import { describe, expect, it } from 'vitest';
import { drawMarks, MAX_HIDDEN_MARKS, type MarkBox, setAttributeIfChanged, setTextIfChanged } from './marks';

function box(left: number, ruleId = 'emoji', severity: MarkBox['severity'] = 'error'): MarkBox {
  return { left, top: 20, width: 30, height: 18, ruleId, severity };
}

function layer(): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  return element;
}

/** The boxes on screen (hidden ones are kept for later frames). */
function visible(element: HTMLElement): HTMLElement[] {
  return ([...element.children] as HTMLElement[]).filter((mark) => !mark.hidden);
}

function shown(element: HTMLElement) {
  return visible(element).map((mark) => ({
    className: mark.className,
    ruleId: mark.getAttribute('data-rule-id'),
    severity: mark.getAttribute('data-severity'),
    left: (mark as HTMLElement).style.left,
    top: (mark as HTMLElement).style.top,
    width: (mark as HTMLElement).style.width,
    height: (mark as HTMLElement).style.height,
  }));
}

/** Records the attribute and child-list changes made to `element`'s subtree. */
function recordChanges(element: HTMLElement): () => MutationRecord[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(element, { subtree: true, childList: true, attributes: true, characterData: true });
  return () => observer.takeRecords();
}

describe('drawMarks', () => {
  it('draws one box per mark, with its rule, severity and place', () => {
    const element = layer();
    drawMarks(element, [box(4), box(50.5, 'all-caps', 'warning')]);
    expect(shown(element)).toEqual([
      {
        className: 'mark',
        ruleId: 'emoji',
        severity: 'error',
        left: '4px',
        top: '20px',
        width: '30px',
        height: '18px',
      },
      {
        className: 'mark',
        ruleId: 'all-caps',
        severity: 'warning',
        left: '50.5px',
        top: '20px',
        width: '30px',
        height: '18px',
      },
    ]);
  });

  it('keeps the elements already there and writes nothing when nothing changed', () => {
    const element = layer();
    drawMarks(element, [box(4), box(50)]);
    const before = [...element.children];
    const changes = recordChanges(element);
    drawMarks(element, [box(4), box(50)]);
    expect([...element.children]).toEqual(before);
    expect(changes()).toEqual([]);
  });

  it('adds the boxes a keystroke added and writes only what changed in the others', () => {
    const element = layer();
    drawMarks(element, [box(4), box(50)]);
    const [first, second] = [...element.children];
    const changes = recordChanges(element);
    drawMarks(element, [box(4), box(60, 'all-caps', 'warning'), box(90)]);
    expect(element.children[0]).toBe(first);
    expect(element.children[1]).toBe(second);
    expect(shown(element).map((mark) => [mark.ruleId, mark.severity, mark.left])).toEqual([
      ['emoji', 'error', '4px'],
      ['all-caps', 'warning', '60px'],
      ['emoji', 'error', '90px'],
    ]);
    const records = changes();
    expect(records.filter((record) => record.target === first)).toEqual([]);
    expect(records.filter((record) => record.type === 'childList')).toHaveLength(1);
  });

  it('adds a box typed in the middle as one element and leaves every other box untouched', () => {
    const element = layer();
    drawMarks(element, [box(4), box(50), box(90)]);
    const before = [...element.children];
    const changes = recordChanges(element);
    drawMarks(element, [box(4), box(30, 'all-caps', 'warning'), box(50), box(90)]);
    expect(shown(element).map((mark) => mark.left)).toEqual(['4px', '50px', '90px', '30px']);
    expect([...element.children].slice(0, 3)).toEqual(before);
    const records = changes();
    expect(records.filter((record) => before.includes(record.target as Element))).toEqual([]);
    expect(records.filter((record) => record.type === 'childList')).toHaveLength(1);
  });

  it('keeps the boxes that moved among others (a finding before them came or went) untouched', () => {
    const element = layer();
    drawMarks(element, [box(4), box(50, 'all-caps', 'warning'), box(90, 'spelling', 'info')]);
    const [first, second, third] = [...element.children];
    const changes = recordChanges(element);
    drawMarks(element, [
      box(4),
      box(20, 'message-length', 'warning'),
      box(50, 'all-caps', 'warning'),
      box(90, 'spelling', 'info'),
      box(120),
    ]);
    expect([...element.children].slice(0, 3)).toEqual([first, second, third]);
    const records = changes();
    expect(records.filter((record) => [first, second, third].includes(record.target as Element))).toEqual([]);
    expect(
      shown(element)
        .map((mark) => [mark.ruleId, mark.left])
        .sort(),
    ).toEqual([
      ['all-caps', '50px'],
      ['emoji', '120px'],
      ['emoji', '4px'],
      ['message-length', '20px'],
      ['spelling', '90px'],
    ]);
  });

  it('hides a box gone from the middle without rewriting the boxes after it', () => {
    const element = layer();
    drawMarks(element, [box(4), box(30, 'all-caps', 'warning'), box(50), box(90)]);
    const [first, second, third, fourth] = [...element.children];
    const changes = recordChanges(element);
    drawMarks(element, [box(4), box(50), box(90)]);
    expect(visible(element)).toEqual([first, third, fourth]);
    expect(changes().filter((record) => record.target !== second)).toEqual([]);
    // A hidden box is no underline to anyone who looks for one.
    expect(element.querySelectorAll('[data-rule-id]')).toHaveLength(3);
  });

  it('hides the boxes that are gone, and all of them for none', () => {
    const element = layer();
    drawMarks(element, [box(4), box(50), box(90)]);
    const first = element.children[0];
    drawMarks(element, [box(4)]);
    expect(visible(element)).toEqual([first]);
    drawMarks(element, []);
    expect(visible(element)).toHaveLength(0);
    expect(element.querySelectorAll('[data-rule-id]')).toHaveLength(0);
  });

  it('shows a box that comes back with the element that showed it, changing nothing else', () => {
    const element = layer();
    const lines = [
      box(4, 'message-length', 'warning'),
      box(40, 'message-length', 'warning'),
      box(80, 'message-length', 'warning'),
    ];
    drawMarks(element, [box(200), ...lines]);
    const before = [...element.children];
    // The finding over three lines goes (a keystroke) and comes back (the next one).
    drawMarks(element, [box(200)]);
    const changes = recordChanges(element);
    drawMarks(element, [box(200), ...lines]);
    expect([...element.children]).toEqual(before);
    expect(shown(element).map((mark) => [mark.ruleId, mark.left])).toEqual([
      ['emoji', '200px'],
      ['message-length', '4px'],
      ['message-length', '40px'],
      ['message-length', '80px'],
    ]);
    const records = changes();
    expect(records.filter((record) => record.type === 'childList')).toEqual([]);
    expect(records.map((record) => record.attributeName).sort()).toEqual([
      'data-rule-id',
      'data-rule-id',
      'data-rule-id',
      'hidden',
      'hidden',
      'hidden',
    ]);
  });

  it('keeps at most MAX_HIDDEN_MARKS hidden boxes, and uses them for new boxes', () => {
    const element = layer();
    const many = Array.from({ length: MAX_HIDDEN_MARKS + 10 }, (_, index) => box(index * 40));
    drawMarks(element, many);
    drawMarks(element, []);
    expect(element.children).toHaveLength(MAX_HIDDEN_MARKS);
    drawMarks(element, [box(7, 'all-caps', 'warning')]);
    expect(element.children).toHaveLength(MAX_HIDDEN_MARKS);
    expect(shown(element).map((mark) => [mark.ruleId, mark.left])).toEqual([['all-caps', '7px']]);
  });
});

describe('writes only where the value changed', () => {
  it('setAttributeIfChanged leaves an equal attribute alone', () => {
    const element = layer();
    element.setAttribute('data-findings', '3');
    const changes = recordChanges(element);
    setAttributeIfChanged(element, 'data-findings', '3');
    expect(changes()).toEqual([]);
    setAttributeIfChanged(element, 'data-findings', '4');
    expect(element.getAttribute('data-findings')).toBe('4');
  });

  it('setTextIfChanged changes the one text node in place, and leaves equal text alone', () => {
    const element = layer();
    element.textContent = '3';
    const text = element.firstChild;
    setTextIfChanged(element, '4');
    expect(element.firstChild).toBe(text);
    expect(element.textContent).toBe('4');
    const changes = recordChanges(element);
    setTextIfChanged(element, '4');
    expect(changes()).toEqual([]);
  });

  it('setTextIfChanged sets the text of an element with no text node or several nodes', () => {
    const empty = layer();
    setTextIfChanged(empty, '!');
    expect(empty.textContent).toBe('!');
    const mixed = layer();
    mixed.append('a', document.createElement('b'));
    setTextIfChanged(mixed, '5');
    expect(mixed.textContent).toBe('5');
    expect(mixed.childNodes).toHaveLength(1);
  });
});
