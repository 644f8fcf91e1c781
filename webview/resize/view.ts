// The form's DOM: built once from the labels (so focus survives typing), then updated from the
// view model. Labels are bound to their fields, and each field is described by its problems (and the
// count by its range) through aria-describedby. The count fields and Send are native elements: the
// toolkit's text field and button keep their control in a shadow root, where an id of the page means
// nothing. Enter in a field does nothing (no <form>). One live region speaks (announce.ts).
import type { FormDraft, FormLabels } from '../../src/shared/resizeForm';
import type { FieldElement } from '../lib/components';
import { el } from './dom';

export type Patch = Partial<FormDraft>;

export interface Actions {
  change(patch: Patch): void;
  send(): void;
  copy(): void;
  openAsRequestFile(): void;
}

const field = (tag: string, id: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]) =>
  el(tag, { id, ...attrs }, ...children) as FieldElement;

function radio(value: string, text: string): HTMLElement {
  return el('vscode-radio', { value }, text);
}

/** A native text input, its label above it, inside `<div id>` (so `#id input` finds it, as the toolkit's did). */
function textInput(id: string, label: string, size: string, describedBy: string) {
  const input = el('input', {
    id: `${id}-input`,
    type: 'text',
    inputmode: 'numeric',
    size,
    'aria-describedby': describedBy,
  }) as HTMLInputElement;
  const box = el('div', { id, class: 'text-field' }, el('label', { for: `${id}-input` }, label), input);
  return { box, input };
}

/** Every element the updates touch, by name. */
export function buildForm(root: HTMLElement, l: FormLabels) {
  const f = {
    heading: el('h1', { id: 'heading' }),
    notice: el('div', { id: 'notice', class: 'notice tone-info' }),
    clusterProblems: el('div', { id: 'problems-cluster' }),
    group: field('vscode-dropdown', 'group', {
      'aria-labelledby': 'group-label',
      'aria-describedby': 'problems-group',
    }),
    scaleType: field(
      'vscode-radio-group',
      'scaleType',
      { 'aria-describedby': 'problems-scaleType' },
      el('label', { slot: 'label' }, l.direction),
      radio('scale_out', l.scaleOut),
      radio('scale_in', l.scaleIn),
    ),
    instances: textInput('instances', l.instances, '6', 'range quota problems-instances'),
    range: el('span', { id: 'range', class: 'range' }),
    change: el('strong', { id: 'change', class: 'change' }),
    quota: el('div', { id: 'quota', class: 'quota' }),
    skipBootstrap: field(
      'vscode-checkbox',
      'skipBootstrap',
      { 'aria-describedby': 'problems-skipBootstrap' },
      l.skipBootstrap,
    ),
    scaleWithoutStart: field(
      'vscode-checkbox',
      'scaleWithoutStart',
      { 'aria-describedby': 'sws-note problems-scaleWithoutStart' },
      l.scaleWithoutStart,
    ),
    hostsBox: el('fieldset', { id: 'hostsBox' }, el('legend', {}, l.hosts)),
    chooseHosts: field(
      'vscode-radio-group',
      'chooseHosts',
      { 'aria-label': l.hosts, 'aria-describedby': 'forceDeleteNote problems-serverIds problems-resourceIds' },
      radio('mrs', l.letMrsChoose),
      el('vscode-radio', { value: 'choose', id: 'chooseRadio' }, l.chooseHosts),
    ),
    // The v2 shrink's chosen nodes are abnormal nodes MRS force-deletes: said beside the choice.
    forceDeleteNote: el('div', { id: 'forceDeleteNote', class: 'line tone-warning' }, l.forceDeleteNote),
    hostRows: el('tbody', { id: 'hostRows' }),
    hostTable: el('table', { id: 'hostTable', class: 'hosts' }),
    taskBox: el('fieldset', { id: 'taskBox' }, el('legend', {}, l.taskNodeInfo)),
    nodeSize: field('vscode-dropdown', 'nodeSize', {
      'aria-labelledby': 'nodeSize-label',
      'aria-describedby': 'flavorNote problems-nodeSize',
    }),
    // Why the flavors listed are the cluster's own (MRS's offer could not be read), or why sizes are missing.
    flavorNote: el('div', { id: 'flavorNote', class: 'line tone-info' }),
    volumeType: field('vscode-dropdown', 'volumeType', {
      'aria-labelledby': 'volumeType-label',
      'aria-describedby': 'problems-volumeType',
    }),
    volumeCount: textInput('volumeCount', l.volumeCount, '4', 'problems-volumeCount'),
    volumeSize: textInput('volumeSize', l.volumeSize, '6', 'problems-volumeSize'),
    picture: document.createElementNS('http://www.w3.org/2000/svg', 'svg'),
    previewCall: el('code', { id: 'previewCall', class: 'call' }),
    preview: el('pre', { id: 'preview', tabindex: '0', 'aria-label': l.preview, 'aria-describedby': 'previewCall' }),
    copy: field('vscode-button', 'copy', { appearance: 'secondary' }, l.copy),
    open: field('vscode-button', 'openAsRequestFile', { appearance: 'secondary' }, l.openAsRequestFile),
    // Never `disabled` (which takes it out of the Tab order): aria-disabled, with the reason as its description.
    send: el('button', { id: 'send', type: 'button', class: 'primary', 'aria-describedby': 'sendReason' }, l.send),
    sendReason: el('div', { id: 'sendReason', class: 'send-reason line' }),
    // Where focus goes after Send; it is named by its lines (render).
    outcome: el('div', { id: 'outcome', class: 'outcome', tabindex: '-1', role: 'group' }),
    live: el('div', { id: 'live', class: 'sr-only', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }),
    problems: {} as Record<string, HTMLElement>,
  };
  layout(root, f, l);
  return f;
}
export type FormElements = ReturnType<typeof buildForm>;

function problemsBox(f: FormElements, key: string): HTMLElement {
  return (f.problems[key] = el('div', { id: `problems-${key}`, class: 'problems' }));
}

function layout(root: HTMLElement, f: FormElements, l: FormLabels): void {
  f.hostTable.append(
    el(
      'thead',
      {},
      el('tr', {}, el('th', {}, ''), el('th', {}, l.hostName), el('th', {}, l.hostIp), el('th', {}, l.hostState)),
    ),
    f.hostRows,
  );
  f.hostsBox.append(
    f.chooseHosts,
    f.forceDeleteNote,
    f.hostTable,
    problemsBox(f, 'serverIds'),
    problemsBox(f, 'resourceIds'),
  );
  const labelled = (id: string, text: string, control: Element, key: string) =>
    el('div', { class: 'row' }, el('label', { id: `${id}-label`, for: id }, text), control, problemsBox(f, key));
  f.taskBox.append(
    el(
      'div',
      { class: 'row' },
      el('label', { id: 'nodeSize-label', for: 'nodeSize' }, l.flavor),
      f.nodeSize,
      f.flavorNote,
      problemsBox(f, 'nodeSize'),
    ),
    labelled('volumeType', l.volumeType, f.volumeType, 'volumeType'),
    el('div', { class: 'row' }, f.volumeCount.box, problemsBox(f, 'volumeCount')),
    el('div', { class: 'row' }, f.volumeSize.box, problemsBox(f, 'volumeSize')),
    problemsBox(f, 'taskNodeInfo'),
  );
  f.picture.setAttribute('id', 'picture');
  f.picture.setAttribute('role', 'img');
  f.picture.setAttribute('aria-label', l.picture);
  const fields = el(
    'section',
    { class: 'fields' },
    labelled('group', l.nodeGroup, f.group, 'group'),
    el('div', { class: 'row' }, f.scaleType, problemsBox(f, 'scaleType')),
    el('div', { class: 'row' }, f.instances.box, f.range, f.change, f.quota, problemsBox(f, 'instances')),
    el('div', { class: 'row', id: 'skipBootstrapRow' }, f.skipBootstrap, problemsBox(f, 'skipBootstrap')),
    el(
      'div',
      { class: 'row', id: 'scaleWithoutStartRow' },
      f.scaleWithoutStart,
      el('span', { id: 'sws-note', class: 'note' }, l.scaleWithoutStartNote),
      problemsBox(f, 'scaleWithoutStart'),
    ),
    f.hostsBox,
    f.taskBox,
  );
  const picture = el('section', { class: 'picture' }, el('h2', {}, l.picture), f.picture);
  const preview = el(
    'section',
    { class: 'preview' },
    el('h2', {}, l.preview),
    f.previewCall,
    f.preview,
    el('div', { class: 'buttons' }, f.copy, f.open),
  );
  const sending = el('section', { class: 'sending' }, el('div', { class: 'buttons' }, f.send), f.sendReason, f.outcome);
  root.replaceChildren(f.heading, f.notice, f.clusterProblems, fields, picture, preview, sending, f.live);
}

/** Wires the fields to the actions; nothing is sent but by the Send button. */
export function wire(f: FormElements, a: Actions): void {
  f.group.addEventListener('change', () => a.change({ group: f.group.value }));
  f.scaleType.addEventListener('change', () =>
    a.change({ scaleType: f.scaleType.value === 'scale_in' ? 'scale_in' : 'scale_out' }),
  );
  f.instances.input.addEventListener('input', () => a.change({ instances: f.instances.input.value }));
  f.skipBootstrap.addEventListener('change', () => a.change({ skipBootstrapScripts: f.skipBootstrap.checked }));
  f.scaleWithoutStart.addEventListener('change', () => a.change({ scaleWithoutStart: f.scaleWithoutStart.checked }));
  f.chooseHosts.addEventListener('change', () => a.change({ chooseHosts: f.chooseHosts.value === 'choose' }));
  f.nodeSize.addEventListener('change', () => a.change({ nodeSize: f.nodeSize.value }));
  f.volumeType.addEventListener('change', () => a.change({ volumeType: f.volumeType.value }));
  f.volumeCount.input.addEventListener('input', () => a.change({ volumeCount: f.volumeCount.input.value }));
  f.volumeSize.input.addEventListener('input', () => a.change({ volumeSize: f.volumeSize.input.value }));
  f.send.addEventListener('click', () => f.send.getAttribute('aria-disabled') !== 'true' && a.send());
  f.copy.addEventListener('click', () => a.copy());
  f.open.addEventListener('click', () => a.openAsRequestFile());
}
