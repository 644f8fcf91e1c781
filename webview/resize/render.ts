// Brings the built form up to date with the view model; values are written only when they differ,
// so typing is never disturbed.
import { shortHostName } from '../../src/core/model/hosts';
import type { FormHost, FormLabels, SendState } from '../../src/shared/resizeForm';
import type { FieldElement } from '../lib/components';
import { el, show, showProblems } from './dom';
import type { FieldKey, FormState, FormView, Option } from './formModel';
import { drawPicture } from './picture';
import type { Actions, FormElements } from './view';

function setValue(field: FieldElement, value: string): void {
  if (field.value !== value) {
    field.value = value;
  }
}

function setOptions(field: FieldElement, options: readonly Option[], value: string): void {
  const key = JSON.stringify(options);
  if (field.dataset.options !== key) {
    field.dataset.options = key;
    field.replaceChildren(...options.map((o) => el('vscode-option', { value: o.value }, o.label)));
  }
  setValue(field, value);
}

/** True while render sets the host boxes (the toolkit's boxes say `change` when set from code too). */
let syncing = false;

/**
 * The task hosts as table rows. Rows are rebuilt only when the hosts change; a tick only updates the
 * boxes, so keyboard focus stays on the box just ticked. The chosen ids are read from the boxes.
 */
function hostRows(f: FormElements, hosts: readonly FormHost[], state: FormState, a: Actions): void {
  const key = JSON.stringify(hosts);
  if (f.hostRows.dataset.key !== key) {
    f.hostRows.dataset.key = key;
    f.hostRows.replaceChildren(
      ...hosts.map((h) => {
        const name = shortHostName(h.name, state.facts.id);
        const box = el('vscode-checkbox', { 'aria-label': name, 'data-id': h.id }) as FieldElement;
        box.addEventListener('change', () => syncing || a.change({ serverIds: chosenIds(f) }));
        return el(
          'tr',
          {},
          el('td', {}, box),
          el('td', { title: h.name }, name),
          el('td', {}, h.ip ?? ''),
          el('td', {}, h.status ?? ''),
        );
      }),
    );
  }
  const chosen = new Set(state.draft.serverIds);
  syncing = true;
  try {
    for (const box of f.hostRows.querySelectorAll<FieldElement>('vscode-checkbox')) {
      const checked = chosen.has(box.dataset.id ?? '');
      if (box.checked !== checked) {
        box.checked = checked;
      }
    }
  } finally {
    syncing = false;
  }
}

function chosenIds(f: FormElements): string[] {
  return [...f.hostRows.querySelectorAll<FieldElement>('vscode-checkbox')]
    .filter((box) => box.checked)
    .map((box) => box.dataset.id ?? '');
}

function outcomeOf(s: SendState, l: FormLabels): string[] {
  switch (s.kind) {
    case 'idle':
      return [];
    case 'sending':
      return [l.sending];
    case 'declined':
      return [l.declined];
    case 'accepted':
      return [l.accepted, s.message, ...(s.stage ? [l.stage.replace('{0}', s.stage)] : [])];
    case 'succeeded':
      return [l.succeeded, s.message];
    case 'unknown':
      return [l.unknown, s.message];
    case 'failed':
      return [l.failed, s.message];
    case 'notSent':
      return [l.notSent, s.message];
    case 'refused':
      return [
        s.code ? `${l.refused} (${s.code})` : l.refused,
        s.message,
        ...(s.explanation ? [s.explanation] : []),
        ...(s.hint ? [l.hint.replace('{0}', s.hint)] : []),
      ];
  }
}

function renderFields(f: FormElements, v: FormView, state: FormState, a: Actions): void {
  const d = state.draft;
  setOptions(f.group, v.groups, d.group);
  setValue(f.scaleType, d.scaleType);
  setValue(f.instances, d.instances);
  f.range.textContent = v.range;
  f.change.textContent = v.change ?? '';
  f.skipBootstrap.checked = d.skipBootstrapScripts;
  f.scaleWithoutStart.checked = d.scaleWithoutStart;
  show(document.getElementById('skipBootstrapRow') as HTMLElement, v.visible.skipBootstrap);
  show(document.getElementById('scaleWithoutStartRow') as HTMLElement, v.visible.scaleWithoutStart);
  show(f.hostsBox, v.visible.serverIds);
  setValue(f.chooseHosts, d.chooseHosts ? 'choose' : 'mrs');
  show(f.hostTable, d.chooseHosts);
  hostRows(f, v.taskHosts, state, a);
  show(f.taskBox, v.visible.taskNodeInfo);
  setOptions(
    f.nodeSize,
    v.flavors.map((x) => ({ value: x, label: x })),
    d.nodeSize,
  );
  setOptions(f.volumeType, v.volumeTypes, d.volumeType);
  setValue(f.volumeCount, d.volumeCount);
  setValue(f.volumeSize, d.volumeSize);
}

const FIELD_OF: Partial<Record<FieldKey, keyof FormElements>> = {
  group: 'group',
  instances: 'instances',
  nodeSize: 'nodeSize',
  volumeType: 'volumeType',
  volumeCount: 'volumeCount',
  volumeSize: 'volumeSize',
};

export function render(f: FormElements, v: FormView, state: FormState, a: Actions): void {
  const l = state.labels;
  f.heading.textContent = v.heading;
  f.notice.textContent = state.note ?? '';
  show(f.notice, Boolean(state.note));
  renderFields(f, v, state, a);
  for (const [key, box] of Object.entries(f.problems)) {
    const name = FIELD_OF[key as FieldKey];
    showProblems(box, v.problems[key as FieldKey] ?? [], name ? (f[name] as Element) : undefined);
  }
  showProblems(f.clusterProblems, v.problems.cluster);
  drawPicture(f.picture, v.picture, l);
  f.preview.textContent = v.preview ?? l.noBody;
  f.preview.classList.toggle('empty', v.preview === undefined);
  f.copy.disabled = f.open.disabled = v.preview === undefined;
  f.send.disabled = !v.send.enabled;
  f.sendReason.textContent = v.send.reason ?? '';
  f.outcome.replaceChildren(
    ...outcomeOf(state.sendState, l).map((line, i) => el(i === 0 ? 'strong' : 'div', {}, line)),
  );
  f.outcome.className = `outcome ${state.sendState.kind}`;
}
