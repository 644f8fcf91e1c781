// The only import of @vscode/webview-ui-toolkit (deprecated upstream, works in VS Code 1.100):
// registers the components the panels use, and nothing else, so the bundle stays small. Its text field
// and button keep their control in a shadow root, where aria-describedby cannot reach an element of
// the page: the form's count fields and Send are native elements (webview/resize/view.ts).
import {
  provideVSCodeDesignSystem,
  vsCodeButton,
  vsCodeCheckbox,
  vsCodeDropdown,
  vsCodeOption,
  vsCodeRadio,
  vsCodeRadioGroup,
} from '@vscode/webview-ui-toolkit';

export function registerComponents(): void {
  provideVSCodeDesignSystem().register(
    vsCodeButton(),
    vsCodeCheckbox(),
    vsCodeDropdown(),
    vsCodeOption(),
    vsCodeRadio(),
    vsCodeRadioGroup(),
  );
}

/** The properties of the toolkit's form elements that the views read and write. */
export interface FieldElement extends HTMLElement {
  value: string;
  checked: boolean;
  disabled: boolean;
}
