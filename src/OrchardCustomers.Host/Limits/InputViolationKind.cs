namespace OrchardCustomers.Host.Limits;

public enum InputViolationKind
{
    /// <summary>A text longer than its <see cref="MaxCharsAttribute"/>.</summary>
    TooLong,

    /// <summary>A list with more entries than its <see cref="MaxItemsAttribute"/>.</summary>
    TooMany,

    /// <summary>A number that is no value of its enum, e.g. <c>{"kind": 99}</c>.</summary>
    UndefinedValue,

    /// <summary>A <see cref="VisibleTextAttribute"/> text made only of invisible characters.</summary>
    Invisible,
}
