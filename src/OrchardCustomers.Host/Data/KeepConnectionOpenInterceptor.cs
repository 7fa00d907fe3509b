using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OrchardCustomers.Host.Data;

/// <summary>
/// Keeps the scope's tenant connection open once EF opened it: EF would otherwise close and reopen it around every
/// query, and each reopening goes through the pool's lock. <see cref="TenantDatabase"/> closes it when the scope
/// (the request, the background task, the migration) ends.
/// </summary>
internal sealed class KeepConnectionOpenInterceptor : DbConnectionInterceptor
{
    public static readonly KeepConnectionOpenInterceptor Instance = new();

    private KeepConnectionOpenInterceptor()
    {
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());
}
