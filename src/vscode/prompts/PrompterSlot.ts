import type { Prompter } from '../../core/prompts/Prompter';

/** Holds the prompter that questions go to; integration tests put a scripted one in. */
export interface PrompterSlot {
  current: Prompter;
}
