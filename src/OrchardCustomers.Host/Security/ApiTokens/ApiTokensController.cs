using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Host.Settings;

namespace OrchardCustomers.Host.Security.ApiTokens;

/// <summary>
/// A user's own API tokens. Another user's token can be revoked only by whoever may manage that user (GrantGuard);
/// nobody sees another user's tokens here.
/// </summary>
[Route("Admin/ApiTokens")]
[RequirePermission("ManageOwnApiTokens")]
public sealed class ApiTokensController(
    ApiTokenService tokens,
    UserManager<User> users,
    SiteService site,
    GrantGuard grants,
    Notifier notifier,
    TimeProvider clock,
    ILogger<ApiTokensController> logger,
    IStringLocalizer<ApiTokensController> S) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await ListAsync(new ApiTokenCreateViewModel(), cancellationToken));

    [HttpPost("Create")]
    public async Task<IActionResult> Create([Bind(Prefix = "NewToken")] ApiTokenCreateViewModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await ListAsync(model, cancellationToken));
        }

        var expires = model.ExpiresInDays > 0 ? clock.GetUtcNow().UtcDateTime.AddDays(model.ExpiresInDays) : (DateTime?)null;
        var (_, value) = await tokens.CreateAsync(users.GetUserId(User)!, model.Name.Trim(), expires, cancellationToken);
        notifier.Success(S["The token {0} was created. Copy it now: it is not shown again.", model.Name.Trim()], secret: value);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:guid}/Revoke")]
    public async Task<IActionResult> Revoke(Guid id, CancellationToken cancellationToken)
    {
        var owner = await tokens.OwnerOfAsync(id, cancellationToken);
        if (owner is null)
        {
            return NotFound();
        }

        if (!await grants.CanManageTokensOfAsync(User, owner, cancellationToken))
        {
            logger.LogWarning("{Actor} was refused to revoke the API token {TokenId} of another user", User.Identity?.Name, id);
            return Refusal.Forbidden(this, S["You may not revoke this token: it belongs to a user you may not manage."], "~/Admin/ApiTokens");
        }

        if (!await tokens.RevokeAsync(owner, id, cancellationToken))
        {
            return NotFound();
        }

        notifier.Success(S["The token was revoked. Scripts that use it are refused from now on."]);
        return RedirectToAction(nameof(Index));
    }

    private async Task<ApiTokenListViewModel> ListAsync(ApiTokenCreateViewModel newToken, CancellationToken cancellationToken) => new()
    {
        Tokens = await tokens.ListAsync(users.GetUserId(User)!, cancellationToken),
        NewToken = newToken,
        UtcNow = clock.GetUtcNow().UtcDateTime,
        TimeZone = (await site.GetAsync(cancellationToken)).TimeZone,
    };
}
