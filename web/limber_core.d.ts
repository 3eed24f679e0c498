// Types for the Emscripten glue (limber_core.js) that limber-core.js imports.
export interface LimberModule {
  Engine: new () => {
    [call: string]: (...args: string[]) => string;
    delete(): void;
  };
}
export default function createLimberCore(options?: { wasmBinary?: ArrayBuffer | Uint8Array }): Promise<LimberModule>;
