// A typed wrapper over acquireVsCodeApi: posts the form's messages, hands over only the host's
// messages that pass the guard, and keeps the webview's state across hiding and showing.
interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export interface HostChannel<Out, In, Saved> {
  post(message: Out): void;
  /** What setState kept, when it passes `isSaved`. */
  saved(): Saved | undefined;
  save(state: Saved): void;
  listen(handler: (message: In) => void): void;
}

export function hostChannel<Out, In, Saved>(
  parse: (value: unknown) => In | undefined,
  isSaved: (value: unknown) => value is Saved,
): HostChannel<Out, In, Saved> {
  const api = acquireVsCodeApi();
  return {
    post: (message) => api.postMessage(message),
    saved: () => {
      const state = api.getState();
      return isSaved(state) ? state : undefined;
    },
    save: (state) => api.setState(state),
    listen: (handler) =>
      window.addEventListener('message', (event: MessageEvent<unknown>) => {
        const message = parse(event.data);
        if (message) {
          handler(message);
        } else {
          console.warn('MRS resize form: ignored a malformed message from the host');
        }
      }),
  };
}
