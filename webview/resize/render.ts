// Brings the built form up to date with the view model; values are written only when they differ,
// so typing is never disturbed.
import { shortHostName } from '../../src/core/model/hosts';
import type { FormHost } from '../../src/shared/resizeForm';
import type { FieldElement } from '../lib/components';
import { el, show, showProblems } from './dom';
import type { FieldKey, FormState, FormView, HostChoice, Option } from './formModel';
import { chosenNodeId } from '../../src/core/resize/rules';
import { drawPicture } from './picture';
import type { Actions, FormElements } from './view';

function setValue(field: { value: string }, value: string): void {
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
 * The hosts a scale-in may name as table rows (task hosts by ECS id, or abnormal nodes by resource id).
 * Rows are rebuilt only when the hosts change; a tick only updates the boxes, so keyboard focus stays
 * on the box just ticked. The chosen ids are read from the boxes.
 */
function hostRows(f: FormElements, v: FormView, state: FormState, a: Actions): void {
  const kind: HostChoice = v.hostChoice ?? 'serverIds';
  const hosts: readonly FormHost[] = v.taskHosts;
  const key = JSON.stringify([kind, hosts]);
  if (f.hostRows.dataset.key !== key) {
    f.hostRows.dataset.key = key;
    f.hostRows.replaceChildren(
      ...hosts.map((h) => {
        const name = shortHostName(h.name, state.facts.id);
        const box = el('vscode-checkbox', { 'aria-label': name, 'data-id': chosenNodeId(h, kind) }) as FieldElement;
        box.addEventListener('change', () => syncing || a.change({ [kind]: chosenIds(f) }));
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
  const chosen = new Set(kind === 'resourceIds' ? state.draft.resourceIds : state.draft.serverIds);
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

function renderFields(f: FormElements, v: FormView, state: FormState, a: Actions): void {
  const d = state.draft;
  setOptions(f.group, v.groups, d.group);
  setValue(f.scaleType, d.scaleType);
  setValue(f.instances.input, d.instances);
  f.range.textContent = v.range;
  f.change.textContent = v.change?.text ?? '';
  f.change.className = v.change ? `change line tone-${v.change.tone}` : 'change';
  renderQuota(f, v);
  f.skipBootstrap.checked = d.skipBootstrapScripts;
  f.scaleWithoutStart.checked = d.scaleWithoutStart;
  show(document.getElementById('skipBootstrapRow') as HTMLElement, v.visible.skipBootstrap);
  show(document.getElementById('scaleWithoutStartRow') as HTMLElement, v.visible.scaleWithoutStart);
  show(f.hostsBox, v.visible.serverIds || v.visible.resourceIds);
  setValue(f.chooseHosts, d.chooseHosts ? 'choose' : 'mrs');
  const chooseRadio = document.getElementById('chooseRadio') as HTMLElement;
  const chooseText = v.visible.resourceIds ? state.labels.chooseAbnormal : state.labels.chooseHosts;
  if (chooseRadio.textContent !== chooseText) {
    chooseRadio.textContent = chooseText;
  }
  show(f.forceDeleteNote, v.visible.resourceIds);
  show(f.hostTable, d.chooseHosts);
  hostRows(f, v, state, a);
  show(f.taskBox, v.visible.taskNodeInfo);
  setOptions(f.nodeSize, v.flavors, d.nodeSize);
  if (f.flavorNote.textContent !== (v.flavorNote ?? '')) {
    f.flavorNote.textContent = v.flavorNote ?? '';
  }
  show(f.flavorNote, v.flavorNote !== undefined);
  setOptions(f.volumeType, v.volumeTypes, d.volumeType);
  setValue(f.volumeCount.input, d.volumeCount);
  setValue(f.volumeSize.input, d.volumeSize);
}

/** The quota beside the count: the most nodes that fit, and "quota not checked" as a note. */
function renderQuota(f: FormElements, v: FormView): void {
  const key = JSON.stringify(v.quota ?? null);
  if (f.quota.dataset.key === key) {
    return;
  }
  f.quota.dataset.key = key;
  const lines = [v.quota?.line, v.quota?.note].filter((x): x is string => x !== undefined);
  f.quota.replaceChildren(...lines.map((text) => el('div', { class: 'line tone-info' }, text)));
  show(f.quota, lines.length > 0);
}

/** The element a field's problems make aria-invalid. */
function fieldOf(f: FormElements, key: FieldKey | 'cluster'): Element | undefined {
  const fields: Partial<Record<FieldKey | 'cluster', Element>> = {
    group: f.group,
    scaleType: f.scaleType,
    instances: f.instances.input,
    skipBootstrap: f.skipBootstrap,
    scaleWithoutStart: f.scaleWithoutStart,
    nodeSize: f.nodeSize,
    volumeType: f.volumeType,
    volumeCount: f.volumeCount.input,
    volumeSize: f.volumeSize.input,
  };
  return fields[key];
}

/** The outcome's lines, the headline in its tone; the group is named by them (read when focus lands on it). */
function renderOutcome(f: FormElements, v: FormView, kind: string): void {
  const key = JSON.stringify([kind, v.outcome]);
  if (f.outcome.dataset.key === key) {
    return;
  }
  f.outcome.dataset.key = key;
  const lines = v.outcome.lines.map((line, i) =>
    i === 0
      ? el('strong', { id: `outcome-${i}`, class: `line tone-${v.outcome.tone ?? 'info'}` }, line)
      : el('div', { id: `outcome-${i}` }, line),
  );
  f.outcome.replaceChildren(...lines);
  f.outcome.className = `outcome ${kind}`;
  f.outcome.setAttribute('aria-labelledby', lines.map((line) => line.id).join(' '));
  show(f.outcome, lines.length > 0);
}

export function render(f: FormElements, v: FormView, state: FormState, a: Actions): void {
  const l = state.labels;
  f.heading.textContent = v.heading;
  f.notice.textContent = state.note ?? '';
  show(f.notice, Boolean(state.note));
  renderFields(f, v, state, a);
  for (const [key, box] of Object.entries(f.problems)) {
    showProblems(box, v.problems[key as FieldKey] ?? [], l, fieldOf(f, key as FieldKey));
  }
  showProblems(f.clusterProblems, v.problems.cluster, l);
  drawPicture(f.picture, v.picture, l);
  f.previewCall.textContent = v.previewCall ?? '';
  show(f.previewCall, v.previewCall !== undefined);
  f.preview.textContent = v.preview ?? v.noBody;
  f.preview.classList.toggle('empty', v.preview === undefined);
  f.copy.disabled = f.open.disabled = v.preview === undefined;
  f.send.setAttribute('aria-disabled', String(!v.send.enabled));
  f.sendReason.textContent = v.send.reason ?? '';
  f.sendReason.className = `send-reason line${v.send.tone ? ` tone-${v.send.tone}` : ''}`;
  show(f.sendReason, v.send.reason !== undefined);
  renderOutcome(f, v, state.sendState.kind);
}
