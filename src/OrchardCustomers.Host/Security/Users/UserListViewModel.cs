using OrchardCustomers.Host.Admin.Paging;

namespace OrchardCustomers.Host.Security.Users;

public sealed class UserListViewModel
{
    public string? Search { get; init; }

    public required IReadOnlyList<UserRow> Users { get; init; }

    public required Pager Pager { get; init; }

    public bool CanManage { get; init; }
}
