/** Anything with a dispose(): VS Code's Disposable, an EventEmitter, a registration. */
export interface IDisposable {
  dispose(): unknown;
}

/**
 * A base for classes that own disposables (as in VS Code's markdown extension): `register()` what you create,
 * and one `dispose()` releases all of it, last registered first. Registering after disposal disposes at once.
 */
export abstract class Disposable implements IDisposable {
  private readonly owned: IDisposable[] = [];
  private disposed = false;

  protected get isDisposed(): boolean {
    return this.disposed;
  }

  protected register<T extends IDisposable>(value: T): T {
    if (this.disposed) value.dispose();
    else this.owned.push(value);
    return value;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const value of this.owned.splice(0).reverse()) value.dispose();
  }
}
