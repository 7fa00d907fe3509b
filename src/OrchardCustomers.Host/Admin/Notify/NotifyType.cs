namespace OrchardCustomers.Host.Admin.Notify;

public enum NotifyType
{
    Success,
    Information,
    Warning,
    Error,
}
