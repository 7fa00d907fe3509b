using System.ComponentModel.DataAnnotations;

namespace OrchardCustomers.Module.Customers.Numbering;

/// <summary>The <c>CustomerSettings</c> section of the site settings: the number ranges.</summary>
public sealed class CustomerSettings : IValidatableObject
{
    public const string SectionName = "CustomerSettings";

    [StringLength(10, ErrorMessage = "The prefix may be at most 10 characters long.")]
    [RegularExpression(@"^[A-Za-z0-9\-_/]*$", ErrorMessage = "The prefix may contain letters, digits, - _ and / only.")]
    public string NumberPrefix { get; set; } = "K-";

    [Range(1, 12, ErrorMessage = "Choose from 1 to 12 digits.")]
    public int NumberPadding { get; set; } = 5;

    /// <summary>DATEV debtor accounts: 10000–69999 with five-digit accounts (SKR03/SKR04).</summary>
    [Range(1, 999_999_999, ErrorMessage = "Enter a positive number.")]
    public int DebtorRangeStart { get; set; } = 10000;

    [Range(1, 999_999_999, ErrorMessage = "Enter a positive number.")]
    public int DebtorRangeEnd { get; set; } = 69999;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DebtorRangeEnd <= DebtorRangeStart)
        {
            yield return new ValidationResult("The range must end after it starts.", [nameof(DebtorRangeEnd)]);
        }
    }
}
