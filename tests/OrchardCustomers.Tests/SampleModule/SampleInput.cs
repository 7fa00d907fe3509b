using System.ComponentModel.DataAnnotations;

namespace OrchardCustomers.Tests.SampleModule;

public sealed record SampleInput([Required] string Text);
