// The small picture of the cluster's groups: for each core or task group a bar of its nodes now
// and one of its nodes after the resize, side by side, so the change is seen before it is read.
import { svg } from './dom';
import type { PictureBar } from './formModel';

const ROW = 34;
const LABEL = 190;
const WIDTH = 520;

export function drawPicture(
  target: SVGElement,
  bars: readonly PictureBar[],
  words: { now: string; after: string },
): void {
  const most = Math.max(1, ...bars.flatMap((b) => [b.current, b.target]));
  const scale = (n: number) => Math.max(n > 0 ? 2 : 0, Math.round((n / most) * (WIDTH - LABEL - 60)));
  target.setAttribute('viewBox', `0 0 ${WIDTH} ${bars.length * ROW + 4}`);
  target.setAttribute('height', String(bars.length * ROW + 4));
  const rows = bars.flatMap((b, i) => {
    const y = i * ROW + 2;
    const kind = b.target > b.current ? 'grow' : b.target < b.current ? 'shrink' : 'same';
    return [
      svg('text', { x: 0, y: y + 20, class: 'bar-label' }, `${b.name}`),
      svg('rect', { x: LABEL, y, width: scale(b.current), height: 12, class: 'bar-now' }),
      svg('text', { x: LABEL + scale(b.current) + 6, y: y + 10, class: 'bar-count' }, `${b.current} ${words.now}`),
      svg('rect', { x: LABEL, y: y + 15, width: scale(b.target), height: 12, class: `bar-after ${kind}` }),
      svg('text', { x: LABEL + scale(b.target) + 6, y: y + 25, class: 'bar-count' }, `${b.target} ${words.after}`),
    ];
  });
  target.replaceChildren(...rows);
}
