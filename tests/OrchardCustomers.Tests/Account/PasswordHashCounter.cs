namespace OrchardCustomers.Tests.Account;

/// <summary>How often the site checked a password against a hash.</summary>
public sealed class PasswordHashCounter
{
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public void CountVerification() => Interlocked.Increment(ref _verifications);
}
