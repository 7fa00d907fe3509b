using Microsoft.AspNetCore.Mvc;

namespace OrchardCustomers.Host.Api;

/// <summary>
/// Base of every API controller: JSON in and out, problem details for errors. MVC's form antiforgery check is off:
/// scripts carry a bearer token, and a cookie-authenticated write is checked by <see cref="ApiCsrfGuardMiddleware"/>
/// (same origin and the token in the RequestVerificationToken header).
/// </summary>
[ApiController]
[IgnoreAntiforgeryToken]
public abstract class ApiControllerBase : ControllerBase;
