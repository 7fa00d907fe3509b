using Microsoft.AspNetCore.Mvc;

namespace OrchardCustomers.Host.Api;

/// <summary>
/// Base of every API controller: JSON in and out, problem details for errors. No antiforgery token: API calls carry a
/// bearer token, or a SameSite cookie with a JSON body that a cross-site form cannot send.
/// </summary>
[ApiController]
[IgnoreAntiforgeryToken]
public abstract class ApiControllerBase : ControllerBase;
