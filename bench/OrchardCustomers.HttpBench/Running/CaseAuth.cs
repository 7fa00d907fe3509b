namespace OrchardCustomers.HttpBench.Running;

public enum CaseAuth
{
    /// <summary>Anonymous, as a load balancer's health probe.</summary>
    None,

    /// <summary><c>Authorization: Bearer</c> with the admin's API token.</summary>
    Token,

    /// <summary>The admin's login cookie, as a browser sends it.</summary>
    Cookie,
}
