// mrs_explainError: an error code (MRS's 12000017, MRS.105, the gateway's APIGW.0308, the client's
// CLIENT.*, a file system's ENOSPC) explained by the error catalog, with its hint, in the host's language.
import { catalogSystemCodes, lookupErrorCode, lookupSystemCode } from '../api/catalog';
import { checkExplainInput, type ExplainErrorInput } from './inputs';
import type { AgentDeps, AgentTool } from './types';

export function explainErrorTool(deps: AgentDeps): AgentTool<ExplainErrorInput> {
  const { t } = deps;
  return {
    name: 'mrs_explainError',
    check: (input) => checkExplainInput(input, t),
    prepare: (input) => Promise.resolve({ invocationMessage: t('Looking up error code {0}…', input.code) }),
    invoke(input) {
      const code = input.code.trim();
      const language = deps.language();
      const system = catalogSystemCodes().find((c) => c === code.toUpperCase());
      const text = system ? lookupSystemCode(system, language) : lookupErrorCode(code, language);
      if (!text) {
        return Promise.resolve(
          t(
            'The error catalog has no entry for {0}. Codes of MRS look like 12000017 or MRS.105, of the API gateway like APIGW.0308.',
            code,
          ),
        );
      }
      const lines = [t('Code: {0}', code), t('Explanation: {0}', text.explanation)];
      return Promise.resolve([...lines, ...(text.hint ? [t('Hint: {0}', text.hint)] : [])].join('\n'));
    },
  };
}
