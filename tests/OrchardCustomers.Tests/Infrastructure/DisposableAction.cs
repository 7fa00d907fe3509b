namespace OrchardCustomers.Tests.Infrastructure;

public sealed class DisposableAction(Action action) : IDisposable
{
    public void Dispose() => action();
}
