namespace OrchardCustomers.Host.Diagnostics;

public enum ServerTimingMode
{
    Off,
    Authenticated,
    All,
}
