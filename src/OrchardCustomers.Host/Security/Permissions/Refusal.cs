using Microsoft.AspNetCore.Mvc;

namespace OrchardCustomers.Host.Security.Permissions;

/// <summary>The 403 page for an action the grant guard refuses: the reason in words, nothing changed.</summary>
public static class Refusal
{
    private const string ViewPath = "~/Security/Permissions/Views/Refused.cshtml";

    public static ViewResult Forbidden(Controller controller, string message, string backUrl)
    {
        var result = controller.View(ViewPath, new RefusalViewModel(message, controller.Url.Content(backUrl)));
        result.StatusCode = StatusCodes.Status403Forbidden;
        return result;
    }
}
