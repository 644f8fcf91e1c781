// The only import of @vscode/webview-ui-toolkit (deprecated upstream, works in VS Code 1.100):
// registers the components the panels use, and nothing else, so the bundle stays small.
import {
  provideVSCodeDesignSystem,
  vsCodeButton,
  vsCodeCheckbox,
  vsCodeDropdown,
  vsCodeOption,
  vsCodeRadio,
  vsCodeRadioGroup,
  vsCodeTextField,
} from '@vscode/webview-ui-toolkit';

export function registerComponents(): void {
  provideVSCodeDesignSystem().register(
    vsCodeButton(),
    vsCodeCheckbox(),
    vsCodeDropdown(),
    vsCodeOption(),
    vsCodeRadio(),
    vsCodeRadioGroup(),
    vsCodeTextField(),
  );
}

/** The properties of the toolkit's form elements that the views read and write. */
export interface FieldElement extends HTMLElement {
  value: string;
  checked: boolean;
  disabled: boolean;
}
