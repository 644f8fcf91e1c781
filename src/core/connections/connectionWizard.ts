// The "Add/Edit Connection" flow as wizard steps: name → region → auth method → secrets →
// project id → endpoints → test and save. Pure: prompts through a Prompter, text through a Translate.
import { MRS_REGIONS, mrsEndpoint } from '../api/regions';
import type { AuthMethod, Credential } from '../auth/credentials';
import { BACK, type Back, type Prompter } from '../prompts/Prompter';
import { runWizard, type StepPosition, type WizardStep } from '../prompts/wizard';
import type { Translate } from '../translate';
import {
  checkConnectionName,
  checkEndpoint,
  checkProjectId,
  credentialFrom,
  secretFieldsOf,
  type ConnectionProblem,
  type ConnectionSettings,
} from './connection';

export interface ConnectionDraft {
  name: string;
  region: string;
  authMethod: AuthMethod;
  projectId: string;
  mrsEndpoint: string;
  iamEndpoint: string;
  userName: string;
  domainName: string;
  /** Secret fields typed in this run; an empty field while editing keeps the stored value. */
  secrets: Record<string, string>;
}

export type TestResult =
  { readonly ok: true; readonly message: string } | { readonly ok: false; readonly message: string };

interface ConnectionWizardDeps {
  readonly t: Translate;
  /** Names already used (the edited connection's own name excluded). */
  readonly takenNames: readonly string[];
  /** Lists clusters with the draft; never throws. */
  readonly test: (draft: ConnectionDraft) => Promise<TestResult>;
  /** Editing: secret fields may stay empty to keep the stored ones. */
  readonly editing: boolean;
}

function problemText(problem: ConnectionProblem, t: Translate): string {
  switch (problem) {
    case 'nameEmpty':
      return t('Enter a name for the connection.');
    case 'nameInvalid':
      return t('Use letters, digits, spaces, dots, dashes or underscores (at most 64).');
    case 'nameTaken':
      return t('A connection with this name exists already.');
    case 'regionUnknown':
      return t('Unknown region.');
    case 'endpointInvalid':
      return t('Enter an https:// URL (http:// only for 127.0.0.1 or localhost).');
    case 'projectIdInvalid':
      return t('A project ID has only letters, digits, dashes and underscores.');
  }
}

type Step = WizardStep<ConnectionDraft>;

function inputStep(
  deps: ConnectionWizardDeps,
  field: keyof Omit<ConnectionDraft, 'secrets' | 'authMethod'>,
  texts: (t: Translate) => { prompt: string; placeholder?: string },
  check: (v: string) => ConnectionProblem | undefined,
  skip?: (d: ConnectionDraft) => boolean,
): Step {
  return {
    skip,
    run: async (draft, p, pos) => {
      const answer = await p.input({
        ...title(deps, pos),
        ...texts(deps.t),
        value: draft[field],
        validate: (v) => {
          const problem = check(v);
          return problem && problemText(problem, deps.t);
        },
      });
      if (answer === BACK) {
        return BACK;
      }
      draft[field] = answer.trim();
    },
  };
}

function title(deps: ConnectionWizardDeps, pos: StepPosition): { title: string; step: number; totalSteps: number } {
  return { title: deps.editing ? deps.t('Edit MRS Connection') : deps.t('Add MRS Connection'), ...pos };
}

function secretStep(
  deps: ConnectionWizardDeps,
  method: AuthMethod,
  field: string,
  prompt: (t: Translate) => string,
  optional = false,
): Step {
  return {
    skip: (d) => d.authMethod !== method,
    run: async (draft, p, pos) => {
      const keep = deps.editing || optional;
      const answer = await p.input({
        ...title(deps, pos),
        prompt: prompt(deps.t),
        password: true,
        value: draft.secrets[field] ?? '',
        placeholder: deps.editing
          ? deps.t('Leave empty to keep the stored value')
          : optional
            ? deps.t('Optional')
            : undefined,
        validate: (v) => (v.trim() === '' && !keep ? deps.t('This value is required.') : undefined),
      });
      if (answer === BACK) {
        return BACK;
      }
      draft.secrets[field] = answer.trim();
    },
  };
}

function regionStep(deps: ConnectionWizardDeps): Step {
  return {
    run: async (draft, p, pos) => {
      const items = MRS_REGIONS.map((r) => ({ label: r, description: mrsEndpoint(r).host, value: r }));
      const answer = await p.pick({
        ...title(deps, pos),
        placeholder: deps.t('Region'),
        items,
        active: draft.region || undefined,
        matchOnDescription: true,
      });
      if (answer === BACK) {
        return BACK;
      }
      draft.region = answer;
    },
  };
}

function methodStep(deps: ConnectionWizardDeps): Step {
  const t = deps.t;
  return {
    run: async (draft, p, pos) => {
      const answer = await p.pick<AuthMethod>({
        ...title(deps, pos),
        placeholder: t('How to sign in'),
        active: draft.authMethod,
        items: [
          {
            label: t('Access key (AK/SK)'),
            description: t('recommended'),
            detail: t('Requests are signed; the keys never leave this machine.'),
            value: 'aksk',
          },
          {
            label: t('IAM user and password'),
            detail: t('Exchanged for a project token that is renewed when it expires.'),
            value: 'password',
          },
          {
            label: t('User token'),
            detail: t('A token you already have (X-Auth-Token); valid for 24 hours.'),
            value: 'token',
          },
        ],
      });
      if (answer === BACK) {
        return BACK;
      }
      draft.authMethod = answer;
    },
  };
}

type Final = 'save' | 'test';

function finalStep(deps: ConnectionWizardDeps): Step {
  const t = deps.t;
  return {
    run: async (draft, p, pos) => {
      let result: TestResult | undefined;
      for (;;) {
        const answer: Final | Back = await p.pick<Final>({
          ...title(deps, pos),
          placeholder: result?.message ?? t('Test the connection, or save it'),
          items: [
            { label: t('Test Connection'), detail: result?.message, value: 'test' },
            { label: result && !result.ok ? t('Save Anyway') : t('Save'), value: 'save' },
          ],
          active: result?.ok ? 'save' : 'test',
        });
        if (answer !== 'test') {
          return answer === BACK ? BACK : undefined;
        }
        result = await deps.test(draft);
      }
    },
  };
}

function connectionSteps(deps: ConnectionWizardDeps): Step[] {
  return [
    inputStep(
      deps,
      'name',
      (t) => ({ prompt: t('Connection name'), placeholder: t('e.g. prod-beijing') }),
      (v) => checkConnectionName(v, deps.takenNames),
    ),
    regionStep(deps),
    methodStep(deps),
    secretStep(deps, 'aksk', 'accessKey', (t) => t('Access key ID (AK)')),
    secretStep(deps, 'aksk', 'secretKey', (t) => t('Secret access key (SK)')),
    secretStep(deps, 'aksk', 'securityToken', (t) => t('Security token (only for temporary keys)'), true),
    inputStep(
      deps,
      'domainName',
      (t) => ({ prompt: t('Account name (the IAM user belongs to it)') }),
      (v) => (v.trim() ? undefined : 'nameEmpty'),
      (d) => d.authMethod !== 'password',
    ),
    inputStep(
      deps,
      'userName',
      (t) => ({ prompt: t('IAM user name') }),
      (v) => (v.trim() ? undefined : 'nameEmpty'),
      (d) => d.authMethod !== 'password',
    ),
    secretStep(deps, 'password', 'password', (t) => t('IAM user password')),
    secretStep(deps, 'token', 'token', (t) => t('User token (X-Auth-Token)')),
    inputStep(
      deps,
      'projectId',
      (t) => ({ prompt: t('Project ID (leave empty to look it up from the region)') }),
      checkProjectId,
    ),
    inputStep(
      deps,
      'mrsEndpoint',
      (t) => ({ prompt: t('MRS endpoint (leave empty for the region default)') }),
      checkEndpoint,
    ),
    inputStep(
      deps,
      'iamEndpoint',
      (t) => ({ prompt: t('IAM endpoint (leave empty for the region default)') }),
      checkEndpoint,
    ),
    finalStep(deps),
  ];
}

export function emptyDraft(): ConnectionDraft {
  return {
    name: '',
    region: 'cn-north-4',
    authMethod: 'aksk',
    projectId: '',
    mrsEndpoint: '',
    iamEndpoint: '',
    userName: '',
    domainName: '',
    secrets: {},
  };
}

export function draftFrom(settings: ConnectionSettings): ConnectionDraft {
  return {
    ...emptyDraft(),
    name: settings.name,
    region: settings.region,
    authMethod: settings.authMethod,
    projectId: settings.projectId ?? '',
    mrsEndpoint: settings.mrsEndpoint ?? '',
    iamEndpoint: settings.iamEndpoint ?? '',
    userName: settings.userName ?? '',
    domainName: settings.domainName ?? '',
  };
}

/** The setting entry of a finished draft (no secret in it). */
export function settingsFrom(d: ConnectionDraft): ConnectionSettings {
  const opt = (k: string, v: string): Record<string, string> => (v.trim() ? { [k]: v.trim() } : {});
  const password = d.authMethod === 'password';
  return {
    name: d.name.trim(),
    region: d.region,
    authMethod: d.authMethod,
    ...opt('projectId', d.projectId),
    ...opt('mrsEndpoint', d.mrsEndpoint),
    ...opt('iamEndpoint', d.iamEndpoint),
    ...(password ? { ...opt('userName', d.userName), ...opt('domainName', d.domainName) } : {}),
  };
}

/** @throws CancelledError when the user presses Escape. */
export function runConnectionWizard(
  draft: ConnectionDraft,
  prompter: Prompter,
  deps: ConnectionWizardDeps,
): Promise<ConnectionDraft> {
  return runWizard(connectionSteps(deps), draft, prompter);
}

/** The credential a finished draft describes; empty secret fields fall back to `stored` (editing). */
export function draftCredential(d: ConnectionDraft, stored: Credential | undefined): Credential | undefined {
  const typed = Object.fromEntries(
    Object.entries(d.secrets)
      .filter(([, v]) => v.trim() !== '')
      .map(([k, v]) => [k, v.trim()]),
  );
  const base = stored && stored.kind === d.authMethod ? secretFieldsOf(stored) : {};
  return credentialFrom(settingsFrom(d), { ...base, ...typed });
}
