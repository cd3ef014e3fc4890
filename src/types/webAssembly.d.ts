/**
 * The part of the WebAssembly JS API the Node side uses (lib "ES2022" declares none of it; Node has it all): a
 * module compiled off the main thread, then instantiated by jieba-wasm's glue (initSync takes a Module).
 */
declare namespace WebAssembly {
  interface Module {
    readonly __compiledWasm?: never;
  }
  function compile(bytes: Uint8Array): Promise<Module>;
}
