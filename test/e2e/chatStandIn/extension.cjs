// A stand-in for a chat model, for test/e2e/agentChat.test.mjs only (packaged by the test, never
// shipped). The offline workbench has no model, and VS Code's chat sends nothing without one; this
// extension registers a default chat participant and a model that never answers (proposed APIs,
// enabled for it alone with code-server's --enable-proposed-api). For each message, which is the JSON
// input of mrs_planResize, it does what a model does after reading MRS Explorer's tool descriptions:
// for a task scale-in without hosts, mrs_showCluster to choose the first task nodes; then
// mrs_planResize; then, when the plan has a digest, mrs_applyResize with it. Each call carries the
// request's toolInvocationToken, so that VS Code shows its confirmation in the chat, as it does for a
// model's call.
const vscode = require('vscode');

const text = (result) => result.content.map((part) => part.value ?? '').join('');
/** A tool's text as Markdown that keeps its lines. */
const lines = (s) => s.replace(/\n/g, '  \n');
/** What a model tells of a plan: whether it was sent, the change, the findings (not the whole call). */
const summary = (plan) =>
  plan
    .split('\n')
    .filter((l) => /^(Plan made|Change:|Findings:|Quota for|计划|变更|发现|配额)/.test(l))
    .join('\n');

async function handle(request, stream, token) {
  const call = (name, input) =>
    vscode.lm.invokeTool(name, { input, toolInvocationToken: request.toolInvocationToken }, token).then(text);
  const input = JSON.parse(request.prompt);
  if (input.direction === 'scale_in' && input.group === 'task' && !input.hosts) {
    const shown = await call('mrs_showCluster', { cluster: input.cluster });
    input.hosts = [...shown.matchAll(/^- (node_task_\w+) /gm)].map((m) => m[1]).slice(0, input.count);
    stream.markdown(`Choosing ${input.hosts.join(', ')}.\n\n`);
  }
  const plan = await call('mrs_planResize', input);
  stream.markdown(`${lines(summary(plan) || plan)}\n\n`);
  const digest = /\b(sha256:[0-9a-f]{64})\b/.exec(plan)?.[1];
  if (digest) {
    stream.markdown(`${lines(await call('mrs_applyResize', { digest }))}\n`);
  }
}

exports.activate = (context) => {
  const participant = (id) =>
    vscode.chat.createChatParticipant(id, (request, _context, stream, token) =>
      handle(request, stream, token).catch((e) => stream.markdown(`Stand-in: the tool did not run: ${e.message}`)),
    );
  context.subscriptions.push(
    vscode.lm.registerChatModelProvider(
      'mrs-test-stand-in',
      { provideLanguageModelResponse: async () => undefined, provideTokenCount: async (t) => String(t).length },
      {
        vendor: 'mrs-test',
        name: 'Stand-in model',
        family: 'stand-in',
        version: '1',
        maxInputTokens: 100000,
        maxOutputTokens: 10000,
        isDefault: true,
        isUserSelectable: true,
      },
    ),
    participant('mrs-test.ask'),
    participant('mrs-test.agent'),
  );
};
