// Small DOM helpers of the form: elements with attributes and children, problems beside a field.
import type { ResizeProblem } from '../../src/core/resize/types';
import { problemTone } from './tones';

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

/** The problems of one field, as lines in their severity's tone (an icon each); the field's aria-invalid follows. */
export function showProblems(box: HTMLElement, problems: readonly ResizeProblem[], field?: Element): void {
  box.replaceChildren(
    ...problems.map((d) =>
      el(
        'div',
        {
          class: `problem ${d.severity} tone-${problemTone(d.severity)}`,
          role: d.severity === 'error' ? 'alert' : 'note',
        },
        d.message,
      ),
    ),
  );
  show(box, problems.length > 0);
  field?.setAttribute('aria-invalid', String(problems.some((d) => d.severity === 'error')));
}
