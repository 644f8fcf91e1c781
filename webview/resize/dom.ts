// Small DOM helpers of the form: elements with attributes and children, problems beside a field.
import type { ResizeProblem } from '../../src/core/resize/types';
import type { FormLabels } from '../../src/shared/resizeForm';
import { problemTone, problemWord } from './tones';

type Child = Node | string;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K | string,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) {
    node.setAttribute(name, String(value));
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/** Shows or hides an element (the `hidden` attribute; no inline style). */
export function show(node: Element, visible: boolean): void {
  node.toggleAttribute('hidden', !visible);
}

/**
 * The problems of one field, as lines in their severity's tone: an icon to see, a word to hear
 * ("Error: …"). The field's aria-invalid follows. Rebuilt only when they change (no live role: the
 * form's one live region says what is new).
 */
export function showProblems(
  box: HTMLElement,
  problems: readonly Pick<ResizeProblem, 'severity' | 'message'>[],
  l: FormLabels,
  field?: Element,
): void {
  const key = JSON.stringify(problems.map((d) => [d.severity, d.message]));
  if (box.dataset.key !== key) {
    box.dataset.key = key;
    box.replaceChildren(
      ...problems.map((d) =>
        el(
          'div',
          { class: `problem ${d.severity} tone-${problemTone(d.severity)}` },
          el('span', { class: 'sr-only' }, `${problemWord(d.severity, l)} `),
          d.message,
        ),
      ),
    );
  }
  show(box, problems.length > 0);
  field?.setAttribute('aria-invalid', String(problems.some((d) => d.severity === 'error')));
}
